package org.apportion.costs;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apportion.costmodel.CategoryRuleService;
import org.apportion.currency.FxRateService;
import org.apportion.currency.ReportingCurrencyService;
import org.apportion.migration.DatabaseMigration;

/**
 * Builds the cost aggregates of a billing period (tables of migration V14). Each refresh deletes what it rebuilds
 * and inserts it again in the caller's transaction, so running one twice, or again after a failure, gives the
 * same rows. A period's refreshes take its row in cost_aggregate_period first and so never interleave.
 * <p>
 * An import's completion refreshes only the billing accounts it restated ({@link #refreshAccounts}), a completed
 * allocation run only the cost-center tables ({@link #refreshCostCenters}); either rebuilds the whole period
 * instead when it was never built or was built with another reporting currency or other tag keys. Category rules,
 * exchange rates and tag keys changed later apply to a period when it is refreshed ({@link #refresh}).
 */
@Stateless
public class CostAggregates {

    private static final Logger LOG = Logger.getLogger(CostAggregates.class.getName());

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private CategoryRuleService categoryRules;

    @Inject
    private FxRateService fxRates;

    @Inject
    private ReportingCurrencyService reportingCurrency;

    @Inject
    private CostAggregateSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The settings aggregates are built with. */
    private record Settings(String reportingCurrency, AggregateTagKeys tagKeys) {
    }

    /** Rebuilds every aggregate of the period: its cost lines, their tags, and its published allocation run. */
    public AggregateState refresh(YearMonth period) {
        Settings current = current();
        run(c -> {
            lock(c, period, current);
            rebuildAll(c, period, current);
        });
        LOG.info(() -> "Cost aggregates of " + period + " rebuilt");
        return state(period).orElseThrow();
    }

    /** Rebuilds the line and tag aggregates of some billing accounts of a period, after an import restated them. */
    public void refreshAccounts(YearMonth period, Collection<AccountScope> accounts) {
        Settings current = current();
        run(c -> {
            if (!lock(c, period, current)) {
                rebuildAll(c, period, current);
                return;
            }
            rebuildLines(c, period, List.copyOf(accounts), current);
            recordMissingRates(c, period);
        });
        LOG.info(() -> "Cost aggregates of " + period + " refreshed for " + accounts.size() + " billing account(s)");
    }

    /** Rebuilds the cost-center aggregates of a period from its newly published allocation run. */
    public void refreshCostCenters(YearMonth period, long runId) {
        Settings current = current();
        run(c -> {
            if (!lock(c, period, current)) {
                rebuildAll(c, period, current);
                return;
            }
            rebuildCostCenters(c, period, runId, current);
            recordMissingRates(c, period);
        });
        LOG.info(() -> "Cost-center aggregates of " + period + " refreshed from allocation run " + runId);
    }

    public Optional<AggregateState> state(YearMonth period) {
        return query(c -> states(c, period)).stream().findFirst();
    }

    /** Every aggregated billing period, the latest first. */
    public List<AggregateState> states() {
        return query(c -> states(c, null));
    }

    private Settings current() {
        return new Settings(reportingCurrency.reportingCurrency(), settings.tagKeys());
    }

    private void rebuildAll(Connection c, YearMonth period, Settings current) throws SQLException {
        rebuildLines(c, period, List.of(), current);
        rebuildCostCenters(c, period, publishedRun(c, period), current);
        recordMissingRates(c, period);
    }

    private void rebuildLines(Connection c, YearMonth period, List<AccountScope> accounts, Settings current)
            throws SQLException {
        new LineAggregation(c, period, accounts).rebuild(categoryRules.resolver(), fxRates.converter(),
                current.reportingCurrency(), current.tagKeys().keys());
        Date start = Date.valueOf(period.atDay(1));
        for (String rollup : AggregateRollups.statements()) {
            Jdbc.update(c, rollup, List.of(start));
        }
        Jdbc.update(c, """
                UPDATE cost_aggregate_period SET reporting_currency = ?, tag_keys = ?, lines_refreshed_at = ?,
                  cost_lines = (SELECT COALESCE(SUM(line_count), 0) FROM cost_overview_daily WHERE billing_period = ?)
                WHERE billing_period = ?""", List.of(current.reportingCurrency(), current.tagKeys().toJson(), now(),
                start, start));
    }

    private void rebuildCostCenters(Connection c, YearMonth period, Long runId, Settings current) throws SQLException {
        new CostCenterAggregation(c, period).rebuild(runId, fxRates.converter(), current.reportingCurrency());
        List<Object> parameters = new ArrayList<>();
        parameters.add(runId);
        parameters.add(now());
        parameters.add(Date.valueOf(period.atDay(1)));
        Jdbc.update(c, "UPDATE cost_aggregate_period SET allocation_run_id = ?, cost_centers_refreshed_at = ?"
                + " WHERE billing_period = ?", parameters);
    }

    private static void recordMissingRates(Connection c, YearMonth period) throws SQLException {
        Date start = Date.valueOf(period.atDay(1));
        Jdbc.update(c, "DELETE FROM cost_aggregate_missing_fx WHERE billing_period = ?", List.of(start));
        Jdbc.update(c, """
                INSERT INTO cost_aggregate_missing_fx (billing_period, billing_currency, charge_date)
                SELECT billing_period, billing_currency, charge_date FROM cost_overview_daily
                WHERE billing_period = ? AND billed_rc IS NULL
                UNION SELECT billing_period, billing_currency, charge_date FROM cost_center_daily
                WHERE billing_period = ? AND billed_rc IS NULL""", List.of(start, start));
    }

    /**
     * Takes the period's row (creating it), which serialises refreshes of the period. True when the period was
     * built before with the current settings, so that part of it may be refreshed alone.
     */
    private static boolean lock(Connection c, YearMonth period, Settings current) throws SQLException {
        Date start = Date.valueOf(period.atDay(1));
        Jdbc.update(c, """
                INSERT INTO cost_aggregate_period (billing_period, reporting_currency, tag_keys) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE billing_period = VALUES(billing_period)""",
                List.of(start, current.reportingCurrency(), current.tagKeys().toJson()));
        try (PreparedStatement query = c.prepareStatement("SELECT reporting_currency, tag_keys, lines_refreshed_at"
                + " FROM cost_aggregate_period WHERE billing_period = ? FOR UPDATE")) {
            query.setDate(1, start);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getTimestamp(3) != null && current.reportingCurrency().equals(rs.getString(1))
                        && current.tagKeys().equals(AggregateTagKeys.fromJson(rs.getString(2)));
            }
        }
    }

    /** The period's completed run, the one reports use (as AllocationRunService.publishedRun). */
    private static Long publishedRun(Connection c, YearMonth period) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM allocation_run WHERE billing_period_start = ?"
                + " AND status = 'COMPLETED' ORDER BY id DESC LIMIT 1")) {
            query.setDate(1, Date.valueOf(period.atDay(1)));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static List<AggregateState> states(Connection c, YearMonth period) throws SQLException {
        String where = period == null ? "" : " WHERE billing_period = ?";
        List<AggregateState> states = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT billing_period, reporting_currency, tag_keys,"
                + " cost_lines, lines_refreshed_at, allocation_run_id, cost_centers_refreshed_at"
                + " FROM cost_aggregate_period" + where + " ORDER BY billing_period DESC");
             PreparedStatement missing = c.prepareStatement("SELECT billing_currency, charge_date"
                     + " FROM cost_aggregate_missing_fx WHERE billing_period = ? ORDER BY billing_currency, charge_date")) {
            if (period != null) {
                query.setDate(1, Date.valueOf(period.atDay(1)));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Date start = rs.getDate(1);
                    long runId = rs.getLong(6);
                    Long allocationRun = rs.wasNull() ? null : runId;
                    states.add(new AggregateState(YearMonth.from(start.toLocalDate()), rs.getString(2),
                            AggregateTagKeys.fromJson(rs.getString(3)).keys(), rs.getLong(4), instant(rs.getTimestamp(5)),
                            allocationRun, instant(rs.getTimestamp(7)), missingRates(missing, start)));
                }
            }
        }
        return states;
    }

    private static List<AggregateState.MissingRate> missingRates(PreparedStatement query, Date start) throws SQLException {
        query.setDate(1, start);
        List<AggregateState.MissingRate> rates = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rates.add(new AggregateState.MissingRate(rs.getString(1), rs.getDate(2).toLocalDate()));
            }
        }
        return rates;
    }

    private static Instant instant(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private interface SqlStep {
        void run(Connection connection) throws SQLException;
    }

    private void run(SqlStep work) {
        query(c -> {
            work.run(c);
            return null;
        });
    }

    // The connection joins the caller's JTA transaction: an import's or allocation's completion commits or rolls
    // back with its aggregates.
    private <T> T query(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cost aggregates could not be refreshed: " + e.getMessage(), e);
        }
    }
}
