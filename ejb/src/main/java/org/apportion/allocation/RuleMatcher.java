package org.apportion.allocation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rule of one stage that allocates a line. The candidates whose equality conditions hold are remembered
 * per tuple of the line's values in the dimensions rules test for equality: bills repeat the same account, service
 * and tag combinations, so most lines skip that part of the index. Candidates by glob prefix are looked up per
 * line and merged in evaluation order; globs and effective dates are then checked per line.
 * Not thread-safe: one per pass (a pass runs in one thread, one per partition).
 */
final class RuleMatcher {

    private static final int MEMO_ENTRIES = 1 << 16;

    private final RuleIndex index;
    private final Map<MatchKey, List<CompiledRule>> memo = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MatchKey, List<CompiledRule>> eldest) {
            return size() > MEMO_ENTRIES;
        }
    };

    RuleMatcher(RuleIndex index) {
        this.index = index;
    }

    /** The first rule, in evaluation order, that is effective on the line's charge date and matches it. */
    Optional<AllocationRule> ruleFor(SourceLine line) {
        List<CompiledRule> byEquality = equalityCandidates(line);
        List<CompiledRule> byPrefix = index.prefixCandidates(line);
        int e = 0;
        int p = 0;
        while (e < byEquality.size() || p < byPrefix.size()) {
            boolean equalityFirst = p == byPrefix.size()
                    || e < byEquality.size() && byEquality.get(e).order() < byPrefix.get(p).order();
            CompiledRule rule = equalityFirst ? byEquality.get(e++) : byPrefix.get(p++);
            if (rule.rule().appliesOn(line.chargeDate()) && rule.patternsHold(line)) {
                return Optional.of(rule.rule());
            }
        }
        return Optional.empty();
    }

    private List<CompiledRule> equalityCandidates(SourceLine line) {
        MatchKey key = new MatchKey(index.equalityKey(line));
        List<CompiledRule> known = memo.get(key);
        if (known == null) {
            known = index.equalityCandidates(line);
            memo.put(key, known);
        }
        return known;
    }

    private static final class MatchKey {
        private final String[] values;
        private final int hash;

        MatchKey(String[] values) {
            this.values = values;
            this.hash = mixedHash(values);
        }

        /**
         * Not {@link Arrays#hashCode}: its factor 31 on String hashes, themselves polynomials in 31, makes tuples of
         * similar values collide by the thousand, e.g. (acc-12, svc34) and (acc-11, svc44).
         */
        private static int mixedHash(String[] values) {
            long hash = 0;
            for (String value : values) {
                hash = (hash + (value == null ? 0 : value.hashCode())) * 0x9E3779B97F4A7C15L;
            }
            return (int) (hash ^ (hash >>> 32));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MatchKey other && hash == other.hash && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
