package org.vigil.interest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Author;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.AuthoredItem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warning behaviours and the escalation of persons of interest: re-assessed from the history of the record's
 * accounts (every item of them, quiet and LOW ones included, over {@value #HISTORY_DAYS} days) when a new signal of
 * the person arrives and on a schedule (behaviours age), written to the record's escalation level and score with the
 * factors behind them and a history of changes. A change is audited; a rise, a new behaviour or a new burst is
 * published as {@link PersonOfInterestEscalated}.
 */
@Service
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int HISTORY_DAYS = 400;
    private static final int HISTORY_LIMIT = 5000;

    private final JdbcClient jdbc;
    private final SignalLookup signals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final BehaviourDetector detector = new BehaviourDetector(BehaviourCues.shared());

    Escalations(
            JdbcClient jdbc,
            SignalLookup signals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.signals = signals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Re-assesses the record that holds the author's account, if there is one; after each new signal. */
    @Transactional
    public void afterItemOf(Author author) {
        if (author == null || author.handle() == null) {
            return;
        }
        jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = ? AND handle = ?")
                .params(author.platform() == null ? "" : author.platform(), author.handle())
                .query(Long.class)
                .optional()
                .ifPresent(this::reassess);
    }

    /** Re-assesses every active record (behaviours age out of their windows); returns how many changed. */
    public int reassessAll() {
        List<Long> ids = jdbc.sql("SELECT id FROM person_of_interest WHERE status = 'ACTIVE' ORDER BY id")
                .query(Long.class)
                .list();
        int changed = 0;
        for (long id : ids) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(tx -> reassess(id)))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("person of interest #{} could not be re-assessed: {}", id, e.toString());
            }
        }
        return changed;
    }

    /** The history the behaviours are read from: every item of the record's accounts, oldest first. */
    List<AuthoredItem> history(long poiId, Instant now) {
        List<AuthoredItem> out = new ArrayList<>();
        Instant from = now.minus(Duration.ofDays(HISTORY_DAYS));
        jdbc.sql("SELECT platform, handle FROM poi_account WHERE poi_id = ? ORDER BY platform, handle")
                .param(poiId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(a -> out.addAll(signals.byAuthor(a[0], a[1], from, HISTORY_LIMIT)));
        out.sort(java.util.Comparator.comparing(AuthoredItem::writtenAt).thenComparingLong(AuthoredItem::itemId));
        return out;
    }

    /**
     * Reads the record's behaviours from its history, scores them and writes what changed. Returns whether the
     * escalation or the behaviours changed.
     */
    @Transactional
    boolean reassess(long poiId) {
        Instant now = clock.instant();
        Optional<Object[]> record = jdbc.sql(
                        "SELECT display_name, escalation_level, escalation_score FROM person_of_interest WHERE id = ?")
                .param(poiId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3)})
                .optional();
        if (record.isEmpty()) {
            return false;
        }
        String display = (String) record.get()[0];
        String fromLevel = (String) record.get()[1];
        double fromScore = (Double) record.get()[2];
        List<AuthoredItem> history = history(poiId, now);
        List<BehaviourDetector.Observed> observed = detector.detect(history, now);
        EscalationScorer.Escalation escalation = EscalationScorer.score(observed, history, now);

        Map<WarningBehaviour, String> before = new LinkedHashMap<>();
        jdbc.sql("SELECT behaviour, detail FROM poi_behaviour WHERE poi_id = ? ORDER BY behaviour")
                .param(poiId)
                .query((rs, n) -> before.put(WarningBehaviour.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        Map<WarningBehaviour, String> after = new LinkedHashMap<>();
        for (BehaviourDetector.Observed o : observed) {
            after.put(o.behaviour(), o.detail());
        }
        write(poiId, observed);
        jdbc.sql("DELETE FROM poi_escalation WHERE poi_id = ?").param(poiId).update();
        jdbc.sql("INSERT INTO poi_escalation (poi_id, factors, assessed_at) VALUES (?, ?, ?)")
                .params(poiId, JSON.writeValueAsString(escalation.factors()), ts(now))
                .update();

        String toLevel = escalation.level().name();
        double toScore = Math.round(escalation.score() * 10) / 10.0;
        boolean levelChanged = !toLevel.equals(fromLevel) || Math.abs(toScore - fromScore) >= 0.05;
        boolean behavioursChanged = !before.equals(after);
        if (!levelChanged && !behavioursChanged) {
            return false;
        }
        if (levelChanged) {
            jdbc.sql("UPDATE person_of_interest SET escalation_level = ?, escalation_score = ?, updated_at = ?"
                            + " WHERE id = ?")
                    .params(toLevel, toScore, ts(now), poiId)
                    .update();
            String reason = escalation.reasons();
            jdbc.sql("""
                    INSERT INTO poi_escalation_change (poi_id, changed_at, from_level, to_level, from_score, to_score,
                        reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            poiId,
                            ts(now),
                            fromLevel,
                            toLevel,
                            fromScore,
                            toScore,
                            reason.length() > 3900 ? reason.substring(0, 3900) : reason)
                    .update();
        }
        audit.record(
                "UPDATE",
                PersonsOfInterest.ENTITY,
                Long.toString(poiId),
                Map.of("escalationLevel", fromLevel, "escalationScore", fromScore, "behaviours", before.keySet()),
                Map.of("escalationLevel", toLevel, "escalationScore", toScore, "behaviours", after.keySet()));
        Set<String> targetMissions = new TreeSet<>(
                jdbc.sql("SELECT DISTINCT mission_id FROM poi_target WHERE poi_id = ? AND mission_id IS NOT NULL")
                        .param(poiId)
                        .query(String.class)
                        .list());
        for (String mission : targetMissions) {
            // the mission's risk and its appearances' weigh the person's fixation and approach (docs/risk.md)
            events.publishEvent(new org.vigil.risk.RiskInputsChanged(
                    mission, "person of interest " + display + " re-assessed: escalation " + toLevel));
        }
        Set<WarningBehaviour> fresh = EnumSet.noneOf(WarningBehaviour.class);
        fresh.addAll(after.keySet());
        fresh.removeAll(before.keySet());
        boolean raised = ThreatLevel.valueOf(toLevel).compareTo(ThreatLevel.valueOf(fromLevel)) > 0;
        if (raised || !fresh.isEmpty()) {
            Set<String> missions = new TreeSet<>();
            Set<String> people = new TreeSet<>();
            jdbc.sql("SELECT mission_id, person_id FROM poi_target WHERE poi_id = ?")
                    .param(poiId)
                    .query((rs, n) -> {
                        if (rs.getString(1) != null) {
                            missions.add(rs.getString(1));
                        }
                        if (rs.getString(2) != null) {
                            people.add(rs.getString(2));
                        }
                        return 0;
                    })
                    .list();
            events.publishEvent(new PersonOfInterestEscalated(
                    poiId,
                    display,
                    missions,
                    people,
                    fromLevel,
                    toLevel,
                    toScore,
                    List.copyOf(fresh),
                    fresh.contains(WarningBehaviour.ENERGY_BURST),
                    escalation.reasons(),
                    now));
        }
        return true;
    }

    private void write(long poiId, List<BehaviourDetector.Observed> observed) {
        jdbc.sql("DELETE FROM poi_behaviour_evidence WHERE poi_id = ?")
                .param(poiId)
                .update();
        jdbc.sql("DELETE FROM poi_behaviour WHERE poi_id = ?").param(poiId).update();
        for (BehaviourDetector.Observed o : observed) {
            jdbc.sql("""
                    INSERT INTO poi_behaviour (poi_id, behaviour, first_observed, last_observed, item_count, detail,
                        person_ids, mission_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            poiId,
                            o.behaviour().name(),
                            ts(o.firstObserved()),
                            ts(o.lastObserved()),
                            o.evidence().size(),
                            o.detail(),
                            list(o.personIds()),
                            list(o.missionIds()))
                    .update();
            for (AuthoredItem i : o.evidence()) {
                jdbc.sql("""
                        INSERT INTO poi_behaviour_evidence (poi_id, behaviour, item_id, signal_id, observed_at)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                        .params(poiId, o.behaviour().name(), i.itemId(), i.signalId(), ts(i.writtenAt()))
                        .update();
                if (i.signalId() == null) {
                    continue;
                }
                for (String mission : i.linkedMissionIds()) {
                    boolean known =
                            jdbc.sql("SELECT COUNT(*) FROM poi_evidence_mission WHERE signal_id = ? AND mission_id = ?")
                                            .params(i.signalId(), mission)
                                            .query(Long.class)
                                            .single()
                                    > 0;
                    if (!known) {
                        jdbc.sql("INSERT INTO poi_evidence_mission (signal_id, mission_id) VALUES (?, ?)")
                                .params(i.signalId(), mission)
                                .update();
                    }
                }
            }
        }
    }

    /**
     * The behaviours and escalation of a record the reader may see (the caller has checked that and audited the
     * read), with only the evidence signals the reader may read and only the targets of the reader's scope.
     */
    @Transactional(readOnly = true)
    public PersonOfInterestDetail detail(Scope scope, PersonOfInterestView view) {
        long id = view.id();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String visible = "";
        if (!scope.unrestricted()) {
            if (scope.missionIds().isEmpty()) {
                visible = " AND 1 = 0";
            } else {
                visible = " AND EXISTS (SELECT 1 FROM poi_evidence_mission m WHERE m.signal_id = e.signal_id"
                        + " AND m.mission_id IN (:missions))";
                params.put("missions", scope.sortedMissionIds());
            }
        }
        Map<String, List<Long>> evidence = new HashMap<>();
        jdbc.sql("SELECT e.behaviour, e.signal_id FROM poi_behaviour_evidence e WHERE e.poi_id = :id"
                        + " AND e.signal_id IS NOT NULL" + visible + " ORDER BY e.observed_at, e.signal_id")
                .params(params)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        List<PersonOfInterestDetail.Behaviour> behaviours = jdbc
                .sql("""
                SELECT behaviour, first_observed, last_observed, item_count, detail, person_ids, mission_ids
                FROM poi_behaviour WHERE poi_id = ?
                """)
                .param(id)
                .query((rs, n) -> {
                    WarningBehaviour b = WarningBehaviour.valueOf(rs.getString("behaviour"));
                    List<Long> shown = evidence.getOrDefault(b.name(), List.of());
                    int count = rs.getInt("item_count");
                    return new PersonOfInterestDetail.Behaviour(
                            b.name(),
                            b.label(),
                            instant(rs, "first_observed"),
                            instant(rs, "last_observed"),
                            count,
                            rs.getString("detail"),
                            ids(rs.getString("person_ids")).stream()
                                    .filter(p -> scope.unrestricted()
                                            || view.personIds().contains(p))
                                    .toList(),
                            ids(rs.getString("mission_ids")).stream()
                                    .filter(scope::permits)
                                    .toList(),
                            List.copyOf(shown),
                            Math.max(0, count - shown.size()));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                        (PersonOfInterestDetail.Behaviour b) -> WarningBehaviour.valueOf(b.behaviour())))
                .toList();
        Optional<Object[]> assessed = jdbc.sql("SELECT factors, assessed_at FROM poi_escalation WHERE poi_id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), instant(rs, "assessed_at")})
                .optional();
        List<PersonOfInterestDetail.Factor> factors = assessed.map(a ->
                        JSON.readValue((String) a[0], new TypeReference<List<EscalationScorer.Factor>>() {}).stream()
                                .map(f -> new PersonOfInterestDetail.Factor(f.factor(), f.points(), f.reason()))
                                .toList())
                .orElse(List.of());
        List<PersonOfInterestDetail.Change> history = jdbc.sql("""
                SELECT changed_at, from_level, to_level, from_score, to_score, reason FROM poi_escalation_change
                WHERE poi_id = ? ORDER BY changed_at, id
                """)
                .param(id)
                .query((rs, n) -> new PersonOfInterestDetail.Change(
                        instant(rs, "changed_at"),
                        rs.getString("from_level"),
                        rs.getString("to_level"),
                        rs.getDouble("from_score"),
                        rs.getDouble("to_score"),
                        rs.getString("reason")))
                .list();
        String reasons = factors.isEmpty()
                ? "no warning behaviour observed"
                : String.join(
                        "; ",
                        factors.stream()
                                .map(f -> f.reason() + " (+" + Math.round(f.points()) + ")")
                                .toList());
        return new PersonOfInterestDetail(
                view,
                behaviours,
                new PersonOfInterestDetail.Escalation(
                        view.escalationLevel(),
                        view.escalationScore(),
                        assessed.map(a -> (Instant) a[1]).orElse(null),
                        factors,
                        reasons,
                        history));
    }

    private static String list(Set<String> ids) {
        return ids.isEmpty() ? "," : "," + String.join(",", new TreeSet<>(ids)) + ",";
    }

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
