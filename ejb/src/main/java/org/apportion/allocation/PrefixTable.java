package org.apportion.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rules filed under the literal prefix of a glob ({@code i-ml*} under {@code i-ml}): a value finds the rules whose
 * prefix it starts with in one look-up per distinct prefix length, instead of testing every glob.
 */
final class PrefixTable {

    private final Map<String, List<CompiledRule>> byPrefix = new HashMap<>();
    private final TreeSet<Integer> lengths = new TreeSet<>();
    private int[] lengthsAscending = new int[0];

    void add(String prefix, CompiledRule rule) {
        byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(rule);
        if (lengths.add(prefix.length())) {
            lengthsAscending = lengths.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Adds the rules filed under a prefix of {@code value} to {@code rules}. */
    void collect(String value, List<CompiledRule> rules) {
        for (int length : lengthsAscending) {
            if (length > value.length()) {
                return;
            }
            List<CompiledRule> filed = byPrefix.get(value.substring(0, length));
            if (filed != null) {
                rules.addAll(filed);
            }
        }
    }
}
