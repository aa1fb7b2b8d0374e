package org.apportion.imports.mapped;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.imports.focus.FocusColumn;

/**
 * How the columns of a bill in no provider format become FOCUS columns.
 *
 * @param columns           FOCUS column name → source column name
 * @param constants         FOCUS column name → the value every row gets (a SaaS vendor's name, the currency)
 * @param defaults          FOCUS column name → the value a row gets when its source value is empty or there is no source
 * @param values            FOCUS column name → (source value → value to store), e.g. {@code "Database" → "Databases"}
 * @param sameNames         source columns named like a FOCUS column feed it without being listed (constants win)
 * @param dateFormat        a {@link DateTimeFormatter} pattern for dates that are not ISO 8601 (e.g. {@code M/d/yy}); null: ISO only
 * @param currencySymbols   amounts may carry a currency symbol and thousands separators ({@code "$50,000.00"})
 */
public record MappingDefinition(Map<String, String> columns, Map<String, String> constants,
                                Map<String, String> defaults, Map<String, Map<String, String>> values,
                                boolean sameNames, String dateFormat, boolean currencySymbols) {

    /** What a mapping must say, through a source column or a constant; the rest has defaults. */
    static final List<FocusColumn> REQUIRED = List.of(FocusColumn.BILLED_COST, FocusColumn.BILLING_CURRENCY,
            FocusColumn.BILLING_ACCOUNT_ID, FocusColumn.CHARGE_PERIOD_START, FocusColumn.PROVIDER_NAME,
            FocusColumn.SERVICE_NAME);

    public MappingDefinition {
        columns = Map.copyOf(columns == null ? Map.of() : columns);
        constants = Map.copyOf(constants == null ? Map.of() : constants);
        defaults = Map.copyOf(defaults == null ? Map.of() : defaults);
        values = Map.copyOf(values == null ? Map.of() : values);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat;
    }

    /** Whether a FOCUS column gets a value from a source column of this header or a constant. */
    boolean feeds(FocusColumn column, List<String> header) {
        String name = column.header();
        return columns.containsKey(name) || constants.containsKey(name) || defaults.containsKey(name)
                || sameNames && header.contains(name);
    }

    /** What is wrong with the mapping itself, each as "field: reason"; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        columns.keySet().stream().filter(name -> FocusColumn.byHeader(name).isEmpty())
                .forEach(name -> problems.add("columns." + name + ": not a FOCUS column"));
        for (String field : List.of("constants", "defaults", "values")) {
            Map<String, ?> map = field.equals("constants") ? constants : field.equals("defaults") ? defaults : values;
            map.keySet().stream().filter(name -> FocusColumn.byHeader(name).isEmpty())
                    .forEach(name -> problems.add(field + "." + name + ": not a FOCUS column"));
        }
        columns.keySet().stream().filter(constants::containsKey)
                .forEach(name -> problems.add("constants." + name + ": also mapped to a source column; keep one"));
        columns.forEach((name, source) -> {
            if (source == null || source.isBlank()) {
                problems.add("columns." + name + ": names no source column");
            }
        });
        if (!sameNames) {
            REQUIRED.stream().map(FocusColumn::header)
                    .filter(name -> !columns.containsKey(name) && !constants.containsKey(name) && !defaults.containsKey(name))
                    .forEach(name -> problems.add(name + ": required; map a source column or give a constant or default"));
        }
        for (String field : List.of("constants", "defaults")) {
            String currency = (field.equals("constants") ? constants : defaults).get(FocusColumn.BILLING_CURRENCY.header());
            if (currency != null && !isCurrency(currency)) {
                problems.add(field + ".BillingCurrency: not an ISO 4217 currency code");
            }
        }
        if (dateFormat != null && !isPattern(dateFormat)) {
            problems.add("dateFormat: not a date pattern (e.g. M/d/yyyy, dd.MM.yyyy HH:mm)");
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPattern(String pattern) {
        try {
            DateTimeFormatter.ofPattern(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String toJson() {
        JsonObjectBuilder json = org.apportion.imports.RowValues.JSON.createObjectBuilder()
                .add("columns", object(columns))
                .add("constants", object(constants))
                .add("defaults", object(defaults))
                .add("values", nested(values))
                .add("sameNames", sameNames)
                .add("currencySymbols", currencySymbols);
        if (dateFormat != null) {
            json.add("dateFormat", dateFormat);
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder nested(Map<String, Map<String, String>> map) {
        JsonObjectBuilder object = org.apportion.imports.RowValues.JSON.createObjectBuilder();
        map.forEach((name, translation) -> object.add(name, object(translation)));
        return object;
    }

    private static JsonObjectBuilder object(Map<String, String> map) {
        JsonObjectBuilder object = org.apportion.imports.RowValues.JSON.createObjectBuilder();
        map.forEach(object::add);
        return object;
    }

    public static MappingDefinition fromJson(String json) {
        try (JsonReader reader = org.apportion.imports.RowValues.JSON.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }

    public static MappingDefinition fromJson(JsonObject json) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        if (json.get("values") instanceof JsonObject translations) {
            translations.keySet().forEach(name -> values.put(name, strings(translations, name)));
        }
        return new MappingDefinition(strings(json, "columns"), strings(json, "constants"), strings(json, "defaults"),
                values, json.getBoolean("sameNames", false), json.getString("dateFormat", null),
                json.getBoolean("currencySymbols", false));
    }

    private static Map<String, String> strings(JsonObject json, String field) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json.get(field) instanceof JsonObject object) {
            object.forEach((name, value) -> map.put(name, value instanceof JsonString text ? text.getString()
                    : value == JsonValue.NULL ? "" : value.toString()));
        }
        return map;
    }
}
