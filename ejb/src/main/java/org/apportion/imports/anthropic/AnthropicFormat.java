package org.apportion.imports.anthropic;

import java.util.List;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.llm.CostReportTokens;
import org.apportion.imports.llm.LlmReportFormat;
import org.apportion.imports.llm.UsagePricing;

/**
 * Pages of Anthropic's {@code GET /v1/organizations/usage_report/messages} or
 * {@code GET /v1/organizations/cost_report}, read through {@code JsonBillFile}: one record per bucket result,
 * with the bucket's RFC 3339 {@code bucket.starting_at} and {@code bucket.ending_at}. Which of the two a file
 * holds shows in its first record's fields.
 */
public final class AnthropicFormat extends LlmReportFormat {

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

    private static final Report USAGE = new Report("messages", "messages usage report",
            header -> header.contains("uncached_input_tokens"), List.of(START, END, "output_tokens", "model"),
            USAGE_COLUMNS);
    private static final Report COST_REPORT = new Report("cost_report", "cost report",
            header -> header.contains("amount") && header.contains("currency"),
            List.of(START, END, "amount", "currency"), COST_COLUMNS);

    public AnthropicFormat() {
        super(BillFormat.ANTHROPIC, PROVIDER, REGISTRY_PROVIDER, START, USAGE, COST_REPORT);
    }

    @Override
    public CostReportTokens costReportTokens() {
        return new AnthropicCostReportTokens();
    }

    @Override
    protected BillRowMapper costMapper(List<String> columns) {
        return new AnthropicCostRowMapper(columns)::toCostLine;
    }

    @Override
    protected BillRowMapper usageMapper(List<String> columns, UsagePricing pricing) {
        return new AnthropicUsageRowMapper(columns, pricing)::toCostLine;
    }
}
