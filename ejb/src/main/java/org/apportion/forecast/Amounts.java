package org.apportion.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Forecast amounts as decimals: four decimal places, half-even. Finer than a currency's minor unit on purpose: a
 * forecast is an estimate, not a charge, and daily costs of small LLM keys are fractions of a cent that two decimals
 * would turn into 0. Reports round to the currency's minor unit ({@code Money.rounded()}) when they show them.
 */
public final class Amounts {

    public static final int SCALE = 4;

    private Amounts() {
    }

    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not an amount: " + value);
        }
        BigDecimal amount = BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
        return amount.signum() == 0 ? BigDecimal.ZERO.setScale(SCALE) : amount;
    }
}
