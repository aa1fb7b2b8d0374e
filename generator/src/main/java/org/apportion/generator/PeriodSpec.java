package org.apportion.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A series of monthly reports to generate: from which seed (same seed, same bytes) and over which months (both
 * inclusive). Growth runs from the first month on, so one month written alone looks as it does in the series.
 */
public record PeriodSpec(long seed, YearMonth firstMonth, YearMonth lastMonth) {

    public PeriodSpec {
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("lastMonth " + lastMonth + " is before firstMonth " + firstMonth);
        }
    }

    /** The month's place in the series: 0 for the first month. */
    int monthIndex(YearMonth month) {
        return (int) firstMonth.until(month, ChronoUnit.MONTHS);
    }

    /** The day's place in the series: 0 for the first day of the first month. */
    long dayIndex(LocalDate day) {
        return firstMonth.atDay(1).until(day, ChronoUnit.DAYS);
    }

    long days() {
        return firstMonth.atDay(1).until(lastMonth.plusMonths(1).atDay(1), ChronoUnit.DAYS);
    }

    int months() {
        return monthIndex(lastMonth) + 1;
    }

    void requireCovers(YearMonth month) {
        if (month.isBefore(firstMonth) || month.isAfter(lastMonth)) {
            throw new IllegalArgumentException(month + " is outside " + firstMonth + " to " + lastMonth);
        }
    }

    long monthSeed(YearMonth month) {
        return Mixing.monthSeed(seed, month);
    }
}
