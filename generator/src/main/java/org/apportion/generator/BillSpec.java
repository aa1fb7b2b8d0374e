package org.apportion.generator;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What bill to generate: how many rows, from which seed (same seed, same bytes), over which billing
 * months (both inclusive). Growth runs from the first month on.
 */
public record BillSpec(long seed, long rows, YearMonth firstMonth, YearMonth lastMonth) {

    public BillSpec {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("lastMonth " + lastMonth + " is before firstMonth " + firstMonth);
        }
    }

    /** Thirteen months ending last month: a year of history plus the month a forecast compares against. */
    public static BillSpec thirteenMonthsToLastMonth(long seed, long rows, Clock clock) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        return new BillSpec(seed, rows, last.minusMonths(12), last);
    }

    /** The month's place in the spec: 0 for the first month. */
    int monthIndex(YearMonth month) {
        return (int) firstMonth.until(month, ChronoUnit.MONTHS);
    }

    boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }
}
