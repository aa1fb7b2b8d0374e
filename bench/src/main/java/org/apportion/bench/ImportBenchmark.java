package org.apportion.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apportion.generator.BillSpec;
import org.apportion.generator.BillTotals;
import org.apportion.generator.CostTotals;
import org.apportion.generator.FocusBillGenerator;
import org.apportion.launcher.Database;
import org.apportion.launcher.LocalDatabase;
import org.apportion.launcher.WildFlyProcess;

/**
 * Measures the FOCUS import job end to end (upload, staging, job) on a generated bill against
 * {@code LOAD DATA LOCAL INFILE} of the same rows into a copy of the cost-line table on the same MariaDB,
 * and prints both rates and their ratio. Starts its own MariaDB (embedded, data in
 * {@code ~/.apportion-bench}; or the one {@code APPORTION_BENCH_DB_URL} names; or with
 * {@code --local-server} one on 127.0.0.1:3306) and WildFly with the built EAR, and stops them at the end.
 * The schema is emptied at every run. A console tool: it prints.
 * <p>Usage: {@code ImportBenchmark [--rows N] [--seed S] [--local-server]}, see docs/BENCHMARKS.md.
 */
public final class ImportBenchmark {

    static final String SCHEMA = "apportion_bench";
    static final String DB_VARIABLES = "APPORTION_BENCH_DB";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    /** The goal: the job at no less than three quarters of MariaDB's own bulk-load rate. */
    private static final double GOAL = 0.75;

    /** {@code gzip}: upload the bill gzip-compressed, as providers deliver large ones (over 4 GiB it must be). */
    record Options(long rows, long seed, boolean localServer, boolean gzip) {

        static Options parse(String[] args) {
            long rows = 1_000_000;
            long seed = 1;
            boolean localServer = false;
            boolean gzip = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--local-server" -> localServer = true;
                    case "--gzip" -> gzip = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + "; usage: [--rows N] [--seed S] [--local-server] [--gzip]");
                }
            }
            return new Options(rows, seed, localServer, gzip);
        }
    }

    private final Options options;
    private final Path projectDir;
    private final Path stateDir;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private LocalDatabase database;
    private WildFlyProcess server;

    private ImportBenchmark(Options options, Path projectDir, Path stateDir) {
        this.options = options;
        this.projectDir = projectDir;
        this.stateDir = stateDir;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("apportion.project.dir", ".")).toAbsolutePath().normalize();
        String home = System.getenv("APPORTION_BENCH_HOME");
        Path state = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".apportion-bench");
        ImportBenchmark benchmark = new ImportBenchmark(Options.parse(args), project, state);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "bench-shutdown"));
        boolean matched;
        try {
            matched = benchmark.run();
        } finally {
            benchmark.stopAll();
        }
        System.exit(matched ? 0 : 1);
    }

    /** Runs both measurements; false when the import did not store exactly what the bill holds. */
    private boolean run() throws Exception {
        Path builtServer = projectDir.resolve("ear/target/server");
        Path builtEar = projectDir.resolve("ear/target/apportion.ear");
        if (!Files.isDirectory(builtServer) || !Files.isRegularFile(builtEar)) {
            throw new IllegalStateException("No provisioned server or EAR under " + projectDir.resolve("ear/target")
                    + ": build first (bench/run.sh does)");
        }
        Files.createDirectories(stateDir);
        Path serverDir = BenchEnvironment.snapshot(builtServer, stateDir.resolve("server"));
        Path ear = Files.copy(builtEar, stateDir.resolve("apportion.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path bill = projectDir.resolve("bench/target/focus-1.0-" + options.rows() + "-rows-seed-" + options.seed() + ".csv");
        CostTotals expected = generate(bill).in("USD");

        database = LocalDatabase.resolve(DB_VARIABLES, SCHEMA, options.localServer(), stateDir.resolve("mariadb"));
        Database db = database.database();
        say("Database:   " + db.describe());
        BenchEnvironment.emptySchema(db);
        BenchEnvironment.deleteTree(stateDir.resolve("wildfly/data"));
        server = WildFlyProcess.start(serverDir, stateDir.resolve("wildfly"), ear, BenchEnvironment.freePortOffset(), db);
        say("WildFly:    http://localhost:" + server.httpPort() + "/ (log: " + server.consoleLog() + ")");
        ImportsApi api = new ImportsApi("http://localhost:" + server.httpPort());
        Instant booting = Instant.now();
        api.awaitReady(STARTUP_TIMEOUT, server::isAlive);
        say("            ready in " + seconds(Duration.between(booting, Instant.now())) + " s");

        Optional<ServerHeap> heap = ServerHeap.attach();
        ImportRun imported = importBill(api, bill, expected, heap);
        heap.ifPresent(h -> say("Server heap: peak used " + mib(h.peakUsedBytes()) + " MiB (sampled every 2 s), peak committed "
                + mib(h.peakCommittedBytes()) + " MiB, peak RSS " + h.peakResidentBytes().map(ImportBenchmark::mib).orElse("?") + " MiB"));
        heap.ifPresent(ImportBenchmark::closeQuietly);
        server.stop();
        StepTimes.of(db).forEach(step -> say("  step " + step));

        say("LOAD DATA LOCAL INFILE into " + LoadDataBaseline.TABLE + " (CREATE TABLE ... LIKE cost_line)...");
        LoadDataBaseline.Result load = LoadDataBaseline.load(db, bill);
        double loadRate = rate(load.rows(), load.elapsed());
        boolean loadMatched = load.rows() == expected.rows() && same(load.billedCost(), expected.billedCost())
                && load.nullsAsJob();
        say("  " + load.rows() + " rows in " + seconds(load.elapsed()) + " s = " + Math.round(loadRate) + " rows/s, "
                + load.warnings() + " warnings, billed " + load.billedCost().stripTrailingZeros().toPlainString()
                + (loadMatched ? " (exact, NULLs as the job's)" : " (MISMATCH" + (load.nullsAsJob() ? ")" : ", NULLs differ)")));

        return report(imported, expected, loadRate) && loadMatched;
    }

    private BillTotals generate(Path bill) throws IOException {
        BillSpec spec = BillSpec.thirteenMonthsToLastMonth(options.seed(), options.rows(), Clock.systemUTC());
        Files.createDirectories(bill.getParent());
        say("Generating " + options.rows() + " FOCUS rows (seed " + options.seed() + ", " + spec.firstMonth() + " to "
                + spec.lastMonth() + ")...");
        long start = System.nanoTime();
        BillTotals totals = new FocusBillGenerator(spec).write(bill);
        say("  " + bill + ": " + mib(Files.size(bill)) + " MiB in " + seconds(Duration.ofNanos(System.nanoTime() - start))
                + " s; BilledCost " + totals.in("USD").billedCost().toPlainString() + " USD, EffectiveCost "
                + totals.in("USD").effectiveCost().toPlainString() + " USD");
        return totals;
    }

    private static Path gzip(Path bill) throws IOException {
        Path gz = bill.resolveSibling(bill.getFileName() + ".gz");
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(bill);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            in.transferTo(out);
        }
        say("  gzip: " + mib(Files.size(gz)) + " MiB in " + seconds(Duration.ofNanos(System.nanoTime() - start)) + " s");
        return gz;
    }

    /** The import as measured: end to end from the first byte uploaded, and the job alone (server clock). */
    record ImportRun(ImportsApi.Batch batch, Duration endToEnd, Duration job) {
    }

    private ImportRun importBill(ImportsApi api, Path bill, CostTotals expected, Optional<ServerHeap> heap)
            throws IOException, InterruptedException {
        say("Importing through POST /api/v1/imports and the import-bill job...");
        Path upload = options.gzip() ? gzip(bill) : bill;
        Instant uploadStart = Instant.now();
        ImportsApi.Batch submitted = api.upload(upload);
        say("  upload and staging: " + seconds(Duration.between(uploadStart, Instant.now())) + " s, batch " + submitted.id());
        Instant[] nextProgress = {Instant.now().plusSeconds(15)};
        Duration timeout = Duration.ofMinutes(10).plusMillis(expected.rows() * 10);
        ImportsApi.Batch done = api.awaitEnd(submitted.id(), timeout, b -> {
            heap.ifPresent(ServerHeap::sample);
            if (Instant.now().isAfter(nextProgress[0])) {
                say("  ... " + b.status() + ", " + b.rowsImported() + " rows stored");
                nextProgress[0] = Instant.now().plusSeconds(15);
            }
        });
        if (!done.status().equals("COMPLETED")) {
            throw new IllegalStateException("Import ended " + done.status() + ": " + done.message());
        }
        ImportRun run = new ImportRun(done, Duration.between(uploadStart, done.finishedAt()),
                Duration.between(done.startedAt(), done.finishedAt()));
        say("  job: " + seconds(run.job()) + " s = " + Math.round(rate(done.rowsImported(), run.job()))
                + " rows/s;  end to end: " + seconds(run.endToEnd()) + " s = "
                + Math.round(rate(done.rowsImported(), run.endToEnd())) + " rows/s");
        return run;
    }

    private boolean report(ImportRun run, CostTotals expected, double loadRate) {
        ImportsApi.Batch batch = run.batch();
        boolean rowsMatch = batch.rowsImported() == expected.rows() && batch.rowsRejected() == 0;
        boolean billedMatch = same(batch.billedCost(), expected.billedCost());
        boolean effectiveMatch = same(batch.effectiveCost(), expected.effectiveCost());
        say("");
        say("Import check: rowsImported " + batch.rowsImported() + " of " + expected.rows() + (rowsMatch ? " ok" : " MISMATCH")
                + "; billed " + batch.billedCost() + (billedMatch ? " ok" : " MISMATCH, expected " + expected.billedCost())
                + "; effective " + batch.effectiveCost() + (effectiveMatch ? " ok" : " MISMATCH, expected " + expected.effectiveCost()));
        say(String.format("Ratio to LOAD DATA: %.3f end to end (upload + job), %.3f job only; goal >= %.2f",
                rate(batch.rowsImported(), run.endToEnd()) / loadRate, rate(batch.rowsImported(), run.job()) / loadRate, GOAL));
        return rowsMatch && billedMatch && effectiveMatch;
    }

    private void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (server != null) {
            server.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                say("Could not stop the database cleanly: " + e.getMessage());
            }
        }
    }

    private static void closeQuietly(ServerHeap heap) {
        try {
            heap.close();
        } catch (IOException e) {
            // Only a monitoring connection.
        }
    }

    private static boolean same(BigDecimal actual, BigDecimal expected) {
        return actual != null && actual.compareTo(expected) == 0;
    }

    private static double rate(long rows, Duration elapsed) {
        return rows / (elapsed.toNanos() / 1e9);
    }

    private static String seconds(Duration elapsed) {
        return String.format("%.1f", elapsed.toMillis() / 1000.0);
    }

    private static String mib(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
