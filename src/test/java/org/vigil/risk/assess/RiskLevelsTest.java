package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels;
import org.vigil.risk.RiskLevels.MissionRisk;

/** What measures, alerts and briefings read: computed levels per mission, that move with the evidence. */
@SpringBootTest(properties = "vigil.ingest.worker.enabled=false")
@Tag("db")
class RiskLevelsTest {

    @Autowired
    RiskLevels levels;

    @Autowired
    RiskAssessor assessor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoMissionHasLevelsFromItsHostCountrysBaselineAtStart() {
        MissionRisk damascus = levels.current("ru-embassy-damascus").orElseThrow();
        // the demo baseline for Syria puts ARMED_CONFLICT at 70 and events nearby add to it; the special-forces unit
        // in place (the measures module's demo data) takes off part of it, at most 60 %
        assertThat(damascus.scores().get(RiskCategory.ARMED_CONFLICT)).isGreaterThanOrEqualTo(28);
        assertThat(damascus.levels().get(RiskCategory.ARMED_CONFLICT).rank()).isGreaterThanOrEqualTo(2);
        assertThat(damascus.overall())
                .isEqualTo(damascus.levels().values().stream()
                        .max(java.util.Comparator.comparingInt(RiskLevel::rank))
                        .orElseThrow());
        assertThat(damascus.levels()).containsOnlyKeys(RiskCategory.values());

        MissionRisk ottawa = levels.current("ru-embassy-ottawa").orElseThrow();
        assertThat(ottawa.overall()).isEqualTo(RiskLevel.LOW);
        assertThat(ottawa.scores().get(RiskCategory.ARMED_CONFLICT))
                .isLessThan(damascus.scores().get(RiskCategory.ARMED_CONFLICT));
        assertThat(levels.current("no-such-mission")).isEmpty();
    }

    @Test
    void targetedSignalsRaiseTheTargetedThreatsLevel() {
        String mission = "ru-embassy-baku";
        MissionRisk before = levels.current(mission).orElseThrow();
        for (int i = 0; i < 4; i++) {
            threat(mission, "We will kill the ambassador " + i + " " + UUID.randomUUID());
        }
        assessor.recompute(mission, "test");
        MissionRisk after = levels.current(mission).orElseThrow();
        assertThat(after.scores().get(RiskCategory.TARGETED_THREATS))
                .isGreaterThan(before.scores().get(RiskCategory.TARGETED_THREATS) + 20);
        assertThat(after.levels().get(RiskCategory.TARGETED_THREATS).rank())
                .isGreaterThan(
                        before.levels().get(RiskCategory.TARGETED_THREATS).rank());
        assertThat(after.assessedAt()).isAfterOrEqualTo(before.assessedAt());
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void instancesSharingTheDatabaseRecomputeOneMissionInTurn() throws Exception {
        // four assessors built apart, as four analyser instances would be: they share no in-memory lock. In one JVM
        // they write the rows in the same order, so this shows the mission lock at work on both databases; the
        // deadlock seen between two JVMs (rows written in opposite orders) is prevented by the fixed write order.
        var factory = context.getAutowireCapableBeanFactory();
        List<RiskAssessor> instances = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> factory.createBean(RiskAssessor.class))
                .toList();
        String mission = "ru-embassy-tashkent";
        threat(mission, "We will kill the ambassador in Tashkent " + UUID.randomUUID());
        for (int round = 0; round < 5; round++) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(instances.size());
            List<java.util.concurrent.Future<java.util.Optional<Assessment>>> runs = new java.util.ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(instances.size())) {
                for (RiskAssessor instance : instances) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return instance.recompute(mission, "race");
                    }));
                }
                for (var run : runs) {
                    // a deadlock or a lock timeout would surface here as an ExecutionException
                    assertThat(run.get())
                            .as("round %d: every recomputation ends with an assessment", round)
                            .isPresent();
                }
            }
        }
        assertThat(levels.current(mission).orElseThrow().levels()).containsOnlyKeys(RiskCategory.values());
    }

    private void threat(String mission, String text) {
        String u = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        GeneratedKeyHolder item = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, received_at, processed_at)
                VALUES ('demo-social', ?, ?, ?, ?, ?)""").params(u, u.replace("-", ""), text, now, now).update(item, "id");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal (item_id, source_id, language, threat_score, threat_level, level_rank, categories,
                    evidence, mentions, places, status, created_at)
                VALUES (?, 'demo-social', 'en', 0.9, 'HIGH', 3, ',DIRECT_THREAT,', '[]', '[]', '[]', 'NEW', ?)""").params(item.getKey().longValue(), now).update(key, "id");
        jdbc.sql("INSERT INTO signal_mission (signal_id, mission_id, targeted) VALUES (?, ?, TRUE)")
                .params(key.getKey().longValue(), mission)
                .update();
    }
}
