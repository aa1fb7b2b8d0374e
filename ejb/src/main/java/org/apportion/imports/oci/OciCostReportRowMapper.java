package org.apportion.imports.oci;

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
import org.apportion.imports.TagColumns;

/**
 * Maps a row of an OCI cost report to a FOCUS cost line. BilledCost and EffectiveCost are {@code cost/myCost}
 * (overage included, no amortization in the report). The report has no billing period: it is the UTC
 * calendar month the usage interval starts in. A correction row ({@code lineItem/isCorrection} true) is an
 * Adjustment taken as written; the line it corrects is not touched (see docs/formats.md).
 */
final class OciCostReportRowMapper implements BillRowMapper {

    private static final ServiceCategories SERVICE_CATEGORIES =
            ServiceCategories.load(OciCostReportRowMapper.class, "oci-service-categories.properties");
    private static final String ORACLE = "Oracle";
    private static final String IS_CORRECTION = "lineItem/isCorrection";
    private static final List<String> EXTRAS = List.of("lineItem/referenceNo", "lineItem/backreferenceNo",
            IS_CORRECTION, "cost/overageFlag", "cost/subscriptionId", "product/resource",
            "cost/skuUnitDescription", "usage/billedQuantityOverage", "cost/myCostOverage");

    private final ColumnPositions positions;
    private final TagColumns tagColumns;

    OciCostReportRowMapper(List<String> header) {
        positions = new ColumnPositions(header);
        tagColumns = new TagColumns(header, "tags/");
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        mapAccountsAndPeriods(row, line);
        mapCharge(row, line, isCorrection(row));
        mapServiceAndResource(row, line);
        line.setTags(tagColumns.tags(row));
        line.setProviderExtras(row.jsonOf(EXTRAS));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private static void mapAccountsAndPeriods(RowValues row, CostLine line) {
        line.setBillingAccountId(row.text("lineItem/tenantId", 255, true));
        line.setSubAccountId(row.text("product/compartmentId", 255, false));
        line.setSubAccountName(row.text("product/compartmentName", 255, false));
        LocalDateTime start = row.dateTime("lineItem/intervalUsageStart", true);
        LocalDateTime end = row.dateTime("lineItem/intervalUsageEnd", true);
        row.requireAfter("lineItem/intervalUsageEnd", end, "lineItem/intervalUsageStart", start);
        line.setChargePeriodStart(start);
        line.setChargePeriodEnd(end);
        if (start != null) {
            LocalDateTime month = start.toLocalDate().withDayOfMonth(1).atStartOfDay();
            line.setBillingPeriodStart(month);
            line.setBillingPeriodEnd(month.plusMonths(1));
        }
        line.setProviderName(ORACLE);
        line.setInvoiceIssuerName(ORACLE);
        line.setPublisherName(ORACLE);
    }

    /** Whether the row corrects an earlier line; an empty value is false. */
    private static boolean isCorrection(RowValues row) {
        String value = row.raw(IS_CORRECTION);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        return Boolean.TRUE.equals(row.problem(IS_CORRECTION, value, "not true or false"));
    }

    private static void mapCharge(RowValues row, CostLine line, boolean correction) {
        BigDecimal cost = row.decimal("cost/myCost", true);
        line.setBilledCost(cost);
        line.setEffectiveCost(cost);
        line.setContractedCost(cost);
        line.setContractedUnitPrice(row.decimal("cost/unitPrice", false));
        line.setBillingCurrency(row.currency("cost/currencyCode", true));
        line.setChargeCategory(correction ? "Adjustment" : "Usage");
        line.setChargeFrequency(correction ? null : "Usage-Based");
        line.setChargeDescription(row.text("product/Description", 2048, false));
        line.setPricingQuantity(row.decimal("usage/billedQuantity", false));
        line.setPricingUnit(row.text("cost/billingUnitReadable", 255, false));
    }

    private static void mapServiceAndResource(RowValues row, CostLine line) {
        String service = row.text("product/service", 255, true);
        line.setServiceName(service);
        line.setServiceCategory(SERVICE_CATEGORIES.of(service == null ? null : service.toUpperCase(Locale.ROOT)));
        line.setRegionId(row.text("product/region", 64, false));
        line.setAvailabilityZone(row.text("product/availabilityDomain", 64, false));
        line.setResourceId(row.text("product/resourceId", 1024, false));
        line.setSkuId(row.text("cost/productSku", 255, false));
    }
}
