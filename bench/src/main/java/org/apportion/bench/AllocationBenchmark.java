package org.apportion.bench;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apportion.generator.BillSpec;
import org.apportion.generator.CostTotals;
import org.apportion.generator.FocusBillGenerator;
import org.apportion.launcher.Database;
import org.apportion.launcher.LocalDatabase;
import org.apportion.launcher.WildFlyProcess;

/**
 * Measures the allocate job: a generated FOCUS bill of one month (default 1,000,000 lines) is imported, 100
 * cost centers and a rule set (default 500 rules, {@link AllocationRules}) are published through the API,
 * and the month is allocated. Prints the run's duration (server clock), lines and parts per second, the
 * job's step times and the server's heap, and checks that the summary reconciles (residual 0).
 * <p>Usage: {@code AllocationBenchmark [--rows N] [--rules R] [--seed S] [--local-server]}, see docs/BENCHMARKS.md.
 */
public final class AllocationBenchmark {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 1_000_000;
        int ruleCount = 500;
        long seed = 1;
        boolean localServer = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--rules" -> ruleCount = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--local-server" -> localServer = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: [--rows N] [--rules R] [--seed S] [--local-server]");
            }
        }
        Path project = Path.of(System.getProperty("apportion.project.dir", ".")).toAbsolutePath().normalize();
        Path state = Path.of(System.getProperty("user.home"), ".apportion-bench");
        boolean reconciled;
        LocalDatabase database = null;
        WildFlyProcess server = null;
        try {
            YearMonth month = YearMonth.now().minusMonths(1);
            Path bill = project.resolve("bench/target/focus-" + month + "-" + rows + "-rows-seed-" + seed + ".csv");
            CostTotals expected = new FocusBillGenerator(new BillSpec(seed, rows, month, month)).write(bill).in("USD");
            say("Bill:       " + bill + ", " + rows + " lines of " + month + ", BilledCost " + expected.billedCost().toPlainString());
            database = LocalDatabase.resolve(ImportBenchmark.DB_VARIABLES, ImportBenchmark.SCHEMA, localServer,
                    state.resolve("mariadb"));
            Database db = database.database();
            BenchEnvironment.emptySchema(db);
            BenchEnvironment.deleteTree(state.resolve("wildfly/data"));
            Files.createDirectories(state);
            Path serverDir = BenchEnvironment.snapshot(project.resolve("ear/target/server"), state.resolve("server"));
            Path ear = Files.copy(project.resolve("ear/target/apportion.ear"), state.resolve("apportion.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            server = WildFlyProcess.start(serverDir, state.resolve("wildfly"), ear, BenchEnvironment.freePortOffset(), db);
            ImportsApi api = new ImportsApi("http://localhost:" + server.httpPort());
            api.awaitReady(STARTUP_TIMEOUT, server::isAlive);
            say("WildFly:    http://localhost:" + server.httpPort() + "/ (log: " + server.consoleLog() + ")");

            ImportsApi.Batch imported = api.awaitEnd(api.upload(bill).id(), Duration.ofHours(1), b -> { });
            say("Imported:   " + imported.rowsImported() + " lines, " + imported.status());
            publish(api, db, ruleCount);
            reconciled = allocate(api, month, expected.billedCost());
            StepTimes.of(db).stream().filter(s -> s.contains("allocate") || s.contains("complete-allocation"))
                    .forEach(step -> say("  step " + step));
        } finally {
            if (server != null) {
                server.stop();
            }
            if (database != null) {
                database.close();
            }
        }
        System.exit(reconciled ? 0 : 1);
    }

    private static void publish(ImportsApi api, Database db, int ruleCount) throws Exception {
        for (int i = 0; i < AllocationRules.COST_CENTERS; i++) {
            api.send("POST", "/api/v1/cost-centers", "{\"code\": \"" + AllocationRules.costCenter(i)
                    + "\", \"name\": \"Bench team " + (i + 1) + "\", \"activeFrom\": \"2000-01-01\"}", 201);
        }
        List<String> rules = AllocationRules.build(db, ruleCount);
        Instant start = Instant.now();
        for (String rule : rules) {
            api.send("POST", "/api/v1/allocation-rules", rule, 201);
        }
        say("Rules:      " + rules.size() + " published in " + Duration.between(start, Instant.now()).toSeconds()
                + " s, " + AllocationRules.COST_CENTERS + " cost centers");
    }

    private static boolean allocate(ImportsApi api, YearMonth month, BigDecimal expectedBilled) throws Exception {
        Optional<ServerHeap> heap = ServerHeap.attach();
        JsonObject started = api.send("POST", "/api/v1/allocations/runs", "{\"period\": \"" + month + "\"}", 202)
                .getJsonArray("items").getJsonObject(0);
        long id = started.getJsonNumber("id").longValue();
        JsonObject run;
        do {
            Thread.sleep(2000);
            heap.ifPresent(ServerHeap::sample);
            run = api.getJson("/api/v1/allocations/runs/" + id);
        } while (List.of("STARTING", "STARTED").contains(run.getString("status")));
        if (!run.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("Allocation run ended " + run);
        }
        Duration elapsed = Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("completedAt")));
        long lines = run.getJsonNumber("sourceLines").longValue();
        JsonObject summary = api.getJson("/api/v1/allocations/summary?period=" + month);
        say(String.format("Allocation: %d lines in %.1f s = %.0f lines/s (goal: 1M lines with 500 rules under 20 s)",
                lines, elapsed.toMillis() / 1000.0, lines / (elapsed.toMillis() / 1000.0)));
        say("  summary: source " + summary.getString("sourceTotal") + ", allocated " + summary.getString("allocatedTotal")
                + ", unallocated " + summary.getString("unallocated") + ", residual " + summary.getString("residual")
                + ", " + summary.getJsonArray("costCenters").size() + " cost centers");
        heap.ifPresent(h -> say("  server heap: peak used " + h.peakUsedBytes() / (1024 * 1024) + " MiB"));
        return summary.getString("residual").equals("0")
                && new BigDecimal(summary.getString("sourceTotal")).compareTo(expectedBilled) == 0;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
