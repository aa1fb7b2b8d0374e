package org.apportion.costs;

import static org.apportion.costs.CostDimension.BILLING_CURRENCY;
import static org.apportion.costs.CostDimension.CATEGORY;
import static org.apportion.costs.CostDimension.COST_CENTER;
import static org.apportion.costs.CostDimension.PROVIDER_NAME;
import static org.apportion.costs.CostDimension.REGION_ID;
import static org.apportion.costs.CostDimension.SERVICE_NAME;
import static org.apportion.costs.CostDimension.SKU_ID;
import static org.apportion.costs.CostDimension.SUB_ACCOUNT_ID;
import static org.apportion.costs.CostDimension.TAG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregateTableTest {

    private static AggregateTable daily(CostDimension... dimensions) {
        return AggregateTable.forQuery(Granularity.DAILY, set(dimensions)).orElse(null);
    }

    private static AggregateTable monthly(CostDimension... dimensions) {
        return AggregateTable.forQuery(Granularity.MONTHLY, set(dimensions)).orElse(null);
    }

    private static Set<CostDimension> set(CostDimension... dimensions) {
        Set<CostDimension> set = EnumSet.noneOf(CostDimension.class);
        set.addAll(List.of(dimensions));
        return set;
    }

    @Test
    void companyProviderCategoryAndModelSeriesReadTheOverview() {
        assertThat(daily()).isEqualTo(AggregateTable.COST_OVERVIEW_DAILY);
        assertThat(daily(PROVIDER_NAME, CATEGORY)).isEqualTo(AggregateTable.COST_OVERVIEW_DAILY);
        assertThat(daily(SKU_ID, CATEGORY)).isEqualTo(AggregateTable.COST_OVERVIEW_DAILY);
        assertThat(monthly(CATEGORY, BILLING_CURRENCY)).isEqualTo(AggregateTable.COST_OVERVIEW_MONTHLY);
    }

    @Test
    void finerDimensionsReadTheMonthlyTableByMonthAndTheDailyTableByDay() {
        assertThat(monthly(SERVICE_NAME)).isEqualTo(AggregateTable.COST_MONTHLY);
        assertThat(monthly(SUB_ACCOUNT_ID, REGION_ID)).isEqualTo(AggregateTable.COST_MONTHLY);
        assertThat(daily(SUB_ACCOUNT_ID, SERVICE_NAME)).isEqualTo(AggregateTable.COST_DAILY);
    }

    @Test
    void tagsAndCostCentersHaveTablesOfTheirOwn() {
        assertThat(monthly(TAG, CATEGORY)).isEqualTo(AggregateTable.COST_MONTHLY_TAG);
        assertThat(daily(TAG, PROVIDER_NAME)).isEqualTo(AggregateTable.COST_DAILY_TAG);
        assertThat(daily(COST_CENTER, CATEGORY)).isEqualTo(AggregateTable.COST_CENTER_DAILY);
        assertThat(monthly(COST_CENTER, CATEGORY)).isEqualTo(AggregateTable.COST_CENTER_MONTHLY);
        assertThat(monthly(COST_CENTER, SERVICE_NAME)).isEqualTo(AggregateTable.COST_CENTER_SERVICE_MONTHLY);
    }

    @Test
    void combinationsNoTableKeepsHaveNone() {
        assertThat(daily(COST_CENTER, SERVICE_NAME)).as("cost centers by service: by month only").isNull();
        assertThat(monthly(COST_CENTER, REGION_ID)).isNull();
        assertThat(monthly(COST_CENTER, TAG)).isNull();
        assertThat(daily(TAG, SERVICE_NAME)).isNull();
    }
}
