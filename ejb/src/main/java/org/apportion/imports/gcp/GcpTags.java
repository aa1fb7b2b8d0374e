package org.apportion.imports.gcp;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apportion.imports.RowValues;

/**
 * A row's user-defined labels and tags as the FOCUS Tags object: resource {@code labels} under their own key,
 * {@code project.labels} as {@code project:<key>} (inherited from the project, kept apart so a resource's own
 * label is never overwritten), Resource Manager {@code tags} as {@code tag:<namespace>/<key>}. Google's own
 * {@code system_labels} are no user tags: they stay in the provider extras.
 */
final class GcpTags {

    private GcpTags() {
    }

    /** The Tags object, or null when the row has none; records every value that cannot be a tag. */
    static String of(RowValues row) {
        JsonObjectBuilder tags = RowValues.JSON.createObjectBuilder();
        int count = add(row, "labels", "", tags) + add(row, "project.labels", "project:", tags)
                + add(row, "tags", "tag:", tags);
        return count == 0 ? null : tags.build().toString();
    }

    private static int add(RowValues row, String column, String prefix, JsonObjectBuilder tags) {
        JsonArray pairs = JsonColumns.array(row, column);
        if (pairs == null) {
            return 0;
        }
        int added = 0;
        for (JsonValue element : pairs) {
            String key = element instanceof JsonObject pair ? key(pair) : null;
            if (key == null) {
                row.problem(column, row.raw(column), "not a list of {\"key\": ..., \"value\": ...} objects");
                return added;
            }
            JsonValue value = element.asJsonObject().getOrDefault("value", JsonValue.NULL);
            if (value instanceof JsonString text && RowValues.startsLikeFormula(text.getString())) {
                row.problem(column, row.raw(column), "value of \"" + key + "\" starts like a spreadsheet formula");
            } else {
                tags.add(prefix + key, value);
                added++;
            }
        }
        return added;
    }

    /** The key, with the namespace (organization or project) a Resource Manager tag is defined in. */
    private static String key(JsonObject pair) {
        if (!(pair.get("key") instanceof JsonString key)) {
            return null;
        }
        return pair.get("namespace") instanceof JsonString namespace && !namespace.getString().isEmpty()
                ? namespace.getString() + "/" + key.getString() : key.getString();
    }
}
