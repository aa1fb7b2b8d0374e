package org.apportion.pricing;

import java.math.BigDecimal;
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
