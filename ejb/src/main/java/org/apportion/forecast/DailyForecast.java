package org.apportion.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The forecast of one day: {@code step} days after the last day of history (1 = the next day), the point forecast
 * and its 80 % and 95 % prediction intervals. Amounts in the series' currency ({@link Amounts}).
 */
public record DailyForecast(LocalDate date, int step, BigDecimal point, Interval p80, Interval p95) {
}
