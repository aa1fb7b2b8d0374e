package org.apportion.allocation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pass 1 of an allocation run: allocates direct costs line by line, marks shared-pool lines for pass 2 and tallies
 * the direct totals that PROPORTIONAL_TO_DIRECT needs. Lines can be streamed in chunks; take {@link #totals()} with
 * each checkpoint and resume with {@link AllocationEngine#resumeDirectPass}. Partitions each run their own pass and
 * merge their totals with {@link DirectTotals#plus}. Not thread-safe.
 */
public final class DirectPass {

    private final RuleMatcher directRules;
    private final RuleMatcher sharedRules;
    private final LineSplitter splitter;
    private final Map<DirectTotals.Key, BigDecimal> tally;

    DirectPass(RuleIndex directRules, RuleIndex sharedRules, UsageTelemetry usage, DirectTotals checkpoint) {
        this.directRules = new RuleMatcher(directRules);
        this.sharedRules = new RuleMatcher(sharedRules);
        this.splitter = new LineSplitter(new SplitBasis(usage, DirectTotals.none()));
        this.tally = new HashMap<>(checkpoint.asMap());
    }

    /** Allocates {@code line} by the first effective DIRECT rule that matches it, or says it is a shared-pool line. */
    public DirectResult allocate(SourceLine line) {
        Optional<AllocationRule> rule = directRules.ruleFor(line);
        if (rule.isPresent()) {
            List<AllocatedPart> parts = splitter.allocate(line, rule.get(), AllocationStage.DIRECT);
            parts.forEach(part -> count(line, part));
            return DirectResult.allocated(parts);
        }
        if (sharedRules.ruleFor(line).isPresent()) {
            return DirectResult.sharedPoolLine();
        }
        return DirectResult.allocated(List.of(
                LineSplitter.unallocated(line, AllocationStage.DIRECT, UnallocatedReason.NO_MATCHING_RULE)));
    }

    /** The direct totals of the lines allocated so far (and of the checkpoint resumed from). */
    public DirectTotals totals() {
        return DirectTotals.ofKeys(tally);
    }

    private void count(SourceLine line, AllocatedPart part) {
        if (!part.isUnallocated()) {
            tally.merge(new DirectTotals.Key(line.period(), part.costCenterCode(), part.currency()), part.amount(),
                    BigDecimal::add);
        }
    }
}
