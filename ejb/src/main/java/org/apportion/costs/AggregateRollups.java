package org.apportion.costs;

import java.util.List;

/**
 * The statements that rebuild a billing period's coarser tables from finer ones: cost_monthly and
 * cost_overview_daily from cost_daily, cost_overview_monthly from cost_overview_daily, cost_monthly_tag from
 * cost_daily_tag; and cost_center_monthly from cost_center_daily. Each takes the period's first day as its only
 * parameter. Rows are kept apart by whether they were converted to the reporting currency, so a month
 * partly without exchange rates shows exactly what did and did not convert.
 */
public final class AggregateRollups {

    private static final String LINE_DIMENSIONS = "provider_name, billing_account_id, sub_account_id, "
            + "service_category, service_name, category, region_id, sku_id, charge_category, billing_currency";
    private static final String OVERVIEW_DIMENSIONS = "charge_date, provider_name, category, sku_id, charge_category, "
            + "billing_currency";
    private static final String OVERVIEW_MONTH_DIMENSIONS = "provider_name, category, sku_id, charge_category,"
            + " billing_currency";
    private static final String COST_CENTER_DIMENSIONS = "cost_center_code, provider_name, category, billing_currency";
    private static final String TAG_DIMENSIONS = "tag_key, tag_value, provider_name, billing_account_id, category, "
            + "billing_currency";
    private static final String SUMS = "SUM(billed_cost), SUM(effective_cost), SUM(billed_rc), SUM(effective_rc), "
            + "SUM(line_count)";
    private static final String AMOUNTS = "billed_cost, effective_cost, billed_rc, effective_rc, line_count";

    private AggregateRollups() {
    }

    /** The cost lines' tables, in order: delete the period's rolled-up rows, then insert them again. */
    public static List<String> statements() {
        return List.of(
                "DELETE FROM cost_monthly WHERE billing_period = ?",
                "DELETE FROM cost_overview_daily WHERE billing_period = ?",
                "DELETE FROM cost_overview_monthly WHERE billing_period = ?",
                "DELETE FROM cost_monthly_tag WHERE billing_period = ?",
                rollup("cost_monthly", "cost_daily", LINE_DIMENSIONS),
                rollup("cost_overview_daily", "cost_daily", OVERVIEW_DIMENSIONS),
                rollup("cost_overview_monthly", "cost_overview_daily", OVERVIEW_MONTH_DIMENSIONS),
                rollup("cost_monthly_tag", "cost_daily_tag", TAG_DIMENSIONS));
    }

    /** The cost centers' monthly table, from their daily one. */
    public static List<String> costCenterStatements() {
        return List.of(
                "DELETE FROM cost_center_monthly WHERE billing_period = ?",
                rollup("cost_center_monthly", "cost_center_daily", COST_CENTER_DIMENSIONS));
    }

    private static String rollup(String target, String source, String dimensions) {
        return "INSERT INTO " + target + " (billing_period, " + dimensions + ", " + AMOUNTS + ") SELECT billing_period, "
                + dimensions + ", " + SUMS + " FROM " + source + " WHERE billing_period = ? GROUP BY billing_period, "
                + dimensions + ", billed_rc IS NULL";
    }
}
