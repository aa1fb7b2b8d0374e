package org.apportion.imports.openai;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.apportion.imports.llm.CostReportTokens;
import org.apportion.pricing.TokenKind;

/**
 * A costs line item names its model and kind of tokens ({@code gpt-4o-2024-08-06, cached input}); usage
 * counts input including the cached tokens. A line item does not say whether it is batch usage: each usage
 * line is priced at its own tier.
 */
final class OpenAiCostReportTokens implements CostReportTokens {

    @Override
    public Optional<BilledTokens> billed(String lineItem, JsonObject costExtras) {
        int comma = lineItem == null ? -1 : lineItem.indexOf(',');
        String kind = comma < 0 ? "" : lineItem.substring(comma + 1).strip();
        return Optional.ofNullable(switch (kind) {
            case "input" -> new BilledTokens(TokenKind.UNCACHED_INPUT,
                    u -> CostReportTokens.count(u, "input_tokens").subtract(CostReportTokens.count(u, "input_cached_tokens")),
                    null);
            case "cached input" -> new BilledTokens(TokenKind.CACHED_INPUT,
                    u -> CostReportTokens.count(u, "input_cached_tokens"), null);
            case "output" -> new BilledTokens(TokenKind.OUTPUT, u -> CostReportTokens.count(u, "output_tokens"), null);
            default -> null;
        });
    }

    @Override
    public boolean batch(JsonObject usageExtras) {
        return "true".equalsIgnoreCase(usageExtras.getString("batch", null));
    }
}
