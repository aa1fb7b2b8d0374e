package org.apportion.imports.openai;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.llm.CostReportTokens;
import org.apportion.imports.llm.LlmReportFormat;
import org.apportion.imports.llm.UsagePricing;

/**
 * Pages of OpenAI's {@code GET /v1/organization/usage/completions} (results
 * {@code organization.usage.completions.result}) or {@code GET /v1/organization/costs}
 * ({@code organization.costs.result}), read through {@code JsonBillFile}: one record per bucket result, with
 * the bucket's Unix-second {@code bucket.start_time} and {@code bucket.end_time}. Which of the two a file
 * holds shows in its first record's fields.
 */
public final class OpenAiFormat extends LlmReportFormat {

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

    private static final Report USAGE = new Report("completions", "completions usage",
            header -> header.contains("input_tokens") && header.contains("num_model_requests"),
            List.of(START, END, "input_tokens", "output_tokens", "model"), USAGE_COLUMNS);
    // A result whose amount is null flattens to "amount" alone.
    private static final Report COSTS = new Report("costs", "costs",
            header -> header.contains("amount.value") || header.contains("amount"), List.of(START, END), COST_COLUMNS);

    public OpenAiFormat() {
        super(BillFormat.OPENAI, PROVIDER, REGISTRY_PROVIDER, START, USAGE, COSTS);
    }

    @Override
    public CostReportTokens costReportTokens() {
        return new OpenAiCostReportTokens();
    }

    @Override
    protected BillRowMapper costMapper(List<String> columns) {
        return new OpenAiCostRowMapper(columns)::toCostLine;
    }

    @Override
    protected BillRowMapper usageMapper(List<String> columns, UsagePricing pricing) {
        return new OpenAiUsageRowMapper(columns, pricing)::toCostLine;
    }
}
