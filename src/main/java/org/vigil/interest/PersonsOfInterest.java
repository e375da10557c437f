package org.vigil.interest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Author;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup.AuthoredSignal;

/**
 * Persons of interest: built from authored signals ({@link #record}) and read under need-to-know. A scoped reader
 * sees a record only when one of its targets is bound to a mission of the reader's scope (a targeted mission, or a
 * targeted person's mission), decided in SQL; within a record it sees only those targets. Every creation and change
 * is audited with the record before and after, and so is every read of a record or of the list (one entry per read,
 * not per row).
 */
@Service
public class PersonsOfInterest {

    /** What makes an author a person of interest: a threat at this level or above aimed at a protected target. */
    static final ThreatLevel THRESHOLD = ThreatLevel.MEDIUM;

    static final String ENTITY = "PERSON_OF_INTEREST";

    public enum Sort {
        LAST_SEEN,
        FIRST_SEEN,
        ESCALATION
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PersonsOfInterest(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #record} did with a signal. */
    enum Outcome {
        CREATED,
        UPDATED,
        ALREADY_RECORDED,
        NOT_OF_INTEREST
    }

    /**
     * Takes a signal into the persons of interest. A signal whose item has no author (or an author without handle)
     * changes nothing: no person is invented. A threat of {@link #THRESHOLD} or above that targets a mission or a
     * protected person creates the author's record, or joins the record that holds the author's account; any other
     * non-quiet signal of an account that already has a record joins its timeline. Recording the same signal twice
     * changes nothing. A new signal of an archived record makes it active again (retention counts activity).
     */
    @Transactional
    Outcome record(AuthoredSignal signal) {
        return record(signal, true);
    }

    /**
     * As {@link #record(AuthoredSignal)}; {@code audited} false when the caller audits the whole change itself (an
     * analyst's decision bringing an account's past signals onto its record writes one entry, not one per signal).
     */
    @Transactional
    Outcome record(AuthoredSignal signal, boolean audited) {
        Author author = signal.author();
        if (author == null || author.handle() == null || signal.level() == ThreatLevel.NONE) {
            return Outcome.NOT_OF_INTEREST;
        }
        String platform = author.platform() == null ? "" : author.platform();
        Long existing = jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = ? AND handle = ?")
                .params(platform, author.handle())
                .query(Long.class)
                .optional()
                .orElse(null);
        boolean targeted = !signal.targetedMissionIds().isEmpty()
                || !signal.targetedPeople().isEmpty();
        boolean qualifies = targeted && signal.level().compareTo(THRESHOLD) >= 0;
        if (existing == null && !qualifies) {
            return Outcome.NOT_OF_INTEREST;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM poi_item WHERE signal_id = ?")
                        .param(signal.signalId())
                        .query(Long.class)
                        .single()
                > 0) {
            return Outcome.ALREADY_RECORDED;
        }
        Instant at = signal.detectedAt();
        Instant now = clock.instant();
        long id;
        PersonOfInterestView before = null;
        if (existing == null) {
            String display = "@" + author.handle() + (platform.isEmpty() ? "" : " on " + platform);
            org.springframework.jdbc.support.GeneratedKeyHolder keys =
                    new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO person_of_interest (display_name, status, first_seen, last_seen, created_at,
                        updated_at) VALUES (?, 'ACTIVE', ?, ?, ?, ?)
                    """).params(display, ts(at), ts(at), ts(now), ts(now)).update(keys, "id");
            id = keys.getKeyAs(Number.class).longValue();
            jdbc.sql("""
                    INSERT INTO poi_account (platform, handle, poi_id, name, url, first_seen)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(platform, author.handle(), id, author.name(), author.url(), ts(at))
                    .update();
        } else {
            id = existing;
            before = audited ? load(id, Scope.all(), true).orElseThrow() : null;
            jdbc.sql("""
                    UPDATE person_of_interest SET
                        first_seen = CASE WHEN first_seen > :at THEN :at ELSE first_seen END,
                        last_seen = CASE WHEN last_seen < :at THEN :at ELSE last_seen END,
                        status = CASE WHEN status = 'ARCHIVED' THEN 'ACTIVE' ELSE status END,
                        archived_at = NULL,
                        updated_at = :now
                    WHERE id = :id
                    """)
                    .param("at", ts(at))
                    .param("now", ts(now))
                    .param("id", id)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO poi_item (signal_id, poi_id, platform, handle, language, level, level_rank, detected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        signal.signalId(),
                        id,
                        platform,
                        author.handle(),
                        signal.language(),
                        signal.level().name(),
                        signal.level().ordinal(),
                        ts(at))
                .update();
        for (String mission : signal.linkedMissionIds()) {
            jdbc.sql("INSERT INTO poi_item_mission (signal_id, mission_id) VALUES (?, ?)")
                    .params(signal.signalId(), mission)
                    .update();
        }
        for (String mission : signal.targetedMissionIds()) {
            target(id, "mission:" + mission, mission, null, at);
        }
        for (Map.Entry<String, Optional<String>> person :
                signal.targetedPeople().entrySet()) {
            target(id, "person:" + person.getKey(), person.getValue().orElse(null), person.getKey(), at);
        }
        if (audited) {
            PersonOfInterestView after = load(id, Scope.all(), true).orElseThrow();
            audit.record(existing == null ? "CREATE" : "UPDATE", ENTITY, Long.toString(id), before, after);
        }
        return existing == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    private void target(long poi, String key, String mission, String person, Instant at) {
        int changed = jdbc.sql("""
                UPDATE poi_target SET
                    first_seen = CASE WHEN first_seen > :at THEN :at ELSE first_seen END,
                    last_seen = CASE WHEN last_seen < :at THEN :at ELSE last_seen END
                WHERE poi_id = :poi AND target_key = :key
                """)
                .param("at", ts(at))
                .param("poi", poi)
                .param("key", key)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO poi_target (poi_id, target_key, mission_id, person_id, first_seen, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).params(poi, key, mission, person, ts(at), ts(at)).update();
        }
    }

    /** The persons of interest the scope may see, newest activity first by default; one audit entry per read. */
    @Transactional
    public List<PersonOfInterestView> list(Scope scope, Sort sort, int limit) {
        String order = switch (sort) {
            case FIRST_SEEN -> "p.first_seen DESC, p.id DESC";
            case ESCALATION -> "p.escalation_score DESC, p.last_seen DESC, p.id DESC";
            case LAST_SEEN -> "p.last_seen DESC, p.id DESC";
        };
        List<Long> ids = jdbc.sql("SELECT p.id FROM person_of_interest p WHERE " + visible(scope) + " ORDER BY " + order
                        + " LIMIT :limit")
                .params(scopeParams(scope, Math.max(1, Math.min(limit, 1000))))
                .query(Long.class)
                .list();
        List<PersonOfInterestView> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            load(id, scope, false).ifPresent(out::add);
        }
        audit.record("READ", ENTITY, null, null, Map.of("listed", out.size()));
        return out;
    }

    /** One person of interest with its timeline, if the scope may see it; the read is audited. */
    @Transactional
    public PersonOfInterestView read(Scope scope, long id) {
        Long found = jdbc.sql("SELECT p.id FROM person_of_interest p WHERE p.id = :id AND " + visible(scope))
                .params(scopeParams(scope, 1))
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (found == null) {
            throw new NotFoundException("person of interest", Long.toString(id));
        }
        PersonOfInterestView view = load(id, scope, true).orElseThrow();
        audit.record("READ", ENTITY, Long.toString(id), null, null);
        return view;
    }

    static String visible(Scope scope) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        if (scope.missionIds().isEmpty()) {
            return "1 = 0";
        }
        return "EXISTS (SELECT 1 FROM poi_target t WHERE t.poi_id = p.id AND t.mission_id IN (:missions))";
    }

    static Map<String, Object> scopeParams(Scope scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", limit);
        if (!scope.unrestricted() && !scope.missionIds().isEmpty()) {
            params.put("missions", scope.sortedMissionIds());
        }
        return params;
    }

    /** The items of a record the scope may read: those whose signal it may read (as the signal list decides). */
    private static String visibleItems(Scope scope) {
        if (scope.unrestricted()) {
            return "";
        }
        if (scope.missionIds().isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND EXISTS (SELECT 1 FROM poi_item_mission m WHERE m.signal_id = i.signal_id"
                + " AND m.mission_id IN (:missions))";
    }

    /** The record as the scope may see it, not audited: for callers that audit their own read or change. */
    Optional<PersonOfInterestView> load(long id, Scope scope, boolean withTimeline) {
        Map<String, Object> params = scopeParams(scope, 1);
        params.remove("limit");
        params.put("id", id);
        String items = visibleItems(scope);
        return jdbc.sql("SELECT id, display_name, status, first_seen, last_seen, escalation_level, escalation_score"
                        + " FROM person_of_interest WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getString("display_name"),
                    rs.getString("status"),
                    instant(rs, "first_seen"),
                    instant(rs, "last_seen"),
                    rs.getString("escalation_level"),
                    rs.getDouble("escalation_score")
                })
                .optional()
                .map(row -> {
                    List<PersonOfInterestView.Account> accounts = jdbc.sql("""
                            SELECT platform, handle, name, url, first_seen FROM poi_account WHERE poi_id = ?
                            ORDER BY first_seen, platform, handle
                            """)
                            .param(id)
                            .query((rs, n) -> new PersonOfInterestView.Account(
                                    rs.getString("platform"),
                                    rs.getString("handle"),
                                    rs.getString("platform") + ":" + rs.getString("handle"),
                                    rs.getString("name"),
                                    rs.getString("url"),
                                    instant(rs, "first_seen")))
                            .list();
                    List<String> missions = new ArrayList<>();
                    List<String> people = new ArrayList<>();
                    jdbc.sql("SELECT mission_id, person_id FROM poi_target WHERE poi_id = ? ORDER BY target_key")
                            .param(id)
                            .query((rs, n) -> {
                                String mission = rs.getString(1);
                                String person = rs.getString(2);
                                boolean allowed = mission == null ? scope.unrestricted() : scope.permits(mission);
                                if (allowed) {
                                    if (mission != null && !missions.contains(mission)) {
                                        missions.add(mission);
                                    }
                                    if (person != null && !people.contains(person)) {
                                        people.add(person);
                                    }
                                }
                                return 0;
                            })
                            .list();
                    List<String> languages = jdbc.sql(
                                    "SELECT i.language FROM poi_item i WHERE i.poi_id = :id AND i.language IS NOT NULL"
                                            + items + " GROUP BY i.language ORDER BY COUNT(*) DESC, i.language")
                            .params(params)
                            .query(String.class)
                            .list();
                    Object[] stats = jdbc.sql(
                                    "SELECT COUNT(*), MAX(i.level_rank) FROM poi_item i WHERE i.poi_id = :id" + items)
                            .params(params)
                            .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2) == null ? -1 : rs.getInt(2)})
                            .single();
                    int rank = (Integer) stats[1];
                    List<PersonOfInterestView.TimelineItem> timeline = withTimeline
                            ? jdbc.sql("SELECT i.signal_id, i.platform, i.handle, i.level, i.language, i.detected_at"
                                            + " FROM poi_item i WHERE i.poi_id = :id" + items
                                            + " ORDER BY i.detected_at, i.signal_id")
                                    .params(params)
                                    .query((rs, n) -> new PersonOfInterestView.TimelineItem(
                                            rs.getLong("signal_id"),
                                            rs.getString("platform") + ":" + rs.getString("handle"),
                                            rs.getString("level"),
                                            rs.getString("language"),
                                            instant(rs, "detected_at")))
                                    .list()
                            : null;
                    return new PersonOfInterestView(
                            id,
                            (String) row[0],
                            (String) row[1],
                            accounts,
                            (Instant) row[2],
                            (Instant) row[3],
                            missions,
                            people,
                            languages,
                            (Integer) stats[0],
                            rank < 0 ? null : ThreatLevel.values()[rank].name(),
                            (String) row[4],
                            (Double) row[5],
                            timeline);
                });
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
