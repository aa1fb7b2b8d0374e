package org.apportion.forecast;

/** The totals a forecast gives: the next 7, 30 and 90 days, and to the end of the current month, quarter and year. */
public enum TotalKind {
    NEXT_7_DAYS, NEXT_30_DAYS, NEXT_90_DAYS, MONTH, QUARTER, YEAR
}
