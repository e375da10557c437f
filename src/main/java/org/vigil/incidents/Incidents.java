package org.vigil.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonView;
import org.vigil.risk.RiskInputsChanged;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * Incidents: reads filtered by the caller's scope in SQL (another mission's incident is "not found"), writes
 * checked against the caller's scope, audited, and announced: {@link IncidentOpened} when one is recorded,
 * {@link RiskInputsChanged} whenever what weighs on the mission's risk changes.
 */
@Service
@Transactional(readOnly = true)
public class Incidents {

    /** A log entry of a recorded past incident, with its own date. */
    record HistoryEntry(Instant at, String entry) {}

    /** Filters of the list; null means any. */
    public record Filter(String missionId, IncidentStatus status, IncidentType type) {}

    private final JdbcClient jdbc;
    private final Missions missions;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Incidents(
            JdbcClient jdbc,
            Missions missions,
            People people,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.missions = missions;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public PageResult<IncidentSummary> list(Scope scope, Filter filter, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("i.mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (filter.missionId() != null && !filter.missionId().isBlank()) {
            clauses.add("i.mission_id = :mission");
            params.put("mission", filter.missionId().strip());
        }
        if (filter.status() != null) {
            clauses.add("i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.type() != null) {
            clauses.add("i.type = :type");
            params.put("type", filter.type().name());
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        long total = jdbc.sql("SELECT COUNT(*) FROM incident i" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<IncidentSummary> items = jdbc.sql("SELECT * FROM incident i" + where
                        + " ORDER BY i.occurred_at DESC, i.id DESC LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query(Incidents::summary)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The incidents still open (open or under investigation) at a mission, most severe first. Not scoped. */
    public List<IncidentSummary> activeAt(String missionId) {
        return jdbc.sql("SELECT * FROM incident i WHERE i.mission_id = ? AND i.status <> 'CLOSED'"
                        + " ORDER BY i.severity DESC, i.occurred_at DESC")
                .param(missionId)
                .query(Incidents::summary)
                .list();
    }

    /** The incident, if it exists and the scope may see it. */
    public Optional<IncidentView> find(Scope scope, long id) {
        Optional<Row> row = jdbc.sql("SELECT * FROM incident WHERE id = ?")
                .param(id)
                .query(Incidents::row)
                .optional();
        return row.filter(r -> scope.permits(r.missionId)).map(this::view);
    }

    /** Reading one incident's record: audited, like every sensitive read. */
    @Transactional
    public IncidentView read(Scope scope, long id) {
        IncidentView view = find(scope, id).orElseThrow(() -> new NotFoundException("incident", String.valueOf(id)));
        audit.record("READ", "INCIDENT", String.valueOf(id), null, null);
        return view;
    }

    @Transactional
    public IncidentView record(IncidentCommand command) {
        Actor actor = Actor.current();
        IncidentView created = insert(command, actor, IncidentStatus.OPEN, List.of());
        audit.record("CREATE", "INCIDENT", String.valueOf(created.id()), null, created);
        events.publishEvent(new IncidentOpened(
                created.id(),
                created.missionId(),
                created.type().word(),
                created.severity(),
                created.title(),
                created.occurredAt()));
        events.publishEvent(new RiskInputsChanged(
                created.missionId(),
                "incident " + created.id() + " opened: " + created.type().word() + ", severity " + created.severity()));
        return created;
    }

    /**
     * Records an incident of the past, as it ended, without the events of a new one (no alert for history): for
     * demo data and imports of earlier records.
     */
    @Transactional
    IncidentView recordHistory(IncidentCommand command, IncidentStatus status, List<HistoryEntry> log) {
        IncidentView created = insert(command, Actor.system(), status, log);
        audit.record("CREATE", "INCIDENT", String.valueOf(created.id()), null, created);
        return created;
    }

    private IncidentView insert(IncidentCommand command, Actor actor, IncidentStatus status, List<HistoryEntry> log) {
        Instant now = clock.instant();
        command.check(now);
        actor.mayActFor(command.missionId());
        checkReferences(command);
        long id = insertId(jdbc.sql("""
                INSERT INTO incident (mission_id, type, title, occurred_at, place, severity, description, status,
                                      authorities, lessons, created_by, created_at, updated_at, closed_at)
                VALUES (:mission, :type, :title, :occurred, :place, :severity, :description, :status, :authorities,
                        :lessons, :by, :now, :now, :closed)""")
                .param("mission", command.missionId())
                .param("type", command.type().name())
                .param("title", command.title())
                .param("occurred", at(command.occurredAt()))
                .param("place", command.place())
                .param("severity", command.severity())
                .param("description", command.description())
                .param("status", status.name())
                .param("authorities", command.authorities())
                .param("lessons", command.lessons())
                .param("by", actor.username())
                .param("now", at(now))
                .param("closed", status == IncidentStatus.CLOSED ? at(now) : null));
        writeLinks(id, command);
        for (HistoryEntry entry : log) {
            jdbc.sql("INSERT INTO incident_log (incident_id, at, author, entry) VALUES (?, ?, ?, ?)")
                    .params(id, at(entry.at()), actor.username(), entry.entry())
                    .update();
        }
        if (status == IncidentStatus.CLOSED && !log.isEmpty()) {
            jdbc.sql("UPDATE incident SET closed_at = ? WHERE id = ?")
                    .params(at(log.getLast().at()), id)
                    .update();
        }
        return find(Scope.all(), id).orElseThrow();
    }

    /** Corrects or completes an incident (not its mission); the change is audited with before and after. */
    @Transactional
    public IncidentView update(long id, IncidentCommand command) {
        Actor actor = Actor.current();
        IncidentView before =
                find(actor.scope(), id).orElseThrow(() -> new NotFoundException("incident", String.valueOf(id)));
        if (command.missionId() != null && !command.missionId().equals(before.missionId())) {
            throw new InvalidInputException(
                    "missionId",
                    "an incident stays with its mission (\"" + before.missionId()
                            + "\"); record a new incident for another mission");
        }
        IncidentCommand c = new IncidentCommand(
                before.missionId(),
                command.type(),
                command.title(),
                command.occurredAt(),
                command.place(),
                command.severity(),
                command.description(),
                command.personIds(),
                command.signalIds(),
                command.alertIds(),
                command.authorities(),
                command.lessons());
        Instant now = clock.instant();
        c.check(now);
        checkReferences(c);
        int changed = jdbc.sql("""
                UPDATE incident SET type = :type, title = :title, occurred_at = :occurred, place = :place,
                       severity = :severity, description = :description, authorities = :authorities,
                       lessons = :lessons, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("type", c.type().name())
                .param("title", c.title())
                .param("occurred", at(c.occurredAt()))
                .param("place", c.place())
                .param("severity", c.severity())
                .param("description", c.description())
                .param("authorities", c.authorities())
                .param("lessons", c.lessons())
                .param("now", at(now))
                .param("id", id)
                .param("version", before.version())
                .update();
        if (changed == 0) {
            throw new org.vigil.shared.ConflictException(
                    "incident " + id + " was changed by someone else meanwhile; reload it and apply your change again");
        }
        jdbc.sql("DELETE FROM incident_person WHERE incident_id = ?").param(id).update();
        jdbc.sql("DELETE FROM incident_link WHERE incident_id = ?").param(id).update();
        writeLinks(id, c);
        IncidentView after = find(Scope.all(), id).orElseThrow();
        audit.record("UPDATE", "INCIDENT", String.valueOf(id), before, after);
        if (after.status().active() && after.severity() != before.severity()) {
            events.publishEvent(new RiskInputsChanged(
                    after.missionId(),
                    "incident " + id + " severity changed from " + before.severity() + " to " + after.severity()));
        }
        return after;
    }

    /** Appends an entry to the investigation log; entries are never changed or removed. */
    @Transactional
    public IncidentView appendLog(long id, String entry) {
        Actor actor = Actor.current();
        IncidentView incident =
                find(actor.scope(), id).orElseThrow(() -> new NotFoundException("incident", String.valueOf(id)));
        if (entry == null || entry.isBlank()) {
            throw new InvalidInputException("entry", "is required: what was done or learned");
        }
        if (entry.length() > 10_000) {
            throw new InvalidInputException("entry", "is longer than 10000 characters");
        }
        Incident.mayLog(id, incident.status());
        long logId = insertId(jdbc.sql("INSERT INTO incident_log (incident_id, at, author, entry) VALUES (?, ?, ?, ?)")
                .params(id, at(clock.instant()), actor.username(), entry.strip()));
        audit.record("LOG", "INCIDENT", String.valueOf(id), null, Map.of("logId", logId, "entry", entry.strip()));
        return find(Scope.all(), id).orElseThrow();
    }

    /** Moves the incident to another status if the workflow allows it; the note goes into the log. */
    @Transactional
    public IncidentView changeStatus(long id, IncidentStatus to, String note) {
        Actor actor = Actor.current();
        IncidentView before =
                find(actor.scope(), id).orElseThrow(() -> new NotFoundException("incident", String.valueOf(id)));
        if (to == null) {
            throw new InvalidInputException("status", "is required: one of " + List.of(IncidentStatus.values()));
        }
        Incident.move(id, before.status(), to);
        Instant now = clock.instant();
        Instant closedAt = Incident.closedAt(to, now, before.closedAt());
        jdbc.sql("UPDATE incident SET status = ?, closed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(to.name(), closedAt == null ? null : at(closedAt), at(now), id)
                .update();
        String entry = "Status: " + before.status().label().toLowerCase() + " → "
                + to.label().toLowerCase() + (note == null || note.isBlank() ? "" : ". " + note.strip());
        jdbc.sql("INSERT INTO incident_log (incident_id, at, author, entry) VALUES (?, ?, ?, ?)")
                .params(id, at(now), actor.username(), entry)
                .update();
        IncidentView after = find(Scope.all(), id).orElseThrow();
        audit.record(
                "STATUS",
                "INCIDENT",
                String.valueOf(id),
                Map.of("status", before.status().name()),
                Map.of("status", to.name(), "note", note == null ? "" : note.strip()));
        if (before.status().active() != to.active()) {
            events.publishEvent(new RiskInputsChanged(
                    after.missionId(), "incident " + id + " " + (to.active() ? "reopened" : "closed")));
        }
        return after;
    }

    private void checkReferences(IncidentCommand c) {
        if (!missions.exists(c.missionId())) {
            throw new InvalidInputException("missionId", "no mission \"" + c.missionId() + "\"");
        }
        if (!c.personIds().isEmpty()) {
            // an incident records what happened: it may name a person who has since left the post
            Set<String> atMission = people.byMission(Scope.all(), c.missionId(), true).stream()
                    .map(PersonView::id)
                    .collect(Collectors.toSet());
            List<String> unknown =
                    c.personIds().stream().filter(p -> !atMission.contains(p)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(
                        "personIds", "no person " + unknown + " at mission \"" + c.missionId() + "\"");
            }
        }
    }

    private void writeLinks(long id, IncidentCommand c) {
        for (String person : c.personIds()) {
            jdbc.sql("INSERT INTO incident_person (incident_id, person_id) VALUES (?, ?)")
                    .params(id, person)
                    .update();
        }
        for (Long signal : c.signalIds()) {
            jdbc.sql("INSERT INTO incident_link (incident_id, kind, ref_id) VALUES (?, 'SIGNAL', ?)")
                    .params(id, signal)
                    .update();
        }
        for (Long alert : c.alertIds()) {
            jdbc.sql("INSERT INTO incident_link (incident_id, kind, ref_id) VALUES (?, 'ALERT', ?)")
                    .params(id, alert)
                    .update();
        }
    }

    private IncidentView view(Row r) {
        List<String> persons = jdbc.sql(
                        "SELECT person_id FROM incident_person WHERE incident_id = ? ORDER BY person_id")
                .param(r.id)
                .query(String.class)
                .list();
        List<Long> signals = links(r.id, "SIGNAL");
        List<Long> alerts = links(r.id, "ALERT");
        List<IncidentView.LogEntry> log = jdbc.sql("SELECT * FROM incident_log WHERE incident_id = ? ORDER BY id")
                .param(r.id)
                .query((rs, n) -> new IncidentView.LogEntry(
                        rs.getLong("id"), instant(rs, "at"), rs.getString("author"), rs.getString("entry")))
                .list();
        return new IncidentView(
                r.id,
                r.missionId,
                r.type,
                r.title,
                r.occurredAt,
                r.place,
                r.severity,
                r.description,
                r.status,
                r.authorities,
                r.lessons,
                persons,
                signals,
                alerts,
                log,
                r.createdBy,
                r.createdAt,
                r.updatedAt,
                r.closedAt,
                r.version);
    }

    private List<Long> links(long id, String kind) {
        return jdbc.sql("SELECT ref_id FROM incident_link WHERE incident_id = ? AND kind = ? ORDER BY ref_id")
                .params(id, kind)
                .query(Long.class)
                .list();
    }

    private record Row(
            long id,
            String missionId,
            IncidentType type,
            String title,
            Instant occurredAt,
            String place,
            int severity,
            String description,
            IncidentStatus status,
            String authorities,
            String lessons,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant closedAt,
            int version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("mission_id"),
                IncidentType.valueOf(rs.getString("type")),
                rs.getString("title"),
                instant(rs, "occurred_at"),
                rs.getString("place"),
                rs.getInt("severity"),
                rs.getString("description"),
                IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("authorities"),
                rs.getString("lessons"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "closed_at"),
                rs.getInt("version"));
    }

    private static IncidentSummary summary(ResultSet rs, int n) throws SQLException {
        return new IncidentSummary(
                rs.getLong("id"),
                rs.getString("mission_id"),
                IncidentType.valueOf(rs.getString("type")),
                rs.getString("title"),
                instant(rs, "occurred_at"),
                rs.getString("place"),
                rs.getInt("severity"),
                IncidentStatus.valueOf(rs.getString("status")));
    }

    /** Runs an INSERT and returns the generated {@code id}. */
    static long insertId(JdbcClient.StatementSpec insert) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
