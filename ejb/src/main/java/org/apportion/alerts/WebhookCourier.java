package org.apportion.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts alerts to Slack-compatible and signed JSON webhooks. Timeouts bound how long a dead receiver holds up
 * the check that raised the alert; redirects are not followed, so a signed body never goes where the admin did
 * not point it.
 */
@ApplicationScoped
public class WebhookCourier {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Clock clock = Clock.systemUTC();

    public DeliveryOutcome slack(RaisedAlert alert, String url) {
        return post(url, AlertPayloads.slack(alert).getBytes(StandardCharsets.UTF_8), HttpRequest.newBuilder());
    }

    public DeliveryOutcome signed(RaisedAlert alert, String url, String secret) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = AlertPayloads.webhook(alert, timestamp).getBytes(StandardCharsets.UTF_8);
        return post(url, body, HttpRequest.newBuilder()
                .header(WebhookSignature.HEADER, WebhookSignature.sign(body, secret.getBytes(StandardCharsets.UTF_8)))
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp)));
    }

    /** The outcome never names the URL: a Slack webhook's URL is its credential. */
    private DeliveryOutcome post(String url, byte[] body, HttpRequest.Builder request) {
        try {
            HttpResponse<Void> response = http.send(request.uri(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Apportion-Alerts/1")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? DeliveryOutcome.delivered("HTTP " + status)
                    : DeliveryOutcome.failed("HTTP " + status + " from the receiver");
        } catch (IOException e) {
            return DeliveryOutcome.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed("Interrupted while posting");
        }
    }
}
