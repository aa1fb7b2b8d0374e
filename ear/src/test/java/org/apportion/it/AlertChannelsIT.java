package org.apportion.it;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts through real channels: WildFly's mail session sends to a GreenMail SMTP server in this JVM (on
 * {@code apportion.it.smtp.port}, which arquillian.xml gives the server), and the Slack and signed webhooks post
 * to an HTTP receiver here. A raised alert arrives once per channel; raising it again sends nothing.
 */
class AlertChannelsIT extends ApportionIT {

    private static final String SECRET = "it-secret-0123456789abcdef";
    private static GreenMail smtp;
    private static HttpServer receiver;
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    /** One request the receiver got: path, signature headers and the raw body. */
    record Call(String path, String signature, String timestamp, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void startSmtpAndReceiver() throws IOException {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("apportion.it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                CALLS.add(new Call(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("X-Apportion-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Apportion-Timestamp"), in.readAllBytes()));
            }
            int status = exchange.getRequestURI().getPath().startsWith("/broken") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static List<Call> callsTo(String path) {
        return CALLS.stream().filter(c -> c.path().equals(path)).toList();
    }

    private long createChannel(String json) throws Exception {
        HttpResponse<String> created = api.send("POST", "/alerts/channels", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApportionClient.json(created.body()).getJsonNumber("id").longValue();
    }

    /** The messages in one recipient's mailbox (GreenMail keeps a copy per recipient). */
    private static List<MimeMessage> mailTo(String address) throws Exception {
        GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(StoredMessage::getMimeMessage).toList();
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aThresholdCrossingArrivesOnceByMailSlackAndSignedWebhookAndNeverTwice() throws Exception {
        long mail = createChannel("""
                {"name": "finance mail", "kind": "EMAIL", "alertTypes": ["BUDGET_THRESHOLD"],
                 "recipients": ["finops@example.test", "bob@example.test"]}""");
        createChannel("""
                {"name": "finops slack", "kind": "SLACK", "alertTypes": ["BUDGET_THRESHOLD"],
                 "url": "%s"}""".formatted(receiverUrl("/slack/T000/B000/SLACKTOKEN")));
        createChannel("""
                {"name": "erp hook", "kind": "WEBHOOK", "alertTypes": ["BUDGET_THRESHOLD"],
                 "url": "%s", "secret": "%s"}""".formatted(receiverUrl("/hook"), SECRET));
        // Alice opts in to budget alerts by mail; Bob, listed on the channel, opts out.
        assertThat(api.send("PUT", "/alerts/preferences", """
                {"user": "alice", "email": "alice@example.test", "alertType": "BUDGET_THRESHOLD",
                 "channelId": %d, "enabled": true}""".formatted(mail)).statusCode()).isEqualTo(200);
        assertThat(api.send("PUT", "/alerts/preferences", """
                {"user": "bob", "email": "bob@example.test", "alertType": "BUDGET_THRESHOLD",
                 "channelId": %d, "enabled": false}""".formatted(mail)).statusCode()).isEqualTo(200);
        String draft = """
                {"type": "BUDGET_THRESHOLD", "subject": "budget:42", "period": "2025-03", "level": "CRITICAL",
                 "title": "Platform budget at 92 %", "message": "Platform spent 9200.50 EUR of its 10000 EUR budget.",
                 "amount": "9200.50", "threshold": "10000", "currency": "EUR"}""";

        HttpResponse<String> raised = api.send("POST", "/alerts", draft);

        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        JsonObject alert = ApportionClient.json(raised.body()).getJsonObject("alert");
        assertThat(alert.getString("amount")).isEqualTo("9200.5");
        assertThat(alert.getJsonArray("deliveries").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("channel"), d -> d.getString("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("finance mail", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("finops slack", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("erp hook", "DELIVERED"));
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        List<MimeMessage> mailed = mailTo("finops@example.test");
        assertThat(mailed).hasSize(1);
        MimeMessage finops = mailed.getFirst();
        assertThat(finops.getSubject()).isEqualTo("[Apportion] CRITICAL: Platform budget at 92 %");
        assertThat(finops.getFrom()[0].toString()).isEqualTo("apportion-it@example.test");
        assertThat(List.of(finops.getRecipients(Message.RecipientType.TO))).extracting(Object::toString)
                .containsExactly("finops@example.test", "alice@example.test");
        assertThat(String.valueOf(finops.getContent())).contains("Subject: budget:42", "Threshold: 10000 EUR");
        assertThat(mailTo("alice@example.test")).hasSize(1);
        assertThat(mailTo("bob@example.test")).isEmpty();

        List<Call> hooks = callsTo("/hook");
        assertThat(hooks).hasSize(1);
        Call hook = hooks.getFirst();
        assertThat(hook.signature()).isEqualTo(hmac(hook.body()));
        JsonObject body = ApportionClient.json(hook.text());
        assertThat(body.getString("subject")).isEqualTo("budget:42");
        assertThat(body.getString("amount")).isEqualTo("9200.5");
        assertThat(body.getString("currency")).isEqualTo("EUR");
        assertThat(Long.toString(body.getJsonNumber("timestamp").longValue())).isEqualTo(hook.timestamp());
        List<Call> slack = callsTo("/slack/T000/B000/SLACKTOKEN");
        assertThat(slack).hasSize(1);
        assertThat(slack.getFirst().signature()).isNull();
        assertThat(ApportionClient.json(slack.getFirst().text()).getString("text"))
                .startsWith("[Apportion] CRITICAL: Platform budget at 92 %");

        HttpResponse<String> again = api.send("POST", "/alerts", draft);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonObject answer = ApportionClient.json(again.body());
        assertThat(answer.getBoolean("raised")).isFalse();
        assertThat(answer.getString("detail")).startsWith("Already raised");
        assertThat(answer.getJsonObject("alert").getJsonNumber("id").longValue())
                .isEqualTo(alert.getJsonNumber("id").longValue());
        // Delivery happens within the raising request, so whatever the second one sent has arrived by now.
        assertThat(mailTo("finops@example.test")).hasSize(1);
        assertThat(mailTo("alice@example.test")).hasSize(1);
        assertThat(callsTo("/hook")).hasSize(1);
        assertThat(callsTo("/slack/T000/B000/SLACKTOKEN")).hasSize(1);

        JsonObject history = ApportionClient.json(api.get("/alerts?type=BUDGET_THRESHOLD&level=CRITICAL").body());
        assertThat(history.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(history.getJsonArray("items").getJsonObject(0).getJsonArray("deliveries")).hasSize(3);
        assertThat(TestDb.count("SELECT COUNT(*) FROM alert WHERE subject = 'budget:42'")).isEqualTo(1);
        // A higher level of the same budget and period is a new alert.
        HttpResponse<String> exceeded = api.send("POST", "/alerts", draft.replace("CRITICAL", "EXCEEDED"));
        assertThat(exceeded.statusCode()).as(exceeded.body()).isEqualTo(201);
        assertThat(callsTo("/hook")).hasSize(2);
    }

    @Test
    void channelSecretsAreNeverReturned() throws Exception {
        long slack = createChannel("""
                {"name": "secret slack", "kind": "SLACK", "url": "%s"}""".formatted(receiverUrl("/slack/T1/B1/TOPSECRET")));
        long hook = createChannel("""
                {"name": "secret hook", "kind": "WEBHOOK", "enabled": false, "url": "%s", "secret": "%s"}"""
                .formatted(receiverUrl("/secret-hook"), SECRET));

        String listed = api.get("/alerts/channels").body();
        JsonObject slackView = ApportionClient.json(api.get("/alerts/channels/" + slack).body());
        JsonObject hookView = ApportionClient.json(api.get("/alerts/channels/" + hook).body());

        assertThat(listed).doesNotContain("TOPSECRET", SECRET);
        assertThat(slackView.getString("url")).isEqualTo(receiverUrl("/****"));
        assertThat(hookView.getString("secret")).isEqualTo("****");
        assertThat(hookView.getJsonArray("alertTypes")).hasSize(4);
        // An update without the secret keeps it.
        HttpResponse<String> updated = api.send("PUT", "/alerts/channels/" + hook, """
                {"name": "secret hook", "kind": "WEBHOOK", "enabled": false, "url": "%s"}"""
                .formatted(receiverUrl("/secret-hook-2")));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(ApportionClient.json(updated.body()).getString("secret")).isEqualTo("****");
        assertThat(api.send("DELETE", "/alerts/channels/" + slack, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/alerts/channels/" + hook, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aFailedDeliveryIsRecordedAndKeepsTheAlert() throws Exception {
        createChannel("""
                {"name": "broken hook", "kind": "WEBHOOK", "alertTypes": ["ANOMALY"], "url": "%s", "secret": "%s"}"""
                .formatted(receiverUrl("/broken"), SECRET));
        createChannel("""
                {"name": "muted slack", "kind": "SLACK", "enabled": false, "alertTypes": ["ANOMALY"], "url": "%s"}"""
                .formatted(receiverUrl("/muted")));
        String draft = """
                {"type": "ANOMALY", "subject": "cost-center:CC-1001", "period": "2025-03-14", "level": "WARNING",
                 "title": "Unusual spend on CC-1001", "message": "EC2 spend 3x the usual for a Friday."}""";

        HttpResponse<String> raised = api.send("POST", "/alerts", draft);

        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        long id = ApportionClient.json(raised.body()).getJsonObject("alert").getJsonNumber("id").longValue();
        JsonObject stored = ApportionClient.json(api.get("/alerts/" + id).body());
        assertThat(stored.getJsonArray("deliveries")).hasSize(1);
        JsonObject delivery = stored.getJsonArray("deliveries").getJsonObject(0);
        assertThat(delivery.getString("status")).isEqualTo("FAILED");
        assertThat(delivery.getString("detail")).isEqualTo("HTTP 500 from the receiver");
        assertThat(callsTo("/muted")).isEmpty();
        assertThat(api.send("POST", "/alerts", draft).statusCode()).isEqualTo(200);
        assertThat(callsTo("/broken")).hasSize(1);
    }

    @Test
    void concurrentRaisesOfOneAlertStoreAndSendItOnce() throws Exception {
        createChannel("""
                {"name": "race hook", "kind": "WEBHOOK", "alertTypes": ["FORECAST_OVER"], "url": "%s", "secret": "%s"}"""
                .formatted(receiverUrl("/race"), SECRET));
        String draft = """
                {"type": "FORECAST_OVER", "subject": "budget:7", "period": "2025-04", "level": "WARNING",
                 "title": "Forecast over budget", "message": "Projected 1.5 % over.", "amount": "10150.00",
                 "threshold": "10000.00", "currency": "USD"}""";

        List<CompletableFuture<Integer>> answers = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return api.send("POST", "/alerts", draft).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();

        assertThat(answers.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder(201, 200, 200, 200, 200, 200);
        assertThat(callsTo("/race")).hasSize(1);
        assertThat(TestDb.count("SELECT COUNT(*) FROM alert WHERE subject = 'budget:7'")).isEqualTo(1);
    }

    @Test
    void testAlertsCanBeSentAgainAndAgain() throws Exception {
        createChannel("""
                {"name": "test mail", "kind": "EMAIL", "alertTypes": ["MOM_VARIANCE"], "recipients": ["ops-test@example.test"]}""");

        HttpResponse<String> first = api.post("/alerts/test");
        HttpResponse<String> second = api.post("/alerts/test");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(ApportionClient.json(first.body()).getJsonObject("alert").getString("type")).isEqualTo("MOM_VARIANCE");
        assertThat(mailTo("ops-test@example.test")).hasSize(2)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("[Apportion] INFO: Test alert"));
    }

    @Test
    void badRequestsNameEachField() throws Exception {
        HttpResponse<String> channel = api.send("POST", "/alerts/channels", """
                {"kind": "WEBHOOK", "url": "ftp://nowhere", "secret": "short", "alertTypes": ["BUDGET"]}""");
        HttpResponse<String> alert = api.send("POST", "/alerts", """
                {"type": "BUDGET_THRESHOLD", "subject": "Budget 42", "period": "March", "level": "LOUD",
                 "title": "t", "message": "m", "amount": "12.5"}""");

        assertThat(channel.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(channel.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("name", "alertTypes", "url", "secret");
        assertThat(alert.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(alert.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("level", "currency", "subject", "period");
        assertThat(api.get("/alerts?type=NOPE").statusCode()).isEqualTo(400);
    }
}
