package org.apportion.imports.aws;

import java.util.Arrays;
import java.util.Optional;

/**
 * CUR's {@code lineItem/LineItemType} with the FOCUS charge category, frequency and pricing category it
 * becomes. How each type's effective (amortized) cost is derived is in {@link AwsCurRowMapper}.
 */
enum LineItemType {
    USAGE("Usage", "Usage", "Usage-Based", "Standard"),
    DISCOUNTED_USAGE("DiscountedUsage", "Usage", "Usage-Based", "Committed"),
    SAVINGS_PLAN_COVERED_USAGE("SavingsPlanCoveredUsage", "Usage", "Usage-Based", "Committed"),
    SAVINGS_PLAN_NEGATION("SavingsPlanNegation", "Usage", "Usage-Based", "Committed"),
    RI_FEE("RIFee", "Purchase", "Recurring", "Committed"),
    SAVINGS_PLAN_RECURRING_FEE("SavingsPlanRecurringFee", "Purchase", "Recurring", "Committed"),
    SAVINGS_PLAN_UPFRONT_FEE("SavingsPlanUpfrontFee", "Purchase", "One-Time", "Committed"),
    FEE("Fee", "Purchase", "One-Time", null),
    TAX("Tax", "Tax", null, null),
    CREDIT("Credit", "Credit", null, null),
    REFUND("Refund", "Adjustment", null, null),
    BUNDLED_DISCOUNT("BundledDiscount", "Credit", null, null),
    DISCOUNT("Discount", "Credit", null, null),
    EDP_DISCOUNT("EdpDiscount", "Credit", null, null),
    PRIVATE_RATE_DISCOUNT("PrivateRateDiscount", "Credit", null, null);

    private final String curName;
    private final String chargeCategory;
    private final String chargeFrequency;
    private final String pricingCategory;

    LineItemType(String curName, String chargeCategory, String chargeFrequency, String pricingCategory) {
        this.curName = curName;
        this.chargeCategory = chargeCategory;
        this.chargeFrequency = chargeFrequency;
        this.pricingCategory = pricingCategory;
    }

    static Optional<LineItemType> of(String curName) {
        return Arrays.stream(values()).filter(t -> t.curName.equalsIgnoreCase(curName)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.curName).toList());
    }

    String chargeCategory() { return chargeCategory; }
    String chargeFrequency() { return chargeFrequency; }
    String pricingCategory() { return pricingCategory; }
}
