package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apportion.allocation.CostView;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class CostQueryRequestTest {

    private static final Set<String> TAG_KEYS = Set.of("team", "environment");

    private static Map<String, List<String>> parameters(String... nameThenValue) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            parameters.computeIfAbsent(nameThenValue[i], n -> new ArrayList<>()).add(nameThenValue[i + 1]);
        }
        return parameters;
    }

    private static CostQuery daily(String... nameThenValue) {
        return CostQueryRequest.parse(Granularity.DAILY, parameters(nameThenValue), TAG_KEYS);
    }

    private static CostQuery monthly(String... nameThenValue) {
        return CostQueryRequest.parse(Granularity.MONTHLY, parameters(nameThenValue), TAG_KEYS);
    }

    private static List<String> problems(Granularity granularity, String... nameThenValue) {
        try {
            CostQueryRequest.parse(granularity, parameters(nameThenValue), TAG_KEYS);
        } catch (InvalidFieldsException e) {
            return e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void readsRangeGroupsFiltersCostCurrencyAndTop() {
        CostQuery query = daily("from", "2024-09-01", "to", "2024-09-30", "groupBy", "ProviderName,category",
                "ServiceName", "Amazon S3", "ServiceName", "Amazon EC2", "RegionId", "us-east-1", "cost", "EffectiveCost",
                "currency", "EUR", "top", "5");

        assertThat(query.granularity()).isEqualTo(Granularity.DAILY);
        assertThat(query.from()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(query.groupBy()).containsExactly(CostDimension.PROVIDER_NAME, CostDimension.CATEGORY);
        assertThat(query.filters()).containsEntry(CostDimension.SERVICE_NAME, List.of("Amazon S3", "Amazon EC2"))
                .containsEntry(CostDimension.REGION_ID, List.of("us-east-1"));
        assertThat(query.tagKey()).isNull();
        assertThat(query.cost()).isEqualTo(CostView.EffectiveCost);
        assertThat(query.currency()).isEqualTo("EUR");
        assertThat(query.top()).isEqualTo(5);
    }

    @Test
    void monthlyRangesAreBillingPeriodsAndBilledCostIsTheDefault() {
        CostQuery query = monthly("from", "2023-10", "to", "2025-09", "groupBy", "tag.environment", "tag.environment",
                "prod");

        assertThat(query.from()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(query.cost()).isEqualTo(CostView.BilledCost);
        assertThat(query.nameOf(CostDimension.TAG)).isEqualTo("tag.environment");
        assertThat(query.filters()).containsEntry(CostDimension.TAG, List.of("prod"));
    }

    @Test
    void namesAnUnknownGroupByInTheGroupByField() {
        assertThat(problems(Granularity.DAILY, "from", "2024-09-01", "to", "2024-09-30", "groupBy", "Provider,category"))
                .singleElement().asString().startsWith("groupBy: unknown dimension Provider; one of ProviderName, ");
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        assertThat(problems(Granularity.DAILY, "from", "2024-13-01", "to", "soon", "cost", "ListCost",
                "currency", "usd", "top", "0", "Provider", "AWS", "category", "COMPUTING"))
                .extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactlyInAnyOrder("from", "to", "cost", "currency", "top", "Provider", "category");
    }

    @Test
    void refusesRangesBackwardsOrTooLong() {
        assertThat(problems(Granularity.DAILY, "from", "2024-09-30", "to", "2024-09-01"))
                .containsExactly("to: before from");
        assertThat(problems(Granularity.DAILY, "from", "2020-01-01", "to", "2024-01-01"))
                .singleElement().asString().startsWith("to: at most 1096 days after from");
        assertThat(problems(Granularity.MONTHLY, "from", "2024-09"))
                .containsExactly("to: required: a billing period (YYYY-MM)");
    }

    @Test
    void tagKeysMustBeAggregatedAndOnePerQuery() {
        assertThat(problems(Granularity.MONTHLY, "from", "2024-09", "to", "2024-09", "groupBy", "tag.owner"))
                .singleElement().asString().startsWith("groupBy: tag key owner is not aggregated (aggregated: ");
        assertThat(problems(Granularity.MONTHLY, "from", "2024-09", "to", "2024-09", "groupBy", "tag.team",
                "tag.environment", "prod"))
                .containsExactly("tag.environment: one tag key per query: tag.team and tag.environment cannot be combined");
    }

    @Test
    void saysWhichDimensionsCannotBeCombinedWithCostCentersOrTags() {
        assertThat(problems(Granularity.MONTHLY, "from", "2024-09", "to", "2024-09", "groupBy", "costCenter,RegionId"))
                .singleElement().asString()
                .startsWith("groupBy: RegionId cannot be combined with costCenter, which is kept with ");
        assertThat(problems(Granularity.DAILY, "from", "2024-09-01", "to", "2024-09-30", "costCenter", "TEAM-A",
                "ServiceName", "Amazon S3"))
                .containsExactly("ServiceName: ServiceName is kept with costCenter per billing period only: ask "
                        + "/api/v1/costs/monthly");
        assertThat(problems(Granularity.DAILY, "from", "2024-09-01", "to", "2024-09-30", "groupBy", "tag.team",
                "SubAccountId", "123"))
                .singleElement().asString().startsWith("SubAccountId: SubAccountId cannot be combined with a tag");
    }

    @Test
    void problemsCarryNoLine() {
        try {
            daily("from", "x", "to", "2024-09-01");
        } catch (InvalidFieldsException e) {
            assertThat(e.problems()).extracting(FieldProblem::line).containsOnlyNulls();
            return;
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void refusesAnEmptyFilterValueAndAParameterGivenTwice() {
        assertThatThrownBy(() -> daily("from", "2024-09-01", "to", "2024-09-30", "ProviderName", " "))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(problems(Granularity.DAILY, "from", "2024-09-01", "from", "2024-09-02", "to", "2024-09-30"))
                .containsExactly("from: give it once");
    }
}
