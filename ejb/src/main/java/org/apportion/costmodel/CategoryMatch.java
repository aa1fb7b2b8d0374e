package org.apportion.costmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.base.FieldProblem;
import org.apportion.imports.focus.FocusColumn;

/**
 * What a category rule looks for in a cost line: a value per FOCUS column, null for "any". A line matches
 * when every value given matches, ignoring case; {@code *} in a value stands for any characters
 * ({@code *Support*}, {@code gpt-4*}).
 */
public record CategoryMatch(String serviceCategory, String serviceName, String providerName, String skuId,
                            String chargeCategory) {

    public static final String SERVICE_CATEGORY = "ServiceCategory";
    public static final String SERVICE_NAME = "ServiceName";
    public static final String PROVIDER_NAME = "ProviderName";
    public static final String SKU_ID = "SkuId";
    public static final String CHARGE_CATEGORY = "ChargeCategory";
    /** The FOCUS columns a rule can match on, in the order this record holds them. */
    public static final List<String> COLUMNS = List.of(SERVICE_CATEGORY, SERVICE_NAME, PROVIDER_NAME, SKU_ID,
            CHARGE_CATEGORY);
    private static final int VALUE_MAX = 255;

    /** From FOCUS column names to values; columns not named are "any". */
    public static CategoryMatch of(Map<String, String> byColumn) {
        return new CategoryMatch(byColumn.get(SERVICE_CATEGORY), byColumn.get(SERVICE_NAME),
                byColumn.get(PROVIDER_NAME), byColumn.get(SKU_ID), byColumn.get(CHARGE_CATEGORY));
    }

    /** The values given, by FOCUS column name. */
    public Map<String, String> byColumn() {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> all = values();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (all.get(i) != null) {
                values.put(COLUMNS.get(i), all.get(i));
            }
        }
        return values;
    }

    public boolean namesChargeCategory() {
        return chargeCategory != null;
    }

    /**
     * Problems as field errors ({@code match}, {@code match.ServiceCategory}, ...): no value at all, blank or
     * overlong values, and a plain (wildcard-free) ServiceCategory or ChargeCategory that FOCUS does not allow.
     */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (byColumn().isEmpty()) {
            problems.add(FieldProblem.of("match", "name at least one of " + String.join(", ", COLUMNS)));
        }
        byColumn().forEach((column, value) -> {
            if (value.isBlank()) {
                problems.add(FieldProblem.of("match." + column, "cannot be blank"));
            } else if (value.length() > VALUE_MAX) {
                problems.add(FieldProblem.of("match." + column, "at most " + VALUE_MAX + " characters"));
            }
        });
        allowed(problems, SERVICE_CATEGORY, serviceCategory, FocusColumn.SERVICE_CATEGORY);
        allowed(problems, CHARGE_CATEGORY, chargeCategory, FocusColumn.CHARGE_CATEGORY);
        return problems;
    }

    List<String> values() {
        return Arrays.asList(serviceCategory, serviceName, providerName, skuId, chargeCategory);
    }

    private static void allowed(List<FieldProblem> problems, String column, String value, FocusColumn focus) {
        if (value == null || value.contains("*")) {
            return;
        }
        if (focus.canonicalValue(value).isEmpty()) {
            problems.add(FieldProblem.of("match." + column, "not a FOCUS " + column + " (" + String.join(", ",
                    focus.allowedValues()) + ")"));
        }
    }
}
