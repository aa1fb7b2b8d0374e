package org.apportion.allocation;

import java.util.Collection;
import java.util.List;

/**
 * A validated rule set compiled for a run, with the usage telemetry its USAGE_METRIC rules split by. Immutable and
 * thread-safe; its passes are not. A run is two passes over the period's cost lines:
 * <ol>
 *   <li>{@link #directPass()}: every line once ({@link DirectPass#allocate}); DIRECT rules allocate direct costs,
 *       lines no rule matches go to UNALLOCATED, lines only a SHARED rule matches are set aside as shared-pool
 *       lines. The pass tallies direct totals per month, cost center and currency.</li>
 *   <li>{@link #sharedPass(DirectTotals)} with the complete totals: every shared-pool line once
 *       ({@link SharedPass#allocate}).</li>
 * </ol>
 * The parts of each line add up to exactly its amount, in its currency.
 */
public final class AllocationEngine {

    private final RuleIndex directRules;
    private final RuleIndex sharedRules;
    private final UsageTelemetry usage;

    private AllocationEngine(RuleIndex directRules, RuleIndex sharedRules, UsageTelemetry usage) {
        this.directRules = directRules;
        this.sharedRules = sharedRules;
        this.usage = usage;
    }

    /**
     * Compiles {@code rules} (every version; each line gets the version effective on its charge date).
     *
     * @throws InvalidRuleSetException when {@link RuleValidation} finds problems in them
     */
    public static AllocationEngine compile(Collection<AllocationRule> rules, UsageTelemetry usage) {
        List<RuleProblem> problems = RuleValidation.check(rules);
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return new AllocationEngine(ofStage(rules, AllocationStage.DIRECT), ofStage(rules, AllocationStage.SHARED),
                usage);
    }

    /** A new pass 1, starting from no direct costs. */
    public DirectPass directPass() {
        return resumeDirectPass(DirectTotals.none());
    }

    /** A pass 1 restarted after the lines whose direct totals {@code checkpoint} holds. */
    public DirectPass resumeDirectPass(DirectTotals checkpoint) {
        return new DirectPass(directRules, sharedRules, usage, checkpoint);
    }

    /** Pass 2, with the direct totals of the whole pass 1 (all partitions merged). */
    public SharedPass sharedPass(DirectTotals directTotals) {
        return new SharedPass(directRules, sharedRules, usage, directTotals);
    }

    private static RuleIndex ofStage(Collection<AllocationRule> rules, AllocationStage stage) {
        return RuleIndex.of(rules.stream().filter(r -> r.stage() == stage).toList());
    }
}
