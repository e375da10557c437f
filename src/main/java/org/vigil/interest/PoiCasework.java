package org.vigil.interest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Missions;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.Author;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;

/**
 * The analysts' casework on persons of interest: making an author one by decision, linking a further account of the
 * same person, notes, closing a case with its reason and reopening it. Who may: headquarters (analyst, director,
 * administrator) and the mission officers of the missions the record targets (the only officers who see it); a
 * head of mission and an auditor read and change nothing. Every change is audited in its transaction with the case
 * before and after; the reads are audited once per read (a page view or an API request), not per row.
 */
@Service
public class PoiCasework implements org.vigil.shared.PersonsOfInterestForNotes {

    /** Who may change a case: headquarters and mission officers (the latter within the record's targets). */
    static final Set<Role> CASEWORKERS = Set.of(Role.ADMIN, Role.HQ_DIRECTOR, Role.HQ_ANALYST, Role.MISSION_OFFICER);

    static final int MAX_REASON = 2000;
    static final int MAX_NOTE = 4000;
    private static final int MAX_SIGNALS = 5000;

    /** Why a case is closed. */
    public enum CloseReason {
        NOT_A_THREAT("Not a threat"),
        HANDLED_BY_HOST_STATE("Identified and handled by the host state"),
        OTHER("Other");

        private final String label;

        CloseReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The reason from its name, written any way ({@code not-a-threat}, {@code NOT_A_THREAT}); null if blank. */
        static CloseReason parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String n = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return Arrays.stream(values())
                    .filter(r -> r.name().equals(n))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "closeReason",
                            "'" + raw.strip() + "' is not a reason to close a case; use NOT_A_THREAT,"
                                    + " HANDLED_BY_HOST_STATE or OTHER (with a text)"));
        }
    }

    private final JdbcClient jdbc;
    private final PersonsOfInterest persons;
    private final SignalLookup signals;
    private final AuditTrail audit;
    private final Missions missions;
    private final Clock clock;

    PoiCasework(
            JdbcClient jdbc,
            PersonsOfInterest persons,
            SignalLookup signals,
            Missions missions,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.missions = missions;
        this.persons = persons;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** One case as the scope may see it (404 outside it); the read is audited once. */
    @Transactional
    public PoiCase read(Scope scope, long id) {
        PoiCase c = find(scope, id);
        audit.record("READ", PersonsOfInterest.ENTITY, Long.toString(id), null, null);
        return c;
    }

    /** One case as the scope may see it, not audited: for callers that audit their own read (the case file). */
    PoiCase find(Scope scope, long id) {
        if (!visible(scope, id)) {
            throw new NotFoundException("person of interest", Long.toString(id));
        }
        return load(scope, id);
    }

    /**
     * The cases the scope may see with a status (null for all), in the given order, at most 1000; one audit entry
     * for the list.
     */
    @Transactional
    public List<PersonOfInterestView> list(Scope scope, String status, PersonsOfInterest.Sort sort) {
        List<PersonOfInterestView> all = persons.list(scope, sort, 1000);
        return status == null
                ? all
                : all.stream().filter(p -> p.status().equals(status)).toList();
    }

    /**
     * The persons of interest the scope may see whose name, handle or account name contains the text (at least two
     * characters), most recent activity first; one audit entry for the search.
     */
    @Transactional
    public List<PersonOfInterestView> search(Scope scope, String text, int limit) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String like = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        Map<String, Object> params = PersonsOfInterest.scopeParams(scope, Math.max(1, Math.min(limit, 100)));
        params.put("like", like);
        List<Long> ids = jdbc.sql("SELECT p.id FROM person_of_interest p WHERE " + PersonsOfInterest.visible(scope)
                        + " AND (LOWER(p.display_name) LIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM poi_account a"
                        + " WHERE a.poi_id = p.id AND (LOWER(a.handle) LIKE :like ESCAPE '\\'"
                        + " OR LOWER(a.name) LIKE :like ESCAPE '\\')))"
                        + " ORDER BY p.last_seen DESC, p.id DESC LIMIT :limit")
                .params(params)
                .query(Long.class)
                .list();
        List<PersonOfInterestView> out = new ArrayList<>();
        for (long id : ids) {
            persons.load(id, scope, false).ifPresent(out::add);
        }
        if (!out.isEmpty()) {
            audit.record("READ", PersonsOfInterest.ENTITY, null, null, Map.of("searched", out.size()));
        }
        return out;
    }

    /**
     * The accounts of a person of interest as a note verbale names them ("@handle (x, Name) https://..."), for a
     * request to the host state from a mission the record targets; read under the scope, not audited (the request
     * drafted with them is).
     *
     * @throws InvalidInputException on {@code personOfInterestId} when the record is outside the scope or does not
     *     target the mission
     */
    @Override
    public List<String> accountsForNote(Scope scope, long id, String missionId) {
        if (!visible(scope, id)) {
            throw new InvalidInputException(
                    "personOfInterestId", "there is no person of interest " + id + " within your missions");
        }
        boolean targets = jdbc.sql("SELECT COUNT(*) FROM poi_target WHERE poi_id = ? AND mission_id = ?")
                        .params(id, missionId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!targets) {
            throw new InvalidInputException(
                    "personOfInterestId",
                    "person of interest " + id + " does not target mission '" + missionId
                            + "'; choose a person of interest who threatens this mission");
        }
        return load(Scope.all(), id).accounts().stream()
                .map(a -> "@" + a.handle() + " (" + a.platform() + (a.name() == null ? "" : ", " + a.name()) + ")"
                        + (a.url() == null ? "" : " " + a.url()))
                .toList();
    }

    @Override
    public List<Offered> targeting(Scope scope, String missionId) {
        return activeTargeting(scope, missionId).stream()
                .map(p -> new Offered(p.id(), p.displayName()))
                .toList();
    }

    /** The active persons of interest that target a mission, for a request's form; one audit entry if any. */
    @Transactional
    public List<PersonOfInterestView> activeTargeting(Scope scope, String missionId) {
        if (missionId == null || !scope.permits(missionId)) {
            return List.of();
        }
        return persons.list(scope, PersonsOfInterest.Sort.LAST_SEEN, 1000).stream()
                .filter(p -> p.status().equals("ACTIVE") && p.missionIds().contains(missionId))
                .toList();
    }

    /** What the actor may do with a case: what the page offers as buttons (the server checks again). */
    public record Allowed(boolean link, boolean note, boolean close, boolean reopen) {
        public boolean any() {
            return link || note || close || reopen;
        }
    }

    public Allowed allowed(Actor actor, PoiCase c) {
        if (!mayWork(actor)) {
            return new Allowed(false, false, false, false);
        }
        boolean active = "ACTIVE".equals(c.status());
        return new Allowed(active, !"ARCHIVED".equals(c.status()), active, !active);
    }

    /** Whether the actor's roles may change cases at all (headquarters or a mission officer). */
    public static boolean mayWork(Actor actor) {
        return actor.hasAnyRole(CASEWORKERS);
    }

    // ---------------------------------------------------------------------------------------------------- changes

    /**
     * Makes an author a person of interest by decision: the account (an account Vigil has items of), the reason, and
     * the missions the person is a concern for (a mission officer's own missions; their own mission when they have
     * one and name none). The account's signals so far join the record's timeline, and the missions they target
     * join its targets.
     */
    @Transactional
    public PoiCase decide(
            Actor actor, String platformRaw, String handleRaw, String reasonRaw, List<String> missionIds) {
        requireWorker(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String[] account = account(platformRaw, handleRaw, problems);
        String reason =
                text("reason", reasonRaw, MAX_REASON, true, "say why this author is a person of interest", problems);
        Set<String> concern = new LinkedHashSet<>();
        if (missionIds != null) {
            for (String m : missionIds) {
                if (m != null && !m.isBlank()) {
                    concern.add(m.strip());
                }
            }
        }
        if (!actor.scope().unrestricted()) {
            if (concern.isEmpty() && actor.scope().missionIds().size() == 1) {
                concern.addAll(actor.scope().missionIds());
            }
            if (concern.isEmpty()) {
                problems.add(new FieldProblem(
                        "missionIds",
                        "name the mission(s) this person is a concern for, among "
                                + actor.scope().sortedMissionIds()));
            }
            for (String m : concern) {
                if (!actor.scope().permits(m)) {
                    problems.add(new FieldProblem(
                            "missionIds",
                            "'" + m + "' is not one of your missions "
                                    + actor.scope().sortedMissionIds()));
                }
            }
        }
        for (String m : concern) {
            if (!missions.exists(m)) {
                problems.add(new FieldProblem("missionIds", "'" + m + "' is not a mission of the registry"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String platform = account[0];
        String handle = account[1];
        String key = platform + ":" + handle;
        refuseTaken(actor, platform, handle, null);
        if (signals.itemsBy(platform, handle) == 0) {
            throw new InvalidInputException(
                    "handle",
                    "Vigil has no item of " + key + "; a person of interest is decided from an account"
                            + " whose posts Vigil has read (check the platform and the handle as the platform shows"
                            + " it)");
        }
        List<SignalLookup.AuthoredSignal> past = pastSignals(platform, handle);
        if (!actor.scope().unrestricted()
                && past.stream().noneMatch(s -> s.linkedMissionIds().stream().anyMatch(actor.scope()::permits))) {
            throw new InvalidInputException(
                    "handle",
                    "none of the signals of " + key + " concern your missions "
                            + actor.scope().sortedMissionIds()
                            + "; ask headquarters to decide on an account outside them");
        }
        Instant now = clock.instant();
        Instant first = past.isEmpty() ? now : past.getFirst().detectedAt();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person_of_interest (display_name, status, first_seen, last_seen, created_at, updated_at,
                    origin, decided_by, decision_reason) VALUES (?, 'ACTIVE', ?, ?, ?, ?, 'DECISION', ?, ?)
                """)
                .params(
                        "@" + handle + " on " + platform,
                        ts(first),
                        ts(first),
                        ts(now),
                        ts(now),
                        actor.username(),
                        reason)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        try {
            jdbc.sql("""
                    INSERT INTO poi_account (platform, handle, poi_id, name, url, first_seen, linked_by, link_reason,
                        linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            platform,
                            handle,
                            id,
                            authorName(past),
                            authorUrl(past),
                            ts(first),
                            actor.username(),
                            reason,
                            ts(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(key + " became a person of interest while you decided; open it instead");
        }
        for (String m : concern) {
            jdbc.sql("""
                    INSERT INTO poi_target (poi_id, target_key, mission_id, person_id, first_seen, last_seen)
                    VALUES (?, ?, ?, NULL, ?, ?)
                    """).params(id, "mission:" + m, m, ts(now), ts(now)).update();
        }
        for (SignalLookup.AuthoredSignal s : past) {
            persons.record(s, false);
        }
        PoiCase after = load(Scope.all(), id);
        audit.record("CREATE", PersonsOfInterest.ENTITY, Long.toString(id), null, after);
        return load(actor.scope(), id);
    }

    /**
     * Links a further account of the same person to a record, with the reason: its signals join the timeline. Refused
     * for an account already on this record, an account of another record (named when the actor may see it), and a
     * case that is not active.
     */
    @Transactional
    public PoiCase link(Actor actor, long id, String platformRaw, String handleRaw, String reasonRaw) {
        requireWorker(actor);
        PoiCase before = before(actor, id);
        requireActive(before, "link an account to it");
        List<FieldProblem> problems = new ArrayList<>();
        String[] account = account(platformRaw, handleRaw, problems);
        String reason = text(
                "reason",
                reasonRaw,
                MAX_REASON,
                true,
                "say why this account is the same person (what ties them)",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String platform = account[0];
        String handle = account[1];
        refuseTaken(actor, platform, handle, id);
        List<SignalLookup.AuthoredSignal> past = pastSignals(platform, handle);
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    INSERT INTO poi_account (platform, handle, poi_id, name, url, first_seen, linked_by, link_reason,
                        linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            platform,
                            handle,
                            id,
                            authorName(past),
                            authorUrl(past),
                            ts(past.isEmpty() ? now : past.getFirst().detectedAt()),
                            actor.username(),
                            reason,
                            ts(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(platform + ":" + handle + " was linked to a record while you linked it");
        }
        for (SignalLookup.AuthoredSignal s : past) {
            persons.record(s, false);
        }
        touch(id, now);
        return audited("LINK", id, before, actor);
    }

    /** Adds an analyst note to an open or closed case (an archived one is reopened first). */
    @Transactional
    public PoiCase note(Actor actor, long id, String textRaw) {
        requireWorker(actor);
        PoiCase before = before(actor, id);
        if ("ARCHIVED".equals(before.status())) {
            throw ActionRefused.conflict("person of interest " + id + " is archived; reopen it to add a note");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = text("text", textRaw, MAX_NOTE, true, "write the note", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO poi_note (poi_id, author, body, created_at) VALUES (?, ?, ?, ?)")
                .params(id, actor.username(), text, ts(now))
                .update();
        touch(id, now);
        return audited("NOTE", id, before, actor);
    }

    /** Closes an active case with its reason; OTHER needs a text saying what it is. */
    @Transactional
    public PoiCase close(Actor actor, long id, String reasonRaw, String textRaw) {
        requireWorker(actor);
        PoiCase before = before(actor, id);
        if (!"ACTIVE".equals(before.status())) {
            throw ActionRefused.conflict("person of interest " + id + " is already "
                    + before.status().toLowerCase(Locale.ROOT) + "; only an active case can be closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CloseReason reason = null;
        try {
            reason = CloseReason.parse(reasonRaw);
            if (reason == null) {
                problems.add(new FieldProblem(
                        "closeReason", "is required: NOT_A_THREAT, HANDLED_BY_HOST_STATE or OTHER (with a text)"));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String text = text(
                "text",
                textRaw,
                MAX_REASON,
                reason == CloseReason.OTHER,
                "say why the case is closed (required when the reason is OTHER)",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE person_of_interest SET status = 'CLOSED', closed_reason = ?, closed_note = ?, closed_by = ?,
                    closed_at = ?, updated_at = ? WHERE id = ?
                """)
                .params(reason.name(), text, actor.username(), ts(now), ts(now), id)
                .update();
        return audited("CLOSE", id, before, actor);
    }

    /** Reopens a closed or archived case, with the reason. */
    @Transactional
    public PoiCase reopen(Actor actor, long id, String reasonRaw) {
        requireWorker(actor);
        PoiCase before = before(actor, id);
        if ("ACTIVE".equals(before.status())) {
            throw ActionRefused.conflict("person of interest " + id + " is already active");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text("reason", reasonRaw, MAX_REASON, true, "say why the case is reopened", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE person_of_interest SET status = 'ACTIVE', closed_reason = NULL, closed_note = NULL,
                    closed_by = NULL, closed_at = NULL, archived_at = NULL, updated_at = ? WHERE id = ?
                """).params(ts(now), id).update();
        jdbc.sql("INSERT INTO poi_note (poi_id, author, body, created_at) VALUES (?, ?, ?, ?)")
                .params(id, actor.username(), "Reopened: " + reason, ts(now))
                .update();
        return audited("REOPEN", id, before, actor);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The whole case before a change, once the actor may see it (404 otherwise): what the audit entry keeps. */
    private PoiCase before(Actor actor, long id) {
        if (!visible(actor.scope(), id)) {
            throw new NotFoundException("person of interest", Long.toString(id));
        }
        return load(Scope.all(), id);
    }

    private PoiCase audited(String action, long id, PoiCase before, Actor actor) {
        audit.record(action, PersonsOfInterest.ENTITY, Long.toString(id), before, load(Scope.all(), id));
        return load(actor.scope(), id);
    }

    private void touch(long id, Instant now) {
        jdbc.sql("UPDATE person_of_interest SET updated_at = ? WHERE id = ?")
                .params(ts(now), id)
                .update();
    }

    private static void requireWorker(Actor actor) {
        if (!mayWork(actor)) {
            throw ActionRefused.forbidden("your role reads persons of interest and changes nothing; an analyst, a"
                    + " director, an administrator or an officer of a targeted mission may (roles "
                    + Role.names(CASEWORKERS) + ")");
        }
    }

    private static void requireActive(PoiCase c, String what) {
        if ("CLOSED".equals(c.status())) {
            throw ActionRefused.conflict("the case of person of interest " + c.id() + " is closed ("
                    + c.closure().label().toLowerCase(Locale.ROOT) + "); reopen it to " + what);
        }
        if ("ARCHIVED".equals(c.status())) {
            throw ActionRefused.conflict(
                    "person of interest " + c.id() + " is archived after a long quiet; reopen it to " + what);
        }
    }

    /** Refuses an account that is already on a record: this one (own record) or another one. */
    private void refuseTaken(Actor actor, String platform, String handle, Long target) {
        String key = platform + ":" + handle;
        Long owner = jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = ? AND handle = ?")
                .params(platform, handle)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (owner == null) {
            return;
        }
        if (owner.equals(target)) {
            throw new ConflictException(key + " is already an account of this person of interest; an account cannot be"
                    + " linked to its own record");
        }
        if (visible(actor.scope(), owner)) {
            String name = jdbc.sql("SELECT display_name FROM person_of_interest WHERE id = ?")
                    .param(owner)
                    .query(String.class)
                    .single();
            throw new ConflictException(key + " already belongs to person of interest " + owner + " (" + name
                    + "); an account belongs to one record: open that record, or close one case and note why they"
                    + " are the same person");
        }
        throw new ConflictException(key + " already belongs to another person of interest, outside your missions;"
                + " ask headquarters to join the two records");
    }

    /** The account from raw input, normalised like every author (NFKC, no @, case, aliases), or its problems. */
    private static String[] account(String platformRaw, String handleRaw, List<FieldProblem> problems) {
        String platform = null;
        try {
            platform = Author.platform(platformRaw);
            if (platform == null) {
                problems.add(new FieldProblem(
                        "platform", "is required: the platform of the account, such as x or" + " telegram"));
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem("platform", p.reason())));
        }
        String handle = null;
        try {
            handle = Author.handle(handleRaw, platform);
            if (handle == null) {
                problems.add(new FieldProblem("handle", "is required: the account's handle, such as @someone"));
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem("handle", p.reason())));
        }
        return new String[] {platform, handle};
    }

    private static String text(
            String field, String raw, int max, boolean required, String what, List<FieldProblem> problems) {
        String t = raw == null ? null : raw.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required: " + what));
            }
            return null;
        }
        if (t.length() > max) {
            problems.add(new FieldProblem(field, "has " + t.length() + " characters; shorten it to " + max));
            return null;
        }
        if (t.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new FieldProblem(field, "contains control characters; write plain text"));
            return null;
        }
        return t;
    }

    private List<SignalLookup.AuthoredSignal> pastSignals(String platform, String handle) {
        List<SignalLookup.AuthoredSignal> out = new ArrayList<>();
        for (long signal : signals.signalsBy(platform, handle, MAX_SIGNALS)) {
            signals.authored(signal).ifPresent(out::add);
        }
        return out;
    }

    private static String authorName(List<SignalLookup.AuthoredSignal> past) {
        return past.stream()
                .map(s -> s.author() == null ? null : s.author().name())
                .filter(n -> n != null)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private static String authorUrl(List<SignalLookup.AuthoredSignal> past) {
        return past.stream()
                .map(s -> s.author() == null ? null : s.author().url())
                .filter(n -> n != null)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    boolean visible(Scope scope, long id) {
        Map<String, Object> params = PersonsOfInterest.scopeParams(scope, 1);
        params.remove("limit");
        params.put("id", id);
        return jdbc.sql("SELECT COUNT(*) FROM person_of_interest p WHERE p.id = :id AND "
                                + PersonsOfInterest.visible(scope))
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private PoiCase load(Scope scope, long id) {
        PersonOfInterestView person = persons.load(id, scope, true)
                .orElseThrow(() -> new NotFoundException("person of interest", Long.toString(id)));
        Map<String, Object> row = jdbc.sql("""
                SELECT origin, decided_by, decision_reason, closed_reason, closed_note, closed_by, closed_at,
                    archived_at FROM person_of_interest WHERE id = ?
                """)
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("origin", rs.getString("origin"));
                    m.put("decidedBy", rs.getString("decided_by"));
                    m.put("decisionReason", rs.getString("decision_reason"));
                    String reason = rs.getString("closed_reason");
                    m.put(
                            "closure",
                            reason == null
                                    ? null
                                    : new PoiCase.Closure(
                                            reason,
                                            CloseReason.valueOf(reason).label(),
                                            rs.getString("closed_note"),
                                            rs.getString("closed_by"),
                                            instant(rs, "closed_at")));
                    m.put("archivedAt", instant(rs, "archived_at"));
                    return m;
                })
                .single();
        List<PoiCase.AccountLink> accounts = jdbc.sql("""
                SELECT platform, handle, name, url, linked_by, link_reason, linked_at, first_seen FROM poi_account
                WHERE poi_id = ? ORDER BY first_seen, platform, handle
                """)
                .param(id)
                .query((rs, n) -> new PoiCase.AccountLink(
                        rs.getString("platform") + ":" + rs.getString("handle"),
                        rs.getString("platform"),
                        rs.getString("handle"),
                        rs.getString("name"),
                        rs.getString("url"),
                        rs.getString("linked_by"),
                        rs.getString("link_reason"),
                        instant(rs, "linked_at") == null ? instant(rs, "first_seen") : instant(rs, "linked_at")))
                .list();
        List<PoiCase.Note> notes = jdbc.sql(
                        "SELECT id, author, body, created_at FROM poi_note WHERE poi_id = ? ORDER BY created_at, id")
                .param(id)
                .query((rs, n) -> new PoiCase.Note(
                        rs.getLong("id"), rs.getString("author"), rs.getString("body"), instant(rs, "created_at")))
                .list();
        return new PoiCase(
                person,
                (String) row.get("origin"),
                (String) row.get("decidedBy"),
                (String) row.get("decisionReason"),
                accounts,
                notes,
                (PoiCase.Closure) row.get("closure"),
                (Instant) row.get("archivedAt"));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
