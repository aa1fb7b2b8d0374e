package org.apportion.imports.aws;

/**
 * The CUR fields the mapping reads, each with its legacy column name and its CUR 2.0 (Data Exports) name.
 * CUR 2.0 keeps product attributes outside its fixed schema in the JSON map column {@code product}; such a
 * field's 2.0 name is {@code product.<key>}, as Data Exports queries name them.
 */
enum CurField {
    LINE_ITEM_ID("identity/LineItemId", "identity_line_item_id"),
    PAYER_ACCOUNT_ID("bill/PayerAccountId", "bill_payer_account_id", true),
    PAYER_ACCOUNT_NAME("bill/PayerAccountName", "bill_payer_account_name"),
    BILLING_PERIOD_START("bill/BillingPeriodStartDate", "bill_billing_period_start_date", true),
    BILLING_PERIOD_END("bill/BillingPeriodEndDate", "bill_billing_period_end_date", true),
    INVOICING_ENTITY("bill/InvoicingEntity", "bill_invoicing_entity"),
    BILL_TYPE("bill/BillType", "bill_bill_type"),
    INVOICE_ID("bill/InvoiceId", "bill_invoice_id"),
    USAGE_ACCOUNT_ID("lineItem/UsageAccountId", "line_item_usage_account_id", true),
    USAGE_ACCOUNT_NAME("lineItem/UsageAccountName", "line_item_usage_account_name"),
    LINE_ITEM_TYPE("lineItem/LineItemType", "line_item_line_item_type", true),
    USAGE_START("lineItem/UsageStartDate", "line_item_usage_start_date", true),
    USAGE_END("lineItem/UsageEndDate", "line_item_usage_end_date", true),
    PRODUCT_CODE("lineItem/ProductCode", "line_item_product_code", true),
    USAGE_TYPE("lineItem/UsageType", "line_item_usage_type"),
    OPERATION("lineItem/Operation", "line_item_operation"),
    TAX_TYPE("lineItem/TaxType", "line_item_tax_type"),
    AVAILABILITY_ZONE("lineItem/AvailabilityZone", "line_item_availability_zone"),
    RESOURCE_ID("lineItem/ResourceId", "line_item_resource_id"),
    USAGE_AMOUNT("lineItem/UsageAmount", "line_item_usage_amount"),
    CURRENCY_CODE("lineItem/CurrencyCode", "line_item_currency_code", true),
    UNBLENDED_RATE("lineItem/UnblendedRate", "line_item_unblended_rate"),
    UNBLENDED_COST("lineItem/UnblendedCost", "line_item_unblended_cost", true),
    LINE_ITEM_DESCRIPTION("lineItem/LineItemDescription", "line_item_line_item_description"),
    LEGAL_ENTITY("lineItem/LegalEntity", "line_item_legal_entity"),
    PRODUCT_NAME("product/ProductName", "product.product_name"),
    PRODUCT_FAMILY("product/productFamily", "product_product_family"),
    REGION_CODE("product/regionCode", "product_region_code"),
    REGION("product/region", "product.region"),
    LOCATION("product/location", "product_location"),
    SKU("product/sku", "product_sku"),
    PUBLIC_ON_DEMAND_COST("pricing/publicOnDemandCost", "pricing_public_on_demand_cost"),
    PUBLIC_ON_DEMAND_RATE("pricing/publicOnDemandRate", "pricing_public_on_demand_rate"),
    RATE_CODE("pricing/RateCode", "pricing_rate_code"),
    PRICING_UNIT("pricing/unit", "pricing_unit"),
    RESERVATION_ARN("reservation/ReservationARN", "reservation_reservation_a_r_n"),
    RESERVATION_EFFECTIVE_COST("reservation/EffectiveCost", "reservation_effective_cost"),
    RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation_unused_amortized_upfront_fee_for_billing_period"),
    RESERVATION_UNUSED_RECURRING_FEE("reservation/UnusedRecurringFee", "reservation_unused_recurring_fee"),
    SAVINGS_PLAN_ARN("savingsPlan/SavingsPlanARN", "savings_plan_savings_plan_a_r_n"),
    SAVINGS_PLAN_EFFECTIVE_COST("savingsPlan/SavingsPlanEffectiveCost", "savings_plan_savings_plan_effective_cost"),
    SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE("savingsPlan/TotalCommitmentToDate", "savings_plan_total_commitment_to_date"),
    SAVINGS_PLAN_USED_COMMITMENT("savingsPlan/UsedCommitment", "savings_plan_used_commitment");

    private final String legacyName;
    private final String cur2Name;
    private final boolean required;

    CurField(String legacyName, String cur2Name) {
        this(legacyName, cur2Name, false);
    }

    CurField(String legacyName, String cur2Name, boolean required) {
        this.legacyName = legacyName;
        this.cur2Name = cur2Name;
        this.required = required;
    }

    String legacyName() { return legacyName; }
    String cur2Name() { return cur2Name; }
    /** A column every CUR has; a header without it is refused. */
    boolean required() { return required; }
}
