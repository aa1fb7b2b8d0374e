package org.apportion.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelPriceBookTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 1);

    private static TokenPrices usd(String input, String output) {
        return new TokenPrices("USD", new BigDecimal(input), new BigDecimal(output), null, null, null, null);
    }

    private final ModelPriceBook openai = ModelPriceBook.of("openai", List.of(
            new ModelPrice("openai", "gpt-4o", usd("5", "15"), JAN, JUN, "test"),
            new ModelPrice("openai", "gpt-4o", usd("2.5", "10"), JUN, null, "test"),
            new ModelPrice("openai", "gpt-4o-2024-05-13", usd("5", "15"), JAN, null, "test"),
            new ModelPrice("openai", "o3", usd("2", "8"), JAN, null, "test")));

    @Test
    void findsTheModelsPriceValidOnTheDay() {
        assertThat(openai.priceOn("gpt-4o", LocalDate.of(2025, 5, 31))).hasValueSatisfying(p -> {
            assertThat(p.model()).isEqualTo("gpt-4o");
            assertThat(p.prices().inputPerMillion()).isEqualByComparingTo("5");
        });
        assertThat(openai.priceOn("gpt-4o", JUN)).hasValueSatisfying(
                p -> assertThat(p.prices().inputPerMillion()).isEqualByComparingTo("2.5"));
        assertThat(openai.priceOn("gpt-4o", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void aDatedSnapshotWithoutItsOwnPriceTakesItsBaseModels() {
        assertThat(openai.priceOn("gpt-4o-2024-08-06", JUN)).hasValueSatisfying(p -> {
            assertThat(p.model()).isEqualTo("gpt-4o");
            assertThat(p.prices().inputPerMillion()).isEqualByComparingTo("2.5");
        });
        assertThat(openai.priceOn("o3-2025-04-16", JUN)).hasValueSatisfying(p -> assertThat(p.model()).isEqualTo("o3"));
        assertThat(openai.priceOn("gpt-4o-2024-05-13", JUN)).as("its own price first")
                .hasValueSatisfying(p -> assertThat(p.model()).isEqualTo("gpt-4o-2024-05-13"));
        ModelPriceBook anthropic = ModelPriceBook.of("anthropic", List.of(
                new ModelPrice("anthropic", "claude-3-5-haiku", usd("0.8", "4"), JAN, null, "test")));
        assertThat(anthropic.priceOn("claude-3-5-haiku-20241022", JUN))
                .hasValueSatisfying(p -> assertThat(p.model()).isEqualTo("claude-3-5-haiku"));
    }

    @Test
    void anUnknownModelOrAnUndatedVariantHasNoPrice() {
        assertThat(openai.priceOn("gpt-4o-mini-2024-07-18", JUN)).isEmpty();
        assertThat(openai.priceOn("gpt-4o-audio-preview", JUN)).isEmpty();
        assertThat(openai.priceOn("ft:gpt-4o-2024-08-06:acme::abc123", JUN)).isEmpty();
    }

    @Test
    void holdsOnlyItsProvidersPrices() {
        assertThatThrownBy(() -> ModelPriceBook.of("openai", List.of(
                new ModelPrice("anthropic", "claude-sonnet-4", usd("3", "15"), JAN, null, "test"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void costIsTheExactSumOfTokensTimesTheirTiersPricePerMillion() {
        TokenPrices sonnet = new TokenPrices("USD", new BigDecimal("3"), new BigDecimal("15"), new BigDecimal("0.30"),
                new BigDecimal("3.75"), new BigDecimal("1.50"), new BigDecimal("7.50"));
        TokenUsage usage = new TokenUsage(BigDecimal.valueOf(1_204_331), BigDecimal.valueOf(3_900_120),
                BigDecimal.valueOf(250_000), BigDecimal.valueOf(401_227), false);
        BigDecimal expected = BigDecimal.valueOf(1_204_331).multiply(sonnet.inputPerMillion())
                .add(BigDecimal.valueOf(3_900_120).multiply(sonnet.cachedInputPerMillion()))
                .add(BigDecimal.valueOf(250_000).multiply(sonnet.cacheWritePerMillion()))
                .add(BigDecimal.valueOf(401_227).multiply(sonnet.outputPerMillion()))
                .divide(BigDecimal.valueOf(1_000_000));

        assertThat(sonnet.missingTiers(usage)).isEmpty();
        assertThat(sonnet.costOf(usage)).isEqualByComparingTo(expected);

        TokenUsage batch = new TokenUsage(BigDecimal.valueOf(2_500_000), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.valueOf(600_000), true);
        assertThat(sonnet.costOf(batch)).isEqualByComparingTo(BigDecimal.valueOf(2_500_000)
                .multiply(sonnet.batchInputPerMillion()).add(BigDecimal.valueOf(600_000)
                        .multiply(sonnet.batchOutputPerMillion())).divide(BigDecimal.valueOf(1_000_000)));
    }

    @Test
    void usageNeedsAPriceForEveryTierItHasTokensIn() {
        TokenPrices embedding = usd("0.02", "0");
        TokenUsage plain = new TokenUsage(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);
        TokenUsage cachedBatch = new TokenUsage(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, true);

        assertThat(embedding.missingTiers(plain)).isEmpty();
        assertThat(embedding.missingTiers(cachedBatch)).containsExactly("batch input", "cached input", "batch output");
        assertThatThrownBy(() -> embedding.costOf(cachedBatch)).isInstanceOf(IllegalStateException.class);
    }
}
