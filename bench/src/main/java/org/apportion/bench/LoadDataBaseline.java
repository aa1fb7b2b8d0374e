package org.apportion.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apportion.generator.FocusBillGenerator;
import org.apportion.launcher.Database;

/**
 * MariaDB's own bulk load of the same bill into a copy of the {@code cost_line} table: the yardstick the
 * import job is measured against. FOCUS columns map one to one onto the table's snake_case columns; the
 * bare word NULL the bill writes is read as SQL NULL because fields may be enclosed in quotes.
 */
final class LoadDataBaseline {

    static final String TABLE = "cost_line_loaddata";

    /** {@code nullsAsJob}: the columns that may be empty hold SQL NULL in the same rows as the job stored. */
    record Result(long rows, Duration elapsed, BigDecimal billedCost, BigDecimal effectiveCost, long warnings,
                  boolean nullsAsJob) {
    }

    private static final List<String> NULLABLE = List.of("availability_zone", "charge_class", "list_unit_price",
            "commitment_discount_status", "resource_name", "region_id", "tags");

    private LoadDataBaseline() {
    }

    static Result load(Database database, Path bill) throws SQLException {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             Statement sql = connection.createStatement()) {
            enableLocalInfile(sql);
            sql.execute("DROP TABLE IF EXISTS " + TABLE);
            sql.execute("CREATE TABLE " + TABLE + " LIKE cost_line");
            sql.execute("SET @row = 0");
            long start = System.nanoTime();
            long rows = sql.executeLargeUpdate(statement(bill));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long warnings = single(sql, "SELECT @@warning_count").longValue();
            try (ResultSet sums = sql.executeQuery("SELECT SUM(billed_cost), SUM(effective_cost) FROM " + TABLE)) {
                sums.next();
                BigDecimal billed = sums.getBigDecimal(1);
                BigDecimal effective = sums.getBigDecimal(2);
                return new Result(rows, elapsed, billed, effective, warnings,
                        nullCounts(sql, TABLE).equals(nullCounts(sql, "cost_line")));
            }
        }
    }

    /** The server refuses LOCAL INFILE unless {@code local_infile} is on; switching it needs a privileged user. */
    private static void enableLocalInfile(Statement sql) throws SQLException {
        if (single(sql, "SELECT @@GLOBAL.local_infile").intValue() == 1) {
            return;
        }
        try {
            sql.execute("SET GLOBAL local_infile = 1");
        } catch (SQLException e) {
            throw new SQLException("The server has local_infile off and this user cannot switch it on: "
                    + "run SET GLOBAL local_infile = 1 as an administrator", e);
        }
    }

    private static List<Long> nullCounts(Statement sql, String table) throws SQLException {
        String counts = NULLABLE.stream().map(c -> "SUM(" + c + " IS NULL)").collect(Collectors.joining(", "));
        try (ResultSet result = sql.executeQuery("SELECT " + counts + " FROM " + table)) {
            result.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= NULLABLE.size(); i++) {
                values.add(result.getLong(i));
            }
            return values;
        }
    }

    static String statement(Path bill) {
        String columns = FocusBillGenerator.header().stream().map(LoadDataBaseline::snakeCase)
                .collect(Collectors.joining(", "));
        return "LOAD DATA LOCAL INFILE '" + bill.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'"
                + " INTO TABLE " + TABLE + " CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY ''"
                + " LINES TERMINATED BY '\\n' IGNORE 1 LINES (" + columns + ")"
                // What the job adds: an id, the batch, the source line (header = line 1).
                + " SET id = (@row := @row + 1), import_batch_id = 1, source_line = @row + 1";
    }

    static String snakeCase(String focusColumn) {
        return focusColumn.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static BigDecimal single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getBigDecimal(1);
        }
    }
}
