package org.apportion.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data load against a stand-in for Apportion's import API on the loopback interface: it saves the
 * mapping before the uploads that name it, uploads every file with its format or mapping, and reports each file,
 * failures included, without stopping. (The stand-in knows no cost model API: {@link DemoAllocationTest} covers
 * what follows the imports.)
 */
class DemoDataTest {

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, String> uploadedNames = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<String> printed = new ArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/imports", this::answer);
        server.start();
    }

    @AfterEach
    void stopApi() {
        server.stop(0);
    }

    @Test
    void uploadsEveryFileWithItsFormatOrMappingAndReportsEachOutcome(@TempDir Path home) throws Exception {
        Path demo = home.resolve("demo");
        Files.createDirectories(demo);
        Files.writeString(demo.resolve("focus-1.0-northwind-2020-01-to-2021-01.csv"), "stale");

        DemoData.Outcome outcome = new DemoData(HttpClient.newHttpClient(),
                "http://127.0.0.1:" + server.getAddress().getPort(), printed::add).load(demo, LocalDate.of(2026, 3, 15));

        List<String> uploads = requests.stream().filter(r -> r.startsWith("POST")).toList();
        int firstMappedUpload = requests.indexOf(uploads.stream().filter(r -> r.contains("mapping=hosting")).findFirst().orElseThrow());
        assertThat(requests.indexOf("PUT /api/v1/imports/mappings/hosting")).isNotNegative().isLessThan(firstMappedUpload);
        assertThat(uploads).hasSize(53)
                .contains("POST /api/v1/imports filename=focus-1.0-northwind-2025-02-to-2026-02.csv&format=FOCUS",
                        "POST /api/v1/imports filename=cur2-602214076022-2025-02.csv&format=AWS_CUR2",
                        "POST /api/v1/imports filename=anthropic-usage-messages-2026-02.json&format=ANTHROPIC",
                        "POST /api/v1/imports filename=hosting-invoice-2025-07.csv&mapping=hosting");
        assertThat(Files.exists(demo.resolve("focus-1.0-northwind-2020-01-to-2021-01.csv"))).isFalse();
        assertThat(printed).filteredOn(l -> l.matches("  [A-Z_0-9]+ +\\S+\\.(csv|json): .*")).hasSize(53);
        assertThat(printed).contains("  FOCUS      focus-1.0-northwind-2025-02-to-2026-02.csv: COMPLETED, 7 rows, 1.50 USD billed");
        assertThat(printed).filteredOn(l -> l.startsWith("  OPENAI"))
                .allMatch(l -> l.endsWith(": upload refused: HTTP 400 Unknown format 'OPENAI'"));
        assertThat(printed).filteredOn(l -> l.startsWith("  ANTHROPIC"))
                .allMatch(l -> l.endsWith(": FAILED, 0 rows - no reader for ANTHROPIC yet"));
        assertThat(printed).anyMatch(l -> l.startsWith("Demo data: 27 of 53 files imported in "));
        assertThat(outcome).isEqualTo(new DemoData.Outcome(YearMonth.of(2025, 2), YearMonth.of(2026, 2), 53, 27, 0));
    }

    /** Accepts uploads (refusing OpenAI's format), fails Anthropic's imports, completes the rest (the first one on a second look). */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + path + (query.isEmpty() ? "" : " " + query));
        exchange.getRequestBody().readAllBytes();
        switch (exchange.getRequestMethod()) {
            case "PUT" -> send(exchange, 201, "{\"name\": \"hosting\"}");
            case "POST" -> {
                if (query.contains("format=OPENAI")) {
                    send(exchange, 400, "{\"title\": \"Bad Request\", \"status\": 400, \"detail\": \"Unknown format 'OPENAI'\"}");
                } else {
                    long id = ids.incrementAndGet();
                    uploadedNames.put(id, query);
                    send(exchange, 202, "{\"id\": " + id + ", \"status\": \"STARTING\"}");
                }
            }
            default -> {
                long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
                boolean firstLookAtFirst = id == 1 && requests.stream().filter(r -> r.equals("GET " + path)).count() == 1;
                String status = firstLookAtFirst ? "STARTED" : uploadedNames.get(id).contains("ANTHROPIC") ? "FAILED" : "COMPLETED";
                String message = status.equals("FAILED") ? "\"no reader for ANTHROPIC yet\"" : "null";
                long rows = status.equals("COMPLETED") ? 7 : 0;
                String totals = status.equals("COMPLETED") ? "{\"USD\": {\"billedCost\": \"1.50\"}}" : "{}";
                send(exchange, 200, "{\"id\": " + id + ", \"status\": \"" + status + "\", \"rowsImported\": " + rows
                        + ", \"rowsRejected\": 0, \"totals\": " + totals + ", \"message\": " + message
                        + ", \"rejections\": []}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
