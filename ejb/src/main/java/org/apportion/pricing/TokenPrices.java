package org.apportion.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** What a model's tokens cost per million, in one currency. Optional tiers are null when the model has none. */
public record TokenPrices(String currency, BigDecimal inputPerMillion, BigDecimal outputPerMillion,
                          BigDecimal cachedInputPerMillion, BigDecimal cacheWritePerMillion,
                          BigDecimal batchInputPerMillion, BigDecimal batchOutputPerMillion) {

    public TokenPrices {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        java.util.Currency.getInstance(currency);
        if (Stream.of(inputPerMillion, outputPerMillion, cachedInputPerMillion, cacheWritePerMillion,
                batchInputPerMillion, batchOutputPerMillion).anyMatch(p -> p != null && p.signum() < 0)) {
            throw new IllegalArgumentException("Token prices cannot be negative");
        }
    }

    /**
     * The price tiers that {@code usage} needs and these prices lack (a tier with no tokens is not needed):
     * such usage has no price until the registry gets one.
     */
    public List<String> missingTiers(TokenUsage usage) {
        List<String> missing = new ArrayList<>();
        requireTier(usage.uncachedInput(), inputPrice(usage), usage.batch() ? "batch input" : "input", missing);
        requireTier(usage.cachedInput(), cachedInputPerMillion, "cached input", missing);
        requireTier(usage.cacheWrite(), cacheWritePerMillion, "cache write", missing);
        requireTier(usage.output(), outputPrice(usage), usage.batch() ? "batch output" : "output", missing);
        return missing;
    }

    /**
     * What {@code usage} costs at these prices, exactly: the sum of tokens times price per million, divided
     * by a million. Call only when {@link #missingTiers} is empty.
     */
    public BigDecimal costOf(TokenUsage usage) {
        if (!missingTiers(usage).isEmpty()) {
            throw new IllegalStateException("Prices missing for " + missingTiers(usage));
        }
        return times(usage.uncachedInput(), inputPrice(usage))
                .add(times(usage.cachedInput(), cachedInputPerMillion))
                .add(times(usage.cacheWrite(), cacheWritePerMillion))
                .add(times(usage.output(), outputPrice(usage)))
                .movePointLeft(6);
    }

    private BigDecimal inputPrice(TokenUsage usage) {
        return usage.batch() ? batchInputPerMillion : inputPerMillion;
    }

    private BigDecimal outputPrice(TokenUsage usage) {
        return usage.batch() ? batchOutputPerMillion : outputPerMillion;
    }

    private static void requireTier(BigDecimal tokens, BigDecimal price, String tier, List<String> missing) {
        if (tokens.signum() != 0 && price == null) {
            missing.add(tier);
        }
    }

    private static BigDecimal times(BigDecimal tokens, BigDecimal pricePerMillion) {
        return tokens.signum() == 0 ? BigDecimal.ZERO : tokens.multiply(pricePerMillion);
    }

    /** Equal amounts whatever their scale: 2.5 and 2.50 are the same price. */
    public boolean samePricesAs(TokenPrices other) {
        return currency.equals(other.currency) && same(inputPerMillion, other.inputPerMillion)
                && same(outputPerMillion, other.outputPerMillion)
                && same(cachedInputPerMillion, other.cachedInputPerMillion)
                && same(cacheWritePerMillion, other.cacheWritePerMillion)
                && same(batchInputPerMillion, other.batchInputPerMillion)
                && same(batchOutputPerMillion, other.batchOutputPerMillion);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
