package org.vigil.signals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.Target;
import org.vigil.analysis.Threat;
import org.vigil.analysis.ThreatCategory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an analysed item's signal: the row with the engine's threat, evidence, mentions and places, and its links
 * to the missions and people it targets or mentions. Runs in the caller's transaction (the analysis worker's, which
 * dequeues the item in the same commit) and announces the signal as {@link SignalDetected} in it, so that listeners
 * after commit see only durable signals. A unique constraint on {@code signal.item_id} refuses a second signal for
 * one item ({@link org.springframework.dao.DuplicateKeyException}, which the caller treats as "already analysed").
 */
@Component
public class SignalStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param missionOfPerson each protected person's mission: a person's mission is linked too, so that the
     *        mission's officer sees threats against its people
     * @return the new signal's id
     */
    public long store(long itemId, String sourceId, AnalysisResult result, Map<String, String> missionOfPerson) {
        Threat threat = result.threat();
        Map<String, Boolean> missions = new LinkedHashMap<>();
        Map<String, Boolean> people = new LinkedHashMap<>();
        for (Target t : result.targets()) {
            link(t.entityId(), t.type(), true, missions, people, missionOfPerson);
        }
        for (Mention m : result.mentions()) {
            link(m.entityId(), m.type(), false, missions, people, missionOfPerson);
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal (item_id, source_id, language, threat_score, threat_level, level_rank, categories,
                    evidence, mentions, places, status, created_at)
                VALUES (:item, :source, :language, :score, :level, :rank, :categories, :evidence, :mentions, :places,
                    'NEW', :now)
                """)
                .param("item", itemId)
                .param("source", sourceId)
                .param("language", result.language())
                .param("score", threat.score())
                .param("level", threat.level().name())
                .param("rank", threat.level().ordinal())
                .param("categories", categories(threat.categories()))
                .param("evidence", JSON.writeValueAsString(threat.evidence()))
                .param("mentions", JSON.writeValueAsString(result.mentions()))
                .param("places", JSON.writeValueAsString(result.places()))
                .param("now", Timestamps.ts(clock.instant()))
                .update(key, "id");
        long signalId = key.getKey().longValue();
        missions.forEach((mission, targeted) -> jdbc.sql(
                        "INSERT INTO signal_mission (signal_id, mission_id, targeted) VALUES (?, ?, ?)")
                .params(signalId, mission, targeted)
                .update());
        people.forEach((person, targeted) -> jdbc.sql(
                        "INSERT INTO signal_person (signal_id, person_id, targeted) VALUES (?, ?, ?)")
                .params(signalId, person, targeted)
                .update());
        events.publishEvent(
                new SignalDetected(signalId, missions.keySet(), people.keySet(), threat.level(), threat.categories()));
        return signalId;
    }

    private static void link(
            String entityId,
            EntityType type,
            boolean targeted,
            Map<String, Boolean> missions,
            Map<String, Boolean> people,
            Map<String, String> missionOfPerson) {
        if (entityId == null) {
            return;
        }
        if (type == EntityType.MISSION) {
            missions.merge(entityId, targeted, Boolean::logicalOr);
        } else {
            people.merge(entityId, targeted, Boolean::logicalOr);
            String mission = missionOfPerson.get(entityId);
            if (mission != null) {
                missions.merge(mission, targeted, Boolean::logicalOr);
            }
        }
    }

    /** Stored as ",A,B," so that a category filter is a LIKE '%,A,%' on both databases. */
    static String categories(List<ThreatCategory> categories) {
        return categories.isEmpty()
                ? ","
                : categories.stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }
}
