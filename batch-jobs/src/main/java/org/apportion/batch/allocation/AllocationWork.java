package org.apportion.batch.allocation;

import jakarta.batch.runtime.context.StepContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apportion.allocation.AllocatedCost;
import org.apportion.allocation.AllocationEngine;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.AllocationSource;
import org.apportion.allocation.AllocationStage;
import org.apportion.allocation.SourceScope;
import org.apportion.allocation.StagedAllocation;

/**
 * What a step of the allocate job evaluates with, built once when its reader opens and shared with the
 * processor through the step's transient data: the lines it reads, the run's rules compiled, one pass per
 * cost (BilledCost and EffectiveCost), and how a line's category is found.
 */
final class AllocationWork {

    /** A line and its parts, or (direct stage) none when it belongs to a shared pool. */
    record Outcome(AllocationSource line, List<AllocatedCost> parts, boolean sharedPool) {
    }

    private final AllocationStage stage;
    private final long runId;
    private final AllocationRunService runs;
    private final SourceScope scope;
    private final StagedAllocation staged;
    private final Function<Map<String, String>, String> category;

    private AllocationWork(AllocationStage stage, long runId, AllocationRunService runs, StagedAllocation staged,
                           Function<Map<String, String>, String> category) {
        this.stage = stage;
        this.runId = runId;
        this.runs = runs;
        this.scope = runs.sourceScope(runId);
        this.staged = staged;
        this.category = category;
    }

    static AllocationWork open(AllocationStage stage, long runId, AllocationRunService runs,
                               Function<Map<String, String>, String> category) {
        AllocationEngine engine = AllocationEngine.compile(runs.rulesOf(runId), runs.telemetryOf(runId));
        StagedAllocation staged = stage == AllocationStage.DIRECT
                ? StagedAllocation.direct(engine.directPass(), engine.directPass())
                : StagedAllocation.shared(engine.sharedPass(runs.directTotals(runId, true)),
                        engine.sharedPass(runs.directTotals(runId, false)));
        return new AllocationWork(stage, runId, runs, staged, category);
    }

    static AllocationWork of(StepContext step) {
        return (AllocationWork) step.getTransientUserData();
    }

    AllocationStage stage() {
        return stage;
    }

    /** The stage's next lines by id: the direct stage reads the whole period, the shared stage its pool. */
    List<AllocationSource> linesAfter(long afterId, int limit) {
        return stage == AllocationStage.DIRECT ? runs.sourcesAfter(scope, afterId, limit, category)
                : runs.sharedSourcesAfter(runId, scope, afterId, limit, category);
    }

    Outcome allocate(AllocationSource source) {
        StagedAllocation.Result result = staged.allocate(source);
        return new Outcome(source, result.parts(), result.sharedPool());
    }
}
