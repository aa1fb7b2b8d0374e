package org.apportion.batch.imports;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.ImportService;
import org.apportion.imports.InvalidBillRowException;

/** Records a skipped row's problems and raw values as rejections, in the chunk's transaction. */
@Named
@Dependent
public class RejectedRowRecorder implements SkipProcessListener {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private ImportService imports;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        imports.recordRejectedRow(ImportJobProperties.batchId(job), BillLineReader.work(step).partition(),
                BillLineReader.row(item),
                ((InvalidBillRowException) ex).problems());
    }
}
