package org.apportion.alerts;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signsWithHmacSha256AsRfc4231TestCase2() {
        // RFC 4231, 4.3: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSignature.sign(utf8("what do ya want for nothing?"), utf8("Jefe")))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void signsTheRawBytesSoAnyChangeOfTheBodyOrSecretFailsVerification() {
        byte[] body = utf8("{\"amount\":\"1250.10\",\"currency\":\"EUR\"}");
        String signature = WebhookSignature.sign(body, utf8("a-secret-of-16-chars"));

        assertThat(WebhookSignature.verify(body, utf8("a-secret-of-16-chars"), signature)).isTrue();
        assertThat(WebhookSignature.verify(utf8("{\"amount\": \"1250.10\",\"currency\":\"EUR\"}"),
                utf8("a-secret-of-16-chars"), signature)).isFalse();
        assertThat(WebhookSignature.verify(body, utf8("another-secret-16"), signature)).isFalse();
        assertThat(WebhookSignature.verify(body, utf8("a-secret-of-16-chars"), null)).isFalse();
    }
}
