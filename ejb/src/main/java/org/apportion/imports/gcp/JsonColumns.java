package org.apportion.imports.gcp;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.apportion.imports.RowValues;

/** The export's repeated fields ({@code credits}, {@code labels}, {@code tags}...), which a row holds as JSON text. */
final class JsonColumns {

    private JsonColumns() {
    }

    /** The column's JSON array; empty when the value is absent, null after recording why it is not an array. */
    static JsonArray array(RowValues row, String column) {
        String value = row.raw(column);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = RowValues.JSON.createReader(new StringReader(value))) {
            JsonValue json = reader.readValue();
            return json instanceof JsonArray array ? array : row.problem(column, value, "not a JSON array");
        } catch (JsonException e) {
            return row.problem(column, value, "not valid JSON");
        }
    }
}
