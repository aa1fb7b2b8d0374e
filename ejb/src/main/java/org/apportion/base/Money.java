package org.apportion.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency. Amounts keep their source precision; {@link #rounded()}
 * is for presentation only (see docs/ROUNDING.md).
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount rounded half-even to the currency's minor unit, as finance reports show it. */
    public BigDecimal rounded() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /** The exact amount as a plain decimal string without trailing zeros, e.g. {@code "20.52022672899"}. */
    public String exact() {
        return exactString(amount);
    }

    public static String exactString(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
