package org.apportion.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of one stage in evaluation order, indexed so that a line is tested only against rules that can match it.
 * A rule with an EQUALS condition is filed under one of them (its anchor: the value fewest rules share); a rule with
 * only globs under the longest literal prefix of one of them; the rest (no condition, or globs starting with a
 * wildcard) are candidates for every line. Equality candidates depend only on the values a line has in the
 * dimensions rules test for equality, so {@link RuleMatcher} memoizes them; prefix candidates, usually on
 * high-cardinality values such as ResourceId, are looked up per line. Immutable once built.
 */
final class RuleIndex {

    static final Comparator<AllocationRule> EVALUATION_ORDER = Comparator.comparingInt(AllocationRule::priority)
            .thenComparing(AllocationRule::id)
            .thenComparingInt(AllocationRule::version);
    private static final Comparator<CompiledRule> BY_ORDER = Comparator.comparingInt(CompiledRule::order);

    private final List<CompiledRule> unanchored = new ArrayList<>();
    private final Map<DimensionReader, Map<String, List<CompiledRule>>> byEquality = new HashMap<>();
    private final Map<DimensionReader, PrefixTable> byPrefix = new HashMap<>();
    private final List<DimensionReader> equalityDimensions;

    private RuleIndex(List<CompiledRule> rules) {
        Map<Anchor, Integer> rulesPerValue = rulesPerValue(rules);
        for (CompiledRule rule : rules) {
            file(rule, rulesPerValue);
        }
        equalityDimensions = rulesPerValue.keySet().stream().map(Anchor::dimension).distinct().sorted()
                .map(DimensionReader::of).toList();
    }

    /** The index of these rules, all of one stage and valid. */
    static RuleIndex of(Collection<AllocationRule> rules) {
        List<AllocationRule> ordered = rules.stream().sorted(EVALUATION_ORDER).toList();
        List<CompiledRule> compiled = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            compiled.add(new CompiledRule(ordered.get(i), i));
        }
        return new RuleIndex(compiled);
    }

    /**
     * The rules filed by equality whose equality conditions {@code line} satisfies, and the unanchored rules, in
     * evaluation order, whatever their globs and effective dates. Lines with the same {@link #equalityKey} have the
     * same equality candidates.
     */
    List<CompiledRule> equalityCandidates(SourceLine line) {
        List<CompiledRule> candidates = new ArrayList<>(unanchored);
        byEquality.forEach((dimension, byValue) -> {
            String value = dimension.read(line);
            if (value != null) {
                candidates.addAll(byValue.getOrDefault(value, List.of()));
            }
        });
        candidates.sort(BY_ORDER);
        candidates.removeIf(rule -> !rule.equalitiesHold(line));
        return List.copyOf(candidates);
    }

    /** The rules filed under a prefix of one of the line's values, in evaluation order; they have only globs. */
    List<CompiledRule> prefixCandidates(SourceLine line) {
        if (byPrefix.isEmpty()) {
            return List.of();
        }
        List<CompiledRule> candidates = new ArrayList<>();
        byPrefix.forEach((dimension, table) -> {
            String value = dimension.read(line);
            if (value != null) {
                table.collect(value, candidates);
            }
        });
        candidates.sort(BY_ORDER);
        return candidates;
    }

    /** The line's values of every dimension some rule tests for equality. */
    String[] equalityKey(SourceLine line) {
        String[] key = new String[equalityDimensions.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = equalityDimensions.get(i).read(line);
        }
        return key;
    }

    private void file(CompiledRule rule, Map<Anchor, Integer> rulesPerValue) {
        Optional<Condition> equality = conditions(rule, MatchOperator.EQUALS)
                .min(Comparator.comparingInt((Condition c) -> rulesPerValue.get(Anchor.of(c)))
                        .thenComparing(Condition::dimension));
        Optional<Condition> glob = conditions(rule, MatchOperator.GLOB)
                .filter(c -> !Glob.literalPrefix(c.value()).isEmpty())
                .max(Comparator.comparingInt((Condition c) -> Glob.literalPrefix(c.value()).length())
                        .thenComparing(Condition::dimension, Comparator.reverseOrder()));
        if (equality.isPresent()) {
            byEquality.computeIfAbsent(DimensionReader.of(equality.get().dimension()), d -> new HashMap<>())
                    .computeIfAbsent(equality.get().value(), v -> new ArrayList<>())
                    .add(rule);
        } else if (glob.isPresent()) {
            byPrefix.computeIfAbsent(DimensionReader.of(glob.get().dimension()), d -> new PrefixTable())
                    .add(Glob.literalPrefix(glob.get().value()), rule);
        } else {
            unanchored.add(rule);
        }
    }

    private static Stream<Condition> conditions(CompiledRule rule, MatchOperator operator) {
        return rule.conditions().stream().filter(c -> c.operator() == operator);
    }

    /** How many rules test each dimension for each value: the rarest of a rule's values is its best anchor. */
    private static Map<Anchor, Integer> rulesPerValue(List<CompiledRule> rules) {
        Map<Anchor, Integer> counts = new HashMap<>();
        rules.forEach(r -> conditions(r, MatchOperator.EQUALS)
                .map(Anchor::of)
                .distinct()
                .forEach(a -> counts.merge(a, 1, Integer::sum)));
        return counts;
    }

    private record Anchor(String dimension, String value) {
        static Anchor of(Condition equality) {
            return new Anchor(equality.dimension(), equality.value());
        }
    }
}
