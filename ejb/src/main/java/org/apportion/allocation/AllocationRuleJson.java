package org.apportion.allocation;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apportion.base.Money;

/**
 * An allocation rule as JSON, the same in the REST API, the rule table and a run's snapshot:
 * <pre>{"name": "Search team", "stage": "DIRECT", "priority": 10, "method": "FIXED_PERCENT",
 *  "match": {"conditions": [{"dimension": "Tag:team", "operator": "EQUALS", "value": "search"}]},
 *  "targets": [{"costCenterCode": "TEAM-A", "percent": "60"}, {"costCenterCode": "TEAM-B", "percent": "40"}],
 *  "metric": null, "effectiveFrom": "2025-01-01", "effectiveTo": null}</pre>
 * Field names are those {@link RuleValidation} names its problems by.
 */
public final class AllocationRuleJson {

    static final JsonProvider JSON = JsonProvider.provider();

    /** A rule read from JSON, or the problems that kept it from being one (each naming its field). */
    public record Parsed(AllocationRule rule, List<RuleProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private AllocationRuleJson() {
    }

    public static JsonObject toJson(AllocationRule rule) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", rule.name())
                .add("stage", rule.stage().name())
                .add("priority", rule.priority())
                .add("method", rule.method().name())
                .add("match", matchJson(rule.match()))
                .add("targets", targetsJson(rule.targets()))
                .add("effectiveFrom", rule.effectiveFrom().toString());
        addOrNull(json, "metric", rule.metric());
        addOrNull(json, "effectiveTo", rule.effectiveTo() == null ? null : rule.effectiveTo().toString());
        return json.build();
    }

    static JsonObject matchJson(RuleMatch match) {
        JsonArrayBuilder conditions = JSON.createArrayBuilder();
        for (Condition c : match.conditions()) {
            conditions.add(JSON.createObjectBuilder().add("dimension", c.dimension())
                    .add("operator", c.operator().name()).add("value", c.value()));
        }
        return JSON.createObjectBuilder().add("conditions", conditions).build();
    }

    static JsonArray targetsJson(List<AllocationTarget> targets) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (AllocationTarget t : targets) {
            JsonObjectBuilder target = JSON.createObjectBuilder().add("costCenterCode", t.costCenterCode());
            if (t.percent() != null) {
                target.add("percent", Money.exactString(t.percent()));
            }
            array.add(target);
        }
        return array.build();
    }

    /**
     * Reads a rule given its id and version, checked as {@link RuleValidation} checks it; a value of the wrong
     * type is reported once, under its field.
     */
    public static Parsed fromJson(JsonObject json, String id, int version) {
        Reader reader = new Reader(json, id, version);
        AllocationRule rule = reader.rule();
        Map<String, RuleProblem> byField = new LinkedHashMap<>();
        reader.problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        RuleValidation.check(rule).forEach(p -> byField.putIfAbsent(p.field(), p));
        return new Parsed(rule, List.copyOf(byField.values()));
    }

    public static JsonObject parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /** Reads the fields leniently: a wrong value is recorded and read as absent. */
    private static final class Reader {
        private final JsonObject json;
        private final String id;
        private final int version;
        private final List<RuleProblem> problems = new ArrayList<>();

        Reader(JsonObject json, String id, int version) {
            this.json = json;
            this.id = id;
            this.version = version;
        }

        AllocationRule rule() {
            return new AllocationRule(id, version, text(json, "name"), priority(),
                    enumValue("stage", AllocationStage::valueOf), date("effectiveFrom"), date("effectiveTo"),
                    match(), enumValue("method", AllocationMethod::valueOf), targets(), text(json, "metric"));
        }

        private int priority() {
            JsonValue value = json.get("priority");
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.intValue();
            }
            if (value != null && value != JsonValue.NULL) {
                problem("priority", "The priority is a whole number (lower runs first).");
            }
            return 100;
        }

        private <E extends Enum<E>> E enumValue(String field, Function<String, E> valueOf) {
            String text = text(json, field);
            try {
                return text == null ? null : valueOf.apply(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private LocalDate date(String field) {
            String text = text(json, field);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "Not a date (YYYY-MM-DD): " + text + ".");
                return null;
            }
        }

        private RuleMatch match() {
            JsonValue value = json.get("match");
            if (!(value instanceof JsonObject match)) {
                return value == null || value == JsonValue.NULL ? null : problem("match", "The match is an object "
                        + "with a list of conditions.");
            }
            List<Condition> conditions = new ArrayList<>();
            JsonArray array = match.containsKey("conditions") && match.get("conditions") instanceof JsonArray a
                    ? a : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonValue item : array) {
                JsonObject c = item instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
                MatchOperator operator = null;
                try {
                    operator = text(c, "operator") == null ? MatchOperator.EQUALS : MatchOperator.valueOf(text(c, "operator"));
                } catch (IllegalArgumentException e) {
                    // RuleValidation names the field
                }
                conditions.add(new Condition(text(c, "dimension"), operator, text(c, "value")));
            }
            return new RuleMatch(conditions);
        }

        private List<AllocationTarget> targets() {
            JsonValue value = json.get("targets");
            if (!(value instanceof JsonArray array)) {
                return List.of();
            }
            List<AllocationTarget> targets = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonObject t = array.get(i) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
                targets.add(new AllocationTarget(text(t, "costCenterCode"), percent(t, i)));
            }
            return targets;
        }

        private BigDecimal percent(JsonObject target, int index) {
            JsonValue value = target.get("percent");
            try {
                if (value instanceof JsonString s) {
                    return new BigDecimal(s.getString());
                }
                return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
            } catch (NumberFormatException e) {
                return problem("targets[" + index + "].percent", "Not a number: " + value + ".");
            }
        }

        private static String text(JsonObject object, String field) {
            JsonValue value = object.get(field);
            if (value instanceof JsonString s) {
                return s.getString().isBlank() ? null : s.getString().strip();
            }
            return value instanceof JsonNumber n ? n.toString() : null;
        }

        private <T> T problem(String field, String message) {
            problems.add(new RuleProblem(id, version, field, message));
            return null;
        }
    }
}
