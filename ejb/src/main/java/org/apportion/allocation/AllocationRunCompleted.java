package org.apportion.allocation;

import java.time.YearMonth;

/** Announced (a CDI event) inside the transaction that completes an allocation run: the period's new published run. */
public record AllocationRunCompleted(long runId, YearMonth period) {
}
