package org.apportion.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one cost line that allocation needs: its id, the UTC day it was charged, the amount to allocate
 * (billed or effective cost, the caller's choice) in its ISO 4217 currency, dimension values keyed by FOCUS column
 * name (plus {@code Category}) and tags keyed by tag key. Null values are left out, so a missing value and a null one
 * are the same. The amount has at most 30 decimals, as the cost_line columns store it.
 */
public record SourceLine(
        long id,
        LocalDate chargeDate,
        BigDecimal amount,
        String currency,
        Map<String, String> dimensions,
        Map<String, String> tags) {

    static final int MAX_SCALE = 30;

    public SourceLine {
        Objects.requireNonNull(chargeDate, "chargeDate");
        Objects.requireNonNull(amount, "amount");
        Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new IllegalArgumentException("Cost line " + id + " has more than " + MAX_SCALE + " decimals: " + amount);
        }
        dimensions = present(dimensions);
        tags = present(tags);
    }

    /** The line's value of {@code dimension} ({@code Tag:<key>} reads a tag), or null when it has none. */
    public String valueOf(String dimension) {
        return Dimensions.isTag(dimension) ? tags.get(Dimensions.tagKey(dimension)) : dimensions.get(dimension);
    }

    /** The month of the charge date: the period for direct totals and the usage fallback. */
    public YearMonth period() {
        return YearMonth.from(chargeDate);
    }

    private static Map<String, String> present(Map<String, String> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> present = new HashMap<>(values);
        present.values().removeIf(Objects::isNull);
        return Map.copyOf(present);
    }
}
