package org.apportion.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apportion.launcher.Database;

/** Plain JDBC on the test database, to check what the application really stored. */
public final class TestDb {

    private TestDb() {
    }

    public static Connection connect() throws SQLException {
        Database db = TestDatabaseSession.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static BigDecimal decimal(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Removes every import, so a test class starts from an empty bill history. */
    public static void deleteAllImports() throws SQLException {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute("DELETE FROM cost_line");
            statement.execute("DELETE FROM import_rejection");
            statement.execute("UPDATE import_batch SET duplicate_of_batch_id = NULL");
            statement.execute("DELETE FROM import_batch");
            statement.execute("DELETE FROM import_progress");
            statement.execute("DELETE FROM import_progress_total");
            statement.execute("DELETE FROM import_progress_scope");
        }
    }

    /** Removes every allocation run, rule, usage figure and cost center but UNALLOCATED. */
    public static void deleteAllAllocations() throws SQLException {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute("DELETE FROM allocated_cost");
            statement.execute("DELETE FROM allocation_shared_line");
            statement.execute("DELETE FROM allocation_progress");
            statement.execute("DELETE FROM allocation_direct_total");
            statement.execute("DELETE FROM allocation_run_total");
            statement.execute("DELETE FROM allocation_run");
            statement.execute("DELETE FROM allocation_rule");
            statement.execute("DELETE FROM usage_metric");
        }
    }

    /** Removes every cost aggregate and the aggregated tag keys setting. */
    public static void deleteAllCostAggregates() throws SQLException {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            for (String table : List.of("cost_daily", "cost_monthly", "cost_overview_daily", "cost_overview_monthly",
                    "cost_daily_tag", "cost_monthly_tag", "cost_center_daily", "cost_center_monthly",
                    "cost_center_service_monthly", "cost_aggregate_missing_fx", "cost_aggregate_period")) {
                statement.execute("DELETE FROM " + table);
            }
            statement.execute("DELETE FROM installation_setting WHERE name = 'costs.aggregate.tag-keys'");
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
