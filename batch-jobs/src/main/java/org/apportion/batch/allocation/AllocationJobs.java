package org.apportion.batch.allocation;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apportion.allocation.AllocationRun;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.AllocationRunStatus;
import org.apportion.base.StateConflictException;

/** Starts allocation runs (one job per billing period) and restarts failed ones from their checkpoints. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AllocationJobs {

    public static final String JOB_NAME = "allocate";
    static final String RUN_ID = "runId";
    static final String CHUNK_SIZE = "chunkSize";

    @Inject
    private AllocationRunService runs;

    /** Registers a run of each period from {@code from} to {@code to} (both included) and starts its job. */
    public List<AllocationRun> start(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ").");
        }
        List<AllocationRun> started = new ArrayList<>();
        for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
            started.add(start(period));
        }
        return started;
    }

    public AllocationRun start(YearMonth period) {
        AllocationRun run = runs.register(period);
        try {
            long execution = BatchRuntime.getJobOperator().start(JOB_NAME, parameters(run.getId()));
            runs.jobStarted(run.getId(), execution);
        } catch (RuntimeException e) {
            runs.jobEnded(run.getId(), AllocationRunStatus.FAILED, "The allocate job could not be started: " + e.getMessage());
            throw e;
        }
        return runs.find(run.getId()).orElseThrow();
    }

    /** Restarts a failed or stopped run from its last checkpoint, with the rules it started with. */
    public AllocationRun restart(long runId) {
        AllocationRun run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("No allocation run " + runId));
        if (run.getStatus() != AllocationRunStatus.FAILED && run.getStatus() != AllocationRunStatus.STOPPED) {
            throw new StateConflictException("Allocation run " + runId + " is " + run.getStatus()
                    + "; only FAILED or STOPPED runs can be restarted.");
        }
        long execution = BatchRuntime.getJobOperator().restart(run.getJobExecutionId(), parameters(runId));
        runs.jobStarted(runId, execution);
        return runs.find(runId).orElseThrow();
    }

    private static Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        parameters.setProperty(CHUNK_SIZE, System.getProperty("apportion.allocation.chunk.rows", "5000"));
        return parameters;
    }
}
