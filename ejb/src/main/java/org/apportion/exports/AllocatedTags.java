package org.apportion.exports;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apportion.imports.RowValues;

/**
 * The AllocatedTags of a charge allocated to a cost center (FOCUS 1.3): the cost center and its parent as tags
 * of Apportion's own scheme, whose keys carry the prefix {@value #PREFIX} as data generator-defined tags must;
 * a tag the origin's Tags already hold is left out, as FOCUS forbids repeating them.
 */
final class AllocatedTags {

    static final String PREFIX = "apportion/";

    private AllocatedTags() {
    }

    /** The tags as a compact JSON object, or null when none is left. */
    static String of(CostCenterRef center, String originTags) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(PREFIX + "CostCenter", center.code());
        if (center.parentCode() != null) {
            tags.put(PREFIX + "ParentCostCenter", center.parentCode());
        }
        if (originTags != null && originTags.contains(PREFIX)) {
            parse(originTags).forEach((key, value) -> {
                if (value instanceof JsonString text && text.getString().equals(tags.get(key))) {
                    tags.remove(key);
                }
            });
        }
        if (tags.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = RowValues.JSON.createObjectBuilder();
        tags.forEach(json::add);
        return json.build().toString();
    }

    private static Map<String, JsonValue> parse(String tags) {
        try (var reader = RowValues.JSON.createReader(new StringReader(tags))) {
            return reader.readValue() instanceof JsonObject object ? object : Map.of();
        } catch (JsonException e) {
            return Map.of();
        }
    }
}
