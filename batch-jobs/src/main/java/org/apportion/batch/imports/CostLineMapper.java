package org.apportion.batch.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.BillRowMapper;

/** Turns a bill row into a cost line in its format's way; a bad row throws the skippable InvalidBillRowException. */
@Named
@Dependent
public class CostLineMapper implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public Object processItem(Object item) throws Exception {
        BillRowMapper mapper = BillLineReader.work(step).mapper();
        return mapper.toCostLine(ImportJobProperties.batchId(job), BillLineReader.row(item));
    }
}
