package org.apportion.allocation;

import java.math.BigDecimal;

/**
 * A share of one cost line charged to one cost center. {@code ruleId}, {@code ruleVersion} and {@code method} say
 * which rule made it; all three are null on the {@link #UNALLOCATED} cost center, which carries the
 * {@code unallocatedReason} instead. {@code ratio} is the target's exact share of the rule's weights (12 decimals;
 * the ratios of one line add up to exactly 1), which may differ from amount / line amount by the rounding of the
 * amount. {@code stage} is the stage that decided the part.
 */
public record AllocatedPart(
        long sourceLineId,
        String costCenterCode,
        BigDecimal amount,
        String currency,
        String ruleId,
        Integer ruleVersion,
        AllocationMethod method,
        BigDecimal ratio,
        AllocationStage stage,
        UnallocatedReason unallocatedReason) {

    /** The cost center of amounts no rule allocates: they are kept there, never dropped. */
    public static final String UNALLOCATED = "UNALLOCATED";

    public boolean isUnallocated() {
        return ruleId == null;
    }
}
