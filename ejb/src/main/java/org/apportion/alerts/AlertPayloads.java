package org.apportion.alerts;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.apportion.base.Money;

/** The bodies the channels send: an e-mail's text, a Slack-compatible message, a webhook's JSON. */
public final class AlertPayloads {

    private AlertPayloads() {
    }

    /** Plain text: the message, then the key and the amounts, so a reader can find the alert in the history. */
    public static String emailText(RaisedAlert alert) {
        StringBuilder text = new StringBuilder(alert.message()).append("\n\n");
        text.append("Type:    ").append(alert.key().type()).append('\n');
        text.append("Level:   ").append(alert.key().level()).append('\n');
        text.append("Subject: ").append(alert.key().subject()).append('\n');
        text.append("Period:  ").append(alert.key().period()).append('\n');
        if (alert.amount() != null) {
            text.append("Amount:    ").append(money(alert.amount())).append('\n');
        }
        if (alert.threshold() != null) {
            text.append("Threshold: ").append(money(alert.threshold())).append('\n');
        }
        text.append("Raised:  ").append(alert.raisedAt()).append("\nAlert id: ").append(alert.id()).append('\n');
        return text.toString();
    }

    /**
     * A Slack incoming-webhook message: {@code text} (what Slack, Mattermost and Rocket.Chat all show, and
     * Slack's notification fallback) and Block Kit {@code blocks} with a header and the key facts.
     */
    public static String slack(RaisedAlert alert) {
        String facts = "*Type:* " + alert.key().type() + "   *Level:* " + alert.key().level()
                + "\n*Subject:* " + escapeSlack(alert.key().subject()) + "   *Period:* " + alert.key().period()
                + (alert.amount() == null ? "" : "\n*Amount:* " + money(alert.amount()))
                + (alert.threshold() == null ? "" : "   *Threshold:* " + money(alert.threshold()));
        return Json.createObjectBuilder()
                .add("text", escapeSlack(alert.headline() + "\n" + alert.message()))
                .add("blocks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "header")
                                .add("text", Json.createObjectBuilder().add("type", "plain_text")
                                        .add("text", truncate(alert.headline(), 150))))
                        .add(Json.createObjectBuilder().add("type", "section")
                                .add("text", Json.createObjectBuilder().add("type", "mrkdwn")
                                        .add("text", escapeSlack(alert.message()))))
                        .add(Json.createObjectBuilder().add("type", "section")
                                .add("text", Json.createObjectBuilder().add("type", "mrkdwn").add("text", facts))))
                .build().toString();
    }

    /**
     * The signed webhook's JSON. {@code timestamp} (epoch seconds, also sent as {@code X-Apportion-Timestamp}) is
     * inside the signed body, so a receiver can refuse replays of an old call.
     */
    public static String webhook(RaisedAlert alert, long timestamp) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("event", "alert.raised")
                .add("timestamp", timestamp)
                .add("id", alert.id())
                .add("type", alert.key().type().name())
                .add("subject", alert.key().subject())
                .add("period", alert.key().period())
                .add("level", alert.key().level().name())
                .add("title", alert.title())
                .add("message", alert.message())
                .add("raisedAt", alert.raisedAt().toString());
        Money any = alert.amount() != null ? alert.amount() : alert.threshold();
        if (any != null) {
            json.add("currency", any.currency());
        }
        if (alert.amount() != null) {
            json.add("amount", alert.amount().exact());
        }
        if (alert.threshold() != null) {
            json.add("threshold", alert.threshold().exact());
        }
        return json.build().toString();
    }

    private static String money(Money money) {
        return money.exact() + " " + money.currency();
    }

    /** Slack reads &, < and > as control characters (links, mentions): escape them as its docs ask. */
    static String escapeSlack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
