package org.apportion.allocation;

/**
 * The stages of an allocation run, in order: DIRECT charges direct costs, SHARED then splits shared pools,
 * possibly in proportion to what DIRECT gave each cost center. A line that a DIRECT rule matches never reaches SHARED.
 */
public enum AllocationStage {
    DIRECT,
    SHARED
}
