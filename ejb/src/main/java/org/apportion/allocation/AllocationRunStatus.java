package org.apportion.allocation;

/** Where an allocation run of a billing period stands; a completed run is superseded when the period is re-run. */
public enum AllocationRunStatus {
    STARTING, STARTED, COMPLETED, FAILED, STOPPED, SUPERSEDED
}
