package org.apportion.web.api.alerts;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apportion.web.api.JsonFields;

/** The JSON fields alert requests have beyond {@link JsonFields}: enum names, lists of strings, booleans. */
final class AlertFields {

    private final JsonObject body;
    final JsonFields fields;

    AlertFields(JsonObject body) {
        this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        this.fields = new JsonFields(this.body);
    }

    <E extends Enum<E>> E enumOf(String field, Class<E> type, boolean required) {
        String text = fields.text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            fields.error(field, "one of " + EnumSet.allOf(type));
            return null;
        }
    }

    /** An array of enum names; absent means all of them. */
    <E extends Enum<E>> Set<E> enums(String field, Class<E> type) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return EnumSet.allOf(type);
        }
        Set<E> names = EnumSet.noneOf(type);
        for (String text : strings(field)) {
            try {
                names.add(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                fields.error(field, text + " is not one of " + EnumSet.allOf(type));
            }
        }
        return names;
    }

    List<String> strings(String field) {
        JsonValue value = body.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return texts;
        }
        if (!(value instanceof JsonArray array)) {
            fields.error(field, "must be an array of strings");
            return texts;
        }
        for (JsonValue item : array) {
            if (item instanceof JsonString text && !text.getString().isBlank()) {
                texts.add(text.getString().strip());
            } else {
                fields.error(field, "must hold non-empty strings only");
            }
        }
        return texts;
    }

    /** A string exactly as sent (not stripped): secrets are taken byte for byte. */
    String raw(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            fields.error(field, "must be a string");
            return null;
        }
        return text.getString();
    }

    boolean bool(String field, boolean absent) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            fields.error(field, "must be true or false");
            return absent;
        }
        return value == JsonValue.TRUE;
    }
}
