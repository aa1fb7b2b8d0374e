package org.apportion.imports.anthropic;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.ImportContext;
import org.apportion.imports.RowProblem;
import org.apportion.imports.llm.UsagePricing;

/**
 * Pages of Anthropic's {@code GET /v1/organizations/usage_report/messages} or
 * {@code GET /v1/organizations/cost_report}, read through {@code JsonBillFile}: one record per bucket result,
 * with the bucket's RFC 3339 {@code bucket.starting_at} and {@code bucket.ending_at}. Which of the two a file
 * holds shows in its first record's fields.
 */
public final class AnthropicFormat implements BillFormatReader {

    /** The provider's name in the price registry. */
    static final String REGISTRY_PROVIDER = "anthropic";
    static final String PROVIDER = "Anthropic";
    /** The billing account: the reports do not name the organization, they answer for the admin key's. */
    static final String ORGANIZATION = "anthropic";

    static final String START = "bucket.starting_at";
    static final String END = "bucket.ending_at";
    static final String CACHE_WRITE_1H = "cache_creation.ephemeral_1h_input_tokens";
    static final String CACHE_WRITE_5M = "cache_creation.ephemeral_5m_input_tokens";
    static final List<String> USAGE_COLUMNS = List.of(START, END, "workspace_id", "api_key_id", "model",
            "service_tier", "context_window", "inference_geo", "uncached_input_tokens", "cache_read_input_tokens",
            CACHE_WRITE_5M, CACHE_WRITE_1H, "output_tokens", "server_tool_use.web_search_requests");
    static final List<String> COST_COLUMNS = List.of(START, END, "workspace_id", "description", "cost_type",
            "model", "token_type", "service_tier", "context_window", "inference_geo", "amount", "currency");

    @Override
    public BillFormat format() {
        return BillFormat.ANTHROPIC;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains(START) && (isUsage(header) || isCostReport(header));
    }

    private static boolean isUsage(List<String> header) {
        return header.contains("uncached_input_tokens");
    }

    private static boolean isCostReport(List<String> header) {
        return !isUsage(header) && header.contains("amount") && header.contains("currency");
    }

    @Override
    public HeaderCheck check(List<String> header) {
        List<String> required = isUsage(header) ? List.of(START, END, "output_tokens", "model")
                : List.of(START, END, "amount", "currency");
        List<RowProblem> missing = required.stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "field required in an Anthropic "
                        + (isUsage(header) ? "messages usage report" : "cost report") + " result is missing"))
                .toList();
        return new HeaderCheck(isUsage(header) ? "messages" : "cost_report", missing);
    }

    @Override
    public List<String> columns(List<String> header) {
        return isUsage(header) ? USAGE_COLUMNS : COST_COLUMNS;
    }

    /** Cost reports need nothing more; usage needs the price registry: see {@link #rowMapper(List, ImportContext)}. */
    @Override
    public BillRowMapper rowMapper(List<String> columns) {
        if (isUsage(columns)) {
            throw new IllegalStateException("Anthropic usage is priced from the model price registry: "
                    + "map it with rowMapper(columns, ImportContext)");
        }
        return new AnthropicCostRowMapper(columns)::toCostLine;
    }

    @Override
    public BillRowMapper rowMapper(List<String> columns, ImportContext context) {
        if (!isUsage(columns)) {
            return rowMapper(columns);
        }
        return new AnthropicUsageRowMapper(columns,
                new UsagePricing(context.priceBook(REGISTRY_PROVIDER)))::toCostLine;
    }
}
