package org.apportion.batch.imports;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.ImportService;
import org.apportion.imports.ImportStatus;

/**
 * Keeps the import batch's status in step with the job: STARTED at each (re)start, FAILED or STOPPED at a bad
 * end; at every end a file that came from the drop folder is filed away.
 */
@Named
@Dependent
public class ImportJobListener implements JobListener {

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Inject
    private DropFolderImports dropFolder;

    @Override
    public void beforeJob() {
        imports.jobStarted(ImportJobProperties.batchId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            String reason = job.getTransientUserData() instanceof String failure ? failure
                    : "The import job ended " + status + " (execution " + job.getExecutionId() + ").";
            ImportStatus end = status == BatchStatus.FAILED ? ImportStatus.FAILED : ImportStatus.STOPPED;
            imports.jobEnded(ImportJobProperties.batchId(job), end, reason);
        }
        dropFolder.fileAway(ImportJobProperties.batchId(job));
    }
}
