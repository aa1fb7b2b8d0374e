package org.apportion.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a rule splits a line by: one weight per target, by the rule's method. Targets with a zero weight get no part.
 * <ul>
 *   <li>USAGE_METRIC: the targets' usage on the line's charge date; when none of them used the metric that day,
 *       their usage in the charge date's month; when not that month either, nothing (the line goes to
 *       UNALLOCATED with reason NO_USAGE).</li>
 *   <li>PROPORTIONAL_TO_DIRECT: the targets' direct costs in the line's month and currency; a target whose direct
 *       cost is zero or negative (credits) weighs nothing; when no target has a positive direct cost, equal
 *       weights (an even split).</li>
 * </ul>
 */
final class SplitBasis {

    private final UsageTelemetry usage;
    private final DirectTotals directTotals;

    SplitBasis(UsageTelemetry usage, DirectTotals directTotals) {
        this.usage = usage;
        this.directTotals = directTotals;
    }

    /** The targets with a positive weight, in the rule's order; empty when the rule has nothing to split by. */
    List<WeightedTarget> weigh(AllocationRule rule, SourceLine line) {
        List<AllocationTarget> targets = rule.targets();
        return switch (rule.method()) {
            case DIRECT, EVEN -> even(targets);
            case FIXED_PERCENT -> positive(targets, AllocationTarget::percent);
            case USAGE_METRIC -> byUsage(rule, line);
            case PROPORTIONAL_TO_DIRECT -> byDirectCost(targets, line);
        };
    }

    private List<WeightedTarget> byUsage(AllocationRule rule, SourceLine line) {
        List<WeightedTarget> sameDay = positive(rule.targets(),
                t -> usage.usedOn(rule.metric(), t.costCenterCode(), line.chargeDate()));
        return !sameDay.isEmpty()
                ? sameDay
                : positive(rule.targets(), t -> usage.usedIn(rule.metric(), t.costCenterCode(), line.period()));
    }

    private List<WeightedTarget> byDirectCost(List<AllocationTarget> targets, SourceLine line) {
        List<WeightedTarget> weighted = positive(targets,
                t -> directTotals.of(line.period(), t.costCenterCode(), line.currency()));
        return weighted.isEmpty() ? even(targets) : weighted;
    }

    private static List<WeightedTarget> even(List<AllocationTarget> targets) {
        return positive(targets, t -> BigDecimal.ONE);
    }

    private static List<WeightedTarget> positive(List<AllocationTarget> targets,
                                                 Function<AllocationTarget, BigDecimal> weight) {
        List<WeightedTarget> weighted = new ArrayList<>(targets.size());
        for (AllocationTarget target : targets) {
            BigDecimal w = weight.apply(target);
            if (w.signum() > 0) {
                weighted.add(new WeightedTarget(target.costCenterCode(), w));
            }
        }
        return weighted;
    }
}
