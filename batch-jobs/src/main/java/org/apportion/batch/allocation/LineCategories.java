package org.apportion.batch.allocation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import org.apportion.allocation.CategoryDimension;
import org.apportion.costmodel.CategoryRuleService;

/** The category rules in force, as the allocate job asks them a cost line's Apportion category. */
@Dependent
public class LineCategories {

    @Inject
    private CategoryRuleService categoryRules;

    public Function<Map<String, String>, String> resolver() {
        return CategoryDimension.of(categoryRules.resolver());
    }
}
