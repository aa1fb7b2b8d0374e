package org.apportion.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apportion.allocation.CostView;
import org.apportion.costs.AggregateTable;
import org.apportion.costs.CostDimension;
import org.apportion.costs.CostQuery;
import org.apportion.costs.Granularity;

/**
 * The queries a cost dashboard, a budget page and a forecast ask, as the API would receive them; "this month" is
 * the last billing period of the data, "today" its last day. A query with a
 * table named reads that table instead of the one the application picks, to compare (a monthly rollup against
 * summing the daily rows); {@code slow} ones run only a few times.
 */
final class DashboardQueries {

    record Named(String name, CostQuery query, AggregateTable table, boolean slow) {
    }

    private DashboardQueries() {
    }

    static List<Named> all(YearMonth thisMonth) {
        LocalDate today = thisMonth.atEndOfMonth();
        YearMonth twoYears = thisMonth.minusMonths(23);
        YearMonth oneYear = thisMonth.minusMonths(11);
        LocalDate ninetyDays = today.minusDays(89);
        LocalDate thirtyDays = today.minusDays(29);
        String costCenter = SyntheticAggregates.costCenter(6);
        CostQuery monthByCategory = monthly(twoYears, thisMonth, List.of(CostDimension.CATEGORY), Map.of(), null, null);
        CostQuery centersByMonth = monthly(oneYear, thisMonth, List.of(CostDimension.COST_CENTER), Map.of(), null,
                null);
        CostQuery topServices = monthly(thisMonth, thisMonth, List.of(CostDimension.SERVICE_NAME), Map.of(), null, 10);
        return List.of(
                new Named("Month totals by category, 24 months", monthByCategory, null, false),
                new Named("  same from cost_overview_daily", monthByCategory, AggregateTable.COST_OVERVIEW_DAILY, false),
                new Named("  same from cost_monthly", monthByCategory, AggregateTable.COST_MONTHLY, false),
                new Named("  same summing cost_daily", monthByCategory, AggregateTable.COST_DAILY, true),
                new Named("Month totals by provider, 24 months, amortized", new CostQuery(
                        Granularity.MONTHLY, twoYears.atDay(1), thisMonth.atDay(1),
                        List.of(CostDimension.PROVIDER_NAME), Map.of(), null, CostView.EffectiveCost, null, null),
                        null, false),
                new Named("Daily totals by provider, 90 days", daily(ninetyDays, today,
                        List.of(CostDimension.PROVIDER_NAME), Map.of(), null), null, false),
                new Named("Daily LLM cost by model, 90 days", daily(ninetyDays, today, List.of(CostDimension.SKU_ID),
                        Map.of(CostDimension.CATEGORY, List.of("AI_LLM_API")), null), null, false),
                new Named("Top 10 services this month", topServices, null, false),
                new Named("  same summing cost_daily", topServices, AggregateTable.COST_DAILY, true),
                new Named("Region split this month", monthly(thisMonth, thisMonth, List.of(CostDimension.REGION_ID),
                        Map.of(), null, null), null, false),
                new Named("Daily series of one cost center, 90 days", daily(ninetyDays, today, List.of(),
                        Map.of(CostDimension.COST_CENTER, List.of(costCenter)), null), null, false),
                new Named("Daily series of one cost center by category, 90 days", daily(ninetyDays, today,
                        List.of(CostDimension.CATEGORY), Map.of(CostDimension.COST_CENTER, List.of(costCenter)), null),
                        null, false),
                new Named("Month totals by cost center, 12 months", centersByMonth, null, false),
                new Named("  same summing cost_center_daily", centersByMonth, AggregateTable.COST_CENTER_DAILY, false),
                new Named("One cost center's services this month", monthly(thisMonth, thisMonth,
                        List.of(CostDimension.SERVICE_NAME), Map.of(CostDimension.COST_CENTER, List.of(costCenter)),
                        null, null), null, false),
                new Named("Daily series of one sub-account by service, 30 days", daily(thirtyDays, today,
                        List.of(CostDimension.SERVICE_NAME),
                        Map.of(CostDimension.SUB_ACCOUNT_ID, List.of("aws-100003-sub-4")), null), null, false),
                new Named("Month totals by team tag, 12 months", monthly(oneYear, thisMonth,
                        List.of(CostDimension.TAG), Map.of(), "team", null), null, false),
                new Named("Daily series of one team tag, 90 days", daily(ninetyDays, today, List.of(),
                        Map.of(CostDimension.TAG, List.of("team-6")), "team"), null, false));
    }

    private static CostQuery monthly(YearMonth from, YearMonth to, List<CostDimension> groupBy,
                                     Map<CostDimension, List<String>> filters, String tagKey, Integer top) {
        return CostQuery.monthly(from, to, groupBy, filters, tagKey, CostView.BilledCost, null, top);
    }

    private static CostQuery daily(LocalDate from, LocalDate to, List<CostDimension> groupBy,
                                   Map<CostDimension, List<String>> filters, String tagKey) {
        return CostQuery.daily(from, to, groupBy, filters, tagKey, CostView.BilledCost, null, null);
    }
}
