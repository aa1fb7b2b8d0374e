package org.apportion.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The rate of a currency pair on a day: one {@code pair.from()} buys {@code rate} {@code pair.to()}. */
public record FxQuote(LocalDate date, CurrencyPair pair, BigDecimal rate) {

    /** Rates are stored as DECIMAL(38,20) and never rounded to fit. */
    public static final int MAX_DECIMALS = 20;
    public static final int MAX_INTEGER_DIGITS = 18;

    public FxQuote {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(pair, "pair");
        problemOf(rate).ifPresent(problem -> {
            throw new IllegalArgumentException("FX rate " + rate + ": " + problem);
        });
    }

    /** Why {@code rate} cannot be a stored rate (not positive, or it would need rounding), if it cannot. */
    public static Optional<String> problemOf(BigDecimal rate) {
        if (rate == null || rate.signum() <= 0) {
            return Optional.of("must be positive");
        }
        BigDecimal plain = rate.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS || plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("more than " + MAX_DECIMALS + " decimals or " + MAX_INTEGER_DIGITS
                    + " digits before the point (rates are never rounded)");
        }
        return Optional.empty();
    }
}
