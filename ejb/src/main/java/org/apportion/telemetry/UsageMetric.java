package org.apportion.telemetry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** How much of a metric (tokens, requests, cpu-hours, seats…) a cost center used on a day. */
public record UsageMetric(LocalDate usageDate, String metric, String costCenterCode, BigDecimal quantity) {

    public UsageMetric {
        Objects.requireNonNull(usageDate, "usageDate");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(costCenterCode, "costCenterCode");
        if (quantity == null || quantity.signum() < 0) {
            throw new IllegalArgumentException("A usage quantity is zero or more");
        }
    }
}
