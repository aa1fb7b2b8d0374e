package org.apportion.exports;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the FOCUS export, in the order written: the FOCUS 1.3 columns Apportion stores and the split
 * cost allocation columns, alphabetically as the specification lists them, then Apportion's {@code x_} columns.
 * {@code source} is the SQL of a stored value over the allocated part {@code a} and its cost line {@code c};
 * the dimensions a part keeps itself stand in for a cost line that a restatement has since replaced.
 */
enum ExportColumn {
    ALLOCATED_METHOD_DETAILS("AllocatedMethodDetails", Kind.ALLOCATION, null),
    ALLOCATED_METHOD_ID("AllocatedMethodId", Kind.ALLOCATION, null),
    ALLOCATED_RESOURCE_ID("AllocatedResourceId", Kind.ALLOCATION, null),
    ALLOCATED_RESOURCE_NAME("AllocatedResourceName", Kind.ALLOCATION, null),
    ALLOCATED_TAGS("AllocatedTags", Kind.ALLOCATION, null),
    AVAILABILITY_ZONE("AvailabilityZone", Kind.TEXT, "c.availability_zone"),
    BILLED_COST("BilledCost", Kind.PART, null),
    BILLING_ACCOUNT_ID("BillingAccountId", Kind.TEXT, "COALESCE(c.billing_account_id, a.billing_account_id)"),
    BILLING_ACCOUNT_NAME("BillingAccountName", Kind.TEXT, "c.billing_account_name"),
    BILLING_CURRENCY("BillingCurrency", Kind.TEXT, "COALESCE(c.billing_currency, a.billing_currency)"),
    BILLING_PERIOD_END("BillingPeriodEnd", Kind.TIMESTAMP, "c.billing_period_end"),
    BILLING_PERIOD_START("BillingPeriodStart", Kind.TIMESTAMP, "c.billing_period_start"),
    CHARGE_CATEGORY("ChargeCategory", Kind.TEXT, "c.charge_category"),
    CHARGE_CLASS("ChargeClass", Kind.TEXT, "c.charge_class"),
    CHARGE_DESCRIPTION("ChargeDescription", Kind.TEXT, "c.charge_description"),
    CHARGE_FREQUENCY("ChargeFrequency", Kind.TEXT, "c.charge_frequency"),
    CHARGE_PERIOD_END("ChargePeriodEnd", Kind.TIMESTAMP, "c.charge_period_end"),
    CHARGE_PERIOD_START("ChargePeriodStart", Kind.TIMESTAMP, "c.charge_period_start"),
    COMMITMENT_DISCOUNT_CATEGORY("CommitmentDiscountCategory", Kind.TEXT, "c.commitment_discount_category"),
    COMMITMENT_DISCOUNT_ID("CommitmentDiscountId", Kind.TEXT, "c.commitment_discount_id"),
    COMMITMENT_DISCOUNT_NAME("CommitmentDiscountName", Kind.TEXT, "c.commitment_discount_name"),
    COMMITMENT_DISCOUNT_STATUS("CommitmentDiscountStatus", Kind.TEXT, "c.commitment_discount_status"),
    COMMITMENT_DISCOUNT_TYPE("CommitmentDiscountType", Kind.TEXT, "c.commitment_discount_type"),
    CONSUMED_QUANTITY("ConsumedQuantity", Kind.SUMMABLE, "c.consumed_quantity"),
    CONSUMED_UNIT("ConsumedUnit", Kind.TEXT, "c.consumed_unit"),
    CONTRACTED_COST("ContractedCost", Kind.SUMMABLE, "c.contracted_cost"),
    CONTRACTED_UNIT_PRICE("ContractedUnitPrice", Kind.UNIT_PRICE, "c.contracted_unit_price"),
    EFFECTIVE_COST("EffectiveCost", Kind.PART, null),
    INVOICE_ISSUER_NAME("InvoiceIssuerName", Kind.TEXT, "c.invoice_issuer_name"),
    LIST_COST("ListCost", Kind.SUMMABLE, "c.list_cost"),
    LIST_UNIT_PRICE("ListUnitPrice", Kind.UNIT_PRICE, "c.list_unit_price"),
    PRICING_CATEGORY("PricingCategory", Kind.TEXT, "c.pricing_category"),
    PRICING_QUANTITY("PricingQuantity", Kind.SUMMABLE, "c.pricing_quantity"),
    PRICING_UNIT("PricingUnit", Kind.TEXT, "c.pricing_unit"),
    // Deprecated by FOCUS 1.3 in favour of ServiceProviderName; kept for consumers of 1.0-1.2 data.
    PROVIDER_NAME("ProviderName", Kind.TEXT, "COALESCE(c.provider_name, a.provider_name)"),
    PUBLISHER_NAME("PublisherName", Kind.TEXT, "c.publisher_name"),
    REGION_ID("RegionId", Kind.TEXT, "c.region_id"),
    REGION_NAME("RegionName", Kind.TEXT, "c.region_name"),
    RESOURCE_ID("ResourceId", Kind.TEXT, "c.resource_id"),
    RESOURCE_NAME("ResourceName", Kind.TEXT, "c.resource_name"),
    RESOURCE_TYPE("ResourceType", Kind.TEXT, "c.resource_type"),
    SERVICE_CATEGORY("ServiceCategory", Kind.TEXT, "c.service_category"),
    SERVICE_NAME("ServiceName", Kind.TEXT, "COALESCE(c.service_name, a.service_name)"),
    SERVICE_PROVIDER_NAME("ServiceProviderName", Kind.TEXT, "COALESCE(c.provider_name, a.provider_name)"),
    SKU_ID("SkuId", Kind.TEXT, "c.sku_id"),
    SKU_PRICE_ID("SkuPriceId", Kind.TEXT, "c.sku_price_id"),
    SUB_ACCOUNT_ID("SubAccountId", Kind.TEXT, "COALESCE(c.sub_account_id, a.sub_account_id)"),
    SUB_ACCOUNT_NAME("SubAccountName", Kind.TEXT, "c.sub_account_name"),
    TAGS("Tags", Kind.JSON, "c.tags"),
    X_ALLOCATION_RUN_ID("x_AllocationRunId", Kind.ALLOCATION, null),
    X_COST_CENTER_CODE("x_CostCenterCode", Kind.ALLOCATION, null),
    X_COST_LINE_ID("x_CostLineId", Kind.ALLOCATION, null),
    X_PRICE_VARIANCE("x_PriceVariance", Kind.SUMMABLE, "c.x_price_variance"),
    X_PROVIDER_EXTRAS("x_ProviderExtras", Kind.JSON, "c.provider_extras"),
    X_REGISTRY_COST("x_RegistryCost", Kind.SUMMABLE, "c.x_registry_cost");

    /** Where a cell's value comes from and how it is written. */
    enum Kind {
        /** Text of the origin charge, neutralized where a spreadsheet would take it for a formula. */
        TEXT,
        /** A JSON object of the origin charge, as stored. */
        JSON,
        /** A UTC date-time of the origin charge. */
        TIMESTAMP,
        /** A metric that does not add up (a unit price): every allocated charge carries the origin's. */
        UNIT_PRICE,
        /** A metric that adds up (costs, quantities): split over the allocated charges by their ratios. */
        SUMMABLE,
        /** BilledCost and EffectiveCost: the allocated part's own amounts, as the allocation run split them. */
        PART,
        /** Written from the allocated part, the run and the cost center. */
        ALLOCATION
    }

    private final String header;
    private final Kind kind;
    private final String source;

    ExportColumn(String header, Kind kind, String source) {
        this.header = header;
        this.kind = kind;
        this.source = source;
    }

    String header() {
        return header;
    }

    Kind kind() {
        return kind;
    }

    String source() {
        return source;
    }

    boolean isStored() {
        return source != null;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(ExportColumn::header).toList();
    }

    static List<ExportColumn> stored() {
        return Arrays.stream(values()).filter(ExportColumn::isStored).toList();
    }
}
