package org.apportion.allocation;

/**
 * One test of a rule's match on a {@link Dimensions dimension} of a cost line. A line without a value for the
 * dimension (no such tag, no SubAccountId) never satisfies the condition.
 */
public record Condition(String dimension, MatchOperator operator, String value) {

    public static Condition equalTo(String dimension, String value) {
        return new Condition(dimension, MatchOperator.EQUALS, value);
    }

    public static Condition glob(String dimension, String pattern) {
        return new Condition(dimension, MatchOperator.GLOB, pattern);
    }
}
