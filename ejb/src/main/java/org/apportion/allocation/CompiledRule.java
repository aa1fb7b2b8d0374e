package org.apportion.allocation;

import java.util.List;
import java.util.function.Predicate;

/**
 * A valid rule ready to test lines, its conditions compiled once and split in two: equality conditions, which
 * {@link RuleIndex} looks up and {@link RuleMatcher} memoizes, and glob patterns, tested on every line because they
 * usually test high-cardinality values such as ResourceId. {@code order} is its place among its stage's rules.
 */
final class CompiledRule {

    private final AllocationRule rule;
    private final int order;
    private final List<CompiledCondition> equalities;
    private final List<CompiledCondition> patterns;

    CompiledRule(AllocationRule rule, int order) {
        this.rule = rule;
        this.order = order;
        this.equalities = compile(rule, MatchOperator.EQUALS);
        this.patterns = compile(rule, MatchOperator.GLOB);
    }

    AllocationRule rule() {
        return rule;
    }

    int order() {
        return order;
    }

    List<Condition> conditions() {
        return rule.match().conditions();
    }

    boolean equalitiesHold(SourceLine line) {
        return allHold(equalities, line);
    }

    boolean patternsHold(SourceLine line) {
        return allHold(patterns, line);
    }

    private static boolean allHold(List<CompiledCondition> conditions, SourceLine line) {
        for (CompiledCondition condition : conditions) {
            if (!condition.test(line)) {
                return false;
            }
        }
        return true;
    }

    private static List<CompiledCondition> compile(AllocationRule rule, MatchOperator operator) {
        return rule.match().conditions().stream()
                .filter(c -> c.operator() == operator)
                .map(CompiledCondition::of)
                .toList();
    }

    private record CompiledCondition(DimensionReader reader, Predicate<String> value) {

        static CompiledCondition of(Condition condition) {
            Predicate<String> value = condition.operator() == MatchOperator.GLOB
                    ? Glob.compile(condition.value())
                    : condition.value()::equals;
            return new CompiledCondition(DimensionReader.of(condition.dimension()), value);
        }

        boolean test(SourceLine line) {
            String actual = reader.read(line);
            return actual != null && value.test(actual);
        }
    }
}
