package org.apportion.batch.imports;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apportion.imports.CostLine;
import org.apportion.imports.ImportService;

/** Stores a chunk of cost lines in the chunk's transaction. */
@Named
@Dependent
public class CostLineWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private ImportService imports;

    @Override
    public void writeItems(List<Object> items) {
        List<CostLine> lines = items.stream().map(CostLine.class::cast).toList();
        imports.storeCostLines(ImportJobProperties.batchId(job), BillLineReader.work(step).partition(), lines);
    }
}
