package org.vigil.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-Vigil-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the
 * shared secret, and {@code X-Vigil-Timestamp: <epoch seconds>}. Signing the timestamp with the body lets a receiver
 * refuse a replayed request (an old timestamp) as well as a forged one. Receivers verify as in docs/alerts.md.
 */
final class WebhookSignature {

    static final String SIGNATURE_HEADER = "X-Vigil-Signature";
    static final String TIMESTAMP_HEADER = "X-Vigil-Timestamp";
    static final String DELIVERY_HEADER = "X-Vigil-Delivery";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** What a receiver does: the signature matches (compared in constant time) and the timestamp is recent. */
    static boolean verify(
            String secret,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            long nowEpochSeconds,
            long toleranceSeconds) {
        if (timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowEpochSeconds - ts) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(secret, ts, body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
