package org.apportion.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A forecast total over the days {@code from} to {@code to} (inclusive). For a calendar period (month, quarter,
 * year: the one the first forecast day falls in) {@code actual} is what the history already holds of it and
 * {@code forecast} the rest; for the next N days {@code actual} is 0. The intervals bound the whole
 * {@link #total()}: only the forecast part is uncertain.
 */
public record TotalForecast(TotalKind kind, LocalDate from, LocalDate to, BigDecimal actual, BigDecimal forecast,
                            Interval p80, Interval p95) {

    /** Actual so far plus forecast. */
    public BigDecimal total() {
        return actual.add(forecast);
    }
}
