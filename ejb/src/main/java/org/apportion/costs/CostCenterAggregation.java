package org.apportion.costs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apportion.currency.FxConverter;

/**
 * Rebuilds the cost-center tables of a billing period from the allocated parts of its published run (none: the
 * period has no cost-center rows). cost_center_daily is summed first; its currencies and days are then all the
 * rates the run needs, to convert it in place and to convert cost_center_service_monthly's sums part by part;
 * cost_center_monthly is rolled up from the daily table.
 */
final class CostCenterAggregation {

    private final Connection connection;
    private final YearMonth period;

    CostCenterAggregation(Connection connection, YearMonth period) {
        this.connection = connection;
        this.period = period;
    }

    /** @param runId the period's published run, or null when it has none */
    void rebuild(Long runId, FxConverter rates, String reportingCurrency) throws SQLException {
        Date start = Date.valueOf(period.atDay(1));
        Jdbc.update(connection, "DELETE FROM cost_center_daily WHERE billing_period = ?", List.of(start));
        Jdbc.update(connection, "DELETE FROM cost_center_service_monthly WHERE billing_period = ?", List.of(start));
        if (runId != null) {
            insert(runId, start, rates, reportingCurrency);
        }
        for (String rollup : AggregateRollups.costCenterStatements()) {
            Jdbc.update(connection, rollup, List.of(start));
        }
    }

    private void insert(long runId, Date start, FxConverter rates, String reportingCurrency) throws SQLException {
        Jdbc.update(connection, "INSERT INTO cost_center_daily (billing_period, charge_date, cost_center_code,"
                + " provider_name, category, billing_currency, billed_cost, effective_cost, line_count)"
                + " SELECT ?, a.charge_date, a.cost_center_code, a.provider_name, a.category, a.billing_currency,"
                + " SUM(a.billed_cost), SUM(a.effective_cost), COUNT(*) FROM allocated_cost a WHERE a.run_id = ?"
                + " GROUP BY a.charge_date, a.cost_center_code, a.provider_name, a.category, a.billing_currency",
                List.of(start, runId));
        try {
            FxDayTable.create(connection, dayRates(start, rates, reportingCurrency));
            Jdbc.update(connection, "UPDATE cost_center_daily d JOIN " + FxDayTable.NAME + " f"
                    + " ON f.billing_currency = d.billing_currency AND f.charge_date = d.charge_date"
                    + " SET d.billed_rc = d.billed_cost * f.rate, d.effective_rc = d.effective_cost * f.rate"
                    + " WHERE d.billing_period = ?", List.of(start));
            String keys = "a.cost_center_code, a.provider_name, a.billing_account_id, a.sub_account_id,"
                    + " a.service_name, a.category, a.billing_currency";
            Jdbc.update(connection, "INSERT INTO cost_center_service_monthly (billing_period, cost_center_code,"
                    + " provider_name, billing_account_id, sub_account_id, service_name, category, billing_currency,"
                    + " billed_cost, effective_cost, billed_rc, effective_rc, line_count) SELECT ?, " + keys
                    + ", SUM(a.billed_cost), SUM(a.effective_cost), SUM(a.billed_cost * f.rate),"
                    + " SUM(a.effective_cost * f.rate), COUNT(*) FROM allocated_cost a LEFT JOIN " + FxDayTable.NAME
                    + " f ON f.billing_currency = a.billing_currency AND f.charge_date = a.charge_date"
                    + " WHERE a.run_id = ? GROUP BY " + keys + ", f.rate IS NULL", List.of(start, runId));
        } finally {
            FxDayTable.drop(connection);
        }
    }

    private List<DayRate> dayRates(Date start, FxConverter rates, String reportingCurrency) throws SQLException {
        List<DayRate> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT billing_currency, MIN(charge_date),"
                + " MAX(charge_date) FROM cost_center_daily WHERE billing_period = ? GROUP BY billing_currency")) {
            query.setDate(1, start);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate first = rs.getDate(2).toLocalDate();
                    LocalDate last = rs.getDate(3).toLocalDate();
                    days.addAll(DayRate.between(rates, reportingCurrency, List.of(rs.getString(1)), first, last));
                }
            }
        }
        return days;
    }
}
