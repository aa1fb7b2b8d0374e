package org.apportion.currency;

import java.util.Currency;

/** Two different ISO 4217 currencies; a rate of the pair says how many {@code to} one {@code from} buys. */
public record CurrencyPair(String from, String to) {

    public CurrencyPair {
        requireIsoCode(from);
        requireIsoCode(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("A currency pair needs two different currencies, not " + from + " twice");
        }
    }

    public CurrencyPair reverse() {
        return new CurrencyPair(to, from);
    }

    /** Whether {@code code} is an ISO 4217 code as written in bills: three upper-case letters. */
    public static boolean isIsoCode(String code) {
        if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void requireIsoCode(String code) {
        if (!isIsoCode(code)) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + code);
        }
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
