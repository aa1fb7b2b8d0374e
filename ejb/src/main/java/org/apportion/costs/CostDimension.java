package org.apportion.costs;

import java.util.Arrays;
import java.util.Optional;

/**
 * A dimension costs are grouped and filtered by, under the name the API gives it: the FOCUS column's name where
 * there is one, else the domain word. {@link #TAG} stands for the value of one tag key ({@code tag.<key>}).
 */
public enum CostDimension {
    PROVIDER_NAME("ProviderName", "provider_name"),
    BILLING_ACCOUNT_ID("BillingAccountId", "billing_account_id"),
    SUB_ACCOUNT_ID("SubAccountId", "sub_account_id"),
    SERVICE_CATEGORY("ServiceCategory", "service_category"),
    SERVICE_NAME("ServiceName", "service_name"),
    REGION_ID("RegionId", "region_id"),
    /** Kept for LLM lines only, where it names the model. */
    SKU_ID("SkuId", "sku_id"),
    CHARGE_CATEGORY("ChargeCategory", "charge_category"),
    BILLING_CURRENCY("BillingCurrency", "billing_currency"),
    /** Apportion's cost category ({@code org.apportion.costmodel.CostCategory}). */
    CATEGORY("category", "category"),
    COST_CENTER("costCenter", "cost_center_code"),
    TAG("tag", "tag_value");

    /** Query parameters naming a tag key's value start with this. */
    public static final String TAG_PREFIX = "tag.";

    private final String apiName;
    private final String column;

    CostDimension(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    public String apiName() {
        return apiName;
    }

    String column() {
        return column;
    }

    /** The dimension an API name stands for; {@code tag.<key>} is {@link #TAG}, plain {@code tag} none. */
    public static Optional<CostDimension> byApiName(String name) {
        if (name.startsWith(TAG_PREFIX) && name.length() > TAG_PREFIX.length()) {
            return Optional.of(TAG);
        }
        return Arrays.stream(values()).filter(d -> d != TAG && d.apiName.equals(name)).findFirst();
    }
}
