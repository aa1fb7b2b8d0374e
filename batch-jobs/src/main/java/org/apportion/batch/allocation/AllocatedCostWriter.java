package org.apportion.batch.allocation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apportion.allocation.AllocationRunService;

/** Stores a chunk's allocated parts and shared-pool lines in the chunk's transaction, with the reader's checkpoint. */
@Named
@Dependent
public class AllocatedCostWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private AllocationRunService runs;

    @Override
    public void writeItems(List<Object> items) {
        List<AllocationWork.Outcome> outcomes = items.stream().map(AllocationWork.Outcome.class::cast).toList();
        runs.store(Long.parseLong(job.getProperties().getProperty(AllocationJobs.RUN_ID)), AllocationWork.of(step).stage(),
                outcomes.stream().map(AllocationWork.Outcome::line).toList(),
                outcomes.stream().flatMap(o -> o.parts().stream()).toList(),
                outcomes.stream().filter(AllocationWork.Outcome::sharedPool).map(o -> o.line().costLineId()).toList());
    }
}
