package org.apportion.allocation;

import java.util.List;

/** Rules that {@link RuleValidation} finds problems in cannot be compiled into an {@link AllocationEngine}. */
public class InvalidRuleSetException extends IllegalArgumentException {

    private final transient List<RuleProblem> problems;

    public InvalidRuleSetException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the allocation rules, first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
