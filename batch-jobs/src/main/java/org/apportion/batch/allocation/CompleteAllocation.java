package org.apportion.batch.allocation;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.allocation.AllocationRunService;

/** Checks that the run placed every cent of the period and completes it, superseding the previous run. */
@Named
@Dependent
public class CompleteAllocation extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private AllocationRunService runs;

    @Override
    public String process() {
        runs.complete(Long.parseLong(job.getProperties().getProperty(AllocationJobs.RUN_ID)));
        return "COMPLETED";
    }
}
