package org.apportion.imports.anthropic;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.apportion.imports.llm.CostReportTokens;
import org.apportion.pricing.TokenKind;

/**
 * A cost report line of {@code cost_type: tokens} names its {@code token_type} with the usage report's own
 * field name ({@code cache_read_input_tokens}), and its {@code service_tier}: batch lines bill batch usage.
 */
final class AnthropicCostReportTokens implements CostReportTokens {

    @Override
    public Optional<BilledTokens> billed(String description, JsonObject costExtras) {
        String tokenType = costExtras.getString("token_type", "");
        if (!"tokens".equals(costExtras.getString("cost_type", null))) {
            return Optional.empty();
        }
        TokenKind kind = switch (tokenType) {
            case "uncached_input_tokens" -> TokenKind.UNCACHED_INPUT;
            case "cache_read_input_tokens" -> TokenKind.CACHED_INPUT;
            case AnthropicFormat.CACHE_WRITE_5M, AnthropicFormat.CACHE_WRITE_1H -> TokenKind.CACHE_WRITE;
            case "output_tokens" -> TokenKind.OUTPUT;
            default -> null;
        };
        return Optional.ofNullable(kind)
                .map(k -> new BilledTokens(k, u -> CostReportTokens.count(u, tokenType), isBatch(costExtras)));
    }

    @Override
    public boolean batch(JsonObject usageExtras) {
        return isBatch(usageExtras);
    }

    private static boolean isBatch(JsonObject extras) {
        return "batch".equals(extras.getString("service_tier", null));
    }
}
