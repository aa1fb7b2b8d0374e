package org.apportion.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** How much of a usage metric (tokens, requests, CPU-hours, seats) a cost center used on one UTC day. */
public record UsageRecord(String metric, String costCenterCode, LocalDate day, BigDecimal quantity) {

    public UsageRecord {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(costCenterCode, "costCenterCode");
        Objects.requireNonNull(day, "day");
        if (quantity == null || quantity.signum() < 0) {
            throw new IllegalArgumentException("Usage of " + metric + " by " + costCenterCode + " on " + day
                    + " must be zero or more, was " + quantity);
        }
    }
}
