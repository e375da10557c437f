package org.vigil.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.incidents.IncidentView;
import org.vigil.incidents.Incidents;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskInputsChanged;
import org.vigil.risk.RiskLevels;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * Protective measures at missions: proposals, approvals, implementation, review and lifting. The rules live in
 * {@link Measure}; this service loads, asks, persists, records the history, audits every change and announces
 * what moves the risk picture ({@link RiskInputsChanged} when a measure is implemented or lifted). Reads filter by
 * the caller's scope in SQL: another mission's measure is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Measures {

    /** Filters of the list; null means any. */
    public record Filter(String missionId, MeasureState state, String code, Boolean overdue) {}

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Missions missions;
    private final Incidents incidents;
    private final ObjectProvider<RiskLevels> riskLevels;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Measures(
            JdbcClient jdbc,
            Catalogue catalogue,
            Missions missions,
            Incidents incidents,
            ObjectProvider<RiskLevels> riskLevels,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.missions = missions;
        this.incidents = incidents;
        this.riskLevels = riskLevels;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public PageResult<MeasureView> list(Scope scope, Filter filter, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("m.mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (filter.missionId() != null && !filter.missionId().isBlank()) {
            clauses.add("m.mission_id = :mission");
            params.put("mission", filter.missionId().strip());
        }
        if (filter.state() != null) {
            clauses.add("m.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.code() != null && !filter.code().isBlank()) {
            clauses.add("m.code = :code");
            params.put("code", filter.code().strip());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            clauses.add("m.state IN ('PROPOSED', 'APPROVED') AND m.deadline < :today");
            params.put("today", today());
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        long total = jdbc.sql("SELECT COUNT(*) FROM measure m" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT m.id FROM measure m" + where + " ORDER BY m.updated_at DESC, m.id DESC LIMIT "
                        + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query(Long.class)
                .list();
        return new PageResult<>(
                ids.stream().map(id -> load(id).orElseThrow()).toList(), page.page(), page.size(), total);
    }

    /** The measures in place at a mission (implemented or under review). Not scoped: for the risk SPI. */
    public List<MeasureView> inPlaceAt(String missionId) {
        return jdbc
                .sql("SELECT id FROM measure WHERE mission_id = ? AND state IN ('IMPLEMENTED', 'UNDER_REVIEW')"
                        + " ORDER BY implemented_at, id")
                .param(missionId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> load(id).orElseThrow())
                .toList();
    }

    /** Measures of one catalogue code in the given states, across the network. Not scoped: callers are. */
    List<MeasureView> byCode(String code, List<MeasureState> states) {
        return jdbc
                .sql("SELECT id FROM measure WHERE code = :code AND state IN (:states) ORDER BY mission_id, id")
                .param("code", code)
                .param("states", states.stream().map(Enum::name).toList())
                .query(Long.class)
                .list()
                .stream()
                .map(id -> load(id).orElseThrow())
                .toList();
    }

    public Optional<MeasureView> find(Scope scope, long id) {
        return load(id).filter(m -> scope.permits(m.missionId()));
    }

    public MeasureView get(Scope scope, long id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("measure", String.valueOf(id)));
    }

    @Transactional
    public MeasureView propose(ProposalCommand command) {
        return propose(command, Actor.current());
    }

    @Transactional
    MeasureView propose(ProposalCommand command, Actor actor) {
        command.check(today());
        CatalogueEntry entry = catalogue
                .find(command.code())
                .orElseThrow(() -> new InvalidInputException(
                        "code",
                        "no measure \"" + command.code() + "\" in the catalogue; see GET /api/v1/measures/catalogue"));
        Measure.mayPropose(actor, entry, command.missionId());
        if (!missions.exists(command.missionId())) {
            throw new InvalidInputException("missionId", "no mission \"" + command.missionId() + "\"");
        }
        for (long incidentId : command.incidentIds()) {
            Optional<IncidentView> incident = incidents.find(actor.scope(), incidentId);
            if (incident.isEmpty() || !incident.get().missionId().equals(command.missionId())) {
                throw new InvalidInputException(
                        "incidentIds", "no incident " + incidentId + " at mission \"" + command.missionId() + "\"");
            }
        }
        List<MeasureState> open = List.of(
                MeasureState.PROPOSED, MeasureState.APPROVED, MeasureState.IMPLEMENTED, MeasureState.UNDER_REVIEW);
        Optional<Long> existing = jdbc.sql("SELECT id FROM measure WHERE mission_id = :mission AND code = :code"
                        + " AND state IN (:states)")
                .param("mission", command.missionId())
                .param("code", entry.code())
                .param("states", open.stream().map(Enum::name).toList())
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            MeasureView other = load(existing.get()).orElseThrow();
            throw new ConflictException("mission \"" + command.missionId() + "\" already has \"" + entry.name()
                    + "\" " + other.state().label().toLowerCase() + " (measure " + other.id()
                    + "); work on that one instead of proposing it again");
        }
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO measure (mission_id, code, state, reason, risk_snapshot, deadline, proposed_by,
                                     proposed_at, updated_at)
                VALUES (:mission, :code, 'PROPOSED', :reason, :risk, :deadline, :by, :now, :now)""")
                .param("mission", command.missionId())
                .param("code", entry.code())
                .param("reason", command.reason())
                .param("risk", riskSnapshot(command.missionId()))
                .param("deadline", command.deadline())
                .param("by", actor.username())
                .param("now", at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (long s : command.signalIds()) {
            jdbc.sql("INSERT INTO measure_reason_ref (measure_id, kind, ref_id) VALUES (?, 'SIGNAL', ?)")
                    .params(id, s)
                    .update();
        }
        for (long i : command.incidentIds()) {
            jdbc.sql("INSERT INTO measure_reason_ref (measure_id, kind, ref_id) VALUES (?, 'INCIDENT', ?)")
                    .params(id, i)
                    .update();
        }
        history(id, now, actor.username(), "PROPOSE", null, MeasureState.PROPOSED, command.reason());
        MeasureView created = load(id).orElseThrow();
        audit.record("PROPOSE", "MEASURE", String.valueOf(id), null, created);
        return created;
    }

    /** The mission's current risk, in words, as it stood when the measure was proposed. */
    private String riskSnapshot(String missionId) {
        RiskLevels levels = riskLevels.getIfAvailable();
        if (levels == null) {
            return null;
        }
        return levels.current(missionId)
                .map(r -> {
                    StringBuilder sb = new StringBuilder("overall " + r.overall());
                    r.levels().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(e -> sb.append(", ")
                                    .append(e.getKey())
                                    .append(' ')
                                    .append(e.getValue()));
                    return sb + " (assessed " + r.assessedAt() + ")";
                })
                .orElse(null);
    }

    /** Takes a step of the measure's lifecycle: the same as {@link #approve}, {@link #reject} and the others. */
    @Transactional
    public MeasureView act(long id, MeasureStep step, String note) {
        return switch (step) {
            case APPROVE -> approve(id, note);
            case REJECT -> reject(id, note);
            case WITHDRAW -> withdraw(id, note);
            case IMPLEMENT -> implement(id, note);
            case REVIEW -> startReview(id, note);
            case KEEP -> keep(id, note);
            case LIFT -> lift(id, note);
        };
    }

    /** What each step does to the domain object: refuses (ActionRefused) when the actor may not take it. */
    private static BiFunction<Measure, Actor, MeasureState> move(MeasureStep step) {
        return switch (step) {
            case APPROVE -> Measure::approve;
            case REJECT -> Measure::reject;
            case WITHDRAW -> Measure::withdraw;
            case IMPLEMENT -> Measure::implement;
            case REVIEW -> Measure::startReview;
            case KEEP -> Measure::keep;
            case LIFT -> Measure::lift;
        };
    }

    /**
     * The steps the current user may take on this measure now, by the same rules the steps themselves apply (role,
     * state, not approving one's own proposal or twice): the page offers these and no others.
     */
    public java.util.Set<MeasureStep> stepsFor(MeasureView m) {
        return stepsFor(m, Actor.current());
    }

    /** The steps {@code actor} may take on the measure now (for another user than the one signed in: notices). */
    java.util.Set<MeasureStep> stepsFor(MeasureView m, Actor actor) {
        CatalogueEntry entry = catalogue.get(m.code());
        java.util.Set<MeasureStep> out = java.util.EnumSet.noneOf(MeasureStep.class);
        for (MeasureStep step : MeasureStep.values()) {
            Measure measure = new Measure(m.id(), m.missionId(), entry, m.state(), m.proposedBy(), m.approvals());
            try {
                move(step).apply(measure, actor);
                out.add(step);
            } catch (ActionRefused refused) {
                // not this user's step, or not in this state
            }
        }
        return out;
    }

    @Transactional
    public MeasureView approve(long id, String note) {
        return transition(id, MeasureStep.APPROVE, note, move(MeasureStep.APPROVE));
    }

    @Transactional
    public MeasureView reject(long id, String note) {
        requireNote(note, "rejecting");
        return transition(id, MeasureStep.REJECT, note, Measure::reject);
    }

    @Transactional
    public MeasureView withdraw(long id, String note) {
        return transition(id, MeasureStep.WITHDRAW, note, Measure::withdraw);
    }

    @Transactional
    public MeasureView implement(long id, String note) {
        return transition(id, MeasureStep.IMPLEMENT, note, Measure::implement);
    }

    @Transactional
    public MeasureView startReview(long id, String note) {
        return transition(id, MeasureStep.REVIEW, note, Measure::startReview);
    }

    @Transactional
    public MeasureView keep(long id, String note) {
        return transition(id, MeasureStep.KEEP, note, Measure::keep);
    }

    @Transactional
    public MeasureView lift(long id, String note) {
        requireNote(note, "lifting");
        return transition(id, MeasureStep.LIFT, note, Measure::lift);
    }

    private static void requireNote(String note, String verb) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "is required when " + verb + " a measure: say why");
        }
    }

    private MeasureView transition(
            long id, MeasureStep step, String note, BiFunction<Measure, Actor, MeasureState> move) {
        boolean approval = step == MeasureStep.APPROVE;
        String action = step.name();
        Actor actor = Actor.current();
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "is longer than 2000 characters");
        }
        MeasureView before = get(actor.scope(), id);
        CatalogueEntry entry = catalogue.get(before.code());
        Measure measure =
                new Measure(id, before.missionId(), entry, before.state(), before.proposedBy(), before.approvals());
        MeasureState to = move.apply(measure, actor);
        Instant now = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        int changed = jdbc.sql("""
                UPDATE measure SET state = :to, updated_at = :now, version = version + 1,
                       implemented_at = CASE WHEN :implemented THEN :now ELSE implemented_at END,
                       lifted_at = CASE WHEN :lifted THEN :now ELSE lifted_at END
                WHERE id = :id AND version = :version""")
                .param("to", to.name())
                .param("now", at(now))
                .param("implemented", step == MeasureStep.IMPLEMENT)
                .param("lifted", to == MeasureState.LIFTED)
                .param("id", id)
                .param("version", before.version())
                .update();
        if (changed == 0) {
            throw new ConflictException(
                    "measure " + id + " was changed by someone else meanwhile; reload it and try again");
        }
        if (approval) {
            Role role = measure.approverRole(actor, MeasureStep.APPROVE);
            jdbc.sql("INSERT INTO measure_approval (measure_id, position, approver, role, at, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, before.approvals().size() + 1, actor.username(), role.name(), at(now), cleanNote)
                    .update();
        }
        String historyNote = approval
                ? "approval " + (before.approvals().size() + 1) + " of " + entry.approvalsRequired()
                        + (cleanNote == null ? "" : ": " + cleanNote)
                : cleanNote;
        history(id, now, actor.username(), action, before.state(), to, historyNote);
        MeasureView after = load(id).orElseThrow();
        audit.record(action, "MEASURE", String.valueOf(id), summary(before), summary(after));
        if (before.state().inPlace() != to.inPlace()) {
            events.publishEvent(new RiskInputsChanged(
                    after.missionId(),
                    "measure " + id + " " + after.name() + " " + (to.inPlace() ? "implemented" : "lifted")));
        }
        return after;
    }

    /** Measures whose deadline passed while still proposed or approved, not yet reported. */
    List<MeasureView> newlyOverdue() {
        return jdbc
                .sql("SELECT id FROM measure WHERE state IN ('PROPOSED', 'APPROVED') AND deadline < ?"
                        + " AND overdue_notified_at IS NULL ORDER BY id")
                .param(today())
                .query(Long.class)
                .list()
                .stream()
                .map(id -> load(id).orElseThrow())
                .toList();
    }

    /** Marks a measure as reported overdue, so that the check reports it once. */
    @Transactional
    boolean markOverdueReported(long id, Instant at) {
        return jdbc.sql("UPDATE measure SET overdue_notified_at = ? WHERE id = ? AND overdue_notified_at IS NULL")
                        .params(at(at), id)
                        .update()
                == 1;
    }

    /**
     * Records a measure of the past as it stood (demo data, imports of earlier decisions), with its history,
     * without the events of a live change.
     */
    @Transactional
    MeasureView recordHistory(
            String missionId,
            String code,
            String reason,
            LocalDate deadline,
            String proposedBy,
            Instant proposedAt,
            MeasureState state,
            Instant implementedAt,
            Instant liftedAt,
            String liftNote,
            List<String> approvers) {
        CatalogueEntry entry = catalogue.get(code);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO measure (mission_id, code, state, reason, deadline, proposed_by, proposed_at,
                                     implemented_at, lifted_at, updated_at)
                VALUES (:mission, :code, :state, :reason, :deadline, :by, :at, :implemented, :lifted, :updated)""")
                .param("mission", missionId)
                .param("code", code)
                .param("state", state.name())
                .param("reason", reason)
                .param("deadline", deadline)
                .param("by", proposedBy)
                .param("at", at(proposedAt))
                .param("implemented", at(implementedAt))
                .param("lifted", at(liftedAt))
                .param("updated", at(liftedAt != null ? liftedAt : implementedAt != null ? implementedAt : proposedAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        history(id, proposedAt, proposedBy, "PROPOSE", null, MeasureState.PROPOSED, reason);
        MeasureState current = MeasureState.PROPOSED;
        for (int i = 0; i < approvers.size(); i++) {
            Instant when = proposedAt.plusSeconds(3600L * (i + 1));
            jdbc.sql("INSERT INTO measure_approval (measure_id, position, approver, role, at, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, approvers.get(i), Role.HQ_DIRECTOR.name(), at(when), null)
                    .update();
            MeasureState next = i + 1 >= entry.approvalsRequired() ? MeasureState.APPROVED : MeasureState.PROPOSED;
            history(
                    id,
                    when,
                    approvers.get(i),
                    "APPROVE",
                    current,
                    next,
                    "approval " + (i + 1) + " of " + entry.approvalsRequired());
            current = next;
        }
        if (implementedAt != null) {
            history(id, implementedAt, proposedBy, "IMPLEMENT", current, MeasureState.IMPLEMENTED, null);
        }
        if (liftedAt != null) {
            history(
                    id,
                    liftedAt,
                    approvers.isEmpty() ? proposedBy : approvers.getFirst(),
                    "LIFT",
                    MeasureState.IMPLEMENTED,
                    MeasureState.LIFTED,
                    liftNote);
        }
        MeasureView created = load(id).orElseThrow();
        audit.record("RECORD", "MEASURE", String.valueOf(id), null, created);
        return created;
    }

    private void history(
            long id, Instant at, String actor, String action, MeasureState from, MeasureState to, String note) {
        jdbc.sql("""
                INSERT INTO measure_history (measure_id, at, actor, action, from_state, to_state, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, at(at), actor, action, from == null ? null : from.name(), to.name(), note)
                .update();
    }

    /** What the audit trail keeps of a measure before and after a change: its state and approvals. */
    private static Map<String, Object> summary(MeasureView m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("missionId", m.missionId());
        s.put("code", m.code());
        s.put("state", m.state().name());
        s.put(
                "approvers",
                m.approvals().stream().map(MeasureView.Approval::approver).toList());
        return s;
    }

    private Optional<MeasureView> load(long id) {
        Optional<Row> row = jdbc.sql("SELECT m.*, c.name AS measure_name, c.approvals_required FROM measure m"
                        + " JOIN measure_catalogue c ON c.code = m.code WHERE m.id = ?")
                .param(id)
                .query(Measures::row)
                .optional();
        return row.map(r -> {
            List<Long> signals = refs(id, "SIGNAL");
            List<Long> incidentIds = refs(id, "INCIDENT");
            List<MeasureView.Approval> approvals = jdbc.sql(
                            "SELECT * FROM measure_approval WHERE measure_id = ? ORDER BY position")
                    .param(id)
                    .query((rs, n) -> new MeasureView.Approval(
                            rs.getString("approver"), rs.getString("role"), instant(rs, "at"), rs.getString("note")))
                    .list();
            List<MeasureView.HistoryEntry> history = jdbc.sql(
                            "SELECT * FROM measure_history WHERE measure_id = ? ORDER BY id")
                    .param(id)
                    .query((rs, n) -> new MeasureView.HistoryEntry(
                            instant(rs, "at"),
                            rs.getString("actor"),
                            rs.getString("action"),
                            state(rs.getString("from_state")),
                            state(rs.getString("to_state")),
                            rs.getString("note")))
                    .list();
            boolean overdue = r.state.pending() && r.deadline.isBefore(today());
            return new MeasureView(
                    id,
                    r.missionId,
                    r.code,
                    r.name,
                    r.state,
                    r.reason,
                    r.riskSnapshot,
                    signals,
                    incidentIds,
                    r.deadline,
                    overdue,
                    r.proposedBy,
                    r.proposedAt,
                    r.approvalsRequired,
                    approvals,
                    r.implementedAt,
                    r.liftedAt,
                    history,
                    r.version);
        });
    }

    private List<Long> refs(long id, String kind) {
        return jdbc.sql("SELECT ref_id FROM measure_reason_ref WHERE measure_id = ? AND kind = ? ORDER BY ref_id")
                .params(id, kind)
                .query(Long.class)
                .list();
    }

    private record Row(
            String missionId,
            String code,
            String name,
            MeasureState state,
            String reason,
            String riskSnapshot,
            LocalDate deadline,
            String proposedBy,
            Instant proposedAt,
            int approvalsRequired,
            Instant implementedAt,
            Instant liftedAt,
            int version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("mission_id"),
                rs.getString("code"),
                rs.getString("measure_name"),
                MeasureState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getString("risk_snapshot"),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                rs.getInt("approvals_required"),
                instant(rs, "implemented_at"),
                instant(rs, "lifted_at"),
                rs.getInt("version"));
    }

    private static MeasureState state(String s) {
        return s == null ? null : MeasureState.valueOf(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
