package org.apportion.allocation;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of an allocation rule. Versions of a rule share its id and are effective-dated: a version applies
 * to lines charged from {@code effectiveFrom} (inclusive) until {@code effectiveTo} (exclusive; null = open),
 * and the versions of one id must not overlap. Within a stage, rules are tried by ascending {@code priority}
 * (1 before 10; ties by id, then version) and the first whose match takes the line allocates all of it.
 * {@code metric} names the usage metric of a USAGE_METRIC rule and is null for the other methods.
 * The record accepts invalid rules so that {@link RuleValidation} can name every problem of a rule being edited.
 */
public record AllocationRule(
        String id,
        int version,
        String name,
        int priority,
        AllocationStage stage,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        RuleMatch match,
        AllocationMethod method,
        List<AllocationTarget> targets,
        String metric) {

    public AllocationRule {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** Whether this version applies to lines charged on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || effectiveTo.isAfter(day));
    }
}
