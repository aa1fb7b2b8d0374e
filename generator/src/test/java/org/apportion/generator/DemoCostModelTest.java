package org.apportion.generator;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apportion.allocation.AllocationRule;
import org.apportion.allocation.AllocationRuleJson;
import org.apportion.allocation.RuleValidation;
import org.apportion.costmodel.CostCenter;
import org.apportion.generator.DemoCostModel.Condition;
import org.apportion.generator.DemoCostModel.Rule;
import org.apportion.generator.DemoCostModel.Target;
import org.apportion.generator.FictionalCompany.SubAccount;
import org.apportion.generator.FictionalCompany.Team;
import org.apportion.telemetry.UsageMetric;
import org.apportion.telemetry.UsageMetricFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's cost model fits its company: a cost center per team under its division, rules the application's own
 * validation accepts that charge only known cost centers and leave no source of cost without a rule, and telemetry
 * the usage import reads.
 */
class DemoCostModelTest {

    private static final DemoCompany DEMO = new DemoCompany(LocalDate.of(2026, 3, 15));
    private static final FictionalCompany COMPANY = new FictionalCompany();
    private static final List<Rule> RULES = DEMO.allocationRules();

    @Test
    void everyTeamHasItsCostCenterUnderItsDivisionWithItsOwner() {
        Map<String, DemoCostModel.CostCenter> byCode = DEMO.costCenters().stream()
                .collect(Collectors.toMap(DemoCostModel.CostCenter::code, c -> c));

        assertThat(COMPANY.teams()).hasSize(18);
        for (Team team : COMPANY.teams()) {
            DemoCostModel.CostCenter center = byCode.get(team.costCenter());
            assertThat(center).as(team.name()).isNotNull();
            assertThat(center.owner()).isEqualTo(team.owners().getFirst());
            assertThat(byCode.get(center.parentCode()).parentCode()).isEqualTo("NORTHWIND");
        }
        assertThat(byCode.get("CC-1009").name()).isEqualTo("ERP integration");
        assertThat(byCode.get("CC-1009").parentCode()).isEqualTo("CORPORATE");
        assertThat(DEMO.costModel().teamCostCenters()).hasSize(18).doesNotHaveDuplicates()
                .allMatch(byCode::containsKey);
    }

    @Test
    void everyTeamIsInExactlyOneDivision() {
        List<String> inDivisions = Divisions.ALL.stream().flatMap(d -> d.teams().stream()).toList();

        assertThat(inDivisions).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(COMPANY.teams().stream().map(Team::name).toList());
    }

    @Test
    void theTreeHasOneRootAndListsEveryParentBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        for (DemoCostModel.CostCenter center : DEMO.costCenters()) {
            assertThat(center.code()).matches(CostCenter.CODE_PATTERN);
            assertThat(center.parentCode() == null || seen.contains(center.parentCode())).as(center.code()).isTrue();
            assertThat(seen.add(center.code())).as(center.code()).isTrue();
            assertThat(center.json()).contains("\"code\":\"" + center.code() + "\"");
        }
        assertThat(DEMO.costCenters()).filteredOn(c -> c.parentCode() == null).extracting(DemoCostModel.CostCenter::code)
                .containsExactly("NORTHWIND");
        assertThat(DEMO.costCenters()).hasSize(1 + 5 + 18);
    }

    @Test
    void everyRuleIsValidAsTheServerChecksItAndChargesOnlyKnownCostCenters() {
        Set<String> codes = DEMO.costCenters().stream().map(DemoCostModel.CostCenter::code).collect(Collectors.toSet());
        List<AllocationRule> parsed = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            Rule rule = RULES.get(i);
            var read = AllocationRuleJson.fromJson(AllocationRuleJson.parse(rule.json()), Integer.toString(i + 1), 1);
            assertThat(read.problems()).as(rule.name()).isEmpty();
            parsed.add(read.rule());
            assertThat(rule.targets()).extracting(Target::costCenterCode).as(rule.name()).isNotEmpty().allMatch(codes::contains);
        }
        assertThat(RuleValidation.check(parsed)).isEmpty();
        assertThat(RULES).extracting(Rule::name).doesNotHaveDuplicates();
    }

    @Test
    void fixedPercentagesAddUpTo100() {
        List<Rule> fixed = RULES.stream().filter(r -> r.method().equals("FIXED_PERCENT")).toList();

        assertThat(fixed).isNotEmpty().allSatisfy(r -> assertThat(r.targets().stream().map(Target::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).as(r.name()).isEqualByComparingTo("100"));
    }

    @Test
    void everyTeamAccountLlmWorkloadAndHostingProjectHasItsRule() {
        for (SubAccount account : COMPANY.subAccounts()) {
            List<Rule> ofAccount = rulesWith("SubAccountId", account.id());
            if (account.team().name().equals("platform")) {
                assertThat(ofAccount).as("the shared account's untagged costs stay unallocated").isEmpty();
            } else {
                assertThat(ofAccount).as(account.name()).hasSize(2)
                        .allSatisfy(r -> assertThat(r.targets()).containsExactly(Target.of(account.team().costCenter())));
            }
        }
        for (LlmWorkloads.Vendor vendor : LlmWorkloads.Vendor.values()) {
            for (LlmWorkloads.Workload workload : new LlmWorkloads(COMPANY).of(vendor)) {
                List<Rule> ofWorkload = workload.id() != null ? rulesWith("SubAccountId", workload.id())
                        : rulesWith("ResourceId", workload.apiKeyIds().getFirst());
                assertThat(ofWorkload).as(workload.name()).singleElement()
                        .satisfies(r -> assertThat(r.targets()).containsExactly(Target.of(workload.team().costCenter())));
            }
        }
        assertThat(DemoRules.HOSTING_PROJECT_OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(HostingInvoiceGenerator.projects());
        assertThat(HostingInvoiceGenerator.MAPPING).contains("\"" + HostingInvoiceGenerator.PROVIDER + "\"");
        for (String project : HostingInvoiceGenerator.projects()) {
            assertThat(rulesWith("SubAccountId", project)).as(project).hasSize(2);
        }
    }

    @Test
    void taxSupportAndCommitmentsAreSharedOverProductTeamsOnly() {
        List<Rule> shared = RULES.stream().filter(r -> r.stage().equals("SHARED")).toList();
        Set<String> serviceTeams = Set.of(COMPANY.team("platform").costCenter(), COMPANY.team("security").costCenter());

        assertThat(shared).extracting(Rule::method).containsOnly("PROPORTIONAL_TO_DIRECT");
        assertThat(shared).extracting(Rule::name).contains("Tax", "Support plans",
                "Commitment purchases of Northwind Logistics", "Commitment purchases of Northwind Freight (acquired)");
        assertThat(shared).flatExtracting(Rule::targets).extracting(Target::costCenterCode).doesNotContainAnyElementsOf(serviceTeams);
        assertThat(shared.stream().filter(r -> r.name().equals("Tax")).findFirst().orElseThrow().targets()).hasSize(16);
        assertThat(rulesWith("Tag:team", "platform")).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("USAGE_METRIC");
            assertThat(r.metric()).isEqualTo(DemoCostModel.REQUESTS);
            assertThat(r.targets()).hasSize(16);
        });
    }

    @Test
    void theTelemetryHasOneRowPerProductTeamAndDayAndLoadsAsTheServerReadsIt() throws Exception {
        UsageMetricFile file = UsageMetricFile.read(new StringReader(DEMO.usageMetricsCsv()));
        long days = ChronoUnit.DAYS.between(DEMO.firstMonth().atDay(1), DEMO.lastMonth().plusMonths(1).atDay(1));
        Set<String> productTeams = DemoCostModel.productTeams(COMPANY).stream().map(Team::costCenter).collect(Collectors.toSet());

        assertThat(file.problems()).isEmpty();
        assertThat(file.metrics()).hasSize((int) days * 16)
                .allSatisfy(m -> assertThat(m.quantity()).isPositive())
                .extracting(UsageMetric::costCenterCode).containsOnlyElementsOf(productTeams);
        assertThat(file.metrics()).extracting(UsageMetric::usageDate).contains(DEMO.firstMonth().atDay(1),
                DEMO.lastMonth().atEndOfMonth());
        String finance = COMPANY.team("finance-systems").costCenter();
        assertThat(dailyAverage(file, finance, true)).as("the back office rests at weekends")
                .isLessThan(dailyAverage(file, finance, false) / 4);
        assertThat(DEMO.usageMetricsCsv()).isEqualTo(new DemoCompany(LocalDate.of(2026, 3, 15)).usageMetricsCsv());
    }

    /** Average requests a day of a cost center, at weekends or on weekdays. */
    private static long dailyAverage(UsageMetricFile file, String costCenter, boolean weekend) {
        List<UsageMetric> days = file.metrics().stream().filter(m -> m.costCenterCode().equals(costCenter))
                .filter(m -> weekend == (m.usageDate().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0)).toList();
        return days.stream().mapToLong(m -> m.quantity().longValue()).sum() / days.size();
    }

    private static List<Rule> rulesWith(String dimension, String value) {
        return RULES.stream().filter(r -> r.conditions().contains(Condition.equalTo(dimension, value))).toList();
    }
}
