package org.apportion.costs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apportion.allocation.CostView;

/**
 * A series question: costs between two days (daily, by charge day) or two billing periods (monthly), grouped
 * by some dimensions, filtered by others (a dimension's values are alternatives), in one of the two costs.
 *
 * @param from     first day, or first day of the first billing period (inclusive)
 * @param to       last day, or first day of the last billing period (inclusive)
 * @param tagKey   the one tag key whose value {@link CostDimension#TAG} means, or null
 * @param currency the currency to answer in, or null for the default ({@link CostSeriesAssembler})
 * @param top      keep the groups with the largest totals only (the rest summed as others), or null for all
 */
public record CostQuery(Granularity granularity, LocalDate from, LocalDate to, List<CostDimension> groupBy,
                        Map<CostDimension, List<String>> filters, String tagKey, CostView cost, String currency,
                        Integer top) {

    public CostQuery {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cost, "cost");
        groupBy = List.copyOf(groupBy);
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        if ((groupBy.contains(CostDimension.TAG) || filters.containsKey(CostDimension.TAG)) && tagKey == null) {
            throw new IllegalArgumentException("A tag dimension needs its key");
        }
    }

    public static CostQuery daily(LocalDate from, LocalDate to, List<CostDimension> groupBy,
                                  Map<CostDimension, List<String>> filters, String tagKey, CostView cost,
                                  String currency, Integer top) {
        return new CostQuery(Granularity.DAILY, from, to, groupBy, filters, tagKey, cost, currency, top);
    }

    public static CostQuery monthly(YearMonth from, YearMonth to, List<CostDimension> groupBy,
                                    Map<CostDimension, List<String>> filters, String tagKey, CostView cost,
                                    String currency, Integer top) {
        return new CostQuery(Granularity.MONTHLY, from.atDay(1), to.atDay(1), groupBy, filters, tagKey, cost,
                currency, top);
    }

    /** Every dimension the query groups or filters by. */
    public Set<CostDimension> dimensions() {
        Set<CostDimension> all = EnumSet.noneOf(CostDimension.class);
        all.addAll(groupBy);
        all.addAll(filters.keySet());
        return all;
    }

    /** The API name of a dimension of this query ({@code tag.team} for the tag). */
    public String nameOf(CostDimension dimension) {
        return dimension == CostDimension.TAG ? CostDimension.TAG_PREFIX + tagKey : dimension.apiName();
    }
}
