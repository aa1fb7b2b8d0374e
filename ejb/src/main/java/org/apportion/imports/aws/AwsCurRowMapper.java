package org.apportion.imports.aws;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowValues;
import org.apportion.imports.ServiceCategories;

/**
 * Maps a legacy CUR row to a FOCUS cost line. BilledCost is {@code lineItem/UnblendedCost} for every line
 * item type, so billed totals reconcile with the invoice. EffectiveCost follows AWS's amortization: covered
 * usage carries its reservation or Savings Plan effective cost, negations and upfront fees carry none,
 * recurring fees carry only their unused part. See docs/formats.md.
 */
final class AwsCurRowMapper implements BillRowMapper {

    private static final String TAG_PREFIX = "resourceTags/";
    private static final ServiceCategories SERVICE_CATEGORIES =
            ServiceCategories.load(AwsCurRowMapper.class, "aws-service-categories.properties");
    /** CUR columns worth keeping beside the FOCUS ones; the other ~80 product and pricing columns are not. */
    private static final List<String> EXTRAS = List.of("identity/LineItemId", "lineItem/LineItemType",
            "lineItem/UsageType", "lineItem/Operation", "lineItem/TaxType", "bill/BillType", "bill/InvoiceId",
            "product/productFamily");

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Integer> tagColumns = new LinkedHashMap<>();
    private final int columnCount;

    AwsCurRowMapper(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(header.get(i), i);
            if (header.get(i).startsWith(TAG_PREFIX)) {
                tagColumns.putIfAbsent(header.get(i).substring(TAG_PREFIX.length()), i);
            }
        }
        columnCount = header.size();
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        record.requireColumns(columnCount);
        RowValues row = new RowValues(record, positions);
        CostLine line = new CostLine(importBatchId, record.line());
        LineItemType type = lineItemType(row);
        mapAccountsAndPeriods(row, line);
        mapCosts(row, line, type);
        mapServiceAndResource(row, line);
        mapUsage(row, line, type);
        line.setTags(tags(record, row));
        line.setProviderExtras(row.jsonOf(EXTRAS));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private static LineItemType lineItemType(RowValues row) {
        String value = row.required("lineItem/LineItemType", true);
        if (value == null) {
            return null;
        }
        return LineItemType.of(value).orElseGet(() -> row.problem("lineItem/LineItemType", value,
                "not a known line item type (" + LineItemType.known() + ")"));
    }

    private static void mapAccountsAndPeriods(RowValues row, CostLine line) {
        line.setBillingAccountId(row.text("bill/PayerAccountId", 255, true));
        line.setBillingAccountName(row.text("bill/PayerAccountName", 255, false));
        line.setSubAccountId(row.text("lineItem/UsageAccountId", 255, true));
        line.setSubAccountName(row.text("lineItem/UsageAccountName", 255, false));
        line.setBillingCurrency(row.currency("lineItem/CurrencyCode", true));
        line.setBillingPeriodStart(row.dateTime("bill/BillingPeriodStartDate", true));
        line.setBillingPeriodEnd(row.dateTime("bill/BillingPeriodEndDate", true));
        line.setChargePeriodStart(row.dateTime("lineItem/UsageStartDate", true));
        line.setChargePeriodEnd(row.dateTime("lineItem/UsageEndDate", true));
        String issuer = row.text("bill/InvoicingEntity", 255, false);
        line.setInvoiceIssuerName(issuer != null ? issuer : "Amazon Web Services, Inc.");
        line.setProviderName("AWS");
        String publisher = row.text("lineItem/LegalEntity", 255, false);
        line.setPublisherName(publisher != null ? publisher : "Amazon Web Services, Inc.");
    }

    private static void mapCosts(RowValues row, CostLine line, LineItemType type) {
        BigDecimal unblended = row.decimal("lineItem/UnblendedCost", true);
        line.setBilledCost(unblended);
        line.setContractedCost(unblended);
        BigDecimal publicOnDemand = row.decimal("pricing/publicOnDemandCost", false);
        line.setListCost(publicOnDemand != null ? publicOnDemand : unblended);
        line.setListUnitPrice(row.decimal("pricing/publicOnDemandRate", false));
        line.setContractedUnitPrice(row.decimal("lineItem/UnblendedRate", false));
        if (type != null && unblended != null) {
            line.setEffectiveCost(effectiveCost(row, type, unblended));
            line.setChargeCategory(type.chargeCategory());
            line.setChargeFrequency(type.chargeFrequency());
            line.setPricingCategory(type.pricingCategory());
        }
        line.setChargeDescription(row.text("lineItem/LineItemDescription", 2048, false));
    }

    /** The amortized cost AWS's own "net amortized" view gives each line item type. */
    private static BigDecimal effectiveCost(RowValues row, LineItemType type, BigDecimal unblended) {
        return switch (type) {
            case DISCOUNTED_USAGE -> orZero(row.decimal("reservation/EffectiveCost", false));
            case SAVINGS_PLAN_COVERED_USAGE -> orZero(row.decimal("savingsPlan/SavingsPlanEffectiveCost", false));
            case SAVINGS_PLAN_NEGATION, SAVINGS_PLAN_UPFRONT_FEE -> BigDecimal.ZERO;
            case RI_FEE -> orZero(row.decimal("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod", false))
                    .add(orZero(row.decimal("reservation/UnusedRecurringFee", false)));
            case SAVINGS_PLAN_RECURRING_FEE -> orZero(row.decimal("savingsPlan/TotalCommitmentToDate", false))
                    .subtract(orZero(row.decimal("savingsPlan/UsedCommitment", false)));
            // An upfront reservation purchase is amortized into the usage it covers.
            case FEE -> row.raw("reservation/ReservationARN") != null ? BigDecimal.ZERO : unblended;
            default -> unblended;
        };
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static void mapServiceAndResource(RowValues row, CostLine line) {
        String productCode = row.text("lineItem/ProductCode", 255, true);
        String productName = row.text("product/ProductName", 255, false);
        line.setServiceName(productName != null ? productName : productCode);
        line.setServiceCategory(SERVICE_CATEGORIES.of(productCode));
        String regionCode = row.text("product/regionCode", 64, false);
        line.setRegionId(regionCode != null ? regionCode : row.text("product/region", 64, false));
        line.setRegionName(row.text("product/location", 128, false));
        line.setAvailabilityZone(row.text("lineItem/AvailabilityZone", 64, false));
        line.setResourceId(row.text("lineItem/ResourceId", 1024, false));
        line.setSkuId(row.text("product/sku", 255, false));
        line.setSkuPriceId(row.text("pricing/RateCode", 255, false));
    }

    private static void mapUsage(RowValues row, CostLine line, LineItemType type) {
        BigDecimal amount = row.decimal("lineItem/UsageAmount", false);
        String unit = row.text("pricing/unit", 255, false);
        line.setPricingQuantity(amount);
        line.setPricingUnit(unit);
        if (type == LineItemType.USAGE || type == LineItemType.DISCOUNTED_USAGE
                || type == LineItemType.SAVINGS_PLAN_COVERED_USAGE) {
            line.setConsumedQuantity(amount);
            line.setConsumedUnit(unit);
        }
        String reservation = row.text("reservation/ReservationARN", 512, false);
        String savingsPlan = row.text("savingsPlan/SavingsPlanARN", 512, false);
        if (reservation != null) {
            line.setCommitmentDiscountId(reservation);
            line.setCommitmentDiscountCategory("Usage");
            line.setCommitmentDiscountType("Reserved Instance");
        } else if (savingsPlan != null) {
            line.setCommitmentDiscountId(savingsPlan);
            line.setCommitmentDiscountCategory("Spend");
            line.setCommitmentDiscountType("Savings Plan");
        }
        if (type == LineItemType.DISCOUNTED_USAGE || type == LineItemType.SAVINGS_PLAN_COVERED_USAGE) {
            line.setCommitmentDiscountStatus("Used");
        }
    }

    /** {@code resourceTags/user:team} columns become the FOCUS Tags object {@code {"user:team": ...}}. */
    private String tags(BillRecord record, RowValues row) {
        JsonObjectBuilder tags = RowValues.JSON.createObjectBuilder();
        boolean any = false;
        for (Map.Entry<String, Integer> tag : tagColumns.entrySet()) {
            String value = RowValues.nullIfEmpty(record.value(tag.getValue()));
            if (value != null && RowValues.startsLikeFormula(value)) {
                row.problem(TAG_PREFIX + tag.getKey(), value, "starts like a spreadsheet formula");
            } else if (value != null) {
                tags.add(tag.getKey(), value);
                any = true;
            }
        }
        return any ? tags.build().toString() : null;
    }

}
