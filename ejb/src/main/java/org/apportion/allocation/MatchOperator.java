package org.apportion.allocation;

/**
 * How a condition compares a line's value. Patterns are globs rather than regular expressions: finance users
 * write {@code i-*} or {@code prod-??-db}, and a glob cannot hang a run with catastrophic backtracking.
 */
public enum MatchOperator {
    /** The value equals the condition's value exactly (case-sensitive). */
    EQUALS,
    /**
     * The whole value matches a glob: {@code *} stands for any run of characters (also none), {@code ?} for one
     * character, everything else for itself (case-sensitive).
     */
    GLOB
}
