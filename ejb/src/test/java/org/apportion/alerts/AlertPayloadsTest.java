package org.apportion.alerts;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.apportion.base.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertPayloadsTest {

    private static final RaisedAlert CROSSED = new RaisedAlert(7,
            new AlertKey(AlertType.BUDGET_THRESHOLD, "budget:42", "2025-03", AlertLevel.CRITICAL),
            "Platform budget at 92 %", "Platform & Data <team> spent 9200.50 EUR of 10000 EUR.",
            new Money(new BigDecimal("9200.500000"), "EUR"), new Money(new BigDecimal("10000"), "EUR"),
            Instant.parse("2025-03-20T02:00:00Z"));

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void slackMessageHasEscapedTextAndHeaderAndSectionBlocks() {
        JsonObject slack = json(AlertPayloads.slack(CROSSED));

        assertThat(slack.getString("text")).isEqualTo("[Apportion] CRITICAL: Platform budget at 92 %\n"
                + "Platform &amp; Data &lt;team&gt; spent 9200.50 EUR of 10000 EUR.");
        assertThat(slack.getJsonArray("blocks")).hasSize(3);
        JsonObject header = slack.getJsonArray("blocks").getJsonObject(0);
        assertThat(header.getString("type")).isEqualTo("header");
        assertThat(header.getJsonObject("text").getString("type")).isEqualTo("plain_text");
        assertThat(header.getJsonObject("text").getString("text")).isEqualTo("[Apportion] CRITICAL: Platform budget at 92 %");
        JsonObject facts = slack.getJsonArray("blocks").getJsonObject(2).getJsonObject("text");
        assertThat(facts.getString("type")).isEqualTo("mrkdwn");
        assertThat(facts.getString("text")).contains("*Subject:* budget:42", "*Period:* 2025-03",
                "*Amount:* 9200.5 EUR", "*Threshold:* 10000 EUR");
    }

    @Test
    void webhookBodyCarriesTheKeyExactAmountsAndTheSignedTimestamp() {
        JsonObject body = json(AlertPayloads.webhook(CROSSED, 1742436000L));

        assertThat(body.getString("event")).isEqualTo("alert.raised");
        assertThat(body.getJsonNumber("timestamp").longValue()).isEqualTo(1742436000L);
        assertThat(body.getJsonNumber("id").longValue()).isEqualTo(7);
        assertThat(body.getString("type")).isEqualTo("BUDGET_THRESHOLD");
        assertThat(body.getString("subject")).isEqualTo("budget:42");
        assertThat(body.getString("period")).isEqualTo("2025-03");
        assertThat(body.getString("level")).isEqualTo("CRITICAL");
        assertThat(body.getString("amount")).isEqualTo("9200.5");
        assertThat(body.getString("threshold")).isEqualTo("10000");
        assertThat(body.getString("currency")).isEqualTo("EUR");
        assertThat(body.getString("raisedAt")).isEqualTo("2025-03-20T02:00:00Z");
    }

    @Test
    void emailTextNamesTheKeyAndAmounts() {
        assertThat(AlertPayloads.emailText(CROSSED)).contains("Subject: budget:42", "Period:  2025-03",
                "Amount:    9200.5 EUR", "Threshold: 10000 EUR", "Alert id: 7");
    }
}
