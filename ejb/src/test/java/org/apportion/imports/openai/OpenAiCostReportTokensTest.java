package org.apportion.imports.openai;

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

class OpenAiCostReportTokensTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 30);
    private static final String PROJECT = "proj_QbF2x7LmN4";
    private static final String MODEL = "gpt-4o-2024-08-06";

    private final ModelPriceBook book = ModelPriceBook.of("openai", List.of(new ModelPrice("openai", "gpt-4o",
            new TokenPrices("USD", new BigDecimal("2.50"), new BigDecimal("10.00"), new BigDecimal("1.25"), null,
                    new BigDecimal("1.25"), new BigDecimal("5.00")),
            LocalDate.of(2024, 8, 6), null, "test")));
    private final TokenReconciliation reconciliation = new TokenReconciliation(new OpenAiCostReportTokens(), book);

    private static JsonObject json(String text) {
        return RowValues.JSON.createReader(new java.io.StringReader(text)).readObject();
    }

    private static CostLineKey costLine(String lineItem) {
        return new CostLineKey(DAY, "openai", PROJECT, MODEL, lineItem, json("{\"line_item\":\"" + lineItem + "\"}"));
    }

    private void usageOfTwoKeys() {
        reconciliation.addUsage(DAY, "openai", PROJECT, MODEL, json("""
                {"input_tokens":"1000000","input_cached_tokens":"400000","output_tokens":"300000"}"""));
        reconciliation.addUsage(DAY, "openai", PROJECT, MODEL, json("""
                {"input_tokens":"250000","batch":"true","output_tokens":"10500"}"""));
    }

    @Test
    void uncachedInputIsInputLessCachedOverEveryKeyEachAtItsTier() {
        usageOfTwoKeys();
        // 600,000 × 2.50 + 250,000 × 1.25 (batch) per million = 1.5 + 0.3125
        assertThat(reconciliation.reconcile(costLine(MODEL + ", input"), new BigDecimal("2.125"), "USD"))
                .hasValueSatisfying(r -> {
                    assertThat(r.tokens()).isEqualByComparingTo("850000");
                    assertThat(r.registryCost()).isEqualByComparingTo("1.8125");
                    assertThat(r.variance()).isEqualByComparingTo("0.3125");
                });
    }

    @Test
    void cachedInputAndOutputArePricedAtTheirOwnKind() {
        usageOfTwoKeys();
        assertThat(reconciliation.reconcile(costLine(MODEL + ", cached input"), new BigDecimal("0.5"), "USD"))
                .hasValueSatisfying(r -> {
                    assertThat(r.tokens()).isEqualByComparingTo("400000");
                    assertThat(r.variance()).isEqualByComparingTo("0");
                });
        // 300,000 × 10 + 10,500 × 5 (batch) per million = 3.0525
        assertThat(reconciliation.reconcile(costLine(MODEL + ", output"), new BigDecimal("3.105"), "USD"))
                .hasValueSatisfying(r -> assertThat(r.variance()).isEqualByComparingTo("0.0525"));
    }

    @Test
    void linesWithoutTokensOrUsageOrPriceOrInAnotherCurrencyAreNotReconciled() {
        usageOfTwoKeys();
        assertThat(reconciliation.reconcile(costLine("web search tool calls"), BigDecimal.ONE, "USD")).isEmpty();
        assertThat(reconciliation.reconcile(new CostLineKey(DAY.plusDays(1), "openai", PROJECT, MODEL,
                MODEL + ", input", json("{}")), BigDecimal.ONE, "USD")).as("no usage that day").isEmpty();
        assertThat(reconciliation.reconcile(new CostLineKey(DAY, "openai", PROJECT, "o9", "o9, input", json("{}")),
                BigDecimal.ONE, "USD")).as("no price").isEmpty();
        assertThat(reconciliation.reconcile(costLine(MODEL + ", input"), BigDecimal.ONE, "EUR")).isEmpty();
    }
}
