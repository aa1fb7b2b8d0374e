package org.apportion.imports.anthropic;

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
 * Maps one messages usage result (a day, model, workspace and API key, as grouped) to a cost line priced from
 * the registry: uncached input, cache reads, cache writes (5-minute and 1-hour alike) and output; the batch
 * service tier at batch prices. Web search requests are kept in the extras but not priced (the registry holds
 * token prices; the cost report bills them on their own line).
 */
final class AnthropicUsageRowMapper implements BillRowMapper {

    private static final List<String> EXTRAS = List.of("service_tier", "context_window", "inference_geo",
            "uncached_input_tokens", "cache_read_input_tokens", AnthropicFormat.CACHE_WRITE_5M,
            AnthropicFormat.CACHE_WRITE_1H, "output_tokens", "server_tool_use.web_search_requests");

    private final ColumnPositions positions;
    private final UsagePricing pricing;

    AnthropicUsageRowMapper(List<String> columns, UsagePricing pricing) {
        positions = new ColumnPositions(columns);
        this.pricing = pricing;
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        LocalDateTime start = row.dateTime(AnthropicFormat.START, true);
        LocalDateTime end = row.dateTime(AnthropicFormat.END, true);
        row.requireAfter(AnthropicFormat.END, end, AnthropicFormat.START, start);
        LlmCostLines.usageOfBucket(line, AnthropicFormat.PROVIDER, start, end);
        AnthropicCostRowMapper.mapScope(row, line);
        line.setResourceId(row.text("api_key_id", 1024, false));
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
            row.problem("model", null, "no model: request the usage grouped by model (group_by[]=model) so that "
                    + "it can be priced");
        }
        return model;
    }

    /** The tokens by price, or null after recording what is wrong with the counts. */
    private static TokenUsage usage(RowValues row) {
        BigDecimal uncached = LlmCostLines.tokens(row, "uncached_input_tokens");
        BigDecimal cacheRead = LlmCostLines.tokens(row, "cache_read_input_tokens");
        BigDecimal write5m = LlmCostLines.tokens(row, AnthropicFormat.CACHE_WRITE_5M);
        BigDecimal write1h = LlmCostLines.tokens(row, AnthropicFormat.CACHE_WRITE_1H);
        BigDecimal output = LlmCostLines.tokens(row, "output_tokens");
        LlmCostLines.tokens(row, "server_tool_use.web_search_requests");
        if (uncached == null || cacheRead == null || write5m == null || write1h == null || output == null) {
            return null;
        }
        boolean batch = "batch".equalsIgnoreCase(row.raw("service_tier"));
        return new TokenUsage(uncached, cacheRead, write5m.add(write1h), output, batch);
    }
}
