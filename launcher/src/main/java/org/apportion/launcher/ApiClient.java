package org.apportion.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Apportion's REST API ({@code <base>/api/v1}) as the demo loader calls it: JSON in, JSON out, problems as text. */
final class ApiClient {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private final HttpClient http;
    private final String api;

    ApiClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.api = baseUrl + "/api/v1";
    }

    /**
     * Sends a request to {@code path} (below /api/v1); IOExceptions are the caller's to report. No timeout: an
     * upload of the year's bill takes as long as it takes.
     */
    HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", contentType).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    /** The JSON answer of a GET, or null when the server answers otherwise than 200 or not at all. */
    JsonObject get(String path) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The status of a GET, or -1 when the server does not answer. */
    int status(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Why a request failed: HTTP status and the problem's {@code detail} or {@code title}, else the body. */
    static String failure(HttpResponse<String> answer) {
        return "HTTP " + answer.statusCode() + " " + reason(answer.body());
    }

    /** The detail of an error answer (a problem's {@code detail} or {@code title}), else the body as it is. */
    static String reason(String body) {
        try {
            JsonObject problem = parse(body);
            return problem.getString("detail", problem.getString("title", body));
        } catch (RuntimeException e) {
            return body;
        }
    }

    static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
