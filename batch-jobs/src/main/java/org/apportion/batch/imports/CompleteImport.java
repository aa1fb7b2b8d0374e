package org.apportion.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.ImportService;

/** Step {@code complete-import}: totals what the file stored per currency and completes the batch. */
@Named
@Dependent
public class CompleteImport extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ImportService imports;

    @Override
    public String process() {
        imports.complete(ImportJobProperties.batchId(job));
        return "COMPLETED";
    }
}
