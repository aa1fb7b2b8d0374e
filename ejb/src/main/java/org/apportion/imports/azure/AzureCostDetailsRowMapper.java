package org.apportion.imports.azure;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apportion.imports.BillRecord;
import org.apportion.imports.ColumnPositions;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowValues;
import org.apportion.imports.ServiceCategories;

/**
 * Maps a row of an Azure actual-cost export to a FOCUS cost line. BilledCost is the row's cost in the billing
 * currency. An actual-cost export carries no amortization, so EffectiveCost equals BilledCost (see
 * docs/formats.md). Azure's inclusive end dates become FOCUS's exclusive ends.
 */
final class AzureCostDetailsRowMapper implements BillRowMapper {

    private static final ServiceCategories SERVICE_CATEGORIES =
            ServiceCategories.load(AzureCostDetailsRowMapper.class, "azure-service-categories.properties");
    private static final List<String> EXTRAS = List.of("ResourceGroup", "MeterName", "MeterSubCategory",
            "ConsumedService", "AdditionalInfo", "InvoiceSection", "InvoiceSectionName", "CostCenter",
            "AccountName", "BillingProfileId", "BillingProfileName", "ChargeType", "PricingModel");

    private final ColumnPositions positions;
    private final String costColumn;
    private final String currencyColumn;
    private final String productColumn;

    AzureCostDetailsRowMapper(List<String> header) {
        positions = new ColumnPositions(header);
        costColumn = header.contains("CostInBillingCurrency") ? "CostInBillingCurrency" : "Cost";
        currencyColumn = header.contains("BillingCurrencyCode") ? "BillingCurrencyCode" : "BillingCurrency";
        productColumn = header.contains("ProductName") ? "ProductName" : "Product";
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        mapAccountsAndPeriods(row, line);
        mapCharge(row, line);
        mapCosts(row, line);
        mapServiceAndResource(row, line);
        mapCommitment(row, line);
        line.setTags(tags(row));
        line.setProviderExtras(row.jsonOf(EXTRAS));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private void mapAccountsAndPeriods(RowValues row, CostLine line) {
        line.setBillingAccountId(row.text("BillingAccountId", 255, true));
        line.setBillingAccountName(row.text("BillingAccountName", 255, false));
        line.setSubAccountId(row.text("SubscriptionId", 255, true));
        line.setSubAccountName(row.text("SubscriptionName", 255, false));
        line.setBillingCurrency(row.currency(currencyColumn, true));
        line.setBillingPeriodStart(row.usOrIsoDate("BillingPeriodStartDate", true));
        line.setBillingPeriodEnd(dayAfter(row.usOrIsoDate("BillingPeriodEndDate", true)));
        LocalDateTime day = row.usOrIsoDate("Date", true);
        line.setChargePeriodStart(day);
        line.setChargePeriodEnd(dayAfter(day));
        line.setProviderName("Microsoft");
        line.setInvoiceIssuerName("Microsoft");
        String publisher = row.text("PublisherName", 255, false);
        line.setPublisherName(publisher != null ? publisher : "Microsoft");
    }

    /** Azure's end dates are the last day of the period; FOCUS ends are exclusive. */
    private static LocalDateTime dayAfter(LocalDateTime day) {
        return day == null ? null : day.plusDays(1);
    }

    private void mapCharge(RowValues row, CostLine line) {
        String chargeType = row.required("ChargeType", true);
        if (chargeType != null) {
            String category = chargeCategory(chargeType);
            line.setChargeCategory(category != null ? category
                    : row.problem("ChargeType", chargeType, "not a known charge type (Usage, Purchase, Tax, "
                    + "Refund, UnusedReservation, UnusedSavingsPlan, RoundingAdjustment)"));
        }
        line.setChargeFrequency(chargeFrequency(row.raw("Frequency")));
        line.setChargeDescription(row.text(productColumn, 2048, false));
    }

    private static String chargeCategory(String chargeType) {
        return switch (chargeType.toLowerCase(Locale.ROOT)) {
            case "usage", "unusedreservation", "unusedsavingsplan" -> "Usage";
            case "purchase" -> "Purchase";
            case "tax" -> "Tax";
            case "refund", "roundingadjustment" -> "Adjustment";
            default -> null;
        };
    }

    private static String chargeFrequency(String frequency) {
        if (frequency == null) {
            return null;
        }
        return switch (frequency.toLowerCase(Locale.ROOT)) {
            case "usagebased" -> "Usage-Based";
            case "recurring" -> "Recurring";
            case "onetime" -> "One-Time";
            default -> null;
        };
    }

    private void mapCosts(RowValues row, CostLine line) {
        BigDecimal cost = row.decimal(costColumn, true);
        BigDecimal quantity = row.decimal("Quantity", false);
        BigDecimal listPrice = row.decimal("PayGPrice", false);
        BigDecimal unitPrice = row.decimal("UnitPrice", false);
        line.setBilledCost(cost);
        line.setEffectiveCost(cost);
        line.setListUnitPrice(listPrice);
        line.setContractedUnitPrice(unitPrice);
        line.setListCost(times(listPrice, quantity, cost));
        line.setContractedCost(times(unitPrice, quantity, cost));
        line.setPricingQuantity(quantity);
        line.setPricingUnit(row.text("UnitOfMeasure", 255, false));
        if ("Usage".equals(line.getChargeCategory())) {
            line.setConsumedQuantity(quantity);
            line.setConsumedUnit(line.getPricingUnit());
        }
    }

    /** Price × quantity, exactly; the billed cost where either is missing. */
    private static BigDecimal times(BigDecimal price, BigDecimal quantity, BigDecimal fallback) {
        return price == null || quantity == null ? fallback : price.multiply(quantity);
    }

    private void mapServiceAndResource(RowValues row, CostLine line) {
        line.setServiceName(row.text("MeterCategory", 255, true));
        line.setServiceCategory(SERVICE_CATEGORIES.of(row.raw("ServiceFamily")));
        line.setRegionId(row.text("ResourceLocation", 64, false));
        line.setRegionName(row.text("MeterRegion", 128, false));
        line.setAvailabilityZone(row.text("AvailabilityZone", 64, false));
        line.setResourceId(row.text("ResourceId", 1024, false));
        line.setResourceName(row.text("ResourceName", 512, false));
        line.setSkuId(row.text("PartNumber", 255, false));
        line.setSkuPriceId(row.text("MeterId", 255, false));
    }

    private static void mapCommitment(RowValues row, CostLine line) {
        String model = row.raw("PricingModel");
        if (model == null) {
            return;
        }
        switch (model.toLowerCase(Locale.ROOT)) {
            case "ondemand" -> line.setPricingCategory("Standard");
            case "spot" -> line.setPricingCategory("Dynamic");
            case "reservation" -> commitment(row, line, "Usage", "Reservation");
            case "savingsplan" -> commitment(row, line, "Spend", "Savings Plan");
            default -> line.setPricingCategory("Other");
        }
    }

    private static void commitment(RowValues row, CostLine line, String category, String type) {
        line.setPricingCategory("Committed");
        String benefit = row.text("benefitId", 512, false);
        line.setCommitmentDiscountId(benefit != null ? benefit : row.text("ReservationId", 512, false));
        String name = row.text("benefitName", 255, false);
        line.setCommitmentDiscountName(name != null ? name : row.text("ReservationName", 255, false));
        line.setCommitmentDiscountCategory(category);
        line.setCommitmentDiscountType(type);
        if ("Usage".equals(line.getChargeCategory())) {
            line.setCommitmentDiscountStatus(row.raw("ChargeType").toLowerCase(Locale.ROOT).startsWith("unused")
                    ? "Unused" : "Used");
        }
    }

    /** Azure writes tags as a JSON object, or as its members without the braces. */
    private static String tags(RowValues row) {
        String tags = row.raw("Tags");
        if (tags == null) {
            return null;
        }
        return row.tags("Tags", tags.startsWith("{") ? tags : "{" + tags + "}");
    }
}
