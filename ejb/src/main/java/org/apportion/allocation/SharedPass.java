package org.apportion.allocation;

import java.util.List;

/**
 * Pass 2 of an allocation run: splits the shared-pool lines that pass 1 set aside, knowing every cost center's
 * direct totals. Lines can be streamed in chunks in any order; the pass keeps no state but its match memo, so a
 * restart simply goes on. Not thread-safe: one per thread.
 */
public final class SharedPass {

    private final RuleMatcher directRules;
    private final RuleMatcher sharedRules;
    private final LineSplitter splitter;

    SharedPass(RuleIndex directRules, RuleIndex sharedRules, UsageTelemetry usage, DirectTotals directTotals) {
        this.directRules = new RuleMatcher(directRules);
        this.sharedRules = new RuleMatcher(sharedRules);
        this.splitter = new LineSplitter(new SplitBasis(usage, directTotals));
    }

    /**
     * Allocates a shared-pool line by the first effective SHARED rule that matches it (UNALLOCATED if none does).
     *
     * @throws IllegalArgumentException if a DIRECT rule matches the line: pass 1 has allocated it already
     */
    public List<AllocatedPart> allocate(SourceLine line) {
        directRules.ruleFor(line).ifPresent(rule -> {
            throw new IllegalArgumentException("Cost line " + line.id() + " is a direct cost of rule " + rule.id()
                    + " version " + rule.version() + ", not a shared-pool line");
        });
        return sharedRules.ruleFor(line)
                .map(rule -> splitter.allocate(line, rule, AllocationStage.SHARED))
                .orElseGet(() -> List.of(
                        LineSplitter.unallocated(line, AllocationStage.SHARED, UnallocatedReason.NO_MATCHING_RULE)));
    }
}
