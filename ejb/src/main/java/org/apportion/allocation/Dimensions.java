package org.apportion.allocation;

import java.util.Set;

/**
 * The names a rule condition can test on a cost line: FOCUS column names, {@code Tag:<key>} for a tag and
 * {@code Category} for the Apportion category. LLM lines carry the model in SkuId, the API key in ResourceId and
 * the project (OpenAI) or workspace (Anthropic) in SubAccountId, as the imports map them.
 */
public final class Dimensions {

    public static final String PROVIDER_NAME = "ProviderName";
    public static final String BILLING_ACCOUNT_ID = "BillingAccountId";
    public static final String SUB_ACCOUNT_ID = "SubAccountId";
    public static final String SERVICE_NAME = "ServiceName";
    public static final String SERVICE_CATEGORY = "ServiceCategory";
    public static final String REGION_ID = "RegionId";
    public static final String RESOURCE_ID = "ResourceId";
    public static final String SKU_ID = "SkuId";
    public static final String CHARGE_CATEGORY = "ChargeCategory";
    public static final String CATEGORY = "Category";
    public static final String TAG_PREFIX = "Tag:";

    private static final Set<String> NAMED = Set.of(PROVIDER_NAME, BILLING_ACCOUNT_ID, SUB_ACCOUNT_ID, SERVICE_NAME,
            SERVICE_CATEGORY, REGION_ID, RESOURCE_ID, SKU_ID, CHARGE_CATEGORY, CATEGORY);

    private Dimensions() {
    }

    /** The dimension of tag {@code key}, e.g. {@code Tag:team}. */
    public static String tag(String key) {
        return TAG_PREFIX + key;
    }

    public static boolean isTag(String dimension) {
        return dimension.startsWith(TAG_PREFIX);
    }

    public static String tagKey(String tagDimension) {
        return tagDimension.substring(TAG_PREFIX.length());
    }

    /** Whether rules may test {@code dimension}: a column above, or a tag with a non-blank key. */
    public static boolean isKnown(String dimension) {
        return dimension != null
                && (NAMED.contains(dimension) || isTag(dimension) && !tagKey(dimension).isBlank());
    }
}
