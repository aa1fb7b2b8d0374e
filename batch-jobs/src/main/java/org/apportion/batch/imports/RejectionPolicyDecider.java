package org.apportion.batch.imports;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.ImportService;

/** Refuses the whole file when it had no data rows, or rejected rows under the strict policy. */
@Named
@Dependent
public class RejectionPolicyDecider implements Decider {

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Override
    public String decide(StepExecution[] executions) {
        return imports.refusesFile(ImportJobProperties.batchId(job))
                ? BillHeaderCheck.REJECTED : BillHeaderCheck.ACCEPTED;
    }
}
