package org.apportion.imports.openai;

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
 * Maps one costs result (a day's amount for a line item and project, as grouped) to a cost line at the cost
 * OpenAI states, in dollars. A costs result counts no tokens, so the registry cannot price it.
 */
final class OpenAiCostRowMapper implements BillRowMapper {

    private static final List<String> EXTRAS = List.of("object", "line_item");

    private final ColumnPositions positions;

    OpenAiCostRowMapper(List<String> columns) {
        positions = new ColumnPositions(columns);
    }

    @Override
    public CostLine toCostLine(long importBatchId, BillRecord record) throws InvalidBillRowException {
        RowValues row = positions.read(record);
        CostLine line = new CostLine(importBatchId, record.line());
        LocalDateTime start = row.epochSeconds(OpenAiFormat.START, true);
        LocalDateTime end = row.epochSeconds(OpenAiFormat.END, true);
        row.requireAfter(OpenAiFormat.END, end, OpenAiFormat.START, start);
        LlmCostLines.usageOfBucket(line, OpenAiFormat.PROVIDER, start, end);
        mapScope(row, line);
        LlmCostLines.billedCost(line, row.decimal("amount.value", true), row.currency("amount.currency", true));
        String lineItem = row.text("line_item", 255, false);
        line.setChargeDescription(lineItem);
        line.setSkuId(LlmCostLines.beforeFirstComma(lineItem));
        line.setSkuPriceId(lineItem);
        line.setProviderExtras(row.jsonOf(EXTRAS));
        if (!row.problems().isEmpty()) {
            throw new InvalidBillRowException(row.problems());
        }
        return line;
    }

    /** Organization, project and API key: billing account, sub account and resource. */
    static void mapScope(RowValues row, CostLine line) {
        String organization = row.text("organization_id", 255, false);
        line.setBillingAccountId(organization != null ? organization : OpenAiFormat.DEFAULT_ORGANIZATION);
        line.setSubAccountId(row.text("project_id", 255, false));
        line.setResourceId(row.text("api_key_id", 1024, false));
    }
}
