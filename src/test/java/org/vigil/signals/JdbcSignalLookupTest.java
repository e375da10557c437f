package org.vigil.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.vigil.CleanDatabaseForTests;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalLookup.SignalSummary;

/**
 * Risk, alerts and briefings read signals through this lookup: links, confidence, reliability, window, order.
 * A data-layer slice: the migrated schema of the configured database (H2, or the PostgreSQL run's) and the lookup,
 * each test in a transaction that is rolled back.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({JdbcSignalLookup.class, CleanDatabaseForTests.class})
@Tag("db")
class JdbcSignalLookupTest {

    @Autowired
    SignalLookup lookup;

    @Autowired
    JdbcClient jdbc;

    /** A source graded C (fairly reliable), as the demo's social-media relay is. */
    private final String source =
            "lookup-source-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aSourceGradedC() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO source (id, kind, name, reliability, enabled, created_at, updated_at)
                VALUES (?, 'PUSH', 'Lookup test relay', 'C', TRUE, ?, ?)""").params(source, now, now).update();
    }

    private long signal(
            String text,
            ThreatLevel level,
            String categories,
            String mentions,
            String status,
            Instant at,
            String mission,
            boolean missionTargeted,
            String person) {
        String u = UUID.randomUUID().toString();
        OffsetDateTime ts = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        GeneratedKeyHolder item = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, received_at, processed_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(source, u, u.replace("-", ""), text, ts, ts).update(item, "id");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal (item_id, source_id, language, threat_score, threat_level, level_rank, categories,
                    evidence, mentions, places, status, created_at)
                VALUES (?, ?, 'en', 0.8, ?, ?, ?, '[]', ?, '[]', ?, ?)""")
                .params(
                        item.getKey().longValue(),
                        source,
                        level.name(),
                        level.ordinal(),
                        categories,
                        mentions,
                        status,
                        ts)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO signal_mission (signal_id, mission_id, targeted) VALUES (?, ?, ?)")
                .params(id, mission, missionTargeted)
                .update();
        if (person != null) {
            jdbc.sql("INSERT INTO signal_person (signal_id, person_id, targeted) VALUES (?, ?, TRUE)")
                    .params(id, person)
                    .update();
        }
        return id;
    }

    @Test
    void aMissionsSignalsInTheWindowComeWithTheirLinksReliabilityAndConfidenceHighestLevelFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String mission = "lookup-" + UUID.randomUUID().toString().substring(0, 6);
        String mentions = """
                [{"entityId": "yerkhov", "type": "PERSON", "text": "Yerkhov", "start": 0, "end": 7, "confidence": 0.9},
                 {"entityId": "someone-else", "type": "PERSON", "text": "X", "start": 9, "end": 10, "confidence": 1.0}]""";
        long high = signal(
                "Farewell to life, Yerkhov",
                ThreatLevel.HIGH,
                ",DIRECT_THREAT,",
                mentions,
                "NEW",
                now.minus(2, ChronoUnit.HOURS),
                mission,
                true,
                "yerkhov");
        long low = signal(
                "The embassy is closed today",
                ThreatLevel.LOW,
                ",",
                "[]",
                "CONFIRMED",
                now.minus(1, ChronoUnit.HOURS),
                mission,
                false,
                null);
        signal(
                "dismissed",
                ThreatLevel.CRITICAL,
                ",DIRECT_THREAT,",
                "[]",
                "DISMISSED",
                now.minus(1, ChronoUnit.HOURS),
                mission,
                true,
                null);
        signal(
                "too old",
                ThreatLevel.CRITICAL,
                ",DIRECT_THREAT,",
                "[]",
                "NEW",
                now.minus(40, ChronoUnit.DAYS),
                mission,
                true,
                null);

        List<SignalSummary> found = lookup.forMission(mission, now.minus(30, ChronoUnit.DAYS), now, 10);
        assertThat(found).extracting(SignalSummary::id).containsExactly(high, low);
        SignalSummary first = found.get(0);
        assertThat(first.reliability()).as("the source is graded C").isEqualTo('C');
        assertThat(first.level()).isEqualTo(ThreatLevel.HIGH);
        assertThat(first.categories()).containsExactly(ThreatCategory.DIRECT_THREAT);
        assertThat(first.targetsMission()).isTrue();
        assertThat(first.missionIds()).containsExactly(mission);
        assertThat(first.personIds()).containsExactly("yerkhov");
        assertThat(first.confidence())
                .as("the linked person's mention, not another entity's")
                .isEqualTo(0.9);
        assertThat(first.excerpt()).isEqualTo("Farewell to life, Yerkhov");
        assertThat(found.get(1).targetsMission()).isFalse();
        assertThat(found.get(1).confidence()).isZero();

        assertThat(lookup.forMission(mission, now.minus(30, ChronoUnit.DAYS), now, 1))
                .hasSize(1);
        assertThat(lookup.forMission("no-such-mission", now.minus(30, ChronoUnit.DAYS), now, 10))
                .isEmpty();
        assertThat(lookup.byId(high))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("NEW"));
        assertThat(lookup.byId(-1)).isEmpty();

        // a reply to the ambassador's account names nobody: the target was identified by the account
        long reply = signal(
                "Farewell to life",
                ThreatLevel.HIGH,
                ",DIRECT_THREAT,",
                "[]",
                "NEW",
                now,
                "other-" + mission,
                false,
                "yerkhov");
        assertThat(lookup.byId(reply))
                .hasValueSatisfying(s -> assertThat(s.confidence()).isEqualTo(0.95));
    }
}
