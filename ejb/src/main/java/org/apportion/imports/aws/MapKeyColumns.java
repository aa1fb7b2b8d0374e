package org.apportion.imports.aws;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.RowValues;

/**
 * Lets a mapping read keys of a JSON map column (CUR 2.0's {@code product}) as columns named
 * {@code <map>.<key>}: each row gets their values appended, so they are read and checked like any column.
 * A map value that is not a JSON object is a problem of the map column.
 */
final class MapKeyColumns {

    private final List<String> maps = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final int firstPosition;

    /** Registers in {@code positions} those of the {@code columns} whose map column the header has. */
    MapKeyColumns(List<String> header, List<String> columns, Map<String, Integer> positions) {
        firstPosition = header.size();
        for (String column : columns) {
            int dot = column.indexOf('.');
            if (dot > 0 && header.contains(column.substring(0, dot)) && !positions.containsKey(column)) {
                positions.put(column, firstPosition + keys.size());
                maps.add(column.substring(0, dot));
                keys.add(column.substring(dot + 1));
            }
        }
    }

    /** The row with the map keys' values appended, read through {@link RowValues} (which records the problems). */
    RowValues read(BillRecord record, Map<String, Integer> positions) {
        if (keys.isEmpty()) {
            return new RowValues(record, positions);
        }
        List<String> values = new ArrayList<>(record.values());
        values.addAll(Collections.nCopies(keys.size(), null));
        RowValues row = new RowValues(new BillRecord(record.line(), values), positions);
        Map<String, JsonObject> parsed = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String column = maps.get(i);
            if (!parsed.containsKey(column)) {
                parsed.put(column, row.jsonObject(column, row.raw(column)));
            }
            JsonObject map = parsed.get(column);
            values.set(firstPosition + i, map == null ? null : text(map.get(keys.get(i))));
        }
        return row;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
