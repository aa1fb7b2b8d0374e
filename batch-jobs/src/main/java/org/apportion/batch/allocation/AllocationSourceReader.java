package org.apportion.batch.allocation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.AllocationSource;
import org.apportion.allocation.AllocationStage;
import org.apportion.allocation.CategoryDimension;
import org.apportion.costmodel.CategoryRuleService;

/**
 * Reads the cost lines a stage allocates (the direct stage: all of the period's; the shared stage: those the
 * direct stage left to shared pools) in pages ordered by id. The checkpoint is the last id handed out.
 */
@Named
@Dependent
public class AllocationSourceReader extends AbstractItemReader {

    private static final int PAGE = 1000;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty
    private String stage;

    @Inject
    private AllocationRunService runs;

    @Inject
    private CategoryRuleService categoryRules;

    private final Deque<AllocationSource> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        step.setTransientUserData(AllocationWork.open(AllocationStage.valueOf(stage), runId(), runs,
                CategoryDimension.of(categoryRules.resolver())));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            fill();
        }
        AllocationSource next = page.poll();
        if (next != null) {
            lastId = next.costLineId();
        }
        return next;
    }

    private void fill() {
        List<AllocationSource> lines = AllocationWork.of(step).linesAfter(lastId, PAGE);
        page.addAll(lines);
        exhausted = lines.size() < PAGE;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    private long runId() {
        return Long.parseLong(job.getProperties().getProperty(AllocationJobs.RUN_ID));
    }
}
