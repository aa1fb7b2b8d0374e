package org.apportion.allocation;

import java.util.Map;
import java.util.function.Function;
import org.apportion.costmodel.CategoryResolver;

/** The {@code Category} dimension rules can match: a cost line's Apportion category by the category rules. */
public final class CategoryDimension {

    private CategoryDimension() {
    }

    public static Function<Map<String, String>, String> of(CategoryResolver resolver) {
        return d -> resolver.resolve(d.get(Dimensions.SERVICE_CATEGORY), d.get(Dimensions.SERVICE_NAME),
                d.get(Dimensions.PROVIDER_NAME), d.get(Dimensions.SKU_ID), d.get(Dimensions.CHARGE_CATEGORY)).name();
    }
}
