package org.apportion.imports.openai;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apportion.imports.BillRecord;
import org.apportion.imports.ColumnPositions;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowValues;
import org.apportion.imports.llm.LlmCostLines;
import org.apportion.imports.llm.UsagePricing;
import org.apportion.pricing.TokenUsage;

/**
 * Maps one completions usage result (a day, model, project and API key, as grouped) to a cost line priced from
 * the registry. {@code input_tokens} include the cached ones: uncached input = input − cached input. Audio
 * tokens have no price in the registry, so a result with audio tokens is refused rather than priced wrong.
 */
final class OpenAiUsageRowMapper implements BillRowMapper {

    private static final List<String> EXTRAS = List.of("object", "user_id", "batch", "service_tier",
            "num_model_requests", "input_tokens", "input_cached_tokens", "output_tokens", "input_audio_tokens",
            "output_audio_tokens");
    private static final String NO_AUDIO_PRICE = "audio tokens cannot be priced: the price registry has no audio token prices";

    private final ColumnPositions positions;
    private final UsagePricing pricing;

    OpenAiUsageRowMapper(List<String> columns, UsagePricing pricing) {
        positions = new ColumnPositions(columns);
        this.pricing = pricing;
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        LocalDateTime start = row.epochSeconds(OpenAiFormat.START, true);
        LocalDateTime end = row.epochSeconds(OpenAiFormat.END, true);
        row.requireAfter(OpenAiFormat.END, end, OpenAiFormat.START, start);
        LlmCostLines.usageOfBucket(line, OpenAiFormat.PROVIDER, start, end);
        OpenAiCostRowMapper.mapScope(row, line);
        String model = model(row);
        line.setSkuId(model);
        TokenUsage usage = usage(row);
        String registryModel = null;
        if (usage != null) {
            line.setConsumedQuantity(usage.total());
            line.setConsumedUnit(LlmCostLines.TOKENS);
            if (model != null && start != null) {
                registryModel = pricing.priceInto(line, row, "model", model, start.toLocalDate(), usage);
            }
        }
        line.setProviderExtras(LlmCostLines.extras(row, EXTRAS, registryModel));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    private static String model(RowValues row) {
        String model = row.text("model", 255, false);
        if (model == null) {
            row.problem("model", null, "no model: request the usage grouped by model (group_by=model) so that "
                    + "it can be priced");
        }
        return model;
    }

    /** The tokens by price, or null after recording what is wrong with the counts. */
    private static TokenUsage usage(RowValues row) {
        BigDecimal input = LlmCostLines.tokens(row, "input_tokens");
        BigDecimal cached = LlmCostLines.tokens(row, "input_cached_tokens");
        BigDecimal output = LlmCostLines.tokens(row, "output_tokens");
        Boolean batch = batch(row);
        refuseAudio(row, "input_audio_tokens");
        refuseAudio(row, "output_audio_tokens");
        if (input == null || cached == null || output == null || batch == null) {
            return null;
        }
        if (cached.compareTo(input) > 0) {
            return row.problem("input_cached_tokens", row.raw("input_cached_tokens"),
                    "more cached input tokens than input tokens (" + input + ")");
        }
        return new TokenUsage(input.subtract(cached), cached, BigDecimal.ZERO, output, batch);
    }

    private static Boolean batch(RowValues row) {
        String batch = row.raw("batch");
        if (batch == null || batch.equalsIgnoreCase("false")) {
            return false;
        }
        return batch.equalsIgnoreCase("true") ? Boolean.TRUE : row.problem("batch", batch, "not true or false");
    }

    private static void refuseAudio(RowValues row, String column) {
        BigDecimal audio = LlmCostLines.tokens(row, column);
        if (audio != null && audio.signum() > 0) {
            row.problem(column, row.raw(column), NO_AUDIO_PRICE);
        }
    }
}
