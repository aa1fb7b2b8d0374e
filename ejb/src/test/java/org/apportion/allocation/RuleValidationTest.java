package org.apportion.allocation;

import static org.apportion.allocation.AllocationMethod.DIRECT;
import static org.apportion.allocation.AllocationMethod.EVEN;
import static org.apportion.allocation.AllocationMethod.FIXED_PERCENT;
import static org.apportion.allocation.AllocationMethod.PROPORTIONAL_TO_DIRECT;
import static org.apportion.allocation.AllocationMethod.USAGE_METRIC;
import static org.apportion.allocation.AllocationTarget.percent;
import static org.apportion.allocation.Rules.direct;
import static org.apportion.allocation.Rules.shared;
import static org.apportion.allocation.Rules.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    @Test
    void acceptsAValidRule() {
        AllocationRule rule = shared("r1", Rules.on("Tag:team", "data"), FIXED_PERCENT,
                percent("WEB", "33.3"), percent("DATA", "66.70"));

        assertThat(RuleValidation.check(rule)).isEmpty();
    }

    @Test
    void namesEachPercentageProblem() {
        AllocationRule rule = direct("r1", RuleMatch.everyLine(), FIXED_PERCENT,
                percent("A", "60"), percent("B", "0"), percent("C", "-0.5"), AllocationTarget.of("D"));

        assertThat(problems(rule)).containsExactly(
                tuple("targets[1].percent", "The percentage must be more than 0, was 0."),
                tuple("targets[2].percent", "The percentage must be more than 0, was -0.5."),
                tuple("targets[3].percent", "Give the percentage of this cost center."),
                tuple("targets", "The percentages must add up to 100, they add up to 59.5."));
    }

    @Test
    void comparesThePercentTotalByValue() {
        AllocationRule rule = direct("r1", RuleMatch.everyLine(), FIXED_PERCENT,
                percent("A", "99.999999"), percent("B", "0.000001"));
        AllocationRule over = direct("r2", RuleMatch.everyLine(), FIXED_PERCENT,
                percent("A", "50.0"), percent("B", "50.01"));

        assertThat(RuleValidation.check(rule)).isEmpty();
        assertThat(problems(over)).containsExactly(
                tuple("targets", "The percentages must add up to 100, they add up to 100.01."));
    }

    @Test
    void namesTargetProblems() {
        AllocationRule rule = direct("r1", RuleMatch.everyLine(), EVEN,
                AllocationTarget.of("WEB"), AllocationTarget.of(" "), AllocationTarget.of("WEB"),
                AllocationTarget.of("UNALLOCATED"), percent("DATA", "50"));

        assertThat(problems(rule)).containsExactly(
                tuple("targets[1].costCenterCode", "The cost center code must not be blank."),
                tuple("targets[2].costCenterCode", "Cost center WEB is already targets[0]."),
                tuple("targets[3].costCenterCode", "UNALLOCATED is reserved for costs no rule allocates."),
                tuple("targets[4].percent", "Only FIXED_PERCENT rules take percentages."));
    }

    @Test
    void wantsTargetsAndOnlyOneForDirect() {
        assertThat(problems(direct("r1", RuleMatch.everyLine(), EVEN))).containsExactly(
                tuple("targets", "Add at least one target cost center."));
        assertThat(problems(direct("r2", RuleMatch.everyLine(), DIRECT, targets("A", "B")))).containsExactly(
                tuple("targets", "A DIRECT rule charges exactly one cost center, this one has 2."));
    }

    @Test
    void keepsProportionalToDirectInTheSharedStage() {
        assertThat(problems(direct("r1", RuleMatch.everyLine(), PROPORTIONAL_TO_DIRECT, targets("A")))).containsExactly(
                tuple("method", "PROPORTIONAL_TO_DIRECT splits by direct costs, so it belongs to the SHARED stage."));
        assertThat(problems(shared("r2", RuleMatch.everyLine(), PROPORTIONAL_TO_DIRECT, targets("A")))).isEmpty();
    }

    @Test
    void namesMissingIdentityStageMethodAndMatch() {
        AllocationRule rule = new AllocationRule(" ", 0, null, 1, null, Rules.FROM, null, null, null,
                List.of(AllocationTarget.of("A")), null);

        assertThat(problems(rule)).containsExactly(
                tuple("id", "The rule needs an id."),
                tuple("version", "The version must be 1 or more, was 0."),
                tuple("name", "The rule needs a name."),
                tuple("stage", "Choose a stage: DIRECT or SHARED."),
                tuple("method", "Choose a method: DIRECT, FIXED_PERCENT, USAGE_METRIC, EVEN or PROPORTIONAL_TO_DIRECT."),
                tuple("match", "The rule needs a match; a match without conditions takes every line."));
    }

    @Test
    void namesDateProblems() {
        AllocationRule rule = direct("r1", RuleMatch.everyLine(), DIRECT, targets("A"));

        assertThat(problems(Rules.version(rule, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1))))
                .containsExactly(tuple("effectiveTo", "Must be after effectiveFrom (2024-09-01), was 2024-09-01."));
        assertThat(problems(Rules.version(rule, 1, null, null)))
                .containsExactly(tuple("effectiveFrom", "The rule needs the date it takes effect."));
    }

    @Test
    void namesConditionProblemsByDimension() {
        AllocationRule rule = direct("r1", RuleMatch.allOf(
                Condition.equalTo("Tag:team", ""),
                Condition.glob("Costcenter", "x*"),
                new Condition("RegionId", null, "eu-west-1"),
                Condition.equalTo("Tag:", "x"),
                Condition.equalTo(null, "x")), DIRECT, targets("A"));

        String unknown = "Unknown dimension: use a FOCUS column (ProviderName, BillingAccountId, SubAccountId,"
                + " ServiceName, ServiceCategory, RegionId, ResourceId, SkuId, ChargeCategory), Tag:<key> or Category.";
        assertThat(problems(rule)).containsExactly(
                tuple("match.Tag:team", "Give the value to compare with."),
                tuple("match.Costcenter", unknown),
                tuple("match.RegionId", "Choose how to compare: EQUALS or GLOB."),
                tuple("match.Tag:", unknown),
                tuple("match.conditions[4]", unknown));
    }

    @Test
    void wantsAMetricOnlyForUsageRules() {
        AllocationRule noMetric = new AllocationRule("r1", 1, "Tokens", 1, AllocationStage.DIRECT, Rules.FROM, null,
                RuleMatch.everyLine(), USAGE_METRIC, List.of(AllocationTarget.of("A")), " ");
        AllocationRule strayMetric = new AllocationRule("r2", 1, "Even", 1, AllocationStage.DIRECT, Rules.FROM, null,
                RuleMatch.everyLine(), EVEN, List.of(AllocationTarget.of("A")), "tokens");

        assertThat(problems(noMetric)).containsExactly(tuple("metric", "Name the usage metric to split by, e.g. tokens."));
        assertThat(problems(strayMetric)).containsExactly(tuple("metric", "Only USAGE_METRIC rules take a metric."));
    }

    @Test
    void findsVersionsDefinedTwiceOrOverlapping() {
        AllocationRule rule = direct("r1", RuleMatch.everyLine(), DIRECT, targets("A"));
        AllocationRule v1 = Rules.version(rule, 1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
        AllocationRule v2 = Rules.version(rule, 2, LocalDate.of(2024, 6, 1), null);
        AllocationRule v3 = Rules.version(rule, 3, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));

        List<RuleProblem> problems = RuleValidation.check(List.of(v1, v2, v3, v1));

        assertThat(problems).extracting(RuleProblem::ruleVersion, RuleProblem::field, RuleProblem::message)
                .containsExactly(
                        tuple(2, "effectiveFrom", "Overlaps version 1 of rule r1, effective from 2024-01-01 to 2024-07-01."),
                        tuple(1, "version", "Version 1 of rule r1 is defined twice."));
    }

    @Test
    void readsAStoredMethodName() {
        assertThat(AllocationMethod.named("EVEN")).contains(EVEN);
        assertThat(AllocationMethod.named("even")).isEmpty();
        assertThat(AllocationMethod.named(null)).isEmpty();
    }

    private static List<org.assertj.core.groups.Tuple> problems(AllocationRule rule) {
        return RuleValidation.check(rule).stream().map(p -> tuple(p.field(), p.message())).toList();
    }
}
