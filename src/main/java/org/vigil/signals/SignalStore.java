package org.vigil.signals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcTemplate batchJdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalStore(JdbcClient jdbc, JdbcTemplate batchJdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One analysed item to store as a signal. */
    public record NewSignal(long itemId, String sourceId, AnalysisResult result) {}

    /**
     * @param missionOfPerson each protected person's mission: a person's mission is linked too, so that the
     *        mission's officer sees threats against its people
     * @return the new signal's id
     */
    public long store(long itemId, String sourceId, AnalysisResult result, Map<String, String> missionOfPerson) {
        return storeAll(List.of(new NewSignal(itemId, sourceId, result)), missionOfPerson)
                .getFirst();
    }

    /**
     * Stores a batch's signals with JDBC batching, in the caller's transaction: one batched insert of the signal rows,
     * one query for their ids (by the unique item id, portable where batched generated keys are not), one batched
     * insert per link table, and a {@link SignalDetected} per signal. Three to four round trips for the whole batch
     * instead of three or more per signal.
     *
     * @return the new signals' ids, in the order of {@code batch}
     */
    public List<Long> storeAll(List<NewSignal> batch, Map<String, String> missionOfPerson) {
        if (batch.isEmpty()) {
            return List.of();
        }
        var now = Timestamps.ts(clock.instant());
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (NewSignal n : batch) {
            Threat threat = n.result().threat();
            rows.add(new Object[] {
                n.itemId(),
                n.sourceId(),
                n.result().language(),
                threat.score(),
                threat.level().name(),
                threat.level().ordinal(),
                categories(threat.categories()),
                JSON.writeValueAsString(threat.evidence()),
                JSON.writeValueAsString(n.result().mentions()),
                JSON.writeValueAsString(n.result().places()),
                now
            });
        }
        batchJdbc.batchUpdate("""
                INSERT INTO signal (item_id, source_id, language, threat_score, threat_level, level_rank, categories,
                    evidence, mentions, places, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?)""", rows);
        Map<Long, Long> idOfItem = new HashMap<>();
        jdbc.sql("SELECT id, item_id FROM signal WHERE item_id IN (:items)")
                .param("items", batch.stream().map(NewSignal::itemId).toList())
                .query((rs, i) -> idOfItem.put(rs.getLong("item_id"), rs.getLong("id")))
                .list();
        List<Long> ids = new ArrayList<>(batch.size());
        List<Object[]> missionLinks = new ArrayList<>();
        List<Object[]> personLinks = new ArrayList<>();
        List<SignalDetected> detected = new ArrayList<>(batch.size());
        for (NewSignal n : batch) {
            long signalId = idOfItem.get(n.itemId());
            ids.add(signalId);
            Map<String, Boolean> missions = new LinkedHashMap<>();
            Map<String, Boolean> people = new LinkedHashMap<>();
            for (Target t : n.result().targets()) {
                link(t.entityId(), t.type(), true, missions, people, missionOfPerson);
            }
            for (Mention m : n.result().mentions()) {
                link(m.entityId(), m.type(), false, missions, people, missionOfPerson);
            }
            missions.forEach((mission, targeted) -> missionLinks.add(new Object[] {signalId, mission, targeted}));
            people.forEach((person, targeted) -> personLinks.add(new Object[] {signalId, person, targeted}));
            Threat threat = n.result().threat();
            detected.add(new SignalDetected(
                    signalId, missions.keySet(), people.keySet(), threat.level(), threat.categories()));
        }
        if (!missionLinks.isEmpty()) {
            batchJdbc.batchUpdate(
                    "INSERT INTO signal_mission (signal_id, mission_id, targeted) VALUES (?, ?, ?)", missionLinks);
        }
        if (!personLinks.isEmpty()) {
            batchJdbc.batchUpdate(
                    "INSERT INTO signal_person (signal_id, person_id, targeted) VALUES (?, ?, ?)", personLinks);
        }
        detected.forEach(events::publishEvent);
        return ids;
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
