package org.apportion.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

/** The part of Apportion's REST API the benchmark uses: upload a bill, follow its import batch. */
final class ImportsApi {

    /** One import batch as {@code GET /api/v1/imports/{id}} answers, with the USD totals. */
    record Batch(long id, String status, long rowsImported, long rowsRejected, BigDecimal billedCost,
                 BigDecimal effectiveCost, Instant startedAt, Instant finishedAt, String message) {

        boolean running() {
            return status.equals("STARTING") || status.equals("STARTED");
        }

        static Batch of(JsonObject json) {
            JsonObject usd = json.getJsonObject("totals").getJsonObject("USD");
            return new Batch(json.getJsonNumber("id").longValue(), json.getString("status"),
                    json.getJsonNumber("rowsImported").longValue(), json.getJsonNumber("rowsRejected").longValue(),
                    usd == null ? null : new BigDecimal(usd.getString("billedCost")),
                    usd == null ? null : new BigDecimal(usd.getString("effectiveCost")),
                    instant(json, "startedAt"), instant(json, "finishedAt"),
                    json.isNull("message") ? null : json.getString("message"));
        }

        private static Instant instant(JsonObject json, String field) {
            return json.containsKey(field) && !json.isNull(field) ? Instant.parse(json.getString(field)) : null;
        }
    }

    // Timing comes from the batch's own startedAt/finishedAt, so polling can be sparse: every request
    // takes server CPU from the job (each answer also logs a MOXy JAXBException warning for now).
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    ImportsApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Waits until the application answers, or fails when {@code serverAlive} turns false or time runs out. */
    void awaitReady(Duration timeout, BooleanSupplier serverAlive) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!serverAlive.getAsBoolean()) {
                throw new IllegalStateException("WildFly stopped during start-up");
            }
            try {
                if (get("/api/v1/imports?size=1").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Apportion did not answer within " + timeout.toSeconds() + " s");
    }

    /** Uploads the file as the request body; returns once the server has staged it and started the job. */
    Batch upload(Path file) throws IOException, InterruptedException {
        String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/imports?filename=" + name))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("Upload refused: HTTP " + answer.statusCode() + " " + answer.body());
        }
        return Batch.of(parse(answer.body()));
    }

    /** Polls the batch until its job has ended; {@code progress} sees every answer. */
    Batch awaitEnd(long id, Duration timeout, Consumer<Batch> progress) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> answer = get("/api/v1/imports/" + id);
            Batch batch = Batch.of(parse(answer.body()));
            progress.accept(batch);
            if (!batch.running()) {
                return batch;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Import " + id + " still " + batch.status() + " after "
                        + timeout.toMinutes() + " minutes");
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    /** Sends a JSON body (or none) and answers the JSON reply; any status but {@code expected} fails. */
    JsonObject send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? Json.createObjectBuilder().build() : parse(answer.body());
    }

    JsonObject getJson(String path) throws IOException, InterruptedException {
        return send("GET", path, null, 200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
