package org.apportion.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apportion.generator.DemoCompany;
import org.apportion.generator.DemoCompany.ColumnMapping;
import org.apportion.generator.DemoCompany.DemoFile;

/**
 * Loads the demo data set into an empty Apportion through its REST API, as a user would: writes the files of
 * {@link DemoCompany} (thirteen months ending last month), saves the column mappings they need, uploads them all
 * (the server imports them side by side), then waits and prints one line per file. A file whose upload or import
 * fails is reported with its reason and does not stop the start-up.
 */
final class DemoData {

    private static final Duration IMPORTS_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private final HttpClient http;
    private final String api;
    private final Consumer<String> out;

    /** An uploaded file and its import batch, or why it has none. */
    private record Upload(DemoFile file, Long batchId, String problem) {
    }

    /** Talks to the application at {@code baseUrl}; tells the person at the terminal through {@code out}. */
    DemoData(HttpClient http, String baseUrl, Consumer<String> out) {
        this.http = http;
        this.api = baseUrl + "/api/v1";
        this.out = out;
    }

    /** Writes the data set for the thirteen months before {@code today}'s into {@code directory} and imports it. */
    void load(Path directory, LocalDate today) throws InterruptedException {
        DemoCompany demo = new DemoCompany(today);
        List<DemoFile> files;
        try {
            deleteFilesIn(directory);
            files = demo.writeTo(directory);
        } catch (IOException | RuntimeException e) {
            out.accept("Could not write the demo data to " + directory + ": " + e);
            return;
        }
        out.accept("Loading the demo data (" + demo.firstMonth() + " to " + demo.lastMonth() + ", " + files.size()
                + " files of the fictional Northwind Logistics) from " + directory + "...");
        Instant start = Instant.now();
        saveMappings(files);
        List<Upload> uploads = new ArrayList<>();
        for (DemoFile file : files) {
            uploads.add(upload(file));
        }
        Instant deadline = start.plus(IMPORTS_TIMEOUT);
        long completed = 0;
        for (Upload upload : uploads) {
            JsonObject batch = upload.batchId() == null ? null : awaitEnd(upload.batchId(), deadline);
            completed += batch != null && batch.getString("status", "").equals("COMPLETED") ? 1 : 0;
            out.accept("  " + line(upload, batch));
        }
        out.accept("Demo data: " + completed + " of " + files.size() + " files imported in "
                + Duration.between(start, Instant.now()).toSeconds() + " s.");
    }

    /** Saves each column mapping the files name, once; the uploads through a mapping that failed fail too. */
    private void saveMappings(List<DemoFile> files) throws InterruptedException {
        Set<ColumnMapping> mappings = new LinkedHashSet<>();
        files.forEach(f -> f.mapping().ifPresent(mappings::add));
        for (ColumnMapping mapping : mappings) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/imports/mappings/"
                                + encode(mapping.name())))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(mapping.json()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200 && answer.statusCode() != 201) {
                    out.accept("  Column mapping " + mapping.name() + " was not saved: HTTP " + answer.statusCode()
                            + " " + reason(answer.body()));
                }
            } catch (IOException e) {
                out.accept("  Column mapping " + mapping.name() + " was not saved: " + e.getMessage());
            }
        }
    }

    private Upload upload(DemoFile file) throws InterruptedException {
        String query = "?filename=" + encode(file.path().getFileName().toString())
                + file.mapping().map(m -> "&mapping=" + encode(m.name())).orElse("&format=" + encode(file.format()));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/imports" + query))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file.path()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                return new Upload(file, null, "upload refused: HTTP " + answer.statusCode() + " " + reason(answer.body()));
            }
            return new Upload(file, parse(answer.body()).getJsonNumber("id").longValue(), null);
        } catch (IOException e) {
            return new Upload(file, null, "upload failed: " + e.getMessage());
        }
    }

    /** The batch once its import has ended; null when the deadline passes first or the server does not answer. */
    private JsonObject awaitEnd(long id, Instant deadline) throws InterruptedException {
        while (true) {
            JsonObject batch = get(api + "/imports/" + id);
            String status = batch == null ? "" : batch.getString("status", "");
            if (!status.isEmpty() && !status.equals("STARTING") && !status.equals("STARTED")) {
                return batch;
            }
            if (Instant.now().isAfter(deadline)) {
                return null;
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    /** One file's outcome: format, name, status, rows and totals, or the reason it failed. */
    private static String line(Upload upload, JsonObject batch) {
        String head = "%-10s %s: ".formatted(upload.file().format(), upload.file().path().getFileName());
        if (upload.batchId() == null) {
            return head + upload.problem();
        }
        if (batch == null) {
            return head + "import " + upload.batchId() + " still running after " + IMPORTS_TIMEOUT.toMinutes()
                    + " minutes; see the Imports view";
        }
        String status = batch.getString("status");
        StringBuilder text = new StringBuilder(head).append(status).append(", ")
                .append(batch.getJsonNumber("rowsImported")).append(" rows");
        if (batch.getJsonNumber("rowsRejected").longValue() > 0) {
            text.append(", ").append(batch.getJsonNumber("rowsRejected")).append(" rejected");
        }
        JsonObject totals = batch.getJsonObject("totals");
        if (totals != null) {
            totals.forEach((currency, total) -> text.append(", ").append(total.asJsonObject().getString("billedCost"))
                    .append(' ').append(currency).append(" billed"));
        }
        if (!status.equals("COMPLETED")) {
            text.append(" - ").append(problemOf(batch));
        }
        return text.toString();
    }

    /** Why a batch did not complete: its message, else its first rejected row. */
    private static String problemOf(JsonObject batch) {
        if (batch.containsKey("message") && batch.get("message") != JsonValue.NULL) {
            return batch.getString("message");
        }
        var rejections = batch.getJsonArray("rejections");
        if (rejections != null && !rejections.isEmpty()) {
            JsonObject first = rejections.getJsonObject(0);
            return "line " + first.getJsonNumber("line") + ", column " + first.getString("column", "-") + ": "
                    + first.getString("reason", "");
        }
        return "no reason given";
    }

    /** The detail of an error answer (a problem's {@code detail} or {@code title}), else the body as it is. */
    private static String reason(String body) {
        try {
            JsonObject problem = parse(body);
            return problem.getString("detail", problem.getString("title", body));
        } catch (RuntimeException e) {
            return body;
        }
    }

    private JsonObject get(String url) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The directory holds only demo data the launcher wrote: files of an earlier month range go. */
    private static void deleteFilesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
