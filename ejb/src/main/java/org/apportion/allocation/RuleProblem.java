package org.apportion.allocation;

/**
 * Something wrong with a rule version, for the person editing it: the field, named as a form or API would name it
 * ({@code targets[2].percent}, {@code match.Tag:team}, {@code method}), and what to do about it.
 */
public record RuleProblem(String ruleId, int ruleVersion, String field, String message) {
}
