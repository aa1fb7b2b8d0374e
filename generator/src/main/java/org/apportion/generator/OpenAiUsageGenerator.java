package org.apportion.generator;

import jakarta.json.stream.JsonGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes a month of the company's OpenAI usage as one page of the admin API's completions usage
 * ({@code GET /v1/organization/usage/completions?bucket_width=1d&group_by=project_id,model,api_key_id,batch}):
 * daily buckets ({@code start_time}/{@code end_time} in Unix seconds) of results per project, model, API key
 * and batch. Token counts only, no cost. Deterministic by {@link PeriodSpec}; streamed.
 */
public final class OpenAiUsageGenerator extends UsageReportWriter {

    public OpenAiUsageGenerator(PeriodSpec spec) {
        super(spec, LlmWorkloads.Vendor.OPENAI);
    }

    @Override
    void startPage(JsonGenerator json) {
        json.write("object", "page");
    }

    @Override
    void bucket(JsonGenerator json, LocalDate day) {
        json.write("object", "bucket")
                .write("start_time", day.atStartOfDay().toEpochSecond(ZoneOffset.UTC))
                .write("end_time", day.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }

    @Override
    TokenTotals.Tokens result(JsonGenerator json, LlmUsage.Use use) {
        json.writeStartObject()
                .write("object", "organization.usage.completions.result")
                .write("input_tokens", use.inputTokens())
                .write("output_tokens", use.outputTokens())
                .write("input_cached_tokens", use.cachedInputTokens())
                .write("input_audio_tokens", 0)
                .write("output_audio_tokens", 0)
                .write("num_model_requests", use.requests())
                .write("project_id", use.workload().id())
                .writeNull("user_id")
                .write("api_key_id", use.apiKeyId())
                .write("model", use.model())
                .write("batch", use.batch())
                .writeEnd();
        return new TokenTotals.Tokens(use.requests(), use.inputTokens(), use.cachedInputTokens(), 0, use.outputTokens());
    }
}
