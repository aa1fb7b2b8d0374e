package org.apportion.forecast;

import java.math.BigDecimal;
import java.util.Objects;

/** A prediction interval: the actual is expected between {@code lower} and {@code upper}, both inclusive. */
public record Interval(BigDecimal lower, BigDecimal upper) {

    public Interval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower " + lower + " is above upper " + upper);
        }
    }

    public boolean contains(double actual) {
        return lower.doubleValue() <= actual && actual <= upper.doubleValue();
    }
}
