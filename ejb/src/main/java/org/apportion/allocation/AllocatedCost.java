package org.apportion.allocation;

import java.math.BigDecimal;

/**
 * The part of one cost line placed on one cost center: BilledCost and EffectiveCost each split by the same
 * rule (a line's parts add up to it exactly in both), with the ratio of the cost the line carries.
 */
public record AllocatedCost(AllocationSource source, String costCenterCode, AllocationStage stage,
                            AllocationMethod method, String ruleId, Integer ruleVersion, BigDecimal ratio,
                            BigDecimal billedCost, BigDecimal effectiveCost) {
}
