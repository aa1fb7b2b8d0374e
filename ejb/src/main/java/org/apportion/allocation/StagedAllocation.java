package org.apportion.allocation;

import java.util.List;

/**
 * One stage of a run over both costs of a line: the engine splits BilledCost and EffectiveCost in passes of
 * their own (proportional-to-direct rules weigh by the direct totals of the same cost), and the two splits are
 * joined into one part per cost center.
 */
public final class StagedAllocation {

    /** A line's parts; in the direct stage, a line a shared-pool rule takes instead has none. */
    public record Result(List<AllocatedCost> parts, boolean sharedPool) {
    }

    private final DirectPass billedDirect;
    private final DirectPass effectiveDirect;
    private final SharedPass billedShared;
    private final SharedPass effectiveShared;

    private StagedAllocation(DirectPass billedDirect, DirectPass effectiveDirect, SharedPass billedShared,
                             SharedPass effectiveShared) {
        this.billedDirect = billedDirect;
        this.effectiveDirect = effectiveDirect;
        this.billedShared = billedShared;
        this.effectiveShared = effectiveShared;
    }

    public static StagedAllocation direct(DirectPass billed, DirectPass effective) {
        return new StagedAllocation(billed, effective, null, null);
    }

    public static StagedAllocation shared(SharedPass billed, SharedPass effective) {
        return new StagedAllocation(null, null, billed, effective);
    }

    /** What the direct stage has placed so far per cost center, of BilledCost or of EffectiveCost. */
    public DirectTotals directTotals(CostView view) {
        return view == CostView.BilledCost ? billedDirect.totals() : effectiveDirect.totals();
    }

    public Result allocate(AllocationSource source) {
        SourceLine billedLine = source.line(source.billedCost());
        SourceLine effectiveLine = source.line(source.effectiveCost());
        if (billedDirect != null) {
            DirectResult billed = billedDirect.allocate(billedLine);
            if (billed.sharedPool()) {
                return new Result(List.of(), true);
            }
            return new Result(TwoCostSplit.join(source, billed.parts(), effectiveDirect.allocate(effectiveLine).parts()),
                    false);
        }
        return new Result(TwoCostSplit.join(source, billedShared.allocate(billedLine),
                effectiveShared.allocate(effectiveLine)), false);
    }
}
