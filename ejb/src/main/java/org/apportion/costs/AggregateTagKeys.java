package org.apportion.costs;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;

/**
 * The tag keys costs are aggregated by (installation setting {@code costs.aggregate.tag-keys}, a JSON array).
 * Each key multiplies the tag tables' rows by its values, so there are few: at most {@value #MAX_KEYS}. Keys are
 * exact (tags are case-sensitive JSON keys) and may hold spaces, but no quote or backslash, which a JSON path
 * would have to escape.
 */
public record AggregateTagKeys(List<String> keys) {

    public static final String SETTING = "costs.aggregate.tag-keys";
    static final int MAX_KEYS = 10;
    static final int MAX_LENGTH = 128;
    /** Looked up once: the provider search costs more than reading a short array. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public AggregateTagKeys {
        keys = List.copyOf(keys);
    }

    public static AggregateTagKeys none() {
        return new AggregateTagKeys(List.of());
    }

    /** @throws InvalidFieldsException naming each bad key ({@code tagKeys[i]}) */
    public static AggregateTagKeys of(List<String> keys) {
        List<FieldProblem> problems = new ArrayList<>();
        if (keys.size() > MAX_KEYS) {
            problems.add(FieldProblem.of("tagKeys", "at most " + MAX_KEYS + " keys"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String field = "tagKeys[" + i + "]";
            if (key == null || key.isEmpty()) {
                problems.add(FieldProblem.of(field, "empty"));
            } else if (key.length() > MAX_LENGTH) {
                problems.add(FieldProblem.of(field, "longer than " + MAX_LENGTH + " characters"));
            } else if (key.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
                problems.add(FieldProblem.of(field, "holds a quote, backslash or control character"));
            } else if (!seen.add(key)) {
                problems.add(FieldProblem.of(field, "named twice"));
            }
        }
        InvalidFieldsException.throwIfAny("The tag keys are invalid.", problems);
        return new AggregateTagKeys(keys);
    }

    /** The setting's stored form; a damaged value counts as no keys. */
    public static AggregateTagKeys fromJson(String json) {
        if (json == null || json.isBlank()) {
            return none();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return new AggregateTagKeys(array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .toList());
        } catch (RuntimeException e) {
            return none();
        }
    }

    public String toJson() {
        var array = JSON.createArrayBuilder();
        keys.forEach(array::add);
        return array.build().toString();
    }

    /** The JSON path of a key's value in the cost line's tags: {@code $."key"}. */
    static String jsonPath(String key) {
        return "$.\"" + key + "\"";
    }
}
