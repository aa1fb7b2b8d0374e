package org.apportion.bench;

import java.time.Clock;
import java.time.YearMonth;

/**
 * What bill to generate: how many rows, from which seed (same seed, same bytes), over which billing
 * months (both inclusive).
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
}
