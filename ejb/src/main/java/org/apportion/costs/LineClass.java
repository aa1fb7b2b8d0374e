package org.apportion.costs;

import org.apportion.costmodel.CategoryResolver;
import org.apportion.costmodel.CostCategory;

/**
 * What the aggregates need to know of a kind of cost line beyond its columns: its Apportion category by the rules
 * in force, and whether it is an LLM line, whose SkuId names the model and is kept.
 */
record LineClass(CostCategory category, boolean llm) {

    /** FOCUS ServiceCategory of AI services; the LLM imports give their lines this one too. */
    static final String AI_SERVICE_CATEGORY = "AI and Machine Learning";

    static LineClass of(CategoryResolver categories, String serviceCategory, String serviceName, String providerName,
                        String skuId, String chargeCategory) {
        CostCategory category = categories.resolve(serviceCategory, serviceName, providerName, skuId, chargeCategory);
        return new LineClass(category,
                category == CostCategory.AI_LLM_API || AI_SERVICE_CATEGORY.equalsIgnoreCase(serviceCategory));
    }
}
