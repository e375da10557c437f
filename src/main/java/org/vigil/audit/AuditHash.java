package org.vigil.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over a canonical serialisation of every field and the previous entry's hash.
 * Each field is written as its UTF-8 length, a colon and its bytes ({@code -} for null), so that no two different
 * entries serialise alike (moving text from one field into the next changes the lengths). The format is
 * described in docs/security.md so that an auditor can re-implement the check outside Vigil.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final byte[] FORMAT = "vigil-audit-v1".getBytes(StandardCharsets.UTF_8);

    private AuditHash() {}

    static String of(
            long seq,
            Instant recordedAt,
            String actor,
            String remoteAddress,
            String action,
            String entityType,
            String entityId,
            String beforeJson,
            String afterJson,
            String prevHash) {
        MessageDigest sha = sha256();
        sha.update(FORMAT);
        field(sha, Long.toString(seq));
        field(sha, DateTimeFormatter.ISO_INSTANT.format(recordedAt));
        field(sha, actor);
        field(sha, remoteAddress);
        field(sha, action);
        field(sha, entityType);
        field(sha, entityId);
        field(sha, beforeJson);
        field(sha, afterJson);
        field(sha, prevHash);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        sha.update((byte) '|');
        if (value == null) {
            sha.update((byte) '-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
