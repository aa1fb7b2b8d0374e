package org.apportion.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apportion.generator.DemoCompany;
import org.apportion.generator.DemoCostModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's cost model set up and allocated against a stand-in for Apportion's API on the loopback interface:
 * cost centers parents first (existing ones kept), rules only into an empty rule set, the telemetry as CSV, one
 * run per month, and one line per month with its totals or why it failed.
 */
class DemoAllocationTest {

    private static final DemoCompany DEMO = new DemoCompany(DemoCompany.SEED, LocalDate.of(2026, 3, 15), 2);

    private final Set<String> costCenters = Collections.synchronizedSet(new LinkedHashSet<>(Set.of("NORTHWIND")));
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rules = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, String> runs = Collections.synchronizedMap(new HashMap<>());
    private final Map<Long, Integer> looks = Collections.synchronizedMap(new HashMap<>());
    private final List<String> printed = new ArrayList<>();
    private int rulesAlreadyPublished;
    private HttpServer server;
    private DemoAllocation allocation;

    @BeforeEach
    void startApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1", this::answer);
        server.start();
        allocation = new DemoAllocation(new ApiClient(HttpClient.newHttpClient(),
                "http://127.0.0.1:" + server.getAddress().getPort()), printed::add);
    }

    @AfterEach
    void stopApi() {
        server.stop(0);
    }

    @Test
    void setsUpTheCostModelAllocatesEachMonthAndPrintsItsTotals() throws Exception {
        allocation.prepare(DEMO);
        int allocated = allocation.allocate(DEMO);

        List<String> expected = DEMO.costCenters().stream().map(DemoCostModel.CostCenter::code)
                .filter(c -> !c.equals("NORTHWIND")).toList();
        assertThat(created).containsExactlyElementsOf(expected);
        assertThat(rules).hasSize(DEMO.allocationRules().size());
        assertThat(requests).contains("POST /api/v1/usage-metrics/import source=demo text/csv",
                "POST /api/v1/fx-rates/import source=demo text/csv",
                "POST /api/v1/allocations/runs {\"from\": \"2026-01\", \"to\": \"2026-02\"}");
        long figures = DEMO.usageMetricsCsv().lines().count() - 1;
        assertThat(printed).contains("Cost model: 23 of 24 cost centers created, " + rules.size() + " of "
                + rules.size() + " allocation rules published, " + figures + " daily requests figures uploaded, "
                + "EUR/USD rates uploaded.");
        assertThat(printed).contains(
                "  2026-01  USD 1,234.57 billed, 1.23 unallocated (0.10 %), residual 0; EUR 150.00 billed, 0.00 unallocated (0.00 %), residual 0",
                "  2026-02  allocation FAILED: no cost lines");
        assertThat(printed.getLast()).startsWith("Allocation: 1 of 2 months allocated in ");
        assertThat(allocated).isEqualTo(1);
    }

    @Test
    void leavesARuleSetThatIsThereAsItIs() throws Exception {
        rulesAlreadyPublished = 5;

        allocation.prepare(DEMO);

        assertThat(rules).isEmpty();
        assertThat(printed.getLast()).contains(", 5 allocation rules already published (the demo's were not added), ");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(method + " " + path + (query == null ? "" : " " + query) + (method.equals("POST")
                ? " " + (path.endsWith("/import") ? exchange.getRequestHeaders().getFirst("Content-Type") : body) : ""));
        String resource = path.substring("/api/v1/".length());
        if (resource.startsWith("cost-centers")) {
            costCenter(exchange, method, resource, body);
        } else if (resource.equals("allocation-rules")) {
            if (method.equals("GET")) {
                send(exchange, 200, "{\"items\": [], \"total\": " + rulesAlreadyPublished + "}");
            } else {
                rules.add(body);
                send(exchange, 201, body);
            }
        } else if (resource.equals("usage-metrics/import")) {
            send(exchange, 200, "{\"stored\": " + (body.lines().count() - 1) + "}");
        } else if (resource.equals("fx-rates/import")) {
            send(exchange, 200, "{\"rates\": " + (body.lines().count() - 1) + "}");
        } else if (resource.equals("allocations/runs")) {
            runs.put(1L, "2026-01");
            runs.put(2L, "2026-02");
            send(exchange, 202, "{\"items\": [{\"id\": 1, \"period\": \"2026-01\", \"status\": \"STARTING\"},"
                    + " {\"id\": 2, \"period\": \"2026-02\", \"status\": \"STARTING\"}], \"total\": 2}");
        } else if (resource.startsWith("allocations/runs/")) {
            long id = Long.parseLong(resource.substring(resource.lastIndexOf('/') + 1));
            boolean firstLook = looks.merge(id, 1, Integer::sum) == 1;
            String status = firstLook ? "STARTED" : id == 1 ? "COMPLETED" : "FAILED";
            send(exchange, 200, "{\"id\": " + id + ", \"period\": \"" + runs.get(id) + "\", \"status\": \"" + status
                    + "\", \"failure\": " + (status.equals("FAILED") ? "\"no cost lines\"" : "null") + "}");
        } else if (resource.equals("allocations/summary")) {
            send(exchange, 200, query.contains("billingCurrency=USD")
                    ? "{\"sourceTotal\": \"1234.5678\", \"unallocated\": \"1.2345\", \"residual\": \"0\"}"
                    : "{\"sourceTotal\": \"150.00\", \"unallocated\": \"0\", \"residual\": \"0\"}");
        } else {
            send(exchange, 404, "{\"title\": \"Not Found\"}");
        }
    }

    /** Knows the codes created so far; refuses a child whose parent does not exist yet. */
    private void costCenter(HttpExchange exchange, String method, String resource, String body) throws IOException {
        if (method.equals("GET")) {
            String code = resource.substring(resource.indexOf('/') + 1);
            send(exchange, costCenters.contains(code) ? 200 : 404, "{}");
            return;
        }
        JsonObject center = ApiClient.parse(body);
        String parent = center.getString("parentCode", null);
        if (parent != null && !costCenters.contains(parent)) {
            send(exchange, 400, "{\"title\": \"Bad Request\", \"detail\": \"no cost center " + parent + "\"}");
            return;
        }
        costCenters.add(center.getString("code"));
        created.add(center.getString("code"));
        send(exchange, 201, body);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
