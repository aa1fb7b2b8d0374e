package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.allocation.CostView;
import org.junit.jupiter.api.Test;

class CostQuerySqlTest {

    @Test
    void groupsByTheDimensionsTheDayAndTheCurrencyAndFiltersWithParameters() {
        Map<CostDimension, List<String>> filters = new LinkedHashMap<>();
        filters.put(CostDimension.PROVIDER_NAME, List.of("AWS", "Microsoft"));
        CostQuery query = CostQuery.daily(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30),
                List.of(CostDimension.CATEGORY), filters, null, CostView.EffectiveCost, null, null);

        CostQuerySql sql = CostQuerySql.of(query, AggregateTable.COST_OVERVIEW_DAILY, 1001);

        assertThat(sql.sql()).isEqualTo("SELECT category, charge_date, billing_currency, SUM(effective_cost),"
                + " SUM(effective_rc), SUM(CASE WHEN effective_rc IS NULL THEN effective_cost END), SUM(line_count)"
                + " FROM cost_overview_daily WHERE charge_date BETWEEN ? AND ? AND provider_name IN (?, ?)"
                + " GROUP BY category, charge_date, billing_currency LIMIT 1001");
        assertThat(sql.parameters()).containsExactly(Date.valueOf("2024-09-01"), Date.valueOf("2024-09-30"), "AWS",
                "Microsoft");
        assertThat(sql.groupColumns()).isEqualTo(1);
    }

    @Test
    void monthlyTagQueriesReadBillingPeriodsOfTheirTagKey() {
        CostQuery query = CostQuery.monthly(YearMonth.of(2024, 1), YearMonth.of(2024, 12), List.of(CostDimension.TAG),
                Map.of(), "team", CostView.BilledCost, null, 10);

        CostQuerySql sql = CostQuerySql.of(query, AggregateTable.COST_MONTHLY_TAG, 10);

        assertThat(sql.sql()).startsWith("SELECT tag_value, billing_period, billing_currency, SUM(billed_cost),")
                .contains(" FROM cost_monthly_tag WHERE billing_period BETWEEN ? AND ? AND tag_key = ?");
        assertThat(sql.parameters()).containsExactly(Date.valueOf("2024-01-01"), Date.valueOf("2024-12-01"), "team");
    }
}
