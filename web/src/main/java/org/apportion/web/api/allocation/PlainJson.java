package org.apportion.web.api.allocation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON-P value as maps, lists and scalars, so that the API's Jackson writes it as the same JSON. */
final class PlainJson {

    private PlainJson() {
    }

    static Object of(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject());
            case ARRAY -> array(value.asJsonArray());
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    static Map<String, Object> object(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, of(value)));
        return map;
    }

    private static List<Object> array(JsonArray array) {
        List<Object> list = new ArrayList<>();
        array.forEach(value -> list.add(of(value)));
        return list;
    }
}
