package org.apportion.imports.openai;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.ImportContext;
import org.apportion.imports.RowProblem;
import org.apportion.imports.llm.UsagePricing;

/**
 * Pages of OpenAI's {@code GET /v1/organization/usage/completions} (results
 * {@code organization.usage.completions.result}) or {@code GET /v1/organization/costs}
 * ({@code organization.costs.result}), read through {@code JsonBillFile}: one record per bucket result, with
 * the bucket's Unix-second {@code bucket.start_time} and {@code bucket.end_time}. Which of the two a file
 * holds shows in its first record's fields.
 */
public final class OpenAiFormat implements BillFormatReader {

    /** The provider's name in the price registry. */
    static final String REGISTRY_PROVIDER = "openai";
    static final String PROVIDER = "OpenAI";
    /** The billing account when a result names no organization: the API answers for the key's organization. */
    static final String DEFAULT_ORGANIZATION = "openai";

    static final String START = "bucket.start_time";
    static final String END = "bucket.end_time";
    static final List<String> USAGE_COLUMNS = List.of(START, END, "object", "organization_id", "project_id",
            "api_key_id", "user_id", "model", "batch", "service_tier", "input_tokens", "input_cached_tokens",
            "output_tokens", "input_audio_tokens", "output_audio_tokens", "num_model_requests");
    static final List<String> COST_COLUMNS = List.of(START, END, "object", "organization_id", "project_id",
            "api_key_id", "line_item", "amount.value", "amount.currency");

    @Override
    public BillFormat format() {
        return BillFormat.OPENAI;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains(START) && (isUsage(header) || isCosts(header));
    }

    private static boolean isUsage(List<String> header) {
        return header.contains("input_tokens") && header.contains("num_model_requests");
    }

    private static boolean isCosts(List<String> header) {
        // A result whose amount is null flattens to "amount" alone.
        return !isUsage(header) && (header.contains("amount.value") || header.contains("amount"));
    }

    @Override
    public HeaderCheck check(List<String> header) {
        List<String> required = isUsage(header) ? List.of(START, END, "input_tokens", "output_tokens", "model")
                : List.of(START, END);
        List<RowProblem> missing = required.stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "field required in an OpenAI "
                        + (isUsage(header) ? "completions usage" : "costs") + " result is missing"))
                .toList();
        return new HeaderCheck(isUsage(header) ? "completions" : "costs", missing);
    }

    @Override
    public List<String> columns(List<String> header) {
        return isUsage(header) ? USAGE_COLUMNS : COST_COLUMNS;
    }

    /** Costs need nothing more; usage needs the price registry: see {@link #rowMapper(List, ImportContext)}. */
    @Override
    public BillRowMapper rowMapper(List<String> columns) {
        if (isUsage(columns)) {
            throw new IllegalStateException("OpenAI usage is priced from the model price registry: "
                    + "map it with rowMapper(columns, ImportContext)");
        }
        return new OpenAiCostRowMapper(columns)::toCostLine;
    }

    @Override
    public BillRowMapper rowMapper(List<String> columns, ImportContext context) {
        if (!isUsage(columns)) {
            return rowMapper(columns);
        }
        return new OpenAiUsageRowMapper(columns, new UsagePricing(context.priceBook(REGISTRY_PROVIDER)))::toCostLine;
    }
}
