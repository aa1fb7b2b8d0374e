package org.apportion.batch.allocation;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.AllocationRunStatus;

/** Keeps the run's status in step with the job: STARTED at each (re)start, FAILED or STOPPED at a bad end. */
@Named
@Dependent
public class AllocationJobListener implements JobListener {

    @Inject
    private JobContext job;

    @Inject
    private AllocationRunService runs;

    @Override
    public void beforeJob() {
        runs.jobStarted(runId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            runs.jobEnded(runId(), status == BatchStatus.FAILED ? AllocationRunStatus.FAILED : AllocationRunStatus.STOPPED,
                    "The allocate job ended " + status + " (execution " + job.getExecutionId() + "): "
                            + job.getExitStatus());
        }
    }

    private long runId() {
        return Long.parseLong(job.getProperties().getProperty(AllocationJobs.RUN_ID));
    }
}
