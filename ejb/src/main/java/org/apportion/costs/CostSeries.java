package org.apportion.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer to a {@link CostQuery}: a series per group, largest total first, with a point per day (or billing
 * period) that has costs. Amounts are exact sums, never rounded.
 *
 * @param currency       the currency of every amount, or null when each series is in its own billing currency
 * @param total          of all groups (others included); null when the series are in different currencies
 * @param others         the groups left out by {@code top}, or null when none were
 * @param unconverted    per billing currency, what no exchange rate converted to {@code currency} (left out of
 *                       the amounts); empty when everything converted
 * @param convertedFrom  the billing currencies whose amounts were converted at the stored daily rates
 */
public record CostSeries(CostQuery query, AggregateTable table, String currency, BigDecimal total, long lines,
                         List<Series> series, Others others, List<CurrencyAmount> unconverted,
                         Set<String> convertedFrom) {

    /** One group's series. {@code group} maps each grouped dimension's API name to its value (null: none). */
    public record Series(Map<String, String> group, String currency, BigDecimal total, long lines,
                         List<Point> points) {
    }

    /** A day's (or billing period's first day's) amount. */
    public record Point(LocalDate date, BigDecimal amount, long lines) {
    }

    /** The groups {@code top} left out, summed. */
    public record Others(int groups, BigDecimal total, long lines) {
    }

    /** An amount in a billing currency. */
    public record CurrencyAmount(String currency, BigDecimal amount) {
    }
}
