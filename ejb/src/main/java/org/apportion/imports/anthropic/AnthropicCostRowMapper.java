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

/**
 * Maps one cost report result (a day's cost for a workspace and, grouped by description, a model and token
 * type) to a cost line. Anthropic states the amount in the currency's lowest units as a decimal string:
 * {@code "123.45"} USD cents are USD 1.2345, kept exactly. A cost result counts no tokens, so the registry
 * cannot price it.
 */
final class AnthropicCostRowMapper implements BillRowMapper {

    private static final List<String> EXTRAS = List.of("cost_type", "token_type", "service_tier", "context_window",
            "inference_geo", "amount");

    private final ColumnPositions positions;

    AnthropicCostRowMapper(List<String> columns) {
        positions = new ColumnPositions(columns);
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        LocalDateTime start = row.dateTime(AnthropicFormat.START, true);
        LocalDateTime end = row.dateTime(AnthropicFormat.END, true);
        row.requireAfter(AnthropicFormat.END, end, AnthropicFormat.START, start);
        LlmCostLines.usageOfBucket(line, AnthropicFormat.PROVIDER, start, end);
        mapScope(row, line);
        LlmCostLines.billedCost(line, fromCents(row), row.currency("currency", true));
        line.setChargeDescription(row.text("description", 2048, false));
        line.setSkuId(row.text("model", 255, false));
        line.setProviderExtras(row.jsonOf(EXTRAS));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    /** The organization and workspace: billing account and sub account (null: the default workspace). */
    static void mapScope(RowValues row, CostLine line) {
        line.setBillingAccountId(AnthropicFormat.ORGANIZATION);
        line.setSubAccountId(row.text("workspace_id", 255, false));
    }

    private static BigDecimal fromCents(RowValues row) {
        BigDecimal cents = row.decimal("amount", true);
        if (cents == null) {
            return null;
        }
        BigDecimal amount = cents.movePointLeft(2);
        if (amount.stripTrailingZeros().scale() > RowValues.MAX_SCALE) {
            return row.problem("amount", row.raw("amount"), "more than " + (RowValues.MAX_SCALE - 2)
                    + " decimal places of cents");
        }
        return amount;
    }
}
