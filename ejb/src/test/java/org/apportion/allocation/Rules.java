package org.apportion.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test shorthand for rules and cost lines. */
final class Rules {

    static final LocalDate SEP_15 = LocalDate.of(2024, 9, 15);
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private Rules() {
    }

    static AllocationRule rule(String id, AllocationStage stage, AllocationMethod method, RuleMatch match,
                               AllocationTarget... targets) {
        return new AllocationRule(id, 1, "Rule " + id, 10, stage, FROM, null, match, method, List.of(targets),
                method == AllocationMethod.USAGE_METRIC ? "tokens" : null);
    }

    static AllocationRule direct(String id, RuleMatch match, AllocationMethod method, AllocationTarget... targets) {
        return rule(id, AllocationStage.DIRECT, method, match, targets);
    }

    static AllocationRule shared(String id, RuleMatch match, AllocationMethod method, AllocationTarget... targets) {
        return rule(id, AllocationStage.SHARED, method, match, targets);
    }

    static AllocationRule withPriority(AllocationRule r, int priority) {
        return new AllocationRule(r.id(), r.version(), r.name(), priority, r.stage(), r.effectiveFrom(),
                r.effectiveTo(), r.match(), r.method(), r.targets(), r.metric());
    }

    static AllocationRule version(AllocationRule r, int version, LocalDate from, LocalDate to) {
        return new AllocationRule(r.id(), version, r.name(), r.priority(), r.stage(), from, to, r.match(), r.method(),
                r.targets(), r.metric());
    }

    static AllocationTarget[] targets(String... codes) {
        AllocationTarget[] targets = new AllocationTarget[codes.length];
        for (int i = 0; i < codes.length; i++) {
            targets[i] = AllocationTarget.of(codes[i]);
        }
        return targets;
    }

    static RuleMatch on(String dimension, String value) {
        return RuleMatch.allOf(Condition.equalTo(dimension, value));
    }

    static SourceLine line(long id, String amount, String... dimensionsAndValues) {
        return line(id, SEP_15, amount, "USD", dimensionsAndValues);
    }

    static SourceLine line(long id, LocalDate day, String amount, String currency, String... dimensionsAndValues) {
        Map<String, String> dimensions = new HashMap<>();
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < dimensionsAndValues.length; i += 2) {
            String dimension = dimensionsAndValues[i];
            if (Dimensions.isTag(dimension)) {
                tags.put(Dimensions.tagKey(dimension), dimensionsAndValues[i + 1]);
            } else {
                dimensions.put(dimension, dimensionsAndValues[i + 1]);
            }
        }
        return new SourceLine(id, day, new BigDecimal(amount), currency, dimensions, tags);
    }
}
