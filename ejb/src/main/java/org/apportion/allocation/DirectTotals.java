package org.apportion.allocation;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the direct costs per month, cost center and currency that a DIRECT pass has allocated
 * (UNALLOCATED amounts are not direct costs and are not counted). It is what PROPORTIONAL_TO_DIRECT splits by, the
 * checkpoint a restarted DIRECT pass resumes from, and what partitions of a pass merge with {@link #plus}.
 * Serializable, so a batch reader can keep it in its checkpoint.
 */
public final class DirectTotals implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final DirectTotals NONE = new DirectTotals(Map.of());

    private final Map<Key, BigDecimal> amounts;

    private DirectTotals(Map<Key, BigDecimal> amounts) {
        this.amounts = amounts;
    }

    public static DirectTotals none() {
        return NONE;
    }

    /** The totals holding these entries; entries for the same month, cost center and currency add up. */
    public static DirectTotals of(Collection<DirectTotal> totals) {
        Map<Key, BigDecimal> amounts = new HashMap<>();
        for (DirectTotal t : totals) {
            amounts.merge(new Key(t.period(), t.costCenterCode(), t.currency()), t.amount(), BigDecimal::add);
        }
        return ofKeys(amounts);
    }

    static DirectTotals ofKeys(Map<Key, BigDecimal> amounts) {
        return new DirectTotals(Map.copyOf(amounts));
    }

    /** The direct cost of {@code costCenterCode} in {@code period} and {@code currency}; zero when it has none. */
    public BigDecimal of(YearMonth period, String costCenterCode, String currency) {
        return amounts.getOrDefault(new Key(period, costCenterCode, currency), BigDecimal.ZERO);
    }

    /** These totals and {@code other}'s added up: the totals of two partitions of one pass. */
    public DirectTotals plus(DirectTotals other) {
        List<DirectTotal> both = new ArrayList<>(entries());
        both.addAll(other.entries());
        return of(both);
    }

    /** Every total, in no particular order: what a job stores. */
    public List<DirectTotal> entries() {
        return amounts.entrySet().stream()
                .map(e -> new DirectTotal(e.getKey().period(), e.getKey().costCenterCode(), e.getKey().currency(),
                        e.getValue()))
                .toList();
    }

    Map<Key, BigDecimal> asMap() {
        return amounts;
    }

    /** Equal when every total is numerically equal (10.0 = 10.00; a zero total = no total). */
    @Override
    public boolean equals(Object o) {
        return o instanceof DirectTotals other && normalized().equals(other.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    @Override
    public String toString() {
        return "DirectTotals" + amounts;
    }

    private Map<Key, BigDecimal> normalized() {
        Map<Key, BigDecimal> normalized = new HashMap<>();
        amounts.forEach((key, amount) -> {
            if (amount.signum() != 0) {
                normalized.put(key, amount.stripTrailingZeros());
            }
        });
        return normalized;
    }

    /** Month, cost center and currency of a total; {@link DirectPass} tallies by it. */
    record Key(YearMonth period, String costCenterCode, String currency) implements Serializable {
    }
}
