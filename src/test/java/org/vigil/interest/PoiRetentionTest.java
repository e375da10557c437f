package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Actor;
import org.vigil.shared.Author;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup.AuthoredSignal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention of persons of interest on a fixed clock: a record quiet for longer than the retention is archived, one
 * with recent casework or recent items is not, a new item makes an archived record active again, and the purge after
 * the further period deletes every row of the record and is audited with what it removed.
 */
@SpringBootTest
@Tag("db")
class PoiRetentionTest {

    private static final String ANKARA = "ru-embassy-ankara";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    PersonsOfInterest persons;

    @Autowired
    PoiCasework casework;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final InterestProperties defaults = new InterestProperties(Duration.ofDays(365), Duration.ofDays(90), "-");

    private PoiRetention at(Instant instant) {
        return new PoiRetention(jdbc, audit, defaults, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private long signalId() {
        return 7_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    }

    /** A record whose only threat and last change were {@code daysAgo} days ago. */
    private long record(String handle, int daysAgo) {
        Instant at = now.minus(Duration.ofDays(daysAgo));
        persons.record(signal(handle, at));
        long id = jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE person_of_interest SET updated_at = ?, created_at = ? WHERE id = ?")
                .params(PoiCasework.ts(at), PoiCasework.ts(at), id)
                .update();
        return id;
    }

    private AuthoredSignal signal(String handle, Instant at) {
        return new AuthoredSignal(
                signalId(),
                new Author(handle, null, "x", null),
                "ru",
                ThreatLevel.HIGH,
                "NEW",
                Set.of(ANKARA),
                Set.of(ANKARA),
                Map.of("yerkhov", Optional.of(ANKARA)),
                at);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM person_of_interest WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("GONE");
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void aQuietRecordIsArchivedThenPurgedWithThePurgeAudited() {
        String u = Long.toString(signalId(), 36);
        long quiet = record("quiet_" + u, 400);
        long fresh = record("fresh_" + u, 3);
        long worked = record("worked_" + u, 400);
        // recent casework counts as activity: a note written today keeps the record
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "analyst", "n/a", Set.of(new SimpleGrantedAuthority(Role.HQ_ANALYST.authority()))));
        try {
            casework.note(new Actor("analyst", Set.of(Role.HQ_ANALYST), Scope.all()), worked, "Still of concern");
            casework.note(new Actor("analyst", Set.of(Role.HQ_ANALYST), Scope.all()), quiet, "First note");
        } finally {
            SecurityContextHolder.clearContext();
        }
        jdbc.sql("UPDATE person_of_interest SET updated_at = ? WHERE id = ?")
                .params(PoiCasework.ts(now.minus(Duration.ofDays(400))), quiet)
                .update();

        PoiRetention.Outcome first = at(now).run();
        assertThat(first.archived()).contains(quiet).doesNotContain(fresh, worked);
        assertThat(status(quiet)).isEqualTo("ARCHIVED");
        assertThat(status(fresh)).isEqualTo("ACTIVE");
        assertThat(status(worked)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'ARCHIVE' AND entity_id = ?")
                        .param(Long.toString(quiet))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // an archived record is still readable, and refuses casework until reopened
        assertThat(casework.find(Scope.all(), quiet).status()).isEqualTo("ARCHIVED");

        // not yet purged a day before the purge period is over
        assertThat(at(now.plus(Duration.ofDays(89))).run().purged()).doesNotContain(quiet);
        assertThat(status(quiet)).isEqualTo("ARCHIVED");

        // purged after it: every row of the record gone, the purge audited with the counts
        PoiRetention.Outcome purge = at(now.plus(Duration.ofDays(91))).run();
        assertThat(purge.purged()).contains(quiet).doesNotContain(fresh, worked);
        assertThat(status(quiet)).isEqualTo("GONE");
        assertThat(count("SELECT COUNT(*) FROM poi_account WHERE poi_id = ?", quiet))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM poi_target WHERE poi_id = ?", quiet))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM poi_item WHERE poi_id = ?", quiet))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM poi_note WHERE poi_id = ?", quiet))
                .isZero();
        assertThat(status(fresh)).isEqualTo("ACTIVE");
        String after = jdbc.sql("SELECT after_json FROM audit_entries WHERE action = 'PURGE' AND entity_type = ? AND"
                        + " entity_id = ?")
                .params(PersonsOfInterest.ENTITY, Long.toString(quiet))
                .query(String.class)
                .single();
        JsonNode removed = JsonMapper.builder().build().readTree(after).get("removed");
        assertThat(removed.get("accounts").asInt()).isEqualTo(1);
        assertThat(removed.get("targets").asInt()).isEqualTo(2);
        assertThat(removed.get("items").asInt()).isEqualTo(1);
        assertThat(removed.get("notes").asInt()).isEqualTo(1);
        assertThat(after).as("the purge keeps no handle").doesNotContain("quiet_" + u);
    }

    @Test
    void aNewItemMakesAnArchivedRecordActiveAgain() {
        String u = Long.toString(signalId(), 36);
        long id = record("back_" + u, 500);
        assertThat(at(now).run().archived()).contains(id);
        assertThat(status(id)).isEqualTo("ARCHIVED");
        persons.record(signal("back_" + u, now));
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(at(now.plus(Duration.ofDays(200))).run().purged()).doesNotContain(id);
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void aRetentionThatIsNotPositiveIsRefusedWithTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new InterestProperties(Duration.ZERO, Duration.ofDays(90), "-"))
                .hasMessageContaining("vigil.interest.retention");
    }
}
