package org.apportion.allocation;

/** Why an amount landed on {@link AllocatedPart#UNALLOCATED}. */
public enum UnallocatedReason {
    /** No rule effective on the line's charge date matches it. */
    NO_MATCHING_RULE,
    /** A USAGE_METRIC rule matched, but none of its targets used the metric that day or that month. */
    NO_USAGE
}
