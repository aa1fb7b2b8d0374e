package org.apportion.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON request one by one, collecting a problem per bad field instead of stopping at
 * the first, so a client learns everything wrong with a request at once.
 */
public final class JsonFields {

    private final JsonObject body;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public JsonFields(JsonObject body) {
        this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public void error(String field, String message) {
        errors.add(new Problem.FieldError(field, null, message));
    }

    /** A non-blank string, stripped; null when absent (an error if required) or not a string. */
    public String text(String field, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            error(field, "must be a non-empty string");
            return null;
        }
        return text.getString().strip();
    }

    /** A date YYYY-MM-DD. */
    public LocalDate date(String field, boolean required) {
        String value = text(field, required);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(field, "not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A decimal given as a string (preferred: exact) or a JSON number. */
    public BigDecimal decimal(String field, boolean required) {
        JsonValue value = body.get(field);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        String text = text(field, required);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            error(field, "not a decimal number");
            return null;
        }
    }

    /** A whole number within [min, max]. */
    public Integer integer(String field, boolean required, int min, int max) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            error(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return number.intValue();
    }

    /** A nested object; null when absent (an error if required) or not an object. */
    public JsonObject object(String field, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            error(field, "must be an object");
            return null;
        }
        return object;
    }
}
