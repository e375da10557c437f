package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.MutableClock;
import org.vigil.TestPrincipals;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskViews.OverrideCommand;
import org.vigil.shared.Scope;

/**
 * Levels move with time alone, which is why the periodic recomputation exists: an override stops at its expiry and
 * a threat weighs less as it ages. The clock is moved, not waited for.
 */
@SpringBootTest(properties = {"vigil.ingest.worker.enabled=false", "vigil.risk.schedule.enabled=false"})
@Tag("db")
class RiskAgeingTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    RiskAssessor assessor;

    @Autowired
    RiskService risk;

    @Autowired
    RiskLevels levels;

    @Autowired
    RiskStore store;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOverrideEndsAtItsExpiryAndTheHistorySaysSo() {
        String mission = "ru-embassy-canberra";
        assessor.recompute(mission, "test start");
        assertThat(levels.current(mission).orElseThrow().levels().get(RiskCategory.CRIME))
                .isEqualTo(RiskLevel.LOW);
        SecurityContextHolder.getContext()
                .setAuthentication(TestPrincipals.auth("test.analyst", Scope.all(), "ROLE_HQ_ANALYST"));
        risk.override(
                Scope.all(),
                mission,
                new OverrideCommand(
                        RiskCategory.CRIME,
                        RiskLevel.HIGH,
                        "Burglaries at staff residences this week",
                        clock.instant().plus(Duration.ofDays(1))));
        assertThat(levels.current(mission).orElseThrow().levels().get(RiskCategory.CRIME))
                .isEqualTo(RiskLevel.HIGH);

        clock.advance(Duration.ofDays(2));
        assessor.recomputeAll("periodic recomputation (ageing, expiry)");
        assertThat(levels.current(mission).orElseThrow().levels().get(RiskCategory.CRIME))
                .isEqualTo(RiskLevel.LOW);
        Change back = store.history(mission, clock.instant().minus(Duration.ofHours(1)), 50).stream()
                .filter(c -> c.category() == RiskCategory.CRIME)
                .findFirst()
                .orElseThrow();
        assertThat(back.from()).isEqualTo(RiskLevel.HIGH);
        assertThat(back.to()).isEqualTo(RiskLevel.LOW);
        assertThat(back.cause()).startsWith("periodic");
    }

    @Test
    void aThreatWeighsLessAsItAgesAndNotAtAllAfterThirtyDays() {
        String mission = "ru-embassy-hanoi";
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String u = UUID.randomUUID().toString();
        GeneratedKeyHolder item = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, received_at, processed_at)
                VALUES ('demo-social', ?, ?, 'We will kill your ambassador', ?, ?)""").params(u, u.replace("-", ""), at, at).update(item, "id");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal (item_id, source_id, language, threat_score, threat_level, level_rank, categories,
                    evidence, mentions, places, status, created_at)
                VALUES (?, 'demo-social', 'en', 0.9, 'CRITICAL', 4, ',DIRECT_THREAT,', '[]', '[]', '[]', 'NEW', ?)""").params(item.getKey().longValue(), at).update(key, "id");
        jdbc.sql("INSERT INTO signal_mission (signal_id, mission_id, targeted) VALUES (?, ?, TRUE)")
                .params(key.getKey().longValue(), mission)
                .update();

        int fresh = assessor.recompute(mission, "signal")
                .orElseThrow()
                .categories()
                .get(RiskCategory.TARGETED_THREATS)
                .score();
        clock.advance(Duration.ofDays(7));
        int weekOld = assessor.recompute(mission, "periodic")
                .orElseThrow()
                .categories()
                .get(RiskCategory.TARGETED_THREATS)
                .score();
        clock.advance(Duration.ofDays(24));
        int monthOld = assessor.recompute(mission, "periodic")
                .orElseThrow()
                .categories()
                .get(RiskCategory.TARGETED_THREATS)
                .score();
        int baseline = store.baseline("VN", RiskCategory.TARGETED_THREATS)
                .map(BaselineFactor.Baseline::score)
                .orElse(0);
        assertThat(fresh - baseline).as("25 × 0.75 (grade C) × 1 targeted").isBetween(18, 19);
        assertThat(weekOld - baseline).as("half after a week").isBetween(9, 10);
        assertThat(monthOld).as("out of the 30-day window").isEqualTo(baseline);
    }
}
