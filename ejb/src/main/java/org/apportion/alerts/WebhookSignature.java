package org.apportion.alerts;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: {@code sha256=} and the lower-case hex HMAC-SHA256 of the raw body bytes,
 * keyed with the channel's secret (UTF-8). Receivers recompute it over the bytes they received (before any JSON
 * parsing) and compare in constant time; docs/OPERATIONS.md shows how.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Apportion-Signature";
    public static final String TIMESTAMP_HEADER = "X-Apportion-Timestamp";
    private static final String PREFIX = "sha256=";
    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String sign(byte[] body, byte[] secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Whether {@code signature} is the body's signature with this secret; constant time, as receivers should. */
    public static boolean verify(byte[] body, byte[] secret, String signature) {
        return signature != null && MessageDigest.isEqual(sign(body, secret).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
