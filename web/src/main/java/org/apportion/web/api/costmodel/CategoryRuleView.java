package org.apportion.web.api.costmodel;

import java.util.Map;
import org.apportion.costmodel.CategoryRule;

/** A category rule as the API shows it; {@code match} by FOCUS column name. */
public record CategoryRuleView(long id, int priority, String category, Map<String, String> match,
                               String description) {

    static CategoryRuleView of(CategoryRule rule) {
        return new CategoryRuleView(rule.getId(), rule.getPriority(), rule.getCategory().name(),
                rule.match().byColumn(), rule.getDescription());
    }
}
