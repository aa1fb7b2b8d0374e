package org.apportion.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The usage that USAGE_METRIC rules split by, summed per metric, cost center and day, and per month. A run loads
 * the telemetry of its period once: it is small next to the bill (metrics × cost centers × days). Immutable.
 */
public final class UsageTelemetry {

    private static final UsageTelemetry NONE = new UsageTelemetry(Map.of(), Map.of());

    private final Map<DayKey, BigDecimal> byDay;
    private final Map<MonthKey, BigDecimal> byMonth;

    private UsageTelemetry(Map<DayKey, BigDecimal> byDay, Map<MonthKey, BigDecimal> byMonth) {
        this.byDay = byDay;
        this.byMonth = byMonth;
    }

    public static UsageTelemetry none() {
        return NONE;
    }

    /** The telemetry of these records; several records of one metric, cost center and day add up. */
    public static UsageTelemetry of(Collection<UsageRecord> records) {
        Map<DayKey, BigDecimal> byDay = new HashMap<>();
        Map<MonthKey, BigDecimal> byMonth = new HashMap<>();
        for (UsageRecord r : records) {
            byDay.merge(new DayKey(r.metric(), r.costCenterCode(), r.day()), r.quantity(), BigDecimal::add);
            byMonth.merge(new MonthKey(r.metric(), r.costCenterCode(), YearMonth.from(r.day())), r.quantity(),
                    BigDecimal::add);
        }
        return new UsageTelemetry(Map.copyOf(byDay), Map.copyOf(byMonth));
    }

    /** What {@code costCenterCode} used of {@code metric} on {@code day}; zero when nothing was recorded. */
    public BigDecimal usedOn(String metric, String costCenterCode, LocalDate day) {
        return byDay.getOrDefault(new DayKey(metric, costCenterCode, day), BigDecimal.ZERO);
    }

    /** What {@code costCenterCode} used of {@code metric} in {@code month}; zero when nothing was recorded. */
    public BigDecimal usedIn(String metric, String costCenterCode, YearMonth month) {
        return byMonth.getOrDefault(new MonthKey(metric, costCenterCode, month), BigDecimal.ZERO);
    }

    private record DayKey(String metric, String costCenterCode, LocalDate day) {
    }

    private record MonthKey(String metric, String costCenterCode, YearMonth month) {
    }
}
