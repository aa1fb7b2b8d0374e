package org.apportion.exports;

import org.apportion.allocation.AllocationMethod;
import org.apportion.allocation.AllocationRule;
import org.apportion.base.Money;
import org.apportion.imports.RowValues;

/**
 * The AllocatedMethodDetails object of an allocated charge (FOCUS 1.3): {@code Elements} holds one entry with the
 * charge's AllocatedRatio of its origin charge (exact decimal; the ratios of one origin add up to exactly 1) and,
 * for a usage-metric rule, the UsageUnit the ratio was measured in. The method, rule name and stage are custom
 * properties, prefixed {@code x_} as FOCUS asks.
 */
final class AllocatedMethodDetails {

    private AllocatedMethodDetails() {
    }

    /**
     * The details of {@code share}; {@code rule} is the rule version that made it, null for unallocated cost.
     * Written by hand because JSON-P writes a small ratio in scientific notation ({@code 6.00000E-7}).
     */
    static String of(AllocatedShare share, AllocationRule rule) {
        StringBuilder json = new StringBuilder("{\"Elements\":[{\"AllocatedRatio\":")
                .append(Money.exactString(share.ratio()));
        if (rule != null && rule.method() == AllocationMethod.USAGE_METRIC && rule.metric() != null) {
            json.append(",\"UsageUnit\":").append(quoted(rule.metric()));
        }
        json.append("}],\"x_Method\":").append(quoted(share.method()));
        if (rule != null) {
            json.append(",\"x_RuleName\":").append(quoted(rule.name()));
        }
        return json.append(",\"x_Stage\":").append(quoted(share.stage())).append('}').toString();
    }

    /** A JSON string literal, escaped. */
    private static String quoted(String text) {
        return RowValues.JSON.createValue(text).toString();
    }
}
