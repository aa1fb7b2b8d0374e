package org.apportion.imports;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one bill row by column name and collects every problem instead of stopping at
 * the first, so a rejection names all bad fields of a line at once. Empty values and the literal NULL are null.
 */
public final class RowValues {

    /** Largest scale the cost-line columns hold (DECIMAL(48,30)); larger would need rounding. */
    public static final int MAX_SCALE = 30;
    public static final int MAX_INTEGER_DIGITS = 18;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    /**
     * The JSON-P provider, looked up once: {@code Json.createReader} and friends search the class path for
     * it on every call, which cost more than the rest of mapping a row.
     */
    public static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern PLAIN_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}Z?");

    private final BillRecord record;
    private final Map<String, Integer> positions;
    private final List<RowProblem> problems = new ArrayList<>();

    public RowValues(BillRecord record, Map<String, Integer> positions) {
        this.record = record;
        this.positions = positions;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The raw value, stripped; null when the column is absent, empty or the literal NULL. */
    public String raw(String column) {
        Integer position = positions.get(column);
        return position == null ? null : nullIfEmpty(record.value(position));
    }

    public static String nullIfEmpty(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("NULL") ? null : stripped;
    }

    /** The value, or null after recording that it is required (only when the column is there at all). */
    public String required(String column, boolean required) {
        String value = raw(column);
        if (value == null && required && has(column)) {
            problem(column, null, "value is required");
        }
        return value;
    }

    public String text(String column, int maxLength, boolean required) {
        String value = required(column, required);
        if (value != null && value.length() > maxLength) {
            return problem(column, value, "longer than " + maxLength + " characters");
        }
        return value;
    }

    public BigDecimal decimal(String column, boolean required) {
        String value = required(column, required);
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

    /** A date as US-style M/D/YYYY (Azure exports) or ISO 8601; the start of that day, UTC. */
    public LocalDateTime usOrIsoDate(String column, boolean required) {
        String value = required(column, required);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, US_DATE).atStartOfDay() : parseUtc(value);
        } catch (DateTimeException e) {
            return problem(column, value, "not a date (expected M/D/YYYY or YYYY-MM-DD)");
        }
    }

    /** An ISO 8601 date or date-time (space or T, optional fraction and offset or " UTC"), as UTC. */
    public LocalDateTime dateTime(String column, boolean required) {
        String value = required(column, required);
        if (value == null) {
            return null;
        }
        try {
            return parseUtc(value);
        } catch (DateTimeException e) {
            // Unparsable text, or well-formed text naming a day that does not exist (2024-02-30).
            return problem(column, value, "not an ISO 8601 date-time (expected e.g. 2024-09-01T00:00:00Z)");
        }
    }

    /** A Unix time in whole seconds (OpenAI's usage buckets), as UTC. */
    public LocalDateTime epochSeconds(String column, boolean required) {
        String value = required(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.ofEpochSecond(Long.parseLong(value), 0, ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            return problem(column, value, "not a Unix time in seconds");
        }
    }

    public static LocalDateTime parseUtc(String text) {
        // BigQuery writes timestamps as "2024-09-01 07:00:00 UTC" (bq extract, console downloads).
        String value = text.endsWith(" UTC") ? text.substring(0, text.length() - 4) + 'Z' : text;
        if (PLAIN_TIMESTAMP.matcher(value).matches()) {
            // The common shape of bill timestamps, parsed without the general ISO parser's cost.
            return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10),
                    digits(value, 11, 13), digits(value, 14, 16), digits(value, 17, 19));
        }
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
    }

    private static int digits(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    public String currency(String column, boolean required) {
        String value = required(column, required);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
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

    /** A JSON object, re-serialised compactly (FOCUS Tags, Azure tags). */
    /**
     * Tags: a JSON object (re-serialised compactly) whose values may not start like a spreadsheet formula
     * ({@code =}, {@code +}, {@code @}, or {@code -} not followed by a digit): they end up in Excel reports.
     * {@code value} is the column's value, possibly adjusted by the format (Azure omits the braces).
     */
    public String tags(String column, String value) {
        JsonObject tags = jsonObject(column, value);
        if (tags == null) {
            return null;
        }
        for (Map.Entry<String, JsonValue> tag : tags.entrySet()) {
            if (tag.getValue() instanceof JsonString text && startsLikeFormula(text.getString())) {
                return problem(column, value, "value of tag \"" + tag.getKey() + "\" starts like a spreadsheet formula");
            }
        }
        return tags.toString();
    }

    /** A JSON object, or null after recording that the value is not one; null for a null value. */
    public JsonObject jsonObject(String column, String value) {
        if (value == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(value))) {
            JsonValue json = reader.readValue();
            return json instanceof JsonObject object ? object : problem(column, value, "not a JSON object");
        } catch (JsonException e) {
            return problem(column, value, "not valid JSON");
        }
    }

    public static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean minusNotNumber = first == '-' && (text.length() == 1 || !Character.isDigit(text.charAt(1)));
        return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r' || minusNotNumber;
    }

    /** Records a problem unless {@code end} lies after {@code start}; FOCUS periods end after they start. */
    public void requireAfter(String endColumn, LocalDateTime end, String startColumn, LocalDateTime start) {
        if (end != null && start != null && !end.isAfter(start)) {
            problem(endColumn, raw(endColumn), "not after " + startColumn);
        }
    }

    /** The named columns' non-null values as a compact JSON object: a format's provider extras. */
    public String jsonOf(List<String> columns) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (String column : columns) {
            String value = raw(column);
            if (value != null) {
                object.add(column, value);
            }
        }
        return object.build().toString();
    }

    /** Records a problem with a column's value and answers null, for use as a mapping result. */
    public <T> T problem(String column, String value, String reason) {
        problems.add(new RowProblem(record.line(), column, value, reason));
        return null;
    }
}
