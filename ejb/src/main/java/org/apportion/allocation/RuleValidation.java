package org.apportion.allocation;

import static org.apportion.allocation.AllocationMethod.DIRECT;
import static org.apportion.allocation.AllocationMethod.FIXED_PERCENT;
import static org.apportion.allocation.AllocationMethod.PROPORTIONAL_TO_DIRECT;
import static org.apportion.allocation.AllocationMethod.USAGE_METRIC;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apportion.base.Money;

/**
 * Checks allocation rules before they are saved or run, and names every problem with its field. A rule set without
 * problems is one the engine can run: every line ends up on a cost center and the parts add up.
 */
public final class RuleValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AllocationRule rule;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleValidation(AllocationRule rule) {
        this.rule = rule;
    }

    /** The problems of one rule version on its own; empty when it is valid. */
    public static List<RuleProblem> check(AllocationRule rule) {
        RuleValidation validation = new RuleValidation(rule);
        validation.checkIdentity();
        validation.checkStageAndMethod();
        validation.checkDates();
        validation.checkMatch();
        validation.checkTargets();
        validation.checkMetric();
        return List.copyOf(validation.problems);
    }

    /** The problems of each rule, then those between versions of a rule (duplicates, overlapping dates). */
    public static List<RuleProblem> check(Collection<AllocationRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        rules.forEach(r -> problems.addAll(check(r)));
        problems.addAll(VersionOverlaps.of(rules));
        return List.copyOf(problems);
    }

    private void checkIdentity() {
        if (isBlank(rule.id())) {
            add("id", "The rule needs an id.");
        }
        if (rule.version() < 1) {
            add("version", "The version must be 1 or more, was " + rule.version() + ".");
        }
        if (isBlank(rule.name())) {
            add("name", "The rule needs a name.");
        }
    }

    private void checkStageAndMethod() {
        if (rule.stage() == null) {
            add("stage", "Choose a stage: DIRECT or SHARED.");
        }
        if (rule.method() == null) {
            add("method", "Choose a method: DIRECT, FIXED_PERCENT, USAGE_METRIC, EVEN or PROPORTIONAL_TO_DIRECT.");
        } else if (rule.method() == PROPORTIONAL_TO_DIRECT && rule.stage() == AllocationStage.DIRECT) {
            add("method", "PROPORTIONAL_TO_DIRECT splits by direct costs, so it belongs to the SHARED stage.");
        }
    }

    private void checkDates() {
        if (rule.effectiveFrom() == null) {
            add("effectiveFrom", "The rule needs the date it takes effect.");
        } else if (rule.effectiveTo() != null && !rule.effectiveTo().isAfter(rule.effectiveFrom())) {
            add("effectiveTo", "Must be after effectiveFrom (" + rule.effectiveFrom() + "), was "
                    + rule.effectiveTo() + ".");
        }
    }

    private void checkMatch() {
        if (rule.match() == null) {
            add("match", "The rule needs a match; a match without conditions takes every line.");
            return;
        }
        List<Condition> conditions = rule.match().conditions();
        for (int i = 0; i < conditions.size(); i++) {
            checkCondition(conditions.get(i), i);
        }
    }

    private void checkCondition(Condition condition, int index) {
        String field = condition.dimension() == null
                ? "match.conditions[" + index + "]"
                : "match." + condition.dimension();
        if (!Dimensions.isKnown(condition.dimension())) {
            add(field, "Unknown dimension: use a FOCUS column (ProviderName, BillingAccountId, SubAccountId,"
                    + " ServiceName, ServiceCategory, RegionId, ResourceId, SkuId, ChargeCategory), Tag:<key> or Category.");
        }
        if (condition.operator() == null) {
            add(field, "Choose how to compare: EQUALS or GLOB.");
        }
        if (isBlank(condition.value())) {
            add(field, "Give the value to compare with.");
        }
    }

    private void checkTargets() {
        List<AllocationTarget> targets = rule.targets();
        if (targets.isEmpty()) {
            add("targets", "Add at least one target cost center.");
        } else if (rule.method() == DIRECT && targets.size() > 1) {
            add("targets", "A DIRECT rule charges exactly one cost center, this one has " + targets.size() + ".");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            checkCostCenter(targets.get(i).costCenterCode(), i, firstIndex);
            checkPercent(targets.get(i).percent(), i);
        }
        if (rule.method() == FIXED_PERCENT && !targets.isEmpty()) {
            checkPercentTotal(targets);
        }
    }

    private void checkCostCenter(String code, int index, Map<String, Integer> firstIndex) {
        String field = "targets[" + index + "].costCenterCode";
        if (isBlank(code)) {
            add(field, "The cost center code must not be blank.");
        } else if (code.equals(AllocatedPart.UNALLOCATED)) {
            add(field, "UNALLOCATED is reserved for costs no rule allocates.");
        } else {
            Integer first = firstIndex.putIfAbsent(code, index);
            if (first != null) {
                add(field, "Cost center " + code + " is already targets[" + first + "].");
            }
        }
    }

    private void checkPercent(BigDecimal percent, int index) {
        String field = "targets[" + index + "].percent";
        if (rule.method() != FIXED_PERCENT) {
            if (percent != null && rule.method() != null) {
                add(field, "Only FIXED_PERCENT rules take percentages.");
            }
        } else if (percent == null) {
            add(field, "Give the percentage of this cost center.");
        } else if (percent.signum() <= 0) {
            add(field, "The percentage must be more than 0, was " + Money.exactString(percent) + ".");
        }
    }

    private void checkPercentTotal(List<AllocationTarget> targets) {
        BigDecimal total = targets.stream()
                .map(AllocationTarget::percent)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            add("targets", "The percentages must add up to 100, they add up to " + Money.exactString(total) + ".");
        }
    }

    private void checkMetric() {
        if (rule.method() == USAGE_METRIC && isBlank(rule.metric())) {
            add("metric", "Name the usage metric to split by, e.g. tokens.");
        } else if (rule.method() != USAGE_METRIC && rule.method() != null && rule.metric() != null) {
            add("metric", "Only USAGE_METRIC rules take a metric.");
        }
    }

    private void add(String field, String message) {
        problems.add(new RuleProblem(rule.id(), rule.version(), field, message));
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
