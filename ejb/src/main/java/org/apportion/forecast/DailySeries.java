package org.apportion.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A daily cost series: one value per consecutive day from {@link #start()}, a day without cost being 0. Values are
 * doubles because the statistics are computed in double; amounts come in as exact decimals and forecasts go out as
 * decimals again ({@link Amounts}). Immutable.
 */
public final class DailySeries {

    private final LocalDate start;
    private final double[] values;

    private DailySeries(LocalDate start, double[] values) {
        this.start = Objects.requireNonNull(start, "start");
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("A daily cost must be a finite number, was " + v);
            }
        }
        this.values = values;
    }

    public static DailySeries of(LocalDate start, double... values) {
        return new DailySeries(start, values.clone());
    }

    public static DailySeries ofAmounts(LocalDate start, List<BigDecimal> amounts) {
        return new DailySeries(start, amounts.stream().mapToDouble(BigDecimal::doubleValue).toArray());
    }

    /** The days {@code from} to {@code to} (both inclusive) with the costs {@code byDay} has; missing days cost 0. */
    public static DailySeries fromDays(LocalDate from, LocalDate to, Map<LocalDate, BigDecimal> byDay) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        double[] values = new double[(int) ChronoUnit.DAYS.between(from, to) + 1];
        byDay.forEach((day, amount) -> {
            long i = ChronoUnit.DAYS.between(from, day);
            if (i >= 0 && i < values.length) {
                values[(int) i] = amount.doubleValue();
            }
        });
        return new DailySeries(from, values);
    }

    public LocalDate start() {
        return start;
    }

    /** The last day with a value. */
    public LocalDate end() {
        return start.plusDays(values.length - 1L);
    }

    public int length() {
        return values.length;
    }

    public double value(int index) {
        return values[index];
    }

    public LocalDate dateOf(int index) {
        return start.plusDays(index);
    }

    /** The value on {@code day}, 0 outside the series. */
    public double valueOn(LocalDate day) {
        long i = ChronoUnit.DAYS.between(start, day);
        return i >= 0 && i < values.length ? values[(int) i] : 0;
    }

    /** The first {@code days} days. */
    public DailySeries head(int days) {
        return new DailySeries(start, Arrays.copyOf(values, Math.min(days, values.length)));
    }

    /** The days from index {@code from} (inclusive) to {@code to} (exclusive). */
    public DailySeries slice(int from, int to) {
        return new DailySeries(start.plusDays(from), Arrays.copyOfRange(values, from, to));
    }

    public double[] values() {
        return values.clone();
    }

    /** The values without copying, for the engine's loops: callers in this package must not change them. */
    double[] raw() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySeries other && start.equals(other.start) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DailySeries[" + start + " to " + end() + ", " + values.length + " days]";
    }
}
