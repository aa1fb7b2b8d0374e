package org.apportion.imports.llm;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apportion.imports.CostLine;
import org.apportion.imports.RowValues;

/** The FOCUS columns an LLM provider's usage or cost line fills alike, and the values its rows share. */
public final class LlmCostLines {

    public static final String SERVICE_CATEGORY = "AI and Machine Learning";
    public static final String TOKENS = "Tokens";

    private LlmCostLines() {
    }

    /**
     * Fills what a provider's report line always is: usage of the provider's API during its time bucket
     * (the charge period), billed in the calendar month (UTC) the bucket starts in.
     */
    public static void usageOfBucket(CostLine line, String provider, LocalDateTime start, LocalDateTime end) {
        line.setProviderName(provider);
        line.setPublisherName(provider);
        line.setInvoiceIssuerName(provider);
        line.setServiceName(provider + " API");
        line.setServiceCategory(SERVICE_CATEGORY);
        line.setChargeCategory("Usage");
        line.setChargeFrequency("Usage-Based");
        line.setChargePeriodStart(start);
        line.setChargePeriodEnd(end);
        if (start != null) {
            LocalDateTime month = start.toLocalDate().withDayOfMonth(1).atStartOfDay();
            line.setBillingPeriodStart(month);
            line.setBillingPeriodEnd(month.plusMonths(1));
        }
    }

    /** The provider's cost as billed: billed, effective, list and contracted cost alike (no discounts known). */
    public static void billedCost(CostLine line, BigDecimal cost, String currency) {
        line.setBilledCost(cost);
        line.setEffectiveCost(cost);
        line.setListCost(cost);
        line.setContractedCost(cost);
        line.setBillingCurrency(currency);
    }

    /** A token count: a whole, non-negative number; absent means none. */
    public static BigDecimal tokens(RowValues row, String column) {
        BigDecimal count = row.decimal(column, false);
        if (count == null) {
            return row.raw(column) == null ? BigDecimal.ZERO : null;
        }
        if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
            return row.problem(column, row.raw(column), "not a token count (a whole number, zero or more)");
        }
        return count;
    }

    /**
     * The named columns' non-null values as a compact JSON object, with {@code registry_model}: the model
     * whose registry price priced the row, when it was priced.
     */
    public static String extras(RowValues row, List<String> columns, String registryModel) {
        JsonObjectBuilder object = RowValues.JSON.createObjectBuilder();
        for (String column : columns) {
            String value = row.raw(column);
            if (value != null) {
                object.add(column, value);
            }
        }
        if (registryModel != null) {
            object.add("registry_model", registryModel);
        }
        return object.build().toString();
    }

    /** The text before the first comma: the model or product a cost line item names ({@code gpt-4o, input}). */
    public static String beforeFirstComma(String text) {
        if (text == null) {
            return null;
        }
        int comma = text.indexOf(',');
        return comma < 0 ? text : text.substring(0, comma).strip();
    }
}
