package org.apportion.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apportion.costs.AggregateRollups;
import org.apportion.costs.AggregateTable;
import org.apportion.costs.CostQuerySql;
import org.apportion.costs.CostRow;
import org.apportion.costs.CostSeries;
import org.apportion.costs.CostSeriesAssembler;
import org.apportion.launcher.Database;
import org.apportion.launcher.LocalDatabase;

/**
 * Times dashboard queries on the cost aggregates at the size of 2 years of bills of 10M cost lines a month. Fills
 * the aggregate tables of migration V14 directly with synthetic rows ({@link SyntheticAggregates}: as many as
 * such bills would give), rolls them up with the application's own statements ({@link AggregateRollups}), then
 * runs each query of {@link DashboardQueries} as the application does (same table choice, same SQL, same assembly
 * of the series) and prints p50 and p95. Not a test: figures go to docs/BENCHMARKS.md.
 * <p>Usage: {@code AggregateBenchmark [--months 24] [--iterations 30] [--seed 1] [--keep] [--local-server]
 * [--buffer-pool-mib N]}. The database: {@code APPORTION_BENCH_DB_URL} (with _USER, _PASSWORD), or with
 * {@code --local-server} the MariaDB on 127.0.0.1:3306 (schema {@value #SCHEMA}), else an embedded MariaDB with
 * its data in {@code ~/.apportion-bench-aggregates}. {@code --keep} reuses the rows of an earlier run.
 */
public final class AggregateBenchmark {

    static final String SCHEMA = "apportion_bench_aggregates";
    private static final String MIGRATION = "db/migration/V14__cost_aggregates.sql";

    record Options(int months, int iterations, long seed, boolean keep, boolean localServer, int bufferPoolMib) {

        static Options parse(String[] args) {
            int months = 24;
            int iterations = 30;
            long seed = 1;
            boolean keep = false;
            boolean localServer = false;
            int bufferPool = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--months" -> months = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--keep" -> keep = true;
                    case "--local-server" -> localServer = true;
                    case "--buffer-pool-mib" -> bufferPool = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; usage: [--months N]"
                            + " [--iterations N] [--seed S] [--keep] [--local-server] [--buffer-pool-mib N]");
                }
            }
            return new Options(months, iterations, seed, keep, localServer, bufferPool);
        }
    }

    private AggregateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path state = Path.of(System.getProperty("user.home"), ".apportion-bench-aggregates");
        try (LocalDatabase database = LocalDatabase.resolve(ImportBenchmark.DB_VARIABLES, SCHEMA, options.localServer(),
                state.resolve("mariadb"))) {
            Database db = database.database();
            say("Database: " + db.describe());
            String url = db.url() + (db.url().contains("?") ? "&" : "?") + "allowLocalInfile=true";
            try (Connection connection = DriverManager.getConnection(url, db.user(), db.password())) {
                say("Server:   " + scalar(connection, "SELECT VERSION()") + ", buffer pool "
                        + Long.parseLong(scalar(connection, "SELECT @@innodb_buffer_pool_size")) / (1 << 20) + " MiB");
                if (options.bufferPoolMib() > 0) {
                    resizeBufferPool(connection, options.bufferPoolMib());
                }
                YearMonth last = YearMonth.now().minusMonths(1);
                YearMonth first = last.minusMonths(options.months() - 1);
                if (!options.keep() || count(connection, "cost_daily") == 0) {
                    fill(connection, options, first, last);
                }
                sizes(connection);
                measure(connection, options, last);
            }
        }
    }

    private static void fill(Connection connection, Options options, YearMonth first, YearMonth last)
            throws SQLException, IOException {
        createTables(connection);
        SyntheticAggregates bill = new SyntheticAggregates(options.seed());
        say("Synthetic bill: " + bill.combinations() + " daily combinations of dimensions, " + first + " to " + last);
        long start = System.nanoTime();
        long[] rows = new long[4];
        SQLException[] failure = new SQLException[1];
        bill.generate(first, last, day -> {
            try {
                rows[0] += load(connection, "cost_daily", DAILY_COLUMNS, day.daily());
                rows[1] += load(connection, "cost_daily_tag", TAG_COLUMNS, day.tags());
                rows[2] += load(connection, "cost_center_daily", CENTER_DAILY_COLUMNS, day.costCenters());
                if (day.date().getDayOfMonth() == 1) {
                    say("  " + day.period() + ": " + rows[0] + " daily rows so far, "
                            + seconds(System.nanoTime() - start) + " s");
                }
            } catch (SQLException e) {
                failure[0] = failure[0] == null ? e : failure[0];
            }
        }, month -> {
            try {
                rows[3] += load(connection, "cost_center_service_monthly", CENTER_SERVICE_COLUMNS, month);
            } catch (SQLException e) {
                failure[0] = failure[0] == null ? e : failure[0];
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        say("Loaded " + rows[0] + " cost_daily, " + rows[1] + " cost_daily_tag, " + rows[2] + " cost_center_daily, "
                + rows[3] + " cost_center_service_monthly rows in " + seconds(System.nanoTime() - start) + " s");

        long rollupStart = System.nanoTime();
        List<Long> perPeriod = new ArrayList<>();
        for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(1)) {
            long periodStart = System.nanoTime();
            for (String statement : rollups()) {
                try (PreparedStatement rollup = connection.prepareStatement(statement)) {
                    rollup.setObject(1, period.atDay(1));
                    rollup.executeUpdate();
                }
            }
            perPeriod.add(System.nanoTime() - periodStart);
        }
        say("Rolled up " + perPeriod.size() + " periods with AggregateRollups in " + seconds(System.nanoTime() - rollupStart)
                + " s (per period: median " + seconds(percentile(perPeriod, 50)) + " s, max "
                + seconds(percentile(perPeriod, 100)) + " s)");
        try (Statement statement = connection.createStatement()) {
            for (AggregateTable table : AggregateTable.values()) {
                statement.execute("ANALYZE TABLE " + table.tableName());
            }
        }
    }

    private static List<String> rollups() {
        List<String> all = new ArrayList<>(AggregateRollups.statements());
        all.addAll(AggregateRollups.costCenterStatements());
        return all;
    }

    private static final String AMOUNTS = "billed_cost, effective_cost, billed_rc, effective_rc, line_count";
    private static final String DAILY_COLUMNS = "billing_period, charge_date, provider_name, billing_account_id,"
            + " sub_account_id, service_category, service_name, category, region_id, sku_id, charge_category,"
            + " billing_currency, " + AMOUNTS;
    private static final String TAG_COLUMNS = "billing_period, charge_date, tag_key, tag_value, provider_name,"
            + " billing_account_id, category, billing_currency, " + AMOUNTS;
    private static final String CENTER_DAILY_COLUMNS = "billing_period, charge_date, cost_center_code, provider_name,"
            + " category, billing_currency, " + AMOUNTS;
    private static final String CENTER_SERVICE_COLUMNS = "billing_period, cost_center_code, provider_name,"
            + " billing_account_id, sub_account_id, service_name, category, billing_currency, " + AMOUNTS;

    private static long load(Connection connection, String table, String columns, List<String> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        byte[] data = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        try (Statement statement = connection.createStatement()) {
            org.mariadb.jdbc.Statement mariadb = statement.unwrap(org.mariadb.jdbc.Statement.class);
            mariadb.setLocalInfileInputStream(new ByteArrayInputStream(data));
            return mariadb.executeLargeUpdate("LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + columns + ")");
        }
    }

    /** Drops and creates the aggregate tables from the application's migration, so the benchmark uses its keys. */
    private static void createTables(Connection connection) throws SQLException, IOException {
        String script;
        try (InputStream in = AggregateBenchmark.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " not on the class path (module ejb)");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (AggregateTable table : AggregateTable.values()) {
                statement.execute("DROP TABLE IF EXISTS " + table.tableName());
            }
            statement.execute("DROP TABLE IF EXISTS cost_aggregate_period");
            statement.execute("DROP TABLE IF EXISTS cost_aggregate_missing_fx");
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> withoutComments.append(l).append('\n'));
        return Arrays.stream(withoutComments.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static void sizes(Connection connection) throws SQLException {
        say("Tables (rows exact, size from information_schema):");
        for (AggregateTable table : AggregateTable.values()) {
            String size = scalar(connection, "SELECT ROUND((data_length + index_length) / 1048576) FROM"
                    + " information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + table.tableName()
                    + "'");
            say(String.format(Locale.ROOT, "  %-27s %,12d rows %8s MiB", table.tableName(),
                    count(connection, table.tableName()), size));
        }
    }

    private static void measure(Connection connection, Options options, YearMonth thisMonth) throws SQLException {
        say("Queries (" + options.iterations() + " timed runs each after 3 warm-up runs; SQL + fetch + series assembly,"
                + " no HTTP):");
        say(String.format(Locale.ROOT, "  %-54s %-27s %9s %9s %9s %9s", "query", "table", "rows", "p50 ms", "p95 ms",
                "max ms"));
        for (DashboardQueries.Named named : DashboardQueries.all(thisMonth)) {
            AggregateTable table = named.table() != null ? named.table()
                    : AggregateTable.forQuery(named.query().granularity(), named.query().dimensions()).orElseThrow();
            CostQuerySql sql = CostQuerySql.of(named.query(), table, 200_001);
            int iterations = named.slow() ? Math.min(3, options.iterations()) : options.iterations();
            int warmUps = named.slow() ? 0 : 3;
            List<Long> times = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < warmUps + iterations; i++) {
                long start = System.nanoTime();
                List<CostRow> read = sql.run(connection);
                CostSeries series = CostSeriesAssembler.assemble(named.query(), table, read, "USD");
                long elapsed = System.nanoTime() - start;
                if (series.series().isEmpty()) {
                    throw new IllegalStateException(named.name() + ": no rows");
                }
                rows = read.size();
                if (i >= warmUps) {
                    times.add(elapsed);
                }
            }
            say(String.format(Locale.ROOT, "  %-54s %-27s %,9d %9.1f %9.1f %9.1f", named.name(), table.tableName(), rows,
                    millis(percentile(times, 50)), millis(percentile(times, 95)), millis(percentile(times, 100))));
        }
    }

    private static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Resizes the buffer pool of a server the benchmark owns (MariaDB resizes it in the background). */
    private static void resizeBufferPool(Connection connection, int mib) throws SQLException, InterruptedException {
        long before = Long.parseLong(scalar(connection, "SELECT @@innodb_buffer_pool_size"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = " + (long) mib * (1 << 20));
        } catch (SQLException e) {
            say("  could not resize the buffer pool (" + e.getMessage() + "); measuring with the server's");
            return;
        }
        long now = before;
        for (int i = 0; i < 120 && now == before; i++) {
            Thread.sleep(500);
            now = Long.parseLong(scalar(connection, "SELECT @@innodb_buffer_pool_size"));
        }
        say("  buffer pool now " + now / (1 << 20) + " MiB");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try {
            return Long.parseLong(scalar(connection, "SELECT COUNT(*) FROM " + table));
        } catch (SQLException e) {
            return 0;
        }
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
