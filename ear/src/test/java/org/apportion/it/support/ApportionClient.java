package org.apportion.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/** The REST API as a script or integration would use it. */
public final class ApportionClient {

    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED", "REJECTED", "STOPPED", "ABANDONED",
            "DUPLICATE");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApportionClient() {
        this.baseUrl = "http://localhost:" + System.getProperty("apportion.it.http.port") + "/api/v1";
    }

    public static String uiUrl() {
        return "http://localhost:" + System.getProperty("apportion.it.http.port") + "/";
    }

    public static Path testData(String relative) {
        return Path.of(System.getProperty("apportion.testdata")).resolve(relative);
    }

    public HttpResponse<String> upload(Path file, String fileName) throws IOException, InterruptedException {
        return upload(file, fileName, null);
    }

    /** Uploads naming the file's format instead of letting the header decide. */
    public HttpResponse<String> uploadAs(Path file, String fileName, String format) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/imports?filename=" + fileName + "&format=" + format))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads with extra query parameters ({@code "mapping=hosting&policy=quarantine"}). */
    public HttpResponse<String> uploadWith(Path file, String fileName, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/imports?filename=" + fileName + "&" + query))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #uploadWith}, then waits for the import to end. */
    public JsonObject importWithAndWait(Path file, String fileName, String query) throws Exception {
        HttpResponse<String> accepted = uploadWith(file, fileName, query);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("Upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return awaitEnd(json(accepted.body()).getJsonNumber("id").longValue());
    }

    /** Uploads with a rejection policy ({@code strict} or {@code quarantine}; null for the default). */
    public HttpResponse<String> upload(Path file, String fileName, String policy) throws IOException, InterruptedException {
        String query = "?filename=" + fileName + (policy == null ? "" : "&policy=" + policy);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/imports" + query))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads as a browser form would: multipart/form-data with the file in field {@code file}. */
    public HttpResponse<String> uploadForm(Path file, String fileName) throws IOException, InterruptedException {
        String boundary = "apportion-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a JSON body (or none) with any method. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a text body of any media type ({@code text/csv}, ...). */
    public HttpResponse<String> sendText(String method, String path, String contentType, String text)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> sendFile(String method, String path, Path json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofFile(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads and answers the batch once its import has ended. */
    public JsonObject importAndWait(Path file, String fileName) throws Exception {
        return importAndWait(file, fileName, null);
    }

    public JsonObject importAndWait(Path file, String fileName, String policy) throws Exception {
        HttpResponse<String> accepted = upload(file, fileName, policy);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("Upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return awaitEnd(json(accepted.body()).getJsonNumber("id").longValue());
    }

    public JsonObject batch(long id) throws Exception {
        HttpResponse<String> response = get("/imports/" + id);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /imports/" + id + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    public JsonObject awaitEnd(long id) {
        return await("import " + id + " to end").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> batch(id), batch -> FINAL.contains(batch.getString("status")));
    }

    /** Starts the allocation of a period and waits until its run ends (COMPLETED, FAILED or STOPPED). */
    public JsonObject allocateAndWait(String period) throws IOException, InterruptedException {
        HttpResponse<String> accepted = send("POST", "/allocations/runs", "{\"period\": \"" + period + "\"}");
        if (accepted.statusCode() != 202) {
            throw new AssertionError("POST /allocations/runs answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return awaitAllocationRun(json(accepted.body()).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    public JsonObject awaitAllocationRun(long id) {
        return await("allocation run " + id + " to end").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> json(get("/allocations/runs/" + id).body()),
                        run -> List.of("COMPLETED", "FAILED", "STOPPED").contains(run.getString("status")));
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
