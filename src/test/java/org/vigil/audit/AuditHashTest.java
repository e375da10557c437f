package org.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");

    private static String hash(String actor, String action, String entityId, String before, String after) {
        return AuditHash.of(7, AT, actor, "10.0.0.1", action, "MISSION", entityId, before, after, AuditHash.GENESIS);
    }

    @Test
    void isStableAndHex() {
        String h = hash("admin", "UPDATE", "ru-embassy-ankara", "{\"a\":1}", "{\"a\":2}");
        assertThat(h)
                .isEqualTo(hash("admin", "UPDATE", "ru-embassy-ankara", "{\"a\":1}", "{\"a\":2}"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void changesWithEveryField() {
        String base = hash("admin", "UPDATE", "x", "{}", "{}");
        assertThat(hash("admim", "UPDATE", "x", "{}", "{}")).isNotEqualTo(base);
        assertThat(hash("admin", "DELETE", "x", "{}", "{}")).isNotEqualTo(base);
        assertThat(hash("admin", "UPDATE", "y", "{}", "{}")).isNotEqualTo(base);
        assertThat(hash("admin", "UPDATE", "x", "{ }", "{}")).isNotEqualTo(base);
        assertThat(AuditHash.of(8, AT, "admin", "10.0.0.1", "UPDATE", "MISSION", "x", "{}", "{}", AuditHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(
                        7,
                        AT.plusNanos(1000),
                        "admin",
                        "10.0.0.1",
                        "UPDATE",
                        "MISSION",
                        "x",
                        "{}",
                        "{}",
                        AuditHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(7, AT, "admin", "10.0.0.1", "UPDATE", "MISSION", "x", "{}", "{}", "1".repeat(64)))
                .isNotEqualTo(base);
    }

    @Test
    void moving_text_between_fields_or_null_versus_empty_gives_another_hash() {
        assertThat(hash("ab", "C", null, null, null)).isNotEqualTo(hash("a", "bC", null, null, null));
        assertThat(hash("admin", "READ", null, null, null)).isNotEqualTo(hash("admin", "READ", "", null, null));
        assertThat(hash("admin", "READ", "x", null, "{}")).isNotEqualTo(hash("admin", "READ", "x", "{}", null));
    }
}
