package org.apportion.allocation;

import static org.apportion.allocation.AllocationMethod.DIRECT;
import static org.apportion.allocation.AllocationMethod.EVEN;
import static org.apportion.allocation.AllocationMethod.FIXED_PERCENT;
import static org.apportion.allocation.AllocationMethod.PROPORTIONAL_TO_DIRECT;
import static org.apportion.allocation.AllocationMethod.USAGE_METRIC;
import static org.apportion.allocation.Dimensions.PROVIDER_NAME;
import static org.apportion.allocation.Dimensions.RESOURCE_ID;
import static org.apportion.allocation.Dimensions.SERVICE_NAME;
import static org.apportion.allocation.Dimensions.SKU_ID;
import static org.apportion.allocation.Rules.SEP_15;
import static org.apportion.allocation.Rules.direct;
import static org.apportion.allocation.Rules.line;
import static org.apportion.allocation.Rules.on;
import static org.apportion.allocation.Rules.shared;
import static org.apportion.allocation.Rules.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationEngineTest {

    private static final AllocationRule EC2_TO_WEB = direct("ec2", on(SERVICE_NAME, "Amazon EC2"), DIRECT,
            targets("WEB"));
    private static final AllocationRule SUPPORT_BY_DIRECT = shared("support", on(SERVICE_NAME, "AWS Support"),
            PROPORTIONAL_TO_DIRECT, targets("WEB", "DATA"));

    @Test
    void chargesADirectCostWhollyToOneCostCenter() {
        DirectResult result = engine(EC2_TO_WEB).directPass().allocate(line(1, "12.5", SERVICE_NAME, "Amazon EC2"));

        assertThat(result.sharedPool()).isFalse();
        assertThat(result.parts()).singleElement().satisfies(part -> {
            assertThat(part.costCenterCode()).isEqualTo("WEB");
            assertThat(part.amount()).isEqualByComparingTo("12.5");
            assertThat(part.ruleId()).isEqualTo("ec2");
            assertThat(part.ruleVersion()).isEqualTo(1);
            assertThat(part.method()).isEqualTo(DIRECT);
            assertThat(part.stage()).isEqualTo(AllocationStage.DIRECT);
        });
    }

    @Test
    void putsWhatNoRuleMatchesOnUnallocated() {
        AllocatedPart part = engine(EC2_TO_WEB).directPass().allocate(line(2, "-3.10", SERVICE_NAME, "Amazon S3"))
                .parts().getFirst();

        assertThat(part).isEqualTo(new AllocatedPart(2, "UNALLOCATED", new BigDecimal("-3.10"), "USD", null, null,
                null, new BigDecimal("1.000000000000"), AllocationStage.DIRECT, UnallocatedReason.NO_MATCHING_RULE));
    }

    @Test
    void splitsByFixedPercentagesAndEvenly() {
        AllocationEngine engine = engine(
                direct("rds", on(SERVICE_NAME, "Amazon RDS"), FIXED_PERCENT,
                        AllocationTarget.percent("WEB", "60"), AllocationTarget.percent("DATA", "40")),
                direct("vpc", on(SERVICE_NAME, "Amazon VPC"), EVEN, targets("WEB", "DATA", "ML")));
        DirectPass pass = engine.directPass();

        assertThat(amounts(pass.allocate(line(1, "250", SERVICE_NAME, "Amazon RDS"))))
                .containsExactly("WEB 150.00", "DATA 100.00");
        assertThat(amounts(pass.allocate(line(2, "10", SERVICE_NAME, "Amazon VPC"))))
                .containsExactly("WEB 3.34", "DATA 3.33", "ML 3.33");
    }

    @Test
    void triesRulesByPriorityAndTakesTheFirstMatch() {
        AllocationRule anyEc2 = Rules.withPriority(direct("any-ec2", on(SERVICE_NAME, "Amazon EC2"), DIRECT,
                targets("PLATFORM")), 20);
        AllocationRule mlInstances = Rules.withPriority(direct("ml", RuleMatch.allOf(
                Condition.equalTo(SERVICE_NAME, "Amazon EC2"), Condition.glob(RESOURCE_ID, "i-ml*")), DIRECT,
                targets("ML")), 5);
        DirectPass pass = engine(anyEc2, mlInstances).directPass();

        assertThat(amounts(pass.allocate(line(1, "1", SERVICE_NAME, "Amazon EC2", RESOURCE_ID, "i-ml0042"))))
                .containsExactly("ML 1.00");
        assertThat(amounts(pass.allocate(line(2, "1", SERVICE_NAME, "Amazon EC2", RESOURCE_ID, "i-web01"))))
                .containsExactly("PLATFORM 1.00");
        assertThat(amounts(pass.allocate(line(3, "1", SERVICE_NAME, "Amazon EC2"))))
                .containsExactly("PLATFORM 1.00");
    }

    @Test
    void interleavesGlobAndEqualityRulesByPriority() {
        DirectPass pass = engine(
                Rules.withPriority(direct("ml", RuleMatch.allOf(Condition.glob(RESOURCE_ID, "i-ml*")), DIRECT,
                        targets("ML")), 5),
                Rules.withPriority(EC2_TO_WEB, 10),
                Rules.withPriority(direct("gpu", RuleMatch.allOf(Condition.glob(RESOURCE_ID, "i-gpu?")), DIRECT,
                        targets("GPU")), 20),
                Rules.withPriority(direct("any", RuleMatch.allOf(Condition.glob(RESOURCE_ID, "*")), DIRECT,
                        targets("PLATFORM")), 30)).directPass();

        assertThat(amounts(pass.allocate(line(1, "1", SERVICE_NAME, "Amazon EC2", RESOURCE_ID, "i-ml1"))))
                .containsExactly("ML 1.00");
        assertThat(amounts(pass.allocate(line(2, "1", SERVICE_NAME, "Amazon EC2", RESOURCE_ID, "i-gpu1"))))
                .containsExactly("WEB 1.00");
        assertThat(amounts(pass.allocate(line(3, "1", SERVICE_NAME, "Amazon S3", RESOURCE_ID, "i-gpu1"))))
                .containsExactly("GPU 1.00");
        assertThat(amounts(pass.allocate(line(4, "1", SERVICE_NAME, "Amazon S3", RESOURCE_ID, "i-gpu12"))))
                .containsExactly("PLATFORM 1.00");
        assertThat(amounts(pass.allocate(line(5, "1", SERVICE_NAME, "Amazon S3"))))
                .containsExactly("UNALLOCATED 1.00");
    }

    @Test
    void matchesTagsAndRequiresEveryCondition() {
        AllocationRule teamData = direct("team", RuleMatch.allOf(Condition.equalTo("Tag:team", "data"),
                Condition.equalTo(PROVIDER_NAME, "AWS")), DIRECT, targets("DATA"));
        DirectPass pass = engine(teamData).directPass();

        assertThat(amounts(pass.allocate(line(1, "1", "Tag:team", "data", PROVIDER_NAME, "AWS"))))
                .containsExactly("DATA 1.00");
        assertThat(amounts(pass.allocate(line(2, "1", "Tag:team", "data", PROVIDER_NAME, "Microsoft"))))
                .containsExactly("UNALLOCATED 1.00");
        assertThat(amounts(pass.allocate(line(3, "1", PROVIDER_NAME, "AWS"))))
                .containsExactly("UNALLOCATED 1.00");
    }

    @Test
    void appliesTheVersionEffectiveOnTheChargeDate() {
        AllocationRule v1 = Rules.version(EC2_TO_WEB, 1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 1));
        AllocationRule v2 = Rules.version(direct("ec2", on(SERVICE_NAME, "Amazon EC2"), DIRECT, targets("PLATFORM")),
                2, LocalDate.of(2024, 9, 1), null);
        DirectPass pass = engine(v1, v2).directPass();

        List<AllocatedPart> august = pass.allocate(
                line(1, LocalDate.of(2024, 8, 31), "1", "USD", SERVICE_NAME, "Amazon EC2")).parts();
        List<AllocatedPart> september = pass.allocate(
                line(2, LocalDate.of(2024, 9, 1), "1", "USD", SERVICE_NAME, "Amazon EC2")).parts();
        List<AllocatedPart> before = pass.allocate(
                line(3, LocalDate.of(2023, 12, 31), "1", "USD", SERVICE_NAME, "Amazon EC2")).parts();

        assertThat(august.getFirst().costCenterCode()).isEqualTo("WEB");
        assertThat(august.getFirst().ruleVersion()).isEqualTo(1);
        assertThat(september.getFirst().costCenterCode()).isEqualTo("PLATFORM");
        assertThat(september.getFirst().ruleVersion()).isEqualTo(2);
        assertThat(before.getFirst().isUnallocated()).isTrue();
    }

    @Test
    void splitsByUsageOfTheSameDay() {
        AllocationRule byTokens = direct("llm", on(SKU_ID, "gpt-4o"), USAGE_METRIC, targets("SEARCH", "CHAT"));
        UsageTelemetry usage = UsageTelemetry.of(List.of(
                usage("SEARCH", SEP_15, "3000"), usage("CHAT", SEP_15, "1000"),
                usage("CHAT", SEP_15.plusDays(1), "999999")));

        List<AllocatedPart> parts = engine(usage, byTokens).directPass()
                .allocate(line(1, "8.00", SKU_ID, "gpt-4o")).parts();

        assertThat(amounts(parts)).containsExactly("SEARCH 6.00", "CHAT 2.00");
        assertThat(parts).extracting(p -> p.ratio().toPlainString()).containsExactly("0.750000000000", "0.250000000000");
    }

    @Test
    void fallsBackToTheMonthsUsageWhenTheDayHasNone() {
        AllocationRule byTokens = direct("llm", on(SKU_ID, "gpt-4o"), USAGE_METRIC, targets("SEARCH", "CHAT", "ML"));
        UsageTelemetry usage = UsageTelemetry.of(List.of(
                usage("SEARCH", LocalDate.of(2024, 9, 2), "100"), usage("CHAT", LocalDate.of(2024, 9, 30), "300"),
                usage("ML", LocalDate.of(2024, 10, 15), "5000")));

        List<AllocatedPart> parts = engine(usage, byTokens).directPass()
                .allocate(line(1, "8.00", SKU_ID, "gpt-4o")).parts();

        assertThat(amounts(parts)).containsExactly("SEARCH 2.00", "CHAT 6.00");
    }

    @Test
    void leavesALineWithoutAnyUsageUnallocated() {
        AllocationRule byTokens = direct("llm", on(SKU_ID, "gpt-4o"), USAGE_METRIC, targets("SEARCH", "CHAT"));
        UsageTelemetry otherMetric = UsageTelemetry.of(List.of(
                new UsageRecord("requests", "SEARCH", SEP_15, BigDecimal.TEN)));

        List<AllocatedPart> parts = engine(otherMetric, byTokens).directPass()
                .allocate(line(1, "8.00", SKU_ID, "gpt-4o")).parts();

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.costCenterCode()).isEqualTo(AllocatedPart.UNALLOCATED);
            assertThat(part.unallocatedReason()).isEqualTo(UnallocatedReason.NO_USAGE);
            assertThat(part.amount()).isEqualByComparingTo("8");
        });
    }

    @Test
    void setsSharedPoolLinesAsideAndSplitsThemByDirectCosts() {
        AllocationEngine engine = engine(EC2_TO_WEB, SUPPORT_BY_DIRECT,
                direct("emr", on(SERVICE_NAME, "Amazon EMR"), DIRECT, targets("DATA")));
        DirectPass pass1 = engine.directPass();
        pass1.allocate(line(1, "300", SERVICE_NAME, "Amazon EC2"));
        pass1.allocate(line(2, "100", SERVICE_NAME, "Amazon EMR"));
        pass1.allocate(line(3, "50", SERVICE_NAME, "Amazon EMR"));
        pass1.allocate(line(4, LocalDate.of(2024, 10, 1), "999", "USD", SERVICE_NAME, "Amazon EMR"));
        pass1.allocate(line(5, SEP_15, "999", "EUR", SERVICE_NAME, "Amazon EMR"));
        SourceLine support = line(6, "90.00", SERVICE_NAME, "AWS Support");

        assertThat(pass1.allocate(support).sharedPool()).isTrue();
        List<AllocatedPart> parts = engine.sharedPass(pass1.totals()).allocate(support);

        assertThat(amounts(parts)).containsExactly("WEB 60.00", "DATA 30.00");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.stage()).isEqualTo(AllocationStage.SHARED);
            assertThat(p.method()).isEqualTo(PROPORTIONAL_TO_DIRECT);
        });
    }

    @Test
    void splitsASharedPoolEvenlyWhenItsTargetsHaveNoDirectCost() {
        AllocationEngine engine = engine(EC2_TO_WEB, SUPPORT_BY_DIRECT);
        DirectPass pass1 = engine.directPass();
        pass1.allocate(line(1, "-40", SERVICE_NAME, "Amazon EC2"));

        List<AllocatedPart> parts = engine.sharedPass(pass1.totals())
                .allocate(line(2, "10.01", SERVICE_NAME, "AWS Support"));

        assertThat(amounts(parts)).containsExactly("WEB 5.01", "DATA 5.00");
    }

    @Test
    void givesNoShareToATargetWhoseDirectCostIsACredit() {
        DirectTotals totals = DirectTotals.of(List.of(
                new DirectTotal(YearMonth.of(2024, 9), "WEB", "USD", new BigDecimal("-5")),
                new DirectTotal(YearMonth.of(2024, 9), "DATA", "USD", new BigDecimal("20"))));

        List<AllocatedPart> parts = engine(SUPPORT_BY_DIRECT).sharedPass(totals)
                .allocate(line(1, "7", SERVICE_NAME, "AWS Support"));

        assertThat(amounts(parts)).containsExactly("DATA 7.00");
    }

    @Test
    void refusesToAllocateADirectCostInTheSharedPass() {
        SharedPass pass2 = engine(EC2_TO_WEB, SUPPORT_BY_DIRECT).sharedPass(DirectTotals.none());

        assertThatThrownBy(() -> pass2.allocate(line(9, "1", SERVICE_NAME, "Amazon EC2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cost line 9 is a direct cost of rule ec2 version 1, not a shared-pool line");
    }

    @Test
    void aDirectRuleTakesALineBeforeASharedOne() {
        AllocationRule allSupport = shared("all", RuleMatch.everyLine(), EVEN, targets("WEB", "DATA"));

        DirectResult result = engine(EC2_TO_WEB, allSupport).directPass().allocate(line(1, "1", SERVICE_NAME, "Amazon EC2"));

        assertThat(amounts(result)).containsExactly("WEB 1.00");
    }

    @Test
    void resumesFromACheckpointWithTheSameTotals() {
        AllocationEngine engine = engine(EC2_TO_WEB, direct("emr", on(SERVICE_NAME, "Amazon EMR"), DIRECT,
                targets("DATA")));
        List<SourceLine> lines = List.of(line(1, "1.5", SERVICE_NAME, "Amazon EC2"),
                line(2, "2.25", SERVICE_NAME, "Amazon EMR"), line(3, "4", SERVICE_NAME, "Amazon EC2"));
        DirectPass straight = engine.directPass();
        lines.forEach(straight::allocate);

        DirectPass crashed = engine.directPass();
        crashed.allocate(lines.get(0));
        DirectTotals checkpoint = crashed.totals();
        crashed.allocate(lines.get(1));
        DirectPass restarted = engine.resumeDirectPass(checkpoint);
        lines.subList(1, 3).forEach(restarted::allocate);

        assertThat(restarted.totals()).isEqualTo(straight.totals());
        assertThat(straight.totals().of(YearMonth.of(2024, 9), "WEB", "USD")).isEqualByComparingTo("5.5");
    }

    @Test
    void refusesAnInvalidRuleSet() {
        AllocationRule misplaced = direct("bad", RuleMatch.everyLine(), PROPORTIONAL_TO_DIRECT, targets("A"));

        assertThatThrownBy(() -> engine(misplaced))
                .isInstanceOfSatisfying(InvalidRuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::field).containsExactly("method"));
    }

    private static AllocationEngine engine(AllocationRule... rules) {
        return engine(UsageTelemetry.none(), rules);
    }

    private static AllocationEngine engine(UsageTelemetry usage, AllocationRule... rules) {
        return AllocationEngine.compile(List.of(rules), usage);
    }

    private static UsageRecord usage(String costCenter, LocalDate day, String tokens) {
        return new UsageRecord("tokens", costCenter, day, new BigDecimal(tokens));
    }

    private static List<String> amounts(DirectResult result) {
        return amounts(result.parts());
    }

    private static List<String> amounts(List<AllocatedPart> parts) {
        List<String> amounts = new ArrayList<>();
        parts.forEach(p -> amounts.add(p.costCenterCode() + " " + p.amount().toPlainString()));
        return amounts;
    }
}
