package org.apportion.allocation;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cost lines an allocation reads: a billing period's lines of the imports completed when the reading began.
 * Looked up once per step, not per page; an import that completes later changes the period's source totals,
 * which the run's completion check refuses.
 */
public record SourceScope(YearMonth period, List<Long> completedBatches) {

    public SourceScope {
        completedBatches = List.copyOf(completedBatches);
    }

    /** The batch ids as SQL lists them (numbers read from the database, so safe to inline). */
    String batchList() {
        return completedBatches.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
