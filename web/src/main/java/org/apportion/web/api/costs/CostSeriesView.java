package org.apportion.web.api.costs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.base.Money;
import org.apportion.costs.CostQuery;
import org.apportion.costs.CostSeries;
import org.apportion.costs.Granularity;

/** A cost series answer as JSON: amounts as exact decimal strings, monthly points named by billing period. */
final class CostSeriesView {

    private CostSeriesView() {
    }

    static Map<String, Object> of(CostSeries answer) {
        CostQuery query = answer.query();
        boolean monthly = query.granularity() == Granularity.MONTHLY;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("granularity", query.granularity().name());
        view.put("from", monthly ? YearMonth.from(query.from()).toString() : query.from().toString());
        view.put("to", monthly ? YearMonth.from(query.to()).toString() : query.to().toString());
        view.put("cost", query.cost().name());
        view.put("currency", answer.currency());
        view.put("groupBy", query.groupBy().stream().map(query::nameOf).toList());
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.filters().forEach((dimension, values) -> filters.put(query.nameOf(dimension), values));
        view.put("filters", filters);
        view.put("total", exact(answer.total()));
        view.put("lines", answer.lines());
        view.put("series", answer.series().stream().map(s -> series(s, monthly, answer.currency() == null)).toList());
        if (answer.others() != null) {
            Map<String, Object> others = new LinkedHashMap<>();
            others.put("groups", answer.others().groups());
            others.put("total", exact(answer.others().total()));
            others.put("lines", answer.others().lines());
            view.put("others", others);
        }
        if (!answer.unconverted().isEmpty()) {
            view.put("unconverted", answer.unconverted().stream()
                    .map(u -> Map.of("currency", u.currency(), "amount", exact(u.amount()))).toList());
        }
        return view;
    }

    private static Map<String, Object> series(CostSeries.Series series, boolean monthly, boolean ownCurrency) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("group", series.group());
        if (ownCurrency) {
            view.put("currency", series.currency());
        }
        view.put("total", exact(series.total()));
        view.put("lines", series.lines());
        view.put("points", series.points().stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put(monthly ? "period" : "date", monthly ? YearMonth.from(p.date()).toString() : p.date().toString());
            point.put("amount", exact(p.amount()));
            point.put("lines", p.lines());
            return point;
        }).toList());
        return view;
    }

    private static String exact(BigDecimal amount) {
        return amount == null ? null : Money.exactString(amount);
    }
}
