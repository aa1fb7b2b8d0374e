package org.apportion.imports.gcp;

import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.apportion.imports.RowValues;
import org.apportion.imports.ServiceCategories;

/**
 * Maps a Google Cloud billing export row to a FOCUS cost line the way Google's own FOCUS view does: billed
 * and effective cost are the net cost (cost plus the row's credits, which are negative), contracted cost is
 * the cost before credits, list cost is {@code cost_at_list}. The billing period is the invoice month. See
 * docs/formats.md.
 */
final class GcpBillingExportRowMapper implements BillRowMapper {

    private static final String PROVIDER = "Google Cloud";
    private static final ServiceCategories SERVICE_CATEGORIES =
            ServiceCategories.load(GcpBillingExportRowMapper.class, "gcp-service-categories.properties");
    private static final DateTimeFormatter INVOICE_MONTH = DateTimeFormatter.ofPattern("uuuuMM");
    /** Export fields kept beside the FOCUS columns, by their nested names. */
    private static final List<String> EXTRAS = List.of("cost_type", "service.id", "project.number",
            "project.ancestry_numbers", "location.location", "location.country", "currency_conversion_rate",
            "invoice.month", "export_time", "usage.amount_in_pricing_units", "usage.pricing_unit",
            "adjustment_info.id", "adjustment_info.description", "adjustment_info.mode", "adjustment_info.type",
            "transaction_type", "seller_name", "price.effective_price", "price.tier_start_amount", "price.unit",
            "price.pricing_unit_quantity", "subscription.instance_id");

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> spellings = new HashMap<>();
    private final int columnCount;

    /** {@code columns} as {@link GcpBillingExportFormat#columns} gives them, in the file's spelling. */
    GcpBillingExportRowMapper(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            String nested = GcpBillingExportFormat.nestedName(columns.get(i));
            positions.putIfAbsent(nested, i);
            spellings.putIfAbsent(nested, columns.get(i));
        }
        columnCount = columns.size();
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        record.requireColumns(columnCount);
        RowValues row = new RowValues(record, positions);
        CostLine line = new CostLine(importBatchId, record.line());
        CostType costType = costType(row);
        Credits credits = Credits.read(row);
        mapAccountsAndPeriods(row, line);
        mapCosts(row, line, credits);
        mapCharge(row, line, costType, credits);
        mapServiceAndResource(row, line);
        mapUsage(row, line);
        line.setTags(GcpTags.of(row));
        line.setProviderExtras(extras(row, credits));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems().stream().map(this::asSpelled).toList());
        }
        return line;
    }

    private static CostType costType(RowValues row) {
        String value = row.required("cost_type", true);
        if (value == null) {
            return null;
        }
        return CostType.of(value).orElseGet(() -> row.problem("cost_type", value,
                "not a known cost type (" + CostType.known() + ")"));
    }

    private static void mapAccountsAndPeriods(RowValues row, CostLine line) {
        line.setBillingAccountId(row.text("billing_account_id", 255, true));
        line.setSubAccountId(row.text("project.id", 255, false));
        line.setSubAccountName(row.text("project.name", 255, false));
        line.setBillingCurrency(row.currency("currency", true));
        YearMonth month = invoiceMonth(row);
        if (month != null) {
            line.setBillingPeriodStart(month.atDay(1).atStartOfDay());
            line.setBillingPeriodEnd(month.plusMonths(1).atDay(1).atStartOfDay());
        }
        LocalDateTime start = row.dateTime("usage_start_time", true);
        LocalDateTime end = row.dateTime("usage_end_time", true);
        if (start != null && end != null && end.isBefore(start)) {
            row.problem("usage_end_time", row.raw("usage_end_time"), "before usage_start_time");
        }
        line.setChargePeriodStart(start);
        line.setChargePeriodEnd(end);
        line.setProviderName(PROVIDER);
        line.setInvoiceIssuerName(PROVIDER);
        String seller = row.text("seller_name", 255, false);
        boolean soldByGoogle = seller == null || "GOOGLE".equalsIgnoreCase(row.raw("transaction_type"));
        line.setPublisherName(soldByGoogle ? PROVIDER : seller);
    }

    /** The invoice month ({@code 202409}) as a calendar month: the billing period. */
    private static YearMonth invoiceMonth(RowValues row) {
        String value = row.required("invoice.month", true);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 6 ? YearMonth.parse(value, INVOICE_MONTH)
                    : row.problem("invoice.month", value, "not a month as YYYYMM");
        } catch (DateTimeException e) {
            return row.problem("invoice.month", value, "not a month as YYYYMM");
        }
    }

    private static void mapCosts(RowValues row, CostLine line, Credits credits) {
        BigDecimal cost = row.decimal("cost", true);
        BigDecimal listCost = row.decimal("cost_at_list", false);
        line.setContractedCost(cost);
        line.setListCost(listCost != null ? listCost : cost);
        if (cost != null && credits != null) {
            BigDecimal net = cost.add(credits.total());
            line.setBilledCost(net);
            line.setEffectiveCost(net);
        }
        BigDecimal unitQuantity = row.decimal("price.pricing_unit_quantity", false);
        BigDecimal effectivePrice = row.decimal("price.effective_price", false);
        // The price is per pricing_unit_quantity units; FOCUS's unit price is per one, kept only when exact.
        if (unitQuantity == null || unitQuantity.compareTo(BigDecimal.ONE) == 0) {
            line.setContractedUnitPrice(effectivePrice);
        }
    }

    private static void mapCharge(RowValues row, CostLine line, CostType costType, Credits credits) {
        String sku = row.text("sku.description", 2048, false);
        line.setChargeDescription(sku);
        if (costType == null) {
            return;
        }
        boolean commitmentFee = costType == CostType.REGULAR && sku != null
                && sku.toLowerCase(Locale.ROOT).startsWith("commitment");
        line.setChargeCategory(commitmentFee ? "Purchase" : costType.chargeCategory());
        if (costType == CostType.REGULAR) {
            line.setChargeFrequency(commitmentFee ? "Recurring" : "Usage-Based");
        }
        if (row.raw("adjustment_info.id") != null || row.raw("adjustment_info.type") != null
                || row.raw("adjustment_info.mode") != null || row.raw("adjustment_info.description") != null) {
            line.setChargeClass("Correction");
        }
        if (costType == CostType.REGULAR && credits != null) {
            mapCommitment(row, line, commitmentFee, credits);
        }
    }

    /** A committed use discount's fee (a Purchase), or usage it covered (a CUD credit on the row). */
    private static void mapCommitment(RowValues row, CostLine line, boolean commitmentFee, Credits credits) {
        Credits.Credit cud = credits.commitment().orElse(null);
        if (!commitmentFee && cud == null) {
            line.setPricingCategory("Standard");
            return;
        }
        line.setPricingCategory("Committed");
        line.setCommitmentDiscountType("Committed Use Discount");
        line.setCommitmentDiscountId(row.text("subscription.instance_id", 512, false));
        if (cud != null) {
            line.setCommitmentDiscountCategory(cud.commitmentCategory());
            if (cud.fullName() != null && cud.fullName().length() > 255) {
                row.problem(Credits.COLUMN, row.raw(Credits.COLUMN), "full_name of the committed use discount "
                        + "credit is longer than 255 characters");
            } else {
                line.setCommitmentDiscountName(cud.fullName());
            }
            line.setCommitmentDiscountStatus(commitmentFee ? null : "Used");
        }
    }

    private static void mapServiceAndResource(RowValues row, CostLine line) {
        String service = row.text("service.description", 255, row.raw("service.id") == null);
        line.setServiceName(service != null ? service : row.text("service.id", 255, false));
        line.setServiceCategory(SERVICE_CATEGORIES.of(service));
        line.setSkuId(row.text("sku.id", 255, false));
        line.setRegionId(row.text("location.region", 64, false));
        line.setAvailabilityZone(row.text("location.zone", 64, false));
        String globalName = row.text("resource.global_name", 1024, false);
        String name = row.text("resource.name", 512, false);
        line.setResourceId(globalName != null ? globalName : name);
        line.setResourceName(name);
    }

    private static void mapUsage(RowValues row, CostLine line) {
        line.setPricingQuantity(row.decimal("usage.amount_in_pricing_units", false));
        line.setPricingUnit(row.text("usage.pricing_unit", 255, false));
        BigDecimal amount = row.decimal("usage.amount", false);
        String unit = row.text("usage.unit", 255, false);
        if ("Usage".equals(line.getChargeCategory())) {
            line.setConsumedQuantity(amount);
            line.setConsumedUnit(unit);
        }
    }

    /** The EXTRAS fields as text, with the credits and system labels as JSON arrays. */
    private static String extras(RowValues row, Credits credits) {
        JsonObjectBuilder extras = RowValues.JSON.createObjectBuilder();
        for (String column : EXTRAS) {
            String value = row.raw(column);
            if (value != null) {
                extras.add(column, value);
            }
        }
        if (credits != null && !credits.all().isEmpty()) {
            extras.add(Credits.COLUMN, credits.json());
        }
        JsonArray systemLabels = JsonColumns.array(row, "system_labels");
        if (systemLabels != null && !systemLabels.isEmpty()) {
            extras.add("system_labels", systemLabels);
        }
        return extras.build().toString();
    }

    /** A problem named by the column as the file spells it ({@code service_description} in a console CSV). */
    private RowProblem asSpelled(RowProblem problem) {
        String column = problem.column() == null ? null : spellings.getOrDefault(problem.column(), problem.column());
        return new RowProblem(problem.line(), column, problem.value(), problem.reason());
    }
}
