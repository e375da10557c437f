package org.vigil.appearances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.measures.Measures;
import org.vigil.measures.ProposalCommand;
import org.vigil.registry.Countries;
import org.vigil.registry.CountryBorders;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonView;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Scope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appearances: reads filtered by the caller's scope in SQL (another mission's appearance is "not found"), writes
 * checked against the caller's scope and audited with before and after; the advance checklist with its readiness.
 * Each write has the risk recomputed in the same transaction ({@link AppearanceRiskService}).
 */
@Service
@Transactional(readOnly = true)
public class Appearances {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Filters of the list; null means any. {@code from}/{@code to}: appearances that overlap [from, to). */
    public record Filter(String missionId, String personId, Instant from, Instant to) {}

    /** A change of a checklist item; null fields stay as they are. */
    public record CheckChange(String owner, Instant dueAt, CheckStatus status, String note) {}

    private final JdbcClient jdbc;
    private final Missions missions;
    private final People people;
    private final Countries countries;
    private final CountryBorders borders;
    private final Measures measures;
    private final AuditTrail audit;
    private final AppearanceRiskService risk;
    private final Clock clock;

    Appearances(
            JdbcClient jdbc,
            Missions missions,
            People people,
            Countries countries,
            CountryBorders borders,
            Measures measures,
            AuditTrail audit,
            AppearanceRiskService risk,
            Clock clock) {
        this.jdbc = jdbc;
        this.missions = missions;
        this.people = people;
        this.countries = countries;
        this.borders = borders;
        this.measures = measures;
        this.audit = audit;
        this.risk = risk;
        this.clock = clock;
    }

    public List<AppearanceSummary> list(Scope scope, Filter filter, int limit) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("a.mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (filter.missionId() != null && !filter.missionId().isBlank()) {
            clauses.add("a.mission_id = :mission");
            params.put("mission", filter.missionId().strip());
        }
        if (filter.personId() != null && !filter.personId().isBlank()) {
            clauses.add("a.person_id = :person");
            params.put("person", filter.personId().strip());
        }
        if (filter.from() != null) {
            clauses.add("a.ends_at > :from");
            params.put("from", at(filter.from()));
        }
        if (filter.to() != null) {
            clauses.add("a.starts_at < :to");
            params.put("to", at(filter.to()));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        Instant now = clock.instant();
        return jdbc
                .sql("SELECT a.*, p.name AS person_name FROM appearance a JOIN person p ON p.id = a.person_id" + where
                        + " ORDER BY a.starts_at, a.id LIMIT " + Math.max(1, Math.min(limit, 1000)))
                .params(params)
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .map(s -> withReadiness(s, now))
                .toList();
    }

    /** The appearance, if it exists and the scope may see it. */
    public Optional<AppearanceView> find(Scope scope, long id) {
        Optional<String> mission = jdbc.sql("SELECT mission_id FROM appearance WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
        if (mission.isEmpty() || !scope.permits(mission.get())) {
            return Optional.empty();
        }
        return Optional.of(view(id));
    }

    /** Reading one appearance: audited, like every sensitive read. */
    @Transactional
    public AppearanceView read(Scope scope, long id) {
        AppearanceView view = find(scope, id).orElseThrow(() -> notFound(id));
        audit.record("READ", "APPEARANCE", String.valueOf(id), null, null);
        return view;
    }

    @Transactional
    public AppearanceView create(AppearanceCommand command) {
        return create(command, Actor.current());
    }

    /** Records an appearance as the given actor (the system, for demo data). */
    @Transactional
    AppearanceView create(AppearanceCommand command, Actor actor) {
        command.check();
        actor.mayActFor(command.missionId());
        checkReferences(command);
        Instant now = clock.instant();
        ZoneId zone = command.zone();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                INSERT INTO appearance (mission_id, person_id, title, kind, venue_name, venue_address, venue_aliases,
                                        city, country_code, lat, lon, time_zone, starts_at, ends_at, publicity, host,
                                        expected_attendance, notes, created_by, created_at, updated_at)
                VALUES (:mission, :person, :title, :kind, :venue, :address, :aliases, :city, :country, :lat, :lon,
                        :zone, :starts, :ends, :publicity, :host, :attendance, :notes, :by, :now, :now)"""), command, zone)
                .param("mission", command.missionId())
                .param("by", actor.username())
                .param("now", at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Instant start = command.start().atZone(zone).toInstant();
        for (CheckItem item : CheckItem.values()) {
            Instant due = start.minus(item.lead());
            jdbc.sql("""
                    INSERT INTO appearance_check (appearance_id, item, owner, due_at, status, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, 'OPEN', ?, ?)""")
                    .params(
                            id,
                            item.name(),
                            actor.username(),
                            at(due.isBefore(now) ? now : due),
                            actor.username(),
                            at(now))
                    .update();
        }
        AppearanceView created = view(id);
        audit.record("CREATE", "APPEARANCE", String.valueOf(id), null, created);
        risk.recompute(id, "appearance recorded");
        return view(id);
    }

    /** Corrects or completes an appearance (not its mission); audited with before and after. */
    @Transactional
    public AppearanceView update(long id, AppearanceCommand command) {
        Actor actor = Actor.current();
        AppearanceView before = find(actor.scope(), id).orElseThrow(() -> notFound(id));
        if (command.missionId() != null && !command.missionId().equals(before.missionId())) {
            throw new InvalidInputException(
                    "missionId",
                    "an appearance stays with its mission (\"" + before.missionId()
                            + "\"); record a new one for another mission");
        }
        AppearanceCommand c = new AppearanceCommand(
                before.missionId(),
                command.personId(),
                command.title(),
                command.kind(),
                command.venueName(),
                command.venueAddress(),
                command.venueAliases(),
                command.city(),
                command.countryCode(),
                command.lat(),
                command.lon(),
                command.timeZone(),
                command.start(),
                command.end(),
                command.publicity(),
                command.host(),
                command.expectedAttendance(),
                command.notes());
        c.check();
        checkReferences(c);
        ZoneId zone = c.zone();
        Instant start = c.start().atZone(zone).toInstant();
        int changed = bind(jdbc.sql("""
                UPDATE appearance SET person_id = :person, title = :title, kind = :kind, venue_name = :venue,
                       venue_address = :address, venue_aliases = :aliases, city = :city, country_code = :country,
                       lat = :lat, lon = :lon, time_zone = :zone, starts_at = :starts, ends_at = :ends,
                       publicity = :publicity, host = :host, expected_attendance = :attendance, notes = :notes,
                       unready_alerted_at = CASE WHEN starts_at = :starts THEN unready_alerted_at ELSE NULL END,
                       updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version"""), c, zone)
                .param("now", at(clock.instant()))
                .param("id", id)
                .param("version", before.version())
                .update();
        if (changed == 0) {
            throw new ConflictException("appearance " + id
                    + " was changed by someone else meanwhile; reload it and apply your change again");
        }
        if (!start.equals(before.startsAt())) {
            // the due dates of the items still open move with the start
            for (AppearanceView.Check check : before.checklist()) {
                if (check.status().open()) {
                    Instant due = check.dueAt().plus(java.time.Duration.between(before.startsAt(), start));
                    jdbc.sql("UPDATE appearance_check SET due_at = ? WHERE id = ?")
                            .params(at(due), check.id())
                            .update();
                }
            }
        }
        AppearanceView after = view(id);
        audit.record("UPDATE", "APPEARANCE", String.valueOf(id), before, after);
        risk.recompute(id, "appearance changed");
        return view(id);
    }

    /** Changes a checklist item: its owner, due date, status or note. Audited. */
    @Transactional
    public AppearanceView changeCheck(long id, CheckItem item, CheckChange change) {
        Actor actor = Actor.current();
        AppearanceView a = find(actor.scope(), id).orElseThrow(() -> notFound(id));
        actor.mayActFor(a.missionId());
        AppearanceView.Check before = check(a, item);
        if (change.owner() != null && change.owner().length() > 100) {
            throw new InvalidInputException("owner", "is longer than 100 characters");
        }
        if (change.note() != null && change.note().length() > 2000) {
            throw new InvalidInputException("note", "is longer than 2000 characters");
        }
        if (before.measureId() != null && change.status() == CheckStatus.DONE) {
            throw new ConflictException("\u2018" + item.label() + "\u2019 is carried out as measure "
                    + before.measureId() + ": it is done when that measure is implemented, in the measure workflow");
        }
        jdbc.sql("""
                UPDATE appearance_check SET owner = :owner, due_at = :due, status = :status, note = :note,
                       updated_by = :by, updated_at = :now, version = version + 1
                WHERE id = :id""")
                .param("owner", change.owner() == null ? before.owner() : blankToNull(change.owner()))
                .param("due", at(change.dueAt() == null ? before.dueAt() : change.dueAt()))
                .param("status", (change.status() == null ? before.status() : change.status()).name())
                .param("note", change.note() == null ? before.note() : blankToNull(change.note()))
                .param("by", actor.username())
                .param("now", at(clock.instant()))
                .param("id", before.id())
                .update();
        AppearanceView after = view(id);
        audit.record("CHECK", "APPEARANCE", id + "/" + item.name(), before, check(after, item));
        risk.recompute(id, "checklist: " + item.label().toLowerCase());
        return view(id);
    }

    /**
     * Proposes the catalogue measure that carries out a checklist item needing approval (close protection, the
     * request to the host police): the proposal goes through the measure workflow, and the item follows it.
     */
    @Transactional
    public AppearanceView proposeMeasure(long id, CheckItem item, String reason) {
        Actor actor = Actor.current();
        AppearanceView a = find(actor.scope(), id).orElseThrow(() -> notFound(id));
        AppearanceView.Check check = check(a, item);
        if (item.measureCode() == null) {
            throw new InvalidInputException(
                    "item", "\u2018" + item.label() + "\u2019 needs no approval: mark it done when it is done");
        }
        if (check.measureId() != null) {
            throw new ConflictException("\u2018" + item.label() + "\u2019 is already measure " + check.measureId());
        }
        String why = (reason == null || reason.isBlank() ? "" : reason.strip() + " ")
                + "For the appearance \u2018" + a.title() + "\u2019 of " + a.personName() + " at " + a.venueName()
                + ", " + a.localStart() + " (" + a.timeZone() + ").";
        java.time.LocalDate deadline = java.time.LocalDate.ofInstant(check.dueAt(), ZoneOffset.UTC);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // a measure of that kind already pending or in place at the mission carries the item; else a new proposal
        Optional<org.vigil.measures.MeasureView> existing = measures
                .list(
                        Scope.all(),
                        new Measures.Filter(a.missionId(), null, item.measureCode(), null),
                        new org.vigil.shared.PageRequest(0, 50))
                .items()
                .stream()
                .filter(m -> m.state().pending() || m.state().inPlace())
                .findFirst();
        long measureId = existing.isPresent()
                ? existing.get().id()
                : measures.propose(new ProposalCommand(
                                a.missionId(),
                                item.measureCode(),
                                why,
                                a.signals().stream()
                                        .map(AppearanceView.LinkedSignal::signalId)
                                        .toList(),
                                List.of(),
                                deadline.isBefore(today) ? today : deadline))
                        .id();
        jdbc.sql("UPDATE appearance_check SET measure_id = ?, status = 'IN_PROGRESS', updated_by = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(measureId, actor.username(), at(clock.instant()), check.id())
                .update();
        audit.record(
                existing.isPresent() ? "LINK_MEASURE" : "PROPOSE",
                "APPEARANCE",
                id + "/" + item.name(),
                null,
                Map.of("measureId", measureId));
        risk.recompute(id, "checklist: " + item.label().toLowerCase() + " carried out as measure " + measureId);
        return view(id);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH);

    /** The threat and the request to the host state, prefilled with the venue and the time, for a note verbale. */
    public String hostRequestText(AppearanceView a) {
        return a.personName() + " will attend \u2018" + a.title() + "\u2019 at " + a.venueName()
                + (a.venueAddress() == null ? "" : ", " + a.venueAddress())
                + (a.city() == null ? "" : ", " + a.city())
                + " on " + DAY.format(a.localStart()) + " from "
                + a.localStart().toLocalTime() + " to "
                + a.localEnd().toLocalTime() + " local time (" + a.timeZone() + "); "
                + a.publicity().label().toLowerCase()
                + (a.expectedAttendance() == null ? "" : ", about " + a.expectedAttendance() + " people expected")
                + ". The mission asks for police protection of the venue and the route for the duration of the event.";
    }

    /**
     * The address of the host-state request form prefilled for the appearance: its mission, the person, the threat
     * text with the venue and the local time, the protection asked, and the measure that carries the request to the
     * host police when there is one.
     */
    public String hostRequestForm(AppearanceView a) {
        Long measure = a.checklist().stream()
                .filter(c -> c.item() == CheckItem.HOST_POLICE)
                .map(AppearanceView.Check::measureId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        org.springframework.web.util.UriComponentsBuilder uri =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/host-requests/new")
                        .queryParam("mission", a.missionId())
                        .queryParam("person", a.personId())
                        .queryParam("threat", hostRequestText(a))
                        .queryParam(
                                "asked",
                                "Police protection of " + a.venueName() + " and of the route to it, "
                                        + DAY.format(a.localStart()) + ", "
                                        + a.localStart().toLocalTime() + " to "
                                        + a.localEnd().toLocalTime() + " local time");
        if (measure != null) {
            uri.queryParam("measure", measure);
        }
        return uri.encode().build().toUriString();
    }

    /** The time zone of the mission's latest appearance, to start a new one's form with. */
    public Optional<String> usualZone(String missionId) {
        return jdbc.sql("SELECT time_zone FROM appearance WHERE mission_id = ? ORDER BY created_at DESC, id DESC"
                        + " LIMIT 1")
                .param(missionId)
                .query(String.class)
                .optional();
    }

    /** A venue recorded before, offered by the form to fill a new appearance's place in one choice. */
    public record KnownVenue(
            String name, String address, String city, String countryCode, double lat, double lon, String timeZone) {}

    /**
     * The venues of the scope's earlier appearances (of one mission when given), the latest record of each name:
     * the places the mission uses, with their position and zone.
     */
    public List<KnownVenue> knownVenues(Scope scope, String missionId) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (missionId != null) {
            clauses.add("mission_id = :mission");
            params.put("mission", missionId);
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        Map<String, KnownVenue> byName = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT venue_name, venue_address, city, country_code, lat, lon, time_zone FROM appearance" + where
                        + " ORDER BY updated_at DESC, id DESC LIMIT 500")
                .params(params)
                .query((rs, n) -> new KnownVenue(
                        rs.getString("venue_name"),
                        rs.getString("venue_address"),
                        rs.getString("city"),
                        rs.getString("country_code"),
                        rs.getDouble("lat"),
                        rs.getDouble("lon"),
                        rs.getString("time_zone")))
                .list()
                .forEach(v -> byName.putIfAbsent(v.name().toLowerCase(java.util.Locale.ROOT), v));
        return byName.values().stream()
                .sorted(java.util.Comparator.comparing(KnownVenue::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static AppearanceView.Check check(AppearanceView a, CheckItem item) {
        if (item == null) {
            throw new InvalidInputException("item", "is required: one of " + List.of(CheckItem.values()));
        }
        return a.checklist().stream()
                .filter(c -> c.item() == item)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("checklist item", item.name()));
    }

    private void checkReferences(AppearanceCommand c) {
        if (!missions.exists(c.missionId())) {
            throw new InvalidInputException("missionId", "no mission \"" + c.missionId() + "\"");
        }
        boolean atMission = people.byMission(Scope.all(), c.missionId()).stream()
                .map(PersonView::id)
                .anyMatch(c.personId()::equals);
        if (!atMission) {
            throw new InvalidInputException(
                    "personId", "no protected person \"" + c.personId() + "\" at mission \"" + c.missionId() + "\"");
        }
        if (!countries.exists(c.countryCode())) {
            throw new InvalidInputException(
                    "countryCode", "\"" + c.countryCode() + "\" is no country of the registry (ISO 3166-1 alpha-2)");
        }
        if (borders.contains(c.countryCode(), c.lat(), c.lon())
                .filter(in -> !in)
                .isPresent()) {
            throw new InvalidInputException(
                    "lat/lon",
                    "lie outside " + countries.get(c.countryCode()).name() + " (more than "
                            + (int) CountryBorders.TOLERANCE_KM + " km from its borders): pick the venue on the map,"
                            + " or correct the country");
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, AppearanceCommand c, ZoneId zone) {
        return s.param("person", c.personId())
                .param("title", c.title())
                .param("kind", c.kind().name())
                .param("venue", c.venueName())
                .param("address", c.venueAddress())
                .param("aliases", c.venueAliases().isEmpty() ? null : String.join("\n", c.venueAliases()))
                .param("city", c.city())
                .param("country", c.countryCode())
                .param("lat", c.lat())
                .param("lon", c.lon())
                .param("zone", zone.getId())
                .param("starts", at(c.start().atZone(zone).toInstant()))
                .param("ends", at(c.end().atZone(zone).toInstant()))
                .param("publicity", c.publicity().name())
                .param("host", c.host())
                .param("attendance", c.expectedAttendance())
                .param("notes", c.notes());
    }

    AppearanceView view(long id) {
        Instant now = clock.instant();
        List<AppearanceView.Check> raw = jdbc.sql("SELECT * FROM appearance_check WHERE appearance_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> {
                    CheckStatus status = CheckStatus.valueOf(rs.getString("status"));
                    Instant due = instant(rs, "due_at");
                    long measure = rs.getLong("measure_id");
                    Long measureId = rs.wasNull() ? null : measure;
                    CheckItem item = CheckItem.valueOf(rs.getString("item"));
                    return new AppearanceView.Check(
                            rs.getLong("id"),
                            item,
                            item.label(),
                            rs.getString("owner"),
                            due,
                            status,
                            rs.getString("note"),
                            measureId,
                            rs.getString("updated_by"),
                            instant(rs, "updated_at"),
                            status.open() && due.isBefore(now));
                })
                .list();
        List<AppearanceView.Check> checks =
                raw.stream().map(c -> followMeasure(c, now)).toList();
        List<AppearanceView.LinkedSignal> signals = jdbc.sql(
                        "SELECT * FROM appearance_signal WHERE appearance_id = ? ORDER BY points DESC, signal_id")
                .param(id)
                .query((rs, n) -> new AppearanceView.LinkedSignal(
                        rs.getLong("signal_id"),
                        rs.getString("cues"),
                        rs.getDouble("points"),
                        instant(rs, "first_seen")))
                .list();
        List<AppearanceRisk.Factor> factors = jdbc.sql(
                        "SELECT factors FROM appearance_risk WHERE appearance_id = ? ORDER BY id DESC LIMIT 1")
                .param(id)
                .query(String.class)
                .optional()
                .map(Appearances::factors)
                .orElse(List.of());
        return jdbc.sql("SELECT a.*, p.name AS person_name FROM appearance a JOIN person p ON p.id = a.person_id"
                        + " WHERE a.id = ?")
                .param(id)
                .query((rs, n) -> {
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    Instant starts = instant(rs, "starts_at");
                    Instant ends = instant(rs, "ends_at");
                    String missionId = rs.getString("mission_id");
                    String aliases = rs.getString("venue_aliases");
                    int attendance = rs.getInt("expected_attendance");
                    Integer expected = rs.wasNull() ? null : attendance;
                    int score = rs.getInt("risk_score");
                    Integer riskScore = rs.wasNull() ? null : score;
                    String level = rs.getString("risk_level");
                    return new AppearanceView(
                            rs.getLong("id"),
                            missionId,
                            missions.find(Scope.all(), missionId)
                                    .map(MissionView::name)
                                    .orElse(missionId),
                            rs.getString("person_id"),
                            rs.getString("person_name"),
                            rs.getString("title"),
                            AppearanceKind.valueOf(rs.getString("kind")),
                            rs.getString("venue_name"),
                            rs.getString("venue_address"),
                            aliases == null ? List.of() : List.of(aliases.split("\n")),
                            rs.getString("city"),
                            rs.getString("country_code"),
                            rs.getDouble("lat"),
                            rs.getDouble("lon"),
                            zone.getId(),
                            starts,
                            ends,
                            starts.atZone(zone).toLocalDateTime(),
                            ends.atZone(zone).toLocalDateTime(),
                            Publicity.valueOf(rs.getString("publicity")),
                            rs.getString("host"),
                            expected,
                            rs.getString("notes"),
                            new AppearanceView.Risk(
                                    level == null ? null : RiskLevel.valueOf(level),
                                    riskScore,
                                    instant(rs, "risk_assessed_at"),
                                    factors),
                            Readiness.of(checks, now),
                            checks,
                            signals,
                            rs.getString("created_by"),
                            instant(rs, "created_at"),
                            instant(rs, "updated_at"),
                            rs.getInt("version"));
                })
                .single();
    }

    /**
     * An item carried out as a measure follows it: done while the measure is in place, open again when it was
     * rejected or withdrawn, in progress meanwhile.
     */
    private AppearanceView.Check followMeasure(AppearanceView.Check c, Instant now) {
        if (c.measureId() == null) {
            return c;
        }
        CheckStatus status = measures.find(Scope.all(), c.measureId())
                .map(m -> m.state().inPlace() || m.state() == org.vigil.measures.MeasureState.LIFTED
                        ? CheckStatus.DONE
                        : m.state().isFinal() ? CheckStatus.OPEN : CheckStatus.IN_PROGRESS)
                .orElse(c.status());
        return new AppearanceView.Check(
                c.id(),
                c.item(),
                c.label(),
                c.owner(),
                c.dueAt(),
                status,
                c.note(),
                c.measureId(),
                c.updatedBy(),
                c.updatedAt(),
                status.open() && c.dueAt().isBefore(now));
    }

    static List<AppearanceRisk.Factor> factors(String json) {
        return JSON.readValue(json, new TypeReference<List<AppearanceRisk.Factor>>() {});
    }

    private AppearanceSummary withReadiness(AppearanceSummary s, Instant now) {
        List<AppearanceView.Check> checks = jdbc.sql(
                        "SELECT status, due_at FROM appearance_check WHERE appearance_id = ?")
                .param(s.id())
                .query((rs, n) -> new AppearanceView.Check(
                        0,
                        null,
                        null,
                        null,
                        instant(rs, "due_at"),
                        CheckStatus.valueOf(rs.getString("status")),
                        null,
                        null,
                        null,
                        null,
                        false))
                .list();
        return new AppearanceSummary(
                s.id(),
                s.missionId(),
                s.personId(),
                s.personName(),
                s.title(),
                s.kind(),
                s.venueName(),
                s.venueAddress(),
                s.city(),
                s.lat(),
                s.lon(),
                s.timeZone(),
                s.startsAt(),
                s.endsAt(),
                s.publicity(),
                s.host(),
                s.riskLevel(),
                s.riskScore(),
                Readiness.of(checks, now),
                s.version());
    }

    static AppearanceSummary summary(ResultSet rs) throws SQLException {
        String level = rs.getString("risk_level");
        int score = rs.getInt("risk_score");
        Integer riskScore = rs.wasNull() ? null : score;
        return new AppearanceSummary(
                rs.getLong("id"),
                rs.getString("mission_id"),
                rs.getString("person_id"),
                rs.getString("person_name"),
                rs.getString("title"),
                AppearanceKind.valueOf(rs.getString("kind")),
                rs.getString("venue_name"),
                rs.getString("venue_address"),
                rs.getString("city"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                rs.getString("time_zone"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                Publicity.valueOf(rs.getString("publicity")),
                rs.getString("host"),
                level == null ? null : RiskLevel.valueOf(level),
                riskScore,
                null,
                rs.getInt("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("appearance", String.valueOf(id));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
