package org.apportion.imports.anthropic;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apportion.imports.RowValues;
import org.apportion.imports.llm.TokenReconciliation;
import org.apportion.imports.llm.TokenReconciliation.CostLineKey;
import org.apportion.pricing.ModelPrice;
import org.apportion.pricing.ModelPriceBook;
import org.apportion.pricing.TokenPrices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicCostReportTokensTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 1);
    private static final String WORKSPACE = "wrkspc_01JxQ7fRk2";
    private static final String MODEL = "claude-sonnet-4-5-20250929";

    private final ModelPriceBook book = ModelPriceBook.of("anthropic", List.of(new ModelPrice("anthropic",
            "claude-sonnet-4-5", new TokenPrices("USD", new BigDecimal("3"), new BigDecimal("15"),
                    new BigDecimal("0.30"), new BigDecimal("3.75"), new BigDecimal("1.5"), new BigDecimal("7.5")),
            LocalDate.of(2025, 9, 29), null, "test")));
    private final TokenReconciliation reconciliation = new TokenReconciliation(new AnthropicCostReportTokens(), book);

    private static JsonObject json(String text) {
        return RowValues.JSON.createReader(new java.io.StringReader(text)).readObject();
    }

    private static CostLineKey costLine(String tokenType, String tier) {
        return new CostLineKey(DAY, "anthropic", WORKSPACE, MODEL, "Claude Sonnet 4.5 Usage",
                json("{\"cost_type\":\"tokens\",\"token_type\":\"" + tokenType + "\",\"service_tier\":\"" + tier + "\"}"));
    }

    @Test
    void eachTokenTypeIsCountedUnderTheUsageFieldOfItsNameAndTier() {
        reconciliation.addUsage(DAY, "anthropic", WORKSPACE, MODEL, json("""
                {"uncached_input_tokens":"1204331","cache_creation.ephemeral_5m_input_tokens":"250000",
                 "output_tokens":"401227","service_tier":"standard"}"""));
        reconciliation.addUsage(DAY, "anthropic", WORKSPACE, MODEL, json("""
                {"uncached_input_tokens":"1000000","output_tokens":"100000","service_tier":"batch"}"""));
        assertThat(reconciliation.reconcile(costLine("uncached_input_tokens", "standard"), new BigDecimal("3.612993"), "USD"))
                .hasValueSatisfying(r -> {
                    assertThat(r.tokens()).isEqualByComparingTo("1204331");
                    assertThat(r.registryCost()).isEqualByComparingTo("3.612993");
                    assertThat(r.variance()).isEqualByComparingTo("0");
                });
        assertThat(reconciliation.reconcile(costLine("uncached_input_tokens", "batch"), new BigDecimal("2"), "USD"))
                .hasValueSatisfying(r -> assertThat(r.variance()).isEqualByComparingTo("0.5"));
        assertThat(reconciliation.reconcile(costLine("cache_creation.ephemeral_5m_input_tokens", "standard"),
                new BigDecimal("0.9375"), "USD")).hasValueSatisfying(r -> {
                    assertThat(r.tokens()).isEqualByComparingTo("250000");
                    assertThat(r.variance()).isEqualByComparingTo("0");
                });
    }

    @Test
    void webSearchBillsNoTokens() {
        reconciliation.addUsage(DAY, "anthropic", WORKSPACE, MODEL, json("{\"uncached_input_tokens\":\"5\"}"));
        CostLineKey search = new CostLineKey(DAY, "anthropic", WORKSPACE, MODEL, "Web search",
                json("{\"cost_type\":\"web_search\"}"));
        assertThat(reconciliation.reconcile(search, BigDecimal.ONE, "USD")).isEmpty();
    }
}
