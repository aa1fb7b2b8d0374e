package org.apportion.imports.focus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The FOCUS columns Apportion stores in their own cost-line column, with the type and constraints a value
 * must meet. Columns a file has beyond these are kept in the cost line's provider extras.
 */
public enum FocusColumn {
    // The 21 columns FOCUS 1.0-1.2 make mandatory (ProviderName and PublisherName become
    // ServiceProviderName in 1.3, see FocusHeader).
    BILLED_COST("BilledCost", Kind.DECIMAL, Need.VALUE),
    BILLING_ACCOUNT_ID("BillingAccountId", Kind.TEXT, Need.VALUE),
    BILLING_ACCOUNT_NAME("BillingAccountName", Kind.TEXT, Need.COLUMN),
    BILLING_CURRENCY("BillingCurrency", Kind.CURRENCY, Need.VALUE),
    BILLING_PERIOD_END("BillingPeriodEnd", Kind.DATETIME, Need.VALUE),
    BILLING_PERIOD_START("BillingPeriodStart", Kind.DATETIME, Need.VALUE),
    CHARGE_CATEGORY("ChargeCategory", Kind.ENUM, Need.VALUE, 16,
            "Usage", "Purchase", "Tax", "Credit", "Adjustment"),
    CHARGE_CLASS("ChargeClass", Kind.ENUM, Need.COLUMN, 16, "Correction"),
    CHARGE_DESCRIPTION("ChargeDescription", Kind.TEXT, Need.COLUMN, 2048),
    CHARGE_PERIOD_END("ChargePeriodEnd", Kind.DATETIME, Need.VALUE),
    CHARGE_PERIOD_START("ChargePeriodStart", Kind.DATETIME, Need.VALUE),
    // FOCUS requires a value, yet real exports leave it null (Oracle rows of the FOCUS 1.0 sample): kept null.
    CONTRACTED_COST("ContractedCost", Kind.DECIMAL, Need.COLUMN),
    EFFECTIVE_COST("EffectiveCost", Kind.DECIMAL, Need.VALUE),
    INVOICE_ISSUER_NAME("InvoiceIssuerName", Kind.TEXT, Need.VALUE),
    LIST_COST("ListCost", Kind.DECIMAL, Need.COLUMN),
    PRICING_QUANTITY("PricingQuantity", Kind.DECIMAL, Need.COLUMN),
    PRICING_UNIT("PricingUnit", Kind.TEXT, Need.COLUMN),
    PROVIDER_NAME("ProviderName", Kind.TEXT, Need.VALUE),
    PUBLISHER_NAME("PublisherName", Kind.TEXT, Need.COLUMN),
    SERVICE_CATEGORY("ServiceCategory", Kind.ENUM, Need.VALUE, 64,
            "AI and Machine Learning", "Analytics", "Business Applications", "Compute", "Databases",
            "Developer Tools", "Multicloud", "Identity", "Integration", "Internet of Things",
            "Management and Governance", "Media", "Migration", "Mobile", "Networking", "Security",
            "Storage", "Web", "Other"),
    SERVICE_NAME("ServiceName", Kind.TEXT, Need.VALUE),

    // Optional and conditional columns with a home of their own.
    SERVICE_PROVIDER_NAME("ServiceProviderName", Kind.TEXT, Need.OPTIONAL),
    CHARGE_FREQUENCY("ChargeFrequency", Kind.ENUM, Need.OPTIONAL, 16, "One-Time", "Recurring", "Usage-Based"),
    SUB_ACCOUNT_ID("SubAccountId", Kind.TEXT, Need.OPTIONAL),
    SUB_ACCOUNT_NAME("SubAccountName", Kind.TEXT, Need.OPTIONAL),
    REGION_ID("RegionId", Kind.TEXT, Need.OPTIONAL, 64),
    REGION_NAME("RegionName", Kind.TEXT, Need.OPTIONAL, 128),
    AVAILABILITY_ZONE("AvailabilityZone", Kind.TEXT, Need.OPTIONAL, 64),
    RESOURCE_ID("ResourceId", Kind.TEXT, Need.OPTIONAL, 1024),
    RESOURCE_NAME("ResourceName", Kind.TEXT, Need.OPTIONAL, 512),
    RESOURCE_TYPE("ResourceType", Kind.TEXT, Need.OPTIONAL),
    SKU_ID("SkuId", Kind.TEXT, Need.OPTIONAL),
    SKU_PRICE_ID("SkuPriceId", Kind.TEXT, Need.OPTIONAL),
    PRICING_CATEGORY("PricingCategory", Kind.ENUM, Need.OPTIONAL, 16, "Standard", "Dynamic", "Committed", "Other"),
    LIST_UNIT_PRICE("ListUnitPrice", Kind.DECIMAL, Need.OPTIONAL),
    CONTRACTED_UNIT_PRICE("ContractedUnitPrice", Kind.DECIMAL, Need.OPTIONAL),
    CONSUMED_QUANTITY("ConsumedQuantity", Kind.DECIMAL, Need.OPTIONAL),
    CONSUMED_UNIT("ConsumedUnit", Kind.TEXT, Need.OPTIONAL),
    COMMITMENT_DISCOUNT_ID("CommitmentDiscountId", Kind.TEXT, Need.OPTIONAL, 512),
    COMMITMENT_DISCOUNT_NAME("CommitmentDiscountName", Kind.TEXT, Need.OPTIONAL),
    COMMITMENT_DISCOUNT_CATEGORY("CommitmentDiscountCategory", Kind.ENUM, Need.OPTIONAL, 16, "Spend", "Usage"),
    COMMITMENT_DISCOUNT_TYPE("CommitmentDiscountType", Kind.TEXT, Need.OPTIONAL),
    COMMITMENT_DISCOUNT_STATUS("CommitmentDiscountStatus", Kind.ENUM, Need.OPTIONAL, 16, "Used", "Unused"),
    TAGS("Tags", Kind.JSON_OBJECT, Need.OPTIONAL);

    /** How a value is read and checked. */
    public enum Kind { TEXT, DECIMAL, DATETIME, CURRENCY, ENUM, JSON_OBJECT }

    /** What FOCUS demands: an optional column, a mandatory column (values may be null), or a non-null value. */
    public enum Need { OPTIONAL, COLUMN, VALUE }

    private static final int DEFAULT_TEXT_LENGTH = 255;
    private static final Map<String, FocusColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(c -> c.header, Function.identity()));

    private final String header;
    private final Kind kind;
    private final Need need;
    private final int maxLength;
    private final Map<String, String> allowedByLowerCase;

    FocusColumn(String header, Kind kind, Need need) {
        this(header, kind, need, DEFAULT_TEXT_LENGTH);
    }

    FocusColumn(String header, Kind kind, Need need, int maxLength, String... allowedValues) {
        this.header = header;
        this.kind = kind;
        this.need = need;
        this.maxLength = maxLength;
        this.allowedByLowerCase = Arrays.stream(allowedValues)
                .collect(Collectors.toUnmodifiableMap(v -> v.toLowerCase(java.util.Locale.ROOT), v -> v));
    }

    public static Optional<FocusColumn> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }

    public String header() { return header; }
    public Kind kind() { return kind; }
    public Need need() { return need; }
    public int maxLength() { return maxLength; }

    /** The canonical spelling of an enumerated value, matched case-insensitively. */
    public Optional<String> canonicalValue(String value) {
        return Optional.ofNullable(allowedByLowerCase.get(value.toLowerCase(java.util.Locale.ROOT)));
    }

    public List<String> allowedValues() {
        return allowedByLowerCase.values().stream().sorted().toList();
    }
}
