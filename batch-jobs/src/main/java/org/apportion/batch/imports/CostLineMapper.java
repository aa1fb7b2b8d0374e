package org.apportion.batch.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.imports.focus.FocusHeader;
import org.apportion.imports.focus.FocusRowMapper;

/** Turns a FOCUS row into a cost line; a bad row throws the skippable InvalidBillRowException. */
@Named
@Dependent
public class CostLineMapper implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private FocusRowMapper mapper;

    @Override
    public Object processItem(Object item) throws Exception {
        if (mapper == null) {
            mapper = new FocusRowMapper((FocusHeader) step.getTransientUserData());
        }
        return mapper.toCostLine(ImportJobProperties.batchId(job), FocusLineReader.row(item));
    }
}
