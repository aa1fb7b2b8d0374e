package org.apportion.costs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apportion.allocation.CostView;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.costmodel.CostCategory;

/**
 * Reads a series query from request parameters ({@code from}, {@code to}, {@code groupBy}, {@code cost},
 * {@code currency}, {@code top}, and filters named after the dimensions: {@code ProviderName=AWS},
 * {@code category=STORAGE}, {@code tag.team=data}; a filter given twice matches either value). Every problem is
 * reported with the parameter at fault, so a client learns all of them at once.
 */
public final class CostQueryRequest {

    /** The longest range one query may cover. */
    static final int MAX_DAYS = 1096;
    static final int MAX_MONTHS = 120;
    static final int MAX_TOP = 1000;
    private static final Set<String> CONTROLS = Set.of("from", "to", "groupBy", "cost", "currency", "top");

    private final Granularity granularity;
    private final Map<String, List<String>> parameters;
    private final Set<String> aggregatedTagKeys;
    private final List<FieldProblem> problems = new ArrayList<>();
    private String tagKey;

    private CostQueryRequest(Granularity granularity, Map<String, List<String>> parameters,
                             Set<String> aggregatedTagKeys) {
        this.granularity = granularity;
        this.parameters = parameters;
        this.aggregatedTagKeys = aggregatedTagKeys;
    }

    /**
     * @param aggregatedTagKeys the tag keys the aggregates keep (installation setting)
     * @throws InvalidFieldsException naming each parameter at fault
     */
    public static CostQuery parse(Granularity granularity, Map<String, List<String>> parameters,
                                  Set<String> aggregatedTagKeys) {
        return new CostQueryRequest(granularity, parameters, aggregatedTagKeys).parse();
    }

    private CostQuery parse() {
        for (String name : parameters.keySet()) {
            if (!CONTROLS.contains(name) && CostDimension.byApiName(name).isEmpty()) {
                problems.add(FieldProblem.of(name, "unknown parameter; filters are " + dimensionNames()
                        + " and tag.<key>"));
            }
        }
        LocalDate[] range = granularity == Granularity.DAILY ? days() : months();
        List<CostDimension> groupBy = groupBy();
        Map<CostDimension, List<String>> filters = filters();
        CostView cost = cost();
        String currency = currency("currency", single("currency"));
        Integer top = top();
        if (problems.isEmpty()) {
            checkOneTable(groupBy, filters);
        }
        InvalidFieldsException.throwIfAny("The cost query has invalid parameters.", problems);
        return new CostQuery(granularity, range[0], range[1], groupBy, filters, tagKey, cost, currency, top);
    }

    private LocalDate[] days() {
        LocalDate from = parse("from", LocalDate::parse, "a date (YYYY-MM-DD)");
        LocalDate to = parse("to", LocalDate::parse, "a date (YYYY-MM-DD)");
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(FieldProblem.of("to", "before from"));
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                problems.add(FieldProblem.of("to", "at most " + MAX_DAYS + " days after from; ask monthly for longer"));
            }
        }
        return new LocalDate[] {from, to};
    }

    private LocalDate[] months() {
        YearMonth from = parse("from", YearMonth::parse, "a billing period (YYYY-MM)");
        YearMonth to = parse("to", YearMonth::parse, "a billing period (YYYY-MM)");
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(FieldProblem.of("to", "before from"));
            } else if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
                problems.add(FieldProblem.of("to", "at most " + MAX_MONTHS + " billing periods after from"));
            }
        }
        return new LocalDate[] {from == null ? null : from.atDay(1), to == null ? null : to.atDay(1)};
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private <T> T parse(String name, Parser<T> parser, String what) {
        String text = single(name);
        if (text == null) {
            problems.add(FieldProblem.of(name, "required: " + what));
            return null;
        }
        try {
            return parser.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(name, "not " + what));
            return null;
        }
    }

    private List<CostDimension> groupBy() {
        List<CostDimension> groupBy = new ArrayList<>();
        for (String name : values("groupBy").stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(n -> !n.isEmpty()).toList()) {
            CostDimension dimension = CostDimension.byApiName(name).orElse(null);
            if (dimension == null) {
                problems.add(FieldProblem.of("groupBy", "unknown dimension " + name + "; one of " + dimensionNames()
                        + " or tag.<key>"));
            } else if (groupBy.contains(dimension)) {
                problems.add(FieldProblem.of("groupBy", name + " named twice"));
            } else if (dimension != CostDimension.TAG || tag("groupBy", name)) {
                groupBy.add(dimension);
            }
        }
        return groupBy;
    }

    private Map<CostDimension, List<String>> filters() {
        Map<CostDimension, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            CostDimension dimension = CostDimension.byApiName(name).orElse(null);
            if (dimension == null || CONTROLS.contains(name)) {
                continue;
            }
            if (dimension == CostDimension.TAG && !tag(name, name)) {
                continue;
            }
            List<String> values = parameter.getValue();
            if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
                problems.add(FieldProblem.of(name, "give a value"));
            } else if (dimension == CostDimension.CATEGORY
                    && values.stream().anyMatch(v -> CostCategory.byCode(v).isEmpty())) {
                problems.add(FieldProblem.of(name, "not a category; one of " + Arrays.stream(CostCategory.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
            } else {
                filters.put(dimension, List.copyOf(values));
            }
        }
        return filters;
    }

    /** Takes {@code tag.<key>}: one key per query, and one the aggregates keep. */
    private boolean tag(String field, String name) {
        String key = name.substring(CostDimension.TAG_PREFIX.length());
        if (tagKey != null && !tagKey.equals(key)) {
            problems.add(FieldProblem.of(field, "one tag key per query: " + CostDimension.TAG_PREFIX + tagKey
                    + " and " + name + " cannot be combined"));
            return false;
        }
        if (!aggregatedTagKeys.contains(key)) {
            problems.add(FieldProblem.of(field, "tag key " + key + " is not aggregated (aggregated: "
                    + (aggregatedTagKeys.isEmpty() ? "none" : String.join(", ", aggregatedTagKeys))
                    + "); add it with PUT /api/v1/settings/aggregate-tag-keys and refresh"));
            return false;
        }
        tagKey = key;
        return true;
    }

    private CostView cost() {
        String text = single("cost");
        if (text == null) {
            return CostView.BilledCost;
        }
        try {
            return CostView.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("cost", "BilledCost or EffectiveCost"));
            return CostView.BilledCost;
        }
    }

    private String currency(String name, String text) {
        if (text != null && !text.matches("[A-Z]{3}")) {
            problems.add(FieldProblem.of(name, "not an ISO 4217 currency code (e.g. EUR)"));
            return null;
        }
        return text;
    }

    private Integer top() {
        String text = single("top");
        if (text == null) {
            return null;
        }
        try {
            int top = Integer.parseInt(text);
            if (top >= 1 && top <= MAX_TOP) {
                return top;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(FieldProblem.of("top", "a whole number from 1 to " + MAX_TOP));
        return null;
    }

    /** Refuses dimensions no aggregate table keeps together, saying what can be combined. */
    private void checkOneTable(List<CostDimension> groupBy, Map<CostDimension, List<String>> filters) {
        Set<CostDimension> needed = EnumSet.noneOf(CostDimension.class);
        needed.addAll(groupBy);
        needed.addAll(filters.keySet());
        if (AggregateTable.forQuery(granularity, needed).isPresent()) {
            return;
        }
        AggregateTable.Family family = AggregateTable.Family.of(needed);
        Set<CostDimension> kept = family.dimensions();
        String with = family == AggregateTable.Family.TAGS ? "a tag" : "costCenter";
        boolean foreign = !kept.containsAll(needed);
        Set<CostDimension> daily = AggregateTable.forQuery(Granularity.DAILY, EnumSet.of(
                family == AggregateTable.Family.TAGS ? CostDimension.TAG : CostDimension.COST_CENTER))
                .orElseThrow().dimensions();
        for (CostDimension dimension : needed) {
            String field = groupBy.contains(dimension) ? "groupBy" : nameOf(dimension);
            if (!kept.contains(dimension)) {
                problems.add(FieldProblem.of(field, nameOf(dimension) + " cannot be combined with " + with
                        + ", which is kept with " + names(kept) + " only"));
            } else if (!foreign && !daily.contains(dimension)) {
                problems.add(FieldProblem.of(field, nameOf(dimension) + " is kept with " + with
                        + " per billing period only: ask /api/v1/costs/monthly"));
            }
        }
    }

    private String nameOf(CostDimension dimension) {
        return dimension == CostDimension.TAG ? CostDimension.TAG_PREFIX + tagKey : dimension.apiName();
    }

    private String names(Set<CostDimension> dimensions) {
        return dimensions.stream().map(d -> d == CostDimension.TAG ? "tag.<key>" : d.apiName())
                .collect(Collectors.joining(", "));
    }

    private static String dimensionNames() {
        return Arrays.stream(CostDimension.values()).filter(d -> d != CostDimension.TAG).map(CostDimension::apiName)
                .collect(Collectors.joining(", "));
    }

    private List<String> values(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    private String single(String name) {
        List<String> values = values(name);
        if (values.size() > 1) {
            problems.add(FieldProblem.of(name, "give it once"));
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }
}
