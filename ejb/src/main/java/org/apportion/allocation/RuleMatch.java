package org.apportion.allocation;

import java.util.List;

/** The lines a rule applies to: those satisfying all its conditions. No conditions match every line. */
public record RuleMatch(List<Condition> conditions) {

    public RuleMatch {
        conditions = List.copyOf(conditions);
    }

    public static RuleMatch allOf(Condition... conditions) {
        return new RuleMatch(List.of(conditions));
    }

    public static RuleMatch everyLine() {
        return new RuleMatch(List.of());
    }
}
