package org.apportion.allocation;

import java.math.BigDecimal;

/** A cost center a rule charges; {@code percent} only for FIXED_PERCENT rules, null for the others. */
public record AllocationTarget(String costCenterCode, BigDecimal percent) {

    public static AllocationTarget of(String costCenterCode) {
        return new AllocationTarget(costCenterCode, null);
    }

    public static AllocationTarget percent(String costCenterCode, String percent) {
        return new AllocationTarget(costCenterCode, new BigDecimal(percent));
    }
}
