package org.apportion.imports.focus;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowValues;
import static org.apportion.imports.focus.FocusColumn.*;

/** Turns one FOCUS CSV row into a cost line, or refuses it with every problem it has. */
public final class FocusRowMapper {

    private final FocusHeader header;

    public FocusRowMapper(FocusHeader header) {
        this.header = header;
    }

    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        record.requireColumns(header.columnCount());
        FocusValues row = new FocusValues(header, record);
        CostLine line = new CostLine(importBatchId, record.line());
        mapCosts(row, line);
        mapBillingAndCharge(row, line);
        mapServiceAndResource(row, line);
        mapPricingAndCommitments(row, line);
        line.setTags(row.tags(TAGS));
        row.requireAfter(BILLING_PERIOD_END, line.getBillingPeriodEnd(), BILLING_PERIOD_START, line.getBillingPeriodStart());
        row.requireAfter(CHARGE_PERIOD_END, line.getChargePeriodEnd(), CHARGE_PERIOD_START, line.getChargePeriodStart());
        line.setProviderExtras(extras(record));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private static void mapCosts(FocusValues row, CostLine line) {
        line.setBilledCost(row.decimal(BILLED_COST));
        line.setEffectiveCost(row.decimal(EFFECTIVE_COST));
        line.setListCost(row.decimal(LIST_COST));
        line.setContractedCost(row.decimal(CONTRACTED_COST));
        line.setBillingCurrency(row.currency(BILLING_CURRENCY));
    }

    private static void mapBillingAndCharge(FocusValues row, CostLine line) {
        line.setBillingAccountId(row.text(BILLING_ACCOUNT_ID));
        line.setBillingAccountName(row.text(BILLING_ACCOUNT_NAME));
        line.setBillingPeriodStart(row.dateTime(BILLING_PERIOD_START));
        line.setBillingPeriodEnd(row.dateTime(BILLING_PERIOD_END));
        line.setChargePeriodStart(row.dateTime(CHARGE_PERIOD_START));
        line.setChargePeriodEnd(row.dateTime(CHARGE_PERIOD_END));
        line.setChargeCategory(row.enumValue(CHARGE_CATEGORY));
        line.setChargeClass(row.enumValue(CHARGE_CLASS));
        line.setChargeDescription(row.text(CHARGE_DESCRIPTION));
        line.setChargeFrequency(row.enumValue(CHARGE_FREQUENCY));
        line.setInvoiceIssuerName(row.text(INVOICE_ISSUER_NAME));
        line.setSubAccountId(row.text(SUB_ACCOUNT_ID));
        line.setSubAccountName(row.text(SUB_ACCOUNT_NAME));
    }

    private void mapServiceAndResource(FocusValues row, CostLine line) {
        // FOCUS 1.3 names the provider ServiceProviderName; ProviderName stays as its deprecated alias.
        line.setProviderName(header.has(SERVICE_PROVIDER_NAME)
                ? row.requiredText(SERVICE_PROVIDER_NAME) : row.text(PROVIDER_NAME));
        line.setPublisherName(row.text(PUBLISHER_NAME));
        line.setServiceCategory(row.enumValue(SERVICE_CATEGORY));
        line.setServiceName(row.text(SERVICE_NAME));
        line.setRegionId(row.text(REGION_ID));
        line.setRegionName(row.text(REGION_NAME));
        line.setAvailabilityZone(row.text(AVAILABILITY_ZONE));
        line.setResourceId(row.text(RESOURCE_ID));
        line.setResourceName(row.text(RESOURCE_NAME));
        line.setResourceType(row.text(RESOURCE_TYPE));
    }

    private static void mapPricingAndCommitments(FocusValues row, CostLine line) {
        line.setPricingQuantity(row.decimal(PRICING_QUANTITY));
        line.setPricingUnit(row.text(PRICING_UNIT));
        line.setPricingCategory(row.enumValue(PRICING_CATEGORY));
        line.setListUnitPrice(row.decimal(LIST_UNIT_PRICE));
        line.setContractedUnitPrice(row.decimal(CONTRACTED_UNIT_PRICE));
        line.setConsumedQuantity(row.decimal(CONSUMED_QUANTITY));
        line.setConsumedUnit(row.text(CONSUMED_UNIT));
        line.setSkuId(row.text(SKU_ID));
        line.setSkuPriceId(row.text(SKU_PRICE_ID));
        line.setCommitmentDiscountId(row.text(COMMITMENT_DISCOUNT_ID));
        line.setCommitmentDiscountName(row.text(COMMITMENT_DISCOUNT_NAME));
        line.setCommitmentDiscountCategory(row.enumValue(COMMITMENT_DISCOUNT_CATEGORY));
        line.setCommitmentDiscountType(row.text(COMMITMENT_DISCOUNT_TYPE));
        line.setCommitmentDiscountStatus(row.enumValue(COMMITMENT_DISCOUNT_STATUS));
    }

    private String extras(BillRecord record) {
        if (header.extras().isEmpty()) {
            return null;
        }
        JsonObjectBuilder extras = RowValues.JSON.createObjectBuilder();
        for (Map.Entry<String, Integer> column : header.extras().entrySet()) {
            String value = RowValues.nullIfEmpty(record.value(column.getValue()));
            if (value != null) {
                extras.add(column.getKey(), value);
            }
        }
        return extras.build().toString();
    }
}
