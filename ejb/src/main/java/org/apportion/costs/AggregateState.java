package org.apportion.costs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How a billing period's aggregates were last built: with which reporting currency and tag keys, over how many
 * cost lines, from which allocation run, and which billing currencies lacked an exchange rate on which days.
 */
public record AggregateState(YearMonth period, String reportingCurrency, List<String> tagKeys, long costLines,
                             Instant linesRefreshedAt, Long allocationRunId, Instant costCentersRefreshedAt,
                             List<MissingRate> missingFxRates) {

    /** A billing currency with no rate to the reporting currency on a charge day. */
    public record MissingRate(String currency, LocalDate day) {
    }
}
