package org.apportion.batch.allocation;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apportion.allocation.AllocationSource;

/** Splits one cost line by the run's rules. */
@Named
@Dependent
public class AllocationProcessor implements ItemProcessor {

    @Inject
    private StepContext step;

    @Override
    public Object processItem(Object item) {
        return AllocationWork.of(step).allocate((AllocationSource) item);
    }
}
