package org.apportion.generator;

import jakarta.json.stream.JsonGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes a month of the company's Anthropic usage as one page of the admin API's messages usage report
 * ({@code GET /v1/organizations/usage_report/messages?bucket_width=1d&group_by[]=workspace_id&group_by[]=api_key_id
 * &group_by[]=model&group_by[]=service_tier&group_by[]=context_window}): daily buckets ({@code starting_at}/
 * {@code ending_at}, RFC 3339) of results with uncached input, cache creation (5 minutes and 1 hour), cache reads,
 * output and web searches. The default workspace's results have a null {@code workspace_id}. Token counts only,
 * no cost. Deterministic by {@link PeriodSpec}; streamed.
 */
public final class AnthropicUsageGenerator extends UsageReportWriter {

    public AnthropicUsageGenerator(PeriodSpec spec) {
        super(spec, LlmWorkloads.Vendor.ANTHROPIC);
    }

    @Override
    void startPage(JsonGenerator json) {
        // Anthropic's report page has only data, has_more and next_page.
    }

    @Override
    void bucket(JsonGenerator json, LocalDate day) {
        json.write("starting_at", day.atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .write("ending_at", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    }

    @Override
    TokenTotals.Tokens result(JsonGenerator json, LlmUsage.Use use) {
        long writes = use.cacheWrite5mTokens() + use.cacheWrite1hTokens();
        long uncached = use.inputTokens() - use.cachedInputTokens() - writes;
        json.writeStartObject()
                .write("uncached_input_tokens", uncached)
                .writeStartObject("cache_creation")
                .write("ephemeral_1h_input_tokens", use.cacheWrite1hTokens())
                .write("ephemeral_5m_input_tokens", use.cacheWrite5mTokens())
                .writeEnd()
                .write("cache_read_input_tokens", use.cachedInputTokens())
                .write("output_tokens", use.outputTokens())
                .writeStartObject("server_tool_use").write("web_search_requests", use.webSearchRequests()).writeEnd()
                .write("api_key_id", use.apiKeyId());
        if (use.workload().id() == null) {
            json.writeNull("workspace_id");
        } else {
            json.write("workspace_id", use.workload().id());
        }
        json.write("model", use.model())
                .write("service_tier", use.batch() ? "batch" : "standard")
                .write("context_window", use.longContext() ? "200k-1M" : "0-200k")
                .writeEnd();
        return new TokenTotals.Tokens(0, use.inputTokens(), use.cachedInputTokens(), writes, use.outputTokens());
    }
}
