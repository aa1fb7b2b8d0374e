package org.apportion.alerts;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelSettingsTest {

    private static final EnumSet<AlertType> ALL = EnumSet.allOf(AlertType.class);

    @Test
    void eachKindNeedsItsOwnFields() {
        assertThat(new ChannelSettings("finance mail", ChannelKind.EMAIL, true, ALL, List.of("cfo@example.com"), null, null)
                .problems(true)).isEmpty();
        assertThat(new ChannelSettings("hooks", ChannelKind.WEBHOOK, true, ALL, List.of(), "https://h.example/in",
                "0123456789abcdef").problems(true)).isEmpty();

        assertThat(new ChannelSettings("mail", ChannelKind.EMAIL, true, ALL, List.of("not an address"), "http://x", null)
                .problems(true)).extracting(p -> p.field()).containsExactly("recipients", "url");
        assertThat(new ChannelSettings("slack", ChannelKind.SLACK, true, ALL, List.of(), "ftp://x", "s")
                .problems(true)).extracting(p -> p.field()).containsExactly("url", "secret");
        assertThat(new ChannelSettings("hooks", ChannelKind.WEBHOOK, true, EnumSet.noneOf(AlertType.class), List.of(),
                "https://h.example/in", "short").problems(true)).extracting(p -> p.field())
                .containsExactly("alertTypes", "secret");
    }

    @Test
    void anUpdateMayKeepTheStoredWebhookSecret() {
        ChannelSettings withoutSecret = new ChannelSettings("hooks", ChannelKind.WEBHOOK, true, ALL, List.of(),
                "https://h.example/in", null);

        assertThat(withoutSecret.problems(false)).isEmpty();
        assertThat(withoutSecret.problems(true)).extracting(p -> p.field()).containsExactly("secret");
    }

    @Test
    void slackUrlsAreShownWithoutTheirTokenPath() {
        assertThat(ChannelSecrets.maskUrl("https://hooks.slack.com/services/T000/B000/XXXXSECRET"))
                .isEqualTo("https://hooks.slack.com/****");
        assertThat(ChannelSecrets.maskUrl("http://127.0.0.1:8089/slack/abc")).isEqualTo("http://127.0.0.1:8089/****");
    }
}
