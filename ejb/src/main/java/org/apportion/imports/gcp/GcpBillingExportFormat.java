package org.apportion.imports.gcp;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.RowProblem;

/**
 * The Google Cloud billing export to BigQuery, read as {@code bq extract} writes it (newline-delimited JSON,
 * nested fields flattened to {@code service.description}) or as CSV with those names or with underscores
 * ({@code service_description}, as a console query download names them).
 */
public final class GcpBillingExportFormat implements BillFormatReader {

    /** Every field read, in the export's nested names. BigQuery omits null fields, so a record may lack any. */
    static final List<String> COLUMNS = List.of("billing_account_id", "service.id", "service.description",
            "sku.id", "sku.description", "usage_start_time", "usage_end_time", "project.id", "project.number",
            "project.name", "project.labels", "project.ancestry_numbers", "labels", "system_labels",
            "location.location", "location.country", "location.region", "location.zone", "resource.name",
            "resource.global_name", "export_time", "cost", "currency", "currency_conversion_rate", "usage.amount",
            "usage.unit", "usage.amount_in_pricing_units", "usage.pricing_unit", "credits", "invoice.month",
            "cost_type", "adjustment_info.id", "adjustment_info.description", "adjustment_info.mode",
            "adjustment_info.type", "cost_at_list", "transaction_type", "seller_name", "price.effective_price",
            "price.tier_start_amount", "price.unit", "price.pricing_unit_quantity", "subscription.instance_id",
            "tags");
    static final List<String> REQUIRED_COLUMNS = List.of("billing_account_id", "service.description",
            "usage_start_time", "usage_end_time", "cost", "currency", "invoice.month", "cost_type");
    /** The underscore spelling of each nested name, back to the nested name. */
    private static final Map<String, String> BY_UNDERSCORE_SPELLING = COLUMNS.stream()
            .filter(c -> c.contains("."))
            .collect(Collectors.toMap(GcpBillingExportFormat::underscored, Function.identity()));

    @Override
    public BillFormat format() {
        return BillFormat.GCP;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains("billing_account_id") && header.contains("cost") && header.contains("usage_start_time")
                && (has(header, "service.description") || has(header, "service.id"));
    }

    /** The version is the export table: detailed when the header has resource columns, else standard. */
    @Override
    public HeaderCheck check(List<String> header) {
        List<RowProblem> missing = REQUIRED_COLUMNS.stream().filter(c -> !has(header, c))
                .map(c -> new RowProblem(1, c, null, "column required in a Google Cloud billing export is missing"))
                .toList();
        boolean detailed = has(header, "resource.name") || has(header, "resource.global_name");
        return new HeaderCheck(detailed ? "detailed" : "standard", missing);
    }

    /** The fixed columns, each as the file spells it (nested names where the file has neither). */
    @Override
    public List<String> columns(List<String> header) {
        return COLUMNS.stream()
                .map(c -> !header.contains(c) && header.contains(underscored(c)) ? underscored(c) : c)
                .toList();
    }

    @Override
    public BillRowMapper rowMapper(List<String> columns) {
        return new GcpBillingExportRowMapper(columns)::toCostLine;
    }

    /** The nested name a column stands for, whichever spelling the file uses. */
    static String nestedName(String column) {
        return BY_UNDERSCORE_SPELLING.getOrDefault(column, column);
    }

    private static boolean has(List<String> header, String column) {
        return header.contains(column) || header.contains(underscored(column));
    }

    private static String underscored(String column) {
        return column.replace('.', '_');
    }
}
