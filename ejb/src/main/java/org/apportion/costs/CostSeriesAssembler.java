package org.apportion.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;

/**
 * Turns the rows of a series query into series in one currency. Without a requested currency, costs billed in
 * one currency are shown in it, exactly; costs billed in several in the reporting currency (grouping by
 * BillingCurrency keeps each group in its own). In the reporting currency, an amount billed in it counts as
 * billed, other amounts as converted at their day's rate when the refresh stored one; what no rate converted
 * is reported apart, never guessed.
 */
public final class CostSeriesAssembler {

    private CostSeriesAssembler() {
    }

    public static CostSeries assemble(CostQuery query, AggregateTable table, List<CostRow> rows,
                                      String reportingCurrency) {
        Set<String> billed = new TreeSet<>();
        rows.forEach(r -> billed.add(r.currency()));
        boolean perGroup = query.currency() == null && query.groupBy().contains(CostDimension.BILLING_CURRENCY);
        String target = target(query, billed, reportingCurrency, perGroup);

        Map<List<String>, SeriesSums> byGroup = new LinkedHashMap<>();
        Map<String, BigDecimal> unconverted = new TreeMap<>();
        Set<String> convertedFrom = new TreeSet<>();
        for (CostRow row : rows) {
            BigDecimal amount;
            if (target == null || row.currency().equals(target)) {
                amount = row.amount();
            } else {
                amount = orZero(row.converted());
                if (row.converted() != null) {
                    convertedFrom.add(row.currency());
                }
                if (row.unconverted() != null) {
                    unconverted.merge(row.currency(), row.unconverted(), BigDecimal::add);
                }
            }
            byGroup.computeIfAbsent(row.group(), g -> new SeriesSums(target == null ? row.currency() : target))
                    .add(row.bucket(), amount, row.lines());
        }

        List<CostSeries.Series> series = byGroup.entrySet().stream()
                .map(e -> e.getValue().toSeries(groupMap(query, e.getKey())))
                .sorted(Comparator.comparing(CostSeries.Series::total).reversed()
                        .thenComparing(s -> s.group().toString()))
                .toList();
        boolean oneCurrency = target != null || billed.size() <= 1;
        String currency = target != null ? target : billed.stream().findFirst().orElse(reportingCurrency);
        BigDecimal total = oneCurrency ? sum(series) : null;
        long lines = series.stream().mapToLong(CostSeries.Series::lines).sum();
        CostSeries.Others others = null;
        if (query.top() != null && series.size() > query.top()) {
            List<CostSeries.Series> rest = series.subList(query.top(), series.size());
            others = new CostSeries.Others(rest.size(), oneCurrency ? sum(rest) : null,
                    rest.stream().mapToLong(CostSeries.Series::lines).sum());
            series = series.subList(0, query.top());
        }
        return new CostSeries(query, table, oneCurrency ? currency : null, total, lines, List.copyOf(series), others,
                unconverted.entrySet().stream().map(e -> new CostSeries.CurrencyAmount(e.getKey(), e.getValue()))
                        .toList(), convertedFrom);
    }

    /** The currency every amount is shown in, or null when each group keeps its billing currency. */
    private static String target(CostQuery query, Set<String> billed, String reportingCurrency, boolean perGroup) {
        String asked = query.currency();
        if (asked != null) {
            if (asked.equals(reportingCurrency) || billed.isEmpty() || billed.equals(Set.of(asked))) {
                return asked;
            }
            throw new InvalidFieldsException("These costs cannot be shown in " + asked + ".", List.of(FieldProblem.of(
                    "currency", "costs billed in " + String.join(", ", billed) + " are converted to the reporting "
                            + "currency " + reportingCurrency + " only; ask for it, or filter BillingCurrency=" + asked)));
        }
        if (perGroup) {
            return null;
        }
        return billed.size() == 1 ? billed.iterator().next() : reportingCurrency;
    }

    private static Map<String, String> groupMap(CostQuery query, List<String> values) {
        Map<String, String> group = new LinkedHashMap<>();
        for (int i = 0; i < query.groupBy().size(); i++) {
            group.put(query.nameOf(query.groupBy().get(i)), values.get(i));
        }
        return group;
    }

    private static BigDecimal sum(List<CostSeries.Series> series) {
        return series.stream().map(CostSeries.Series::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** One group's running sums per day. */
    private static final class SeriesSums {
        private final String currency;
        private final TreeMap<LocalDate, BigDecimal> amounts = new TreeMap<>();
        private final Map<LocalDate, Long> lines = new TreeMap<>();

        SeriesSums(String currency) {
            this.currency = Objects.requireNonNull(currency);
        }

        void add(LocalDate day, BigDecimal amount, long count) {
            amounts.merge(day, amount, BigDecimal::add);
            lines.merge(day, count, Long::sum);
        }

        CostSeries.Series toSeries(Map<String, String> group) {
            List<CostSeries.Point> points = new ArrayList<>(amounts.size());
            amounts.forEach((day, amount) -> points.add(new CostSeries.Point(day, amount, lines.get(day))));
            BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long count = lines.values().stream().mapToLong(Long::longValue).sum();
            return new CostSeries.Series(group, currency, total, count, List.copyOf(points));
        }
    }
}
