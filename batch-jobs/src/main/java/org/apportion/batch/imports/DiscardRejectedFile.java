package org.apportion.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.ImportService;

/** Step {@code discard-rejected-file}: removes every row a refused file stored. */
@Named
@Dependent
public class DiscardRejectedFile extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Override
    public String process() {
        imports.discardRejected(ImportJobProperties.batchId(job));
        return BillHeaderCheck.REJECTED;
    }
}
