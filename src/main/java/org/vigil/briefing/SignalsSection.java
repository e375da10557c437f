package org.vigil.briefing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.SignalSummary;

/** The period's top signals against the missions: highest threat level first, then newest. */
@Component
class SignalsSection implements BriefingSection {

    private static final int TOP = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ObjectProvider<SignalLookup> signals;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SignalsSection(ObjectProvider<SignalLookup> signals, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.signals = signals;
        this.jdbc = jdbc;
    }

    /**
     * The summary's "threats against named people": the protected people of the covered missions whom a signal of
     * the period targets (not only mentions), with the highest level and how many signals.
     */
    @Override
    public List<Summary> summary(Request request) {
        if (request.missionIds().isEmpty()) {
            return List.of();
        }
        List<String> lines = jdbc.sql("""
                SELECT p.name, m.name AS mission, MAX(s.level_rank) AS rank, COUNT(*) AS n
                FROM signal_person sp JOIN signal s ON s.id = sp.signal_id JOIN person p ON p.id = sp.person_id
                LEFT JOIN mission m ON m.id = p.mission_id
                WHERE sp.targeted = TRUE AND p.mission_id IN (:missions)
                  AND s.created_at >= :from AND s.created_at < :to AND s.status <> 'DISMISSED'
                GROUP BY p.name, m.name ORDER BY MAX(s.level_rank) DESC, COUNT(*) DESC, p.name LIMIT 15""")
                .param("missions", request.missionIds())
                .param("from", java.time.OffsetDateTime.ofInstant(request.from(), ZoneOffset.UTC))
                .param("to", java.time.OffsetDateTime.ofInstant(request.to(), ZoneOffset.UTC))
                .query((rs, n) -> {
                    String level = org.vigil.analysis.ThreatLevel.values()[rs.getInt("rank")].name();
                    long count = rs.getLong("n");
                    return rs.getString("name") + " (" + rs.getString("mission") + "): " + count
                            + (count == 1 ? " threat" : " threats") + ", at most "
                            + level.charAt(0) + level.substring(1).toLowerCase();
                })
                .list();
        return List.of(new Summary(30, "Threats against named people", lines, "No threat named a protected person."));
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        SignalLookup lookup = signals.getIfAvailable();
        if (lookup == null) {
            return Optional.empty();
        }
        Map<Long, SignalSummary> found = new LinkedHashMap<>();
        for (String mission : request.missionIds()) {
            for (SignalSummary s : lookup.forMission(mission, request.from(), request.to(), TOP)) {
                found.putIfAbsent(s.id(), s);
            }
        }
        List<SignalSummary> top = found.values().stream()
                .sorted(Comparator.comparing((SignalSummary s) -> s.level().ordinal())
                        .reversed()
                        .thenComparing(SignalSummary::detectedAt, Comparator.reverseOrder()))
                .limit(TOP)
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (SignalSummary s : top) {
            rows.add(List.of(
                    TIME.format(s.detectedAt()),
                    s.level().name(),
                    String.join(
                            ", ",
                            s.missionIds().stream()
                                    .filter(request.missionIds()::contains)
                                    .sorted()
                                    .toList()),
                    s.sourceId() + " (" + s.reliability() + ")",
                    s.excerpt()));
        }
        return Optional.of(new Section(
                "Top signals",
                null,
                List.of("Detected (UTC)", "Level", "Missions", "Source", "Excerpt"),
                rows,
                "No signal in the period."));
    }
}
