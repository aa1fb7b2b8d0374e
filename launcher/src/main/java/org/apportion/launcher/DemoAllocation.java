package org.apportion.launcher;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apportion.generator.DemoCompany;
import org.apportion.generator.DemoCostModel;

/**
 * Charges the demo data to the fictional company's teams through the REST API, as a FinOps analyst would set it up:
 * the cost center tree, the allocation rules (only into an empty rule set: a user's own rules are never mixed with
 * the demo's), the platform's request telemetry, then one allocation run per month. Prints one line per month: what
 * was billed, what stayed unallocated and the residual (0 when every cent was placed). Problems are reported and do
 * not stop the start-up.
 */
final class DemoAllocation {

    private static final Duration RUNS_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "SUPERSEDED");

    private final ApiClient api;
    private final Consumer<String> out;

    DemoAllocation(ApiClient api, Consumer<String> out) {
        this.api = api;
        this.out = out;
    }

    /** Creates the missing cost centers, publishes the rules into an empty rule set, uploads the telemetry. */
    void prepare(DemoCompany demo) throws InterruptedException {
        int created = createCostCenters(demo.costCenters());
        String rules = publishRules(demo.allocationRules());
        String usage = uploadTelemetry(demo.usageMetricsCsv());
        String rates = uploadFxRates(demo.fxRatesCsv());
        out.accept("Cost model: " + created + " of " + demo.costCenters().size() + " cost centers created, " + rules
                + ", " + usage + ", " + rates + ".");
    }

    /** Allocates every month of the data set and prints each month's totals; answers how many months completed. */
    int allocate(DemoCompany demo) throws InterruptedException {
        Instant start = Instant.now();
        List<JsonObject> runs = startRuns(demo);
        int completed = 0;
        Instant deadline = start.plus(RUNS_TIMEOUT);
        for (JsonObject run : runs) {
            String period = run.getString("period");
            JsonObject ended = awaitEnd(run.getJsonNumber("id").longValue(), deadline);
            if (ended == null) {
                out.accept("  " + period + "  allocation run " + run.get("id") + " still running after "
                        + RUNS_TIMEOUT.toMinutes() + " minutes");
            } else if (!ended.getString("status").equals("COMPLETED")) {
                out.accept("  " + period + "  allocation " + ended.getString("status") + ": " + failureOf(ended));
            } else {
                completed++;
                out.accept("  " + period + "  " + summaryLine(period, demo.billingCurrencies()));
            }
        }
        out.accept("Allocation: " + completed + " of " + runs.size() + " months allocated in "
                + Duration.between(start, Instant.now()).toSeconds() + " s.");
        return completed;
    }

    private int createCostCenters(List<DemoCostModel.CostCenter> costCenters) throws InterruptedException {
        int created = 0;
        // The list has parents first, so each parent exists when its children are created.
        for (DemoCostModel.CostCenter center : costCenters) {
            if (api.status("/cost-centers/" + ApiClient.encode(center.code())) == 200) {
                continue;
            }
            HttpResponse<String> answer = post("/cost-centers", center.json());
            if (answer != null && answer.statusCode() == 201) {
                created++;
            } else {
                out.accept("  Cost center " + center.code() + " was not created: " + failure(answer));
            }
        }
        return created;
    }

    private String publishRules(List<DemoCostModel.Rule> rules) throws InterruptedException {
        JsonObject existing = api.get("/allocation-rules");
        if (existing == null) {
            return "the allocation rules could not be read";
        }
        int published = existing.getInt("total");
        if (published > 0) {
            return published + " allocation rules already published (the demo's were not added)";
        }
        for (DemoCostModel.Rule rule : rules) {
            HttpResponse<String> answer = post("/allocation-rules", rule.json());
            if (answer != null && answer.statusCode() == 201) {
                published++;
            } else {
                out.accept("  Allocation rule '" + rule.name() + "' was not published: " + failure(answer));
            }
        }
        return published + " of " + rules.size() + " allocation rules published";
    }

    private String uploadTelemetry(String csv) throws InterruptedException {
        try {
            HttpResponse<String> answer = api.send("POST", "/usage-metrics/import?source=demo", "text/csv",
                    HttpRequest.BodyPublishers.ofString(csv));
            return answer.statusCode() == 200
                    ? ApiClient.parse(answer.body()).getInt("stored") + " daily " + DemoCostModel.REQUESTS
                    + " figures uploaded"
                    : "the telemetry was not uploaded: " + ApiClient.failure(answer);
        } catch (IOException e) {
            return "the telemetry was not uploaded: " + e.getMessage();
        }
    }

    private String uploadFxRates(String csv) throws InterruptedException {
        try {
            HttpResponse<String> answer = api.send("POST", "/fx-rates/import?source=demo", "text/csv",
                    HttpRequest.BodyPublishers.ofString(csv));
            return answer.statusCode() == 200 ? "EUR/USD rates uploaded"
                    : "the FX rates were not uploaded: " + ApiClient.failure(answer);
        } catch (IOException e) {
            return "the FX rates were not uploaded: " + e.getMessage();
        }
    }

    /** One run per month ({@code from} first {@code to} last month); the server runs them side by side. */
    private List<JsonObject> startRuns(DemoCompany demo) throws InterruptedException {
        HttpResponse<String> answer = post("/allocations/runs", "{\"from\": \"" + demo.firstMonth() + "\", \"to\": \""
                + demo.lastMonth() + "\"}");
        if (answer == null || answer.statusCode() != 202) {
            out.accept("  The allocation runs were not started: " + failure(answer));
            return List.of();
        }
        List<JsonObject> runs = new ArrayList<>();
        ApiClient.parse(answer.body()).getJsonArray("items").forEach(item -> runs.add(item.asJsonObject()));
        return runs;
    }

    private JsonObject awaitEnd(long runId, Instant deadline) throws InterruptedException {
        while (true) {
            JsonObject run = api.get("/allocations/runs/" + runId);
            if (run != null && ENDED.contains(run.getString("status", ""))) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                return null;
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    /** Per billing currency: the month's source total, what stayed unallocated (and its share), the residual. */
    private String summaryLine(String period, List<String> currencies) throws InterruptedException {
        List<String> parts = new ArrayList<>();
        for (String currency : currencies) {
            JsonObject summary = api.get("/allocations/summary?period=" + period + "&billingCurrency=" + currency);
            if (summary == null) {
                parts.add(currency + ": no summary");
                continue;
            }
            BigDecimal source = new BigDecimal(summary.getString("sourceTotal"));
            BigDecimal unallocated = new BigDecimal(summary.getString("unallocated"));
            if (source.signum() == 0 && unallocated.signum() == 0) {
                continue;
            }
            String share = source.signum() == 0 ? "-" : unallocated.multiply(BigDecimal.valueOf(100))
                    .divide(source, 2, RoundingMode.HALF_UP).toPlainString();
            parts.add(String.format(Locale.ROOT, "%s %,.2f billed, %,.2f unallocated (%s %%), residual %s", currency,
                    source, unallocated, share, summary.getString("residual")));
        }
        return String.join("; ", parts);
    }

    private HttpResponse<String> post(String path, String json) throws InterruptedException {
        try {
            return api.postJson(path, json);
        } catch (IOException e) {
            return null;
        }
    }

    private static String failure(HttpResponse<String> answer) {
        return answer == null ? "no answer" : ApiClient.failure(answer);
    }

    private static String failureOf(JsonObject run) {
        return run.containsKey("failure") && run.get("failure") != JsonValue.NULL ? run.getString("failure")
                : "no reason given";
    }
}
