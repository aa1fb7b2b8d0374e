package org.apportion.exports;

import java.math.BigDecimal;
import org.apportion.allocation.AllocatedPart;

/**
 * One allocated part of an origin charge as its run stored it: the cost center, the stage, the method and rule
 * version that placed it (none for a line no rule took), its ratio of the origin (a line's ratios add up to
 * exactly 1) and its BilledCost and EffectiveCost (a line's parts add up to it exactly).
 */
record AllocatedShare(String costCenterCode, String stage, String method, Long ruleId, Integer ruleVersion,
                      BigDecimal ratio, BigDecimal billedCost, BigDecimal effectiveCost) {

    /** The AllocatedMethodId of the cost that no rule allocated. */
    static final String UNALLOCATED_METHOD_ID = "UNALLOCATED";

    /** Whether the part is the unallocated portion of its origin charge (no cost center took it). */
    boolean isUnallocated() {
        return AllocatedPart.UNALLOCATED.equals(costCenterCode);
    }

    /** The rule version that made the part, stable across runs ({@code rule-12-v3}), or UNALLOCATED. */
    String methodId() {
        return ruleId == null ? UNALLOCATED_METHOD_ID : "rule-" + ruleId + "-v" + ruleVersion;
    }
}
