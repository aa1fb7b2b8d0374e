package org.apportion.launcher;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apportion.generator.DemoCompany;
import org.apportion.generator.DemoCompany.ColumnMapping;
import org.apportion.generator.DemoCompany.DemoFile;

/**
 * Loads the demo data set into an empty Apportion through its REST API, as a user would: writes the files of
 * {@link DemoCompany} (thirteen months ending last month), saves the column mappings they need, uploads them all
 * (the server imports them side by side), then waits and prints one line per file. Then charges them to the
 * company's teams ({@link DemoAllocation}): cost centers, rules, telemetry, one allocation run per month, one line
 * per month. A file whose upload or import fails is reported with its reason and does not stop the start-up.
 * Public for the integration test that loads the demo into its server.
 */
public final class DemoData {

    private static final Duration IMPORTS_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final ApiClient api;
    private final Consumer<String> out;

    /** An uploaded file and its import batch, or why it has none. */
    private record Upload(DemoFile file, Long batchId, String problem) {
    }

    /** What a load did: the months, how many files were imported of how many, how many months were allocated. */
    public record Outcome(YearMonth firstMonth, YearMonth lastMonth, int files, int filesImported,
                          int monthsAllocated) {
    }

    /** Talks to the application at {@code baseUrl}; tells the person at the terminal through {@code out}. */
    public DemoData(HttpClient http, String baseUrl, Consumer<String> out) {
        this.api = new ApiClient(http, baseUrl);
        this.out = out;
    }

    /** Writes the data set for the thirteen months before {@code today}'s into {@code directory} and loads it. */
    public Outcome load(Path directory, LocalDate today) throws InterruptedException {
        return load(directory, today, DemoCompany.MONTHS);
    }

    /** As {@link #load(Path, LocalDate)} for the {@code months} months before {@code today}'s (tests take fewer). */
    public Outcome load(Path directory, LocalDate today, int months) throws InterruptedException {
        DemoCompany demo = new DemoCompany(DemoCompany.SEED, today, months);
        List<DemoFile> files;
        try {
            deleteFilesIn(directory);
            files = demo.writeTo(directory);
        } catch (IOException | RuntimeException e) {
            out.accept("Could not write the demo data to " + directory + ": " + e);
            return new Outcome(demo.firstMonth(), demo.lastMonth(), 0, 0, 0);
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
        int completed = 0;
        for (Upload upload : uploads) {
            JsonObject batch = upload.batchId() == null ? null : awaitEnd(upload.batchId(), deadline);
            completed += batch != null && batch.getString("status", "").equals("COMPLETED") ? 1 : 0;
            out.accept("  " + line(upload, batch));
        }
        out.accept("Demo data: " + completed + " of " + files.size() + " files imported in "
                + Duration.between(start, Instant.now()).toSeconds() + " s.");
        DemoAllocation allocation = new DemoAllocation(api, out);
        allocation.prepare(demo);
        int allocated = allocation.allocate(demo);
        return new Outcome(demo.firstMonth(), demo.lastMonth(), files.size(), completed, allocated);
    }

    /** Saves each column mapping the files name, once; the uploads through a mapping that failed fail too. */
    private void saveMappings(List<DemoFile> files) throws InterruptedException {
        Set<ColumnMapping> mappings = new LinkedHashSet<>();
        files.forEach(f -> f.mapping().ifPresent(mappings::add));
        for (ColumnMapping mapping : mappings) {
            try {
                HttpResponse<String> answer = api.send("PUT", "/imports/mappings/" + ApiClient.encode(mapping.name()),
                        "application/json", HttpRequest.BodyPublishers.ofString(mapping.json()));
                if (answer.statusCode() != 200 && answer.statusCode() != 201) {
                    out.accept("  Column mapping " + mapping.name() + " was not saved: " + ApiClient.failure(answer));
                }
            } catch (IOException e) {
                out.accept("  Column mapping " + mapping.name() + " was not saved: " + e.getMessage());
            }
        }
    }

    private Upload upload(DemoFile file) throws InterruptedException {
        String query = "?filename=" + ApiClient.encode(file.path().getFileName().toString())
                + file.mapping().map(m -> "&mapping=" + ApiClient.encode(m.name()))
                .orElse("&format=" + ApiClient.encode(file.format()));
        try {
            HttpResponse<String> answer = api.send("POST", "/imports" + query, "application/octet-stream",
                    HttpRequest.BodyPublishers.ofFile(file.path()));
            if (answer.statusCode() != 202) {
                return new Upload(file, null, "upload refused: " + ApiClient.failure(answer));
            }
            return new Upload(file, ApiClient.parse(answer.body()).getJsonNumber("id").longValue(), null);
        } catch (IOException e) {
            return new Upload(file, null, "upload failed: " + e.getMessage());
        }
    }

    /** The batch once its import has ended; null when the deadline passes first or the server does not answer. */
    private JsonObject awaitEnd(long id, Instant deadline) throws InterruptedException {
        while (true) {
            JsonObject batch = api.get("/imports/" + id);
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
}
