package org.vigil.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonView;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.PersonsOfInterestForNotes;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * Requests to the host state for protection: drafted as notes verbales, then tracked as sent, acknowledged,
 * measures taken by the host state and lifted, each step with its date and a note. Reads are scoped in SQL, every
 * write checks the actor's scope and is audited.
 */
@Service
@Transactional(readOnly = true)
public class HostRequests {

    private final JdbcClient jdbc;
    private final Missions missions;
    private final People people;
    private final Measures measures;
    private final AuditTrail audit;
    private final Clock clock;
    private final PersonsOfInterestForNotes interest;

    HostRequests(
            JdbcClient jdbc,
            Missions missions,
            People people,
            Measures measures,
            AuditTrail audit,
            Clock clock,
            PersonsOfInterestForNotes interest) {
        this.jdbc = jdbc;
        this.interest = interest;
        this.missions = missions;
        this.people = people;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<HostRequestView> list(Scope scope, String missionId, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (missionId != null && !missionId.isBlank()) {
            clauses.add("mission_id = :mission");
            params.put("mission", missionId.strip());
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        long total = jdbc.sql("SELECT COUNT(*) FROM host_request" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT id FROM host_request" + where + " ORDER BY updated_at DESC, id DESC LIMIT "
                        + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query(Long.class)
                .list();
        return new PageResult<>(
                ids.stream().map(id -> load(id).orElseThrow()).toList(), page.page(), page.size(), total);
    }

    public Optional<HostRequestView> find(Scope scope, long id) {
        return load(id).filter(r -> scope.permits(r.missionId()));
    }

    public HostRequestView get(Scope scope, long id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("host-state request", String.valueOf(id)));
    }

    @Transactional
    public HostRequestView draft(HostRequestCommand command) {
        Actor actor = Actor.current();
        LocalDate today = measures.today();
        command.check(today);
        if (!actor.hasAnyRole(Measure.PROPOSERS)) {
            throw ActionRefused.forbidden("drafting a request to the host state needs one of the roles "
                    + Role.names(Measure.PROPOSERS) + "; your roles are " + Role.names(actor.roles()));
        }
        actor.mayActFor(command.missionId());
        if (!missions.exists(command.missionId())) {
            throw new InvalidInputException("missionId", "no mission \"" + command.missionId() + "\"");
        }
        if (command.measureId() != null) {
            MeasureView m = measures.find(actor.scope(), command.measureId())
                    .filter(x -> x.missionId().equals(command.missionId()))
                    .orElseThrow(() -> new InvalidInputException(
                            "measureId",
                            "no measure " + command.measureId() + " at mission \"" + command.missionId() + "\""));
            if (!m.code().equals("HOST_STATE_REQUEST")) {
                throw new InvalidInputException(
                        "measureId",
                        "measure " + m.id() + " is " + m.code()
                                + ", not a request to the host state (HOST_STATE_REQUEST)");
            }
        }
        List<String> persons = personLines(command.missionId(), command.personIds(), command.language());
        List<String> accounts = command.personOfInterestId() == null
                ? List.of()
                : interest.accountsForNote(actor.scope(), command.personOfInterestId(), command.missionId());
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO host_request (mission_id, measure_id, language, reference, note_date, threat,
                        measures_asked, persons, status, created_by, created_at, updated_at, poi_id, poi_accounts)
                VALUES (:mission, :measure, :language, :reference, :date, :threat, :asked, :persons, 'DRAFT', :by,
                        :now, :now, :poi, :accounts)""")
                .param("mission", command.missionId())
                .param("measure", command.measureId())
                .param("language", command.language().name())
                .param("reference", command.reference() == null ? "pending" : command.reference())
                .param("date", command.noteDate() == null ? today : command.noteDate())
                .param("threat", command.threat())
                .param("asked", String.join("\n", command.measuresAsked()))
                .param("persons", persons.isEmpty() ? null : String.join("\n", persons))
                .param("by", actor.username())
                .param("now", Measures.at(now))
                .param("poi", command.personOfInterestId())
                .param("accounts", accounts.isEmpty() ? null : String.join("\n", accounts))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (command.reference() == null) {
            // a reference in the usual form: number/year
            jdbc.sql("UPDATE host_request SET reference = ? WHERE id = ?")
                    .params(id + "/" + (command.noteDate() == null ? today : command.noteDate()).getYear(), id)
                    .update();
        }
        step(id, now, today, actor.username(), HostRequestStatus.DRAFT, "drafted in " + command.language());
        HostRequestView created = load(id).orElseThrow();
        audit.record("DRAFT", "HOST_REQUEST", String.valueOf(id), null, created);
        return created;
    }

    /**
     * The people named in the note, their role in the note's language ("Alexei Yerkhov, Ambassador"), from the
     * registry, only of that mission.
     */
    private List<String> personLines(String missionId, List<String> personIds, NoteLanguage language) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<String, PersonView> atMission = people.byMission(Scope.all(), missionId).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<String> unknown =
                personIds.stream().filter(p -> !atMission.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("personIds", "no person " + unknown + " at mission \"" + missionId + "\"");
        }
        return personIds.stream()
                .map(atMission::get)
                .map(p -> p.name() + ", " + language.role(p.role()))
                .toList();
    }

    /**
     * Records the next step of the request (sent, acknowledged, measures taken, lifted) on the date it happened;
     * steps out of order, dates in the future or before the previous step are refused with the reason.
     */
    @Transactional
    public HostRequestView advance(long id, HostRequestStatus to, LocalDate on, String note) {
        Actor actor = Actor.current();
        HostRequestView before = get(actor.scope(), id);
        if (!actor.hasAnyRole(Measure.PROPOSERS)) {
            throw ActionRefused.forbidden("tracking a request to the host state needs one of the roles "
                    + Role.names(Measure.PROPOSERS) + "; your roles are " + Role.names(actor.roles()));
        }
        actor.mayActFor(before.missionId());
        if (to == null) {
            throw new InvalidInputException(
                    "status", "is required: one of " + Arrays.toString(HostRequestStatus.values()));
        }
        if (!before.status().canMoveTo(to)) {
            throw ActionRefused.conflict("request " + id + " is "
                    + before.status().label().toLowerCase()
                    + "; it cannot become " + to.label().toLowerCase() + " from there"
                    + (before.status().transitions().isEmpty()
                            ? " (it is final)"
                            : " (next: "
                                    + before.status().transitions().stream()
                                            .map(s -> s.name())
                                            .sorted()
                                            .toList() + ")"));
        }
        LocalDate today = measures.today();
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today)) {
            throw new InvalidInputException("on", "is in the future (" + date + "); record a step once it happened");
        }
        LocalDate previous =
                before.steps().isEmpty() ? null : before.steps().getLast().on();
        if (previous != null && date.isBefore(previous) && before.status() != HostRequestStatus.DRAFT) {
            throw new InvalidInputException("on", "is before the previous step (" + previous + ")");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "is longer than 2000 characters");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (to == HostRequestStatus.MEASURES_TAKEN && clean == null) {
            throw new InvalidInputException("note", "is required: which measures the host state took");
        }
        String column = switch (to) {
            case SENT -> "sent_on";
            case ACKNOWLEDGED -> "acknowledged_on";
            case MEASURES_TAKEN -> "measures_taken_on";
            case LIFTED -> "lifted_on";
            case DRAFT -> throw new IllegalStateException("no step leads back to a draft");
        };
        Instant now = clock.instant();
        jdbc.sql("UPDATE host_request SET status = ?, " + column + " = ?, updated_at = ?, version = version + 1"
                        + (to == HostRequestStatus.MEASURES_TAKEN ? ", host_measures = ?" : "") + " WHERE id = ?")
                .params(
                        to == HostRequestStatus.MEASURES_TAKEN
                                ? new Object[] {to.name(), date, Measures.at(now), clean, id}
                                : new Object[] {to.name(), date, Measures.at(now), id})
                .update();
        step(id, now, date, actor.username(), to, clean);
        HostRequestView after = load(id).orElseThrow();
        audit.record(
                to.name(),
                "HOST_REQUEST",
                String.valueOf(id),
                Map.of("status", before.status().name()),
                Map.of("status", to.name(), "on", date.toString(), "note", clean == null ? "" : clean));
        return after;
    }

    /** Records a past request as it stood (demo data): the steps with their own dates, no events. */
    @Transactional
    HostRequestView recordHistory(HostRequestCommand command, String by, List<HostRequestView.Step> steps) {
        Instant first = steps.isEmpty() ? clock.instant() : steps.getFirst().at();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO host_request (mission_id, measure_id, language, reference, note_date, threat,
                        measures_asked, persons, status, created_by, created_at, updated_at)
                VALUES (:mission, :measure, :language, :reference, :date, :threat, :asked, :persons, 'DRAFT', :by,
                        :at, :at)""")
                .param("mission", command.missionId())
                .param("measure", command.measureId())
                .param("language", command.language().name())
                .param("reference", command.reference())
                .param("date", command.noteDate())
                .param("threat", command.threat())
                .param("asked", String.join("\n", command.measuresAsked()))
                .param(
                        "persons",
                        String.join("\n", personLines(command.missionId(), command.personIds(), command.language())))
                .param("by", by)
                .param("at", Measures.at(first))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (HostRequestView.Step s : steps) {
            step(id, s.at(), s.on(), s.actor(), s.status(), s.note());
            String column = switch (s.status()) {
                case SENT -> "sent_on";
                case ACKNOWLEDGED -> "acknowledged_on";
                case MEASURES_TAKEN -> "measures_taken_on";
                case LIFTED -> "lifted_on";
                case DRAFT -> null;
            };
            if (column != null) {
                jdbc.sql("UPDATE host_request SET status = ?, " + column + " = ?, updated_at = ?,"
                                + " host_measures = CASE WHEN ? THEN ? ELSE host_measures END WHERE id = ?")
                        .params(
                                s.status().name(),
                                s.on(),
                                Measures.at(s.at()),
                                s.status() == HostRequestStatus.MEASURES_TAKEN,
                                s.note(),
                                id)
                        .update();
            }
        }
        HostRequestView created = load(id).orElseThrow();
        audit.record("RECORD", "HOST_REQUEST", String.valueOf(id), null, created);
        return created;
    }

    private void step(long id, Instant at, LocalDate on, String actor, HostRequestStatus status, String note) {
        jdbc.sql(
                        "INSERT INTO host_request_event (request_id, at, on_date, actor, status, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, Measures.at(at), on, actor, status.name(), note)
                .update();
    }

    private Optional<HostRequestView> load(long id) {
        return jdbc.sql("SELECT * FROM host_request WHERE id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional()
                .map(v -> {
                    List<HostRequestView.Step> steps = jdbc.sql(
                                    "SELECT * FROM host_request_event WHERE request_id = ? ORDER BY id")
                            .param(id)
                            .query((rs, n) -> new HostRequestView.Step(
                                    Measures.instant(rs, "at"),
                                    rs.getObject("on_date", LocalDate.class),
                                    rs.getString("actor"),
                                    HostRequestStatus.valueOf(rs.getString("status")),
                                    rs.getString("note")))
                            .list();
                    return new HostRequestView(
                            v.id(),
                            v.missionId(),
                            v.measureId(),
                            v.language(),
                            v.reference(),
                            v.noteDate(),
                            v.threat(),
                            v.measuresAsked(),
                            v.persons(),
                            v.status(),
                            v.sentOn(),
                            v.acknowledgedOn(),
                            v.measuresTakenOn(),
                            v.liftedOn(),
                            v.hostMeasures(),
                            v.createdBy(),
                            v.createdAt(),
                            steps,
                            v.version(),
                            v.personOfInterestId(),
                            v.accounts());
                });
    }

    private static HostRequestView view(ResultSet rs) throws SQLException {
        long measure = rs.getLong("measure_id");
        Long measureId = rs.wasNull() ? null : measure;
        String persons = rs.getString("persons");
        long poi = rs.getLong("poi_id");
        Long poiId = rs.wasNull() ? null : poi;
        String accounts = rs.getString("poi_accounts");
        return new HostRequestView(
                rs.getLong("id"),
                rs.getString("mission_id"),
                measureId,
                NoteLanguage.valueOf(rs.getString("language")),
                rs.getString("reference"),
                rs.getObject("note_date", LocalDate.class),
                rs.getString("threat"),
                List.of(rs.getString("measures_asked").split("\n")),
                persons == null || persons.isBlank() ? List.of() : List.of(persons.split("\n")),
                HostRequestStatus.valueOf(rs.getString("status")),
                rs.getObject("sent_on", LocalDate.class),
                rs.getObject("acknowledged_on", LocalDate.class),
                rs.getObject("measures_taken_on", LocalDate.class),
                rs.getObject("lifted_on", LocalDate.class),
                rs.getString("host_measures"),
                rs.getString("created_by"),
                Measures.instant(rs, "created_at"),
                List.of(),
                rs.getInt("version"),
                poiId,
                accounts == null || accounts.isBlank() ? List.of() : List.of(accounts.split("\n")));
    }
}
