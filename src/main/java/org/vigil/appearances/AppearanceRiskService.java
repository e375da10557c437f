package org.vigil.appearances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.conflict.ConflictEvents;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.SignalText;

/**
 * Computes the risk of appearances and keeps it: the current level and score on the appearance, a history row each
 * time they change, the signals that point at it; announces {@link AppearanceThreatened} for each new signal that
 * points at an appearance not yet over, and {@link AppearanceUnready} once for an appearance within
 * {@value #UNREADY_HOURS} hours whose risk is HIGH or above with open checklist items.
 */
@Service
public class AppearanceRiskService {

    static final int UNREADY_HOURS = 72;

    private final JdbcClient jdbc;
    private final Missions missions;
    private final RiskLevels riskLevels;
    private final SignalLookup signals;
    private final ConflictEvents events;
    private final ApplicationEventPublisher publisher;
    private final org.vigil.measures.Measures measures;
    private final org.springframework.beans.factory.ObjectProvider<ApproachBehaviour> approaches;
    private final Clock clock;

    AppearanceRiskService(
            JdbcClient jdbc,
            Missions missions,
            RiskLevels riskLevels,
            SignalLookup signals,
            ConflictEvents events,
            ApplicationEventPublisher publisher,
            org.vigil.measures.Measures measures,
            org.springframework.beans.factory.ObjectProvider<ApproachBehaviour> approaches,
            Clock clock) {
        this.approaches = approaches;
        this.jdbc = jdbc;
        this.missions = missions;
        this.riskLevels = riskLevels;
        this.signals = signals;
        this.events = events;
        this.publisher = publisher;
        this.measures = measures;
        this.clock = clock;
    }

    private record Row(
            long id,
            String missionId,
            String personId,
            String personName,
            AppearanceRisk.Subject subject,
            double lat,
            double lon,
            String level,
            Integer score) {}

    /** The appearances not over yet, of a person, a mission, or all (both null). */
    List<Long> upcoming(String personId, String missionId) {
        String where = personId != null ? " AND person_id = :key" : missionId != null ? " AND mission_id = :key" : "";
        var spec = jdbc.sql("SELECT id FROM appearance WHERE ends_at > :now" + where + " ORDER BY starts_at")
                .param("now", Appearances.at(clock.instant()));
        if (personId != null || missionId != null) {
            spec = spec.param("key", personId != null ? personId : missionId);
        }
        return spec.query(Long.class).list();
    }

    /** Recomputes every appearance not over yet; returns how many. */
    @Transactional
    public int recomputeUpcoming(String trigger) {
        List<Long> ids = upcoming(null, null);
        ids.forEach(id -> recompute(id, trigger));
        return ids.size();
    }

    @Transactional
    public AppearanceRisk.Assessment recompute(long id, String trigger) {
        Instant now = clock.instant();
        Row a = jdbc.sql("SELECT a.*, p.name AS person_name FROM appearance a JOIN person p ON p.id = a.person_id"
                        + " WHERE a.id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .single();
        Optional<MissionView> mission = missions.find(Scope.all(), a.missionId());
        Optional<AppearanceRisk.Known> missionRisk = riskLevels
                .current(a.missionId())
                .map(r -> new AppearanceRisk.Known(
                        a.missionId(), mission.map(MissionView::name).orElse(a.missionId()), r.overall(), r.score()));
        Optional<AppearanceRisk.Known> countryRisk = missions.all(Scope.all()).stream()
                .filter(m -> a.subject().countryCode().equals(m.hostCountry()))
                .flatMap(m -> riskLevels.current(m.id()).stream()
                        .map(r -> new AppearanceRisk.Known(m.id(), m.name(), r.overall(), r.score())))
                .max(Comparator.comparingInt(AppearanceRisk.Known::score));
        Instant to = now.isBefore(a.subject().endsAt())
                ? now.plusSeconds(1)
                : a.subject().endsAt();
        List<SignalText> texts =
                signals.forPerson(a.personId(), to.minus(Duration.ofDays(AppearanceRisk.SIGNAL_DAYS)), to, 500);
        List<ConflictEvents.StoredEvent> near = events.near(
                a.lat(),
                a.lon(),
                AppearanceRisk.CONFLICT_RADIUS_KM,
                LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(AppearanceRisk.CONFLICT_DAYS),
                50);
        AppearanceRisk.Subject x = a.subject();
        AppearanceRisk.Subject subject = new AppearanceRisk.Subject(
                x.personName(),
                x.title(),
                x.kind(),
                x.venueName(),
                x.venueAliases(),
                x.zone(),
                x.startsAt(),
                x.endsAt(),
                x.publicity(),
                x.expectedAttendance(),
                x.countryCode(),
                mission.map(MissionView::hostCountry).orElse(null));
        // persons of interest approaching the person in the signals' window (ApproachBehaviour, docs/appearances.md)
        List<ApproachBehaviour.Approach> approaching = approaches
                .orderedStream()
                .flatMap(source ->
                        source.toward(a.personId(), to.minus(Duration.ofDays(AppearanceRisk.SIGNAL_DAYS)), to).stream())
                .toList();
        AppearanceRisk.Assessment result =
                AppearanceRisk.assess(subject, missionRisk, countryRisk, texts, near, approaching, now);

        if (a.score() == null
                || a.score() != result.score()
                || !result.level().name().equals(a.level())) {
            jdbc.sql("""
                    INSERT INTO appearance_risk (appearance_id, assessed_at, level, score, factors, trigger_text)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            Appearances.at(now),
                            result.level().name(),
                            result.score(),
                            Appearances.JSON.writeValueAsString(result.factors()),
                            trigger.length() > 500 ? trigger.substring(0, 500) : trigger)
                    .update();
        }
        jdbc.sql("UPDATE appearance SET risk_level = ?, risk_score = ?, risk_assessed_at = ? WHERE id = ?")
                .params(result.level().name(), result.score(), Appearances.at(now), id)
                .update();

        Set<Long> known = new HashSet<>(jdbc.sql("SELECT signal_id FROM appearance_signal WHERE appearance_id = ?")
                .param(id)
                .query(Long.class)
                .list());
        Set<Long> still = new HashSet<>();
        boolean over = !now.isBefore(a.subject().endsAt());
        for (AppearanceRisk.Pointing p : result.pointing()) {
            long signalId = p.signal().summary().id();
            still.add(signalId);
            String cues = String.join(", ", p.cues());
            if (known.contains(signalId)) {
                jdbc.sql("UPDATE appearance_signal SET cues = ?, points = ? WHERE appearance_id = ? AND signal_id = ?")
                        .params(clip(cues), p.points(), id, signalId)
                        .update();
                continue;
            }
            jdbc.sql("""
                    INSERT INTO appearance_signal (appearance_id, signal_id, cues, points, first_seen)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, signalId, clip(cues), p.points(), Appearances.at(now))
                    .update();
            if (!over) {
                publisher.publishEvent(new AppearanceThreatened(
                        id,
                        a.missionId(),
                        a.personName(),
                        a.subject().title(),
                        a.subject().startsAt(),
                        signalId,
                        p.signal().summary().level(),
                        cues));
            }
        }
        for (Long gone : known) {
            if (!still.contains(gone)) {
                jdbc.sql("DELETE FROM appearance_signal WHERE appearance_id = ? AND signal_id = ?")
                        .params(id, gone)
                        .update();
            }
        }
        followMeasures(id, now);
        checkUnready(id, a, result, now);
        return result;
    }

    /**
     * The items carried out as measures take the measure's state: done once it is in place (or was, and has been
     * lifted after the appearance), open again when it was rejected or withdrawn, in progress meanwhile.
     */
    private void followMeasures(long id, Instant now) {
        record Linked(long checkId, long measureId, String status) {}
        List<Linked> linked = jdbc.sql("SELECT id, measure_id, status FROM appearance_check WHERE appearance_id = ?"
                        + " AND measure_id IS NOT NULL")
                .param(id)
                .query((rs, n) -> new Linked(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        for (Linked l : linked) {
            measures.find(Scope.all(), l.measureId()).ifPresent(m -> {
                String status = m.state().inPlace() || m.state() == org.vigil.measures.MeasureState.LIFTED
                        ? CheckStatus.DONE.name()
                        : m.state().isFinal() ? CheckStatus.OPEN.name() : CheckStatus.IN_PROGRESS.name();
                if (!status.equals(l.status())) {
                    jdbc.sql("UPDATE appearance_check SET status = ?, updated_by = 'system', updated_at = ?,"
                                    + " version = version + 1 WHERE id = ?")
                            .params(status, Appearances.at(now), l.checkId())
                            .update();
                }
            });
        }
    }

    private void checkUnready(long id, Row a, AppearanceRisk.Assessment result, Instant now) {
        Duration until = Duration.between(now, a.subject().startsAt());
        if (until.isNegative() || until.compareTo(Duration.ofHours(UNREADY_HOURS)) > 0) {
            return;
        }
        if (!result.level().isAtLeast(RiskLevel.HIGH)) {
            return;
        }
        int open = jdbc.sql("SELECT COUNT(*) FROM appearance_check WHERE appearance_id = ?"
                        + " AND status IN ('OPEN', 'IN_PROGRESS')")
                .param(id)
                .query(Integer.class)
                .single();
        if (open == 0) {
            return;
        }
        int marked = jdbc.sql(
                        "UPDATE appearance SET unready_alerted_at = ? WHERE id = ? AND unready_alerted_at IS NULL")
                .params(Appearances.at(now), id)
                .update();
        if (marked == 1) {
            publisher.publishEvent(new AppearanceUnready(
                    id,
                    a.missionId(),
                    a.subject().title(),
                    a.subject().startsAt(),
                    result.level(),
                    result.score(),
                    open));
        }
    }

    /** The risk history of an appearance, newest first. */
    public List<Map<String, Object>> history(long id) {
        return jdbc.sql("SELECT assessed_at, level, score, trigger_text FROM appearance_risk WHERE appearance_id = ?"
                        + " ORDER BY id DESC LIMIT 100")
                .param(id)
                .query((rs, n) -> Map.<String, Object>of(
                        "assessedAt", Appearances.instant(rs, "assessed_at"),
                        "level", rs.getString("level"),
                        "score", rs.getInt("score"),
                        "trigger", rs.getString("trigger_text")))
                .list();
    }

    private static String clip(String s) {
        return s.length() > 1000 ? s.substring(0, 997) + "..." : s;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String aliases = rs.getString("venue_aliases");
        int attendance = rs.getInt("expected_attendance");
        Integer expected = rs.wasNull() ? null : attendance;
        int score = rs.getInt("risk_score");
        Integer riskScore = rs.wasNull() ? null : score;
        return new Row(
                rs.getLong("id"),
                rs.getString("mission_id"),
                rs.getString("person_id"),
                rs.getString("person_name"),
                new AppearanceRisk.Subject(
                        rs.getString("person_name"),
                        rs.getString("title"),
                        AppearanceKind.valueOf(rs.getString("kind")),
                        rs.getString("venue_name"),
                        aliases == null ? List.of() : List.of(aliases.split("\n")),
                        ZoneId.of(rs.getString("time_zone")),
                        Appearances.instant(rs, "starts_at"),
                        Appearances.instant(rs, "ends_at"),
                        Publicity.valueOf(rs.getString("publicity")),
                        expected,
                        rs.getString("country_code"),
                        null),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                rs.getString("risk_level"),
                riskScore);
    }
}
