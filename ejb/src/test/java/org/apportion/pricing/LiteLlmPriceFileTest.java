package org.apportion.pricing;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiteLlmPriceFileTest {

    @Test
    void readsPerTokenCostsAsExactPricesPerMillion() {
        List<LiteLlmPriceFile.Entry> entries = LiteLlmPriceFile.read(new InputStreamReader(
                getClass().getResourceAsStream("/pricing/litellm-prices.json"), StandardCharsets.UTF_8));

        assertThat(entries).extracting(e -> e.provider() + "/" + e.model())
                .containsExactly("openai/gpt-4o", "anthropic/claude-sonnet-4-5", "openai/text-embedding-3-small");
        TokenPrices gpt4o = entries.get(0).prices();
        assertThat(gpt4o.inputPerMillion()).isEqualByComparingTo("2.5");
        assertThat(gpt4o.outputPerMillion()).isEqualByComparingTo("10");
        assertThat(gpt4o.cachedInputPerMillion()).isEqualByComparingTo("1.25");
        assertThat(gpt4o.batchOutputPerMillion()).isEqualByComparingTo("5");
        assertThat(gpt4o.cacheWritePerMillion()).isNull();
        TokenPrices sonnet = entries.get(1).prices();
        assertThat(sonnet.cacheWritePerMillion()).isEqualByComparingTo("3.75");
        assertThat(sonnet.cachedInputPerMillion()).isEqualByComparingTo("0.3");
        assertThat(entries.get(2).prices().inputPerMillion()).isEqualByComparingTo("0.02");
    }

    @Test
    void refusesSomethingElseThanAJsonObject() {
        assertThatThrownBy(() -> LiteLlmPriceFile.read(new StringReader("[1, 2]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a LiteLLM price file");
    }

    @Test
    void pricesCompareByAmountNotScaleAndAreNeverNegative() {
        TokenPrices a = new TokenPrices("USD", new java.math.BigDecimal("2.5"), java.math.BigDecimal.TEN,
                null, null, null, null);
        TokenPrices b = new TokenPrices("USD", new java.math.BigDecimal("2.50"), new java.math.BigDecimal("10.000"),
                null, null, null, null);
        assertThat(a.samePricesAs(b)).isTrue();
        assertThatThrownBy(() -> new TokenPrices("USD", java.math.BigDecimal.ONE.negate(), java.math.BigDecimal.ONE,
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
