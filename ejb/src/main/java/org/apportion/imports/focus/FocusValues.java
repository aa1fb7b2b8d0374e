package org.apportion.imports.focus;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.apportion.imports.BillRecord;
import org.apportion.imports.RowProblem;

/**
 * Reads the typed values of one FOCUS row and collects every problem instead of stopping at the first,
 * so a rejection names all bad fields of a line at once.
 */
final class FocusValues {

    /** Largest scale the cost-line columns hold (DECIMAL(48,30)); larger would need rounding. */
    static final int MAX_SCALE = 30;
    static final int MAX_INTEGER_DIGITS = 18;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private final FocusHeader header;
    private final BillRecord record;
    private final List<RowProblem> problems = new ArrayList<>();

    FocusValues(FocusHeader header, BillRecord record) {
        this.header = header;
        this.record = record;
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** The raw value, with FOCUS nulls (empty, or the literal NULL) as Java null. */
    String raw(FocusColumn column) {
        return header.position(column).map(record::value).map(FocusValues::nullIfFocusNull).orElse(null);
    }

    static String nullIfFocusNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("NULL") ? null : stripped;
    }

    String text(FocusColumn column) {
        String value = present(column);
        if (value != null && value.length() > column.maxLength()) {
            return problem(column, value, "longer than " + column.maxLength() + " characters");
        }
        return value;
    }

    /** Text that must not be null here even though FOCUS marks the column optional in general. */
    String requiredText(FocusColumn column) {
        String value = text(column);
        if (value == null && raw(column) == null) {
            problems.add(new RowProblem(record.line(), column.header(), null, "value is required"));
        }
        return value;
    }

    BigDecimal decimal(FocusColumn column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            return problem(column, value, "not a decimal number");
        }
        BigDecimal number = new BigDecimal(value);
        BigDecimal normalized = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (normalized.scale() > MAX_SCALE) {
            return problem(column, value, "more than " + MAX_SCALE + " decimal places");
        }
        if (normalized.precision() - normalized.scale() > MAX_INTEGER_DIGITS) {
            return problem(column, value, "more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return number;
    }

    /** A FOCUS date/time (ISO 8601; date only, or with time, optional fraction and offset) as UTC. */
    LocalDateTime dateTime(FocusColumn column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            String iso = value.length() > 10 && value.charAt(10) == ' '
                    ? value.substring(0, 10) + 'T' + value.substring(11) : value;
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso.replace(" ", ""),
                    OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset
                    ? offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            return problem(column, value, "not an ISO 8601 date-time (expected e.g. 2024-09-01T00:00:00Z)");
        }
    }

    String currency(FocusColumn column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(java.util.Locale.ROOT);
        if (!CURRENCY_CODE.matcher(code).matches() || !isIsoCurrency(code)) {
            return problem(column, value, "not an ISO 4217 currency code");
        }
        return code;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    String enumValue(FocusColumn column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        return column.canonicalValue(value).orElseGet(() ->
                problem(column, value, "not one of " + String.join(", ", column.allowedValues())));
    }

    /** A JSON object, re-serialised compactly; FOCUS Tags are a flat object of string keys. */
    String jsonObject(FocusColumn column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(value))) {
            JsonValue json = reader.readValue();
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                return problem(column, value, "not a JSON object");
            }
            return ((JsonObject) json).toString();
        } catch (JsonException e) {
            return problem(column, value, "not valid JSON");
        }
    }

    private String present(FocusColumn column) {
        String value = raw(column);
        if (value == null && column.need() == FocusColumn.Need.VALUE && header.has(column)) {
            problems.add(new RowProblem(record.line(), column.header(), null, "value is required"));
        }
        return value;
    }

    private <T> T problem(FocusColumn column, String value, String reason) {
        problems.add(new RowProblem(record.line(), column.header(), value, reason));
        return null;
    }
}
