package org.apportion.batch.imports;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands the exception that failed the import step to the job listener, which records it on the batch. */
@Named
@Dependent
public class ImportFailureRecorder extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(ImportFailureRecorder.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(Level.WARNING, "Import step failed for batch " + ImportJobProperties.batchId(job), failure);
            job.setTransientUserData(describe(failure));
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return root == failure ? message : message + " (cause: " + root.getMessage() + ")";
    }
}
