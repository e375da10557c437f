package org.vigil.briefing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevels;
import org.vigil.risk.RiskLevels.MissionRisk;

/**
 * Risk levels now (overall and per category) and the changes in the period with their reasons. For HQ, the
 * missions at MODERATE or above, highest first.
 */
@Component
class RiskSection implements BriefingSection {

    private static final int HQ_ROWS = 40;

    private final ObjectProvider<RiskLevels> levels;
    private final JdbcClient jdbc;

    RiskSection(ObjectProvider<RiskLevels> levels, JdbcClient jdbc) {
        this.levels = levels;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        RiskLevels risk = levels.getIfAvailable();
        List<MissionRisk> current = risk == null
                ? List.of()
                : request.missionIds().stream()
                        .map(risk::current)
                        .flatMap(Optional::stream)
                        .filter(r -> !request.hq() || r.overall().rank() >= 2)
                        .sorted(Comparator.comparingInt(MissionRisk::score).reversed())
                        .limit(HQ_ROWS)
                        .toList();
        List<String> columns = new ArrayList<>(List.of("Mission", "Overall", "Score"));
        for (RiskCategory c : RiskCategory.values()) {
            columns.add(label(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (MissionRisk r : current) {
            List<String> row =
                    new ArrayList<>(List.of(r.missionId(), r.overall().name(), Integer.toString(r.score())));
            for (RiskCategory c : RiskCategory.values()) {
                row.add(r.levels().containsKey(c) ? r.levels().get(c).name() : "");
            }
            rows.add(row);
        }
        List<String> changes = changes(request);
        String lead = changes.isEmpty()
                ? "No level changed in the period."
                : "Changes in the period: " + String.join("; ", changes) + ".";
        return Optional.of(new Section(
                request.hq() ? "Risk: missions at MODERATE or above" : "Risk levels",
                lead,
                columns,
                rows,
                request.hq() ? "Every mission is at LOW." : "No assessment yet."));
    }

    private List<String> changes(Request request) {
        if (request.missionIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT mission_id, category, from_level, to_level, reason FROM briefing_risk_change
                WHERE mission_id IN (:missions) AND changed_at >= :from AND changed_at < :to
                ORDER BY changed_at DESC LIMIT 30""")
                .param("missions", request.missionIds())
                .param("from", OffsetDateTime.ofInstant(request.from(), ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(request.to(), ZoneOffset.UTC))
                .query((rs, n) -> rs.getString(1) + " "
                        + (rs.getString(2) == null ? "overall" : label(RiskCategory.valueOf(rs.getString(2)))) + " "
                        + (rs.getString(3) == null ? "" : rs.getString(3) + " \u2192 ") + rs.getString(4)
                        + (rs.getString(5).isBlank() ? "" : " (" + abbreviate(rs.getString(5)) + ")"))
                .list();
    }

    /** The summary's "what changed" (level changes) and "missions at HIGH and above", by mission name. */
    @Override
    public List<Summary> summary(Request request) {
        RiskLevels risk = levels.getIfAvailable();
        Map<String, String> names = missionNames(request);
        List<String> high = risk == null
                ? List.of()
                : request.missionIds().stream()
                        .map(risk::current)
                        .flatMap(Optional::stream)
                        .filter(r -> r.overall().rank() >= 3)
                        .sorted(Comparator.comparingInt(MissionRisk::score).reversed())
                        .map(r -> names.getOrDefault(r.missionId(), r.missionId()) + ": "
                                + level(r.overall().name()))
                        .toList();
        List<String> changed = jdbc.sql("""
                SELECT mission_id, from_level, to_level FROM briefing_risk_change
                WHERE mission_id IN (:missions) AND category IS NULL AND changed_at >= :from AND changed_at < :to
                ORDER BY changed_at DESC LIMIT 10""")
                .param("missions", request.missionIds().isEmpty() ? List.of("") : request.missionIds())
                .param("from", OffsetDateTime.ofInstant(request.from(), ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(request.to(), ZoneOffset.UTC))
                .query((rs, n) -> names.getOrDefault(rs.getString(1), rs.getString(1)) + ": overall level "
                        + (rs.getString(2) == null
                                ? "now " + level(rs.getString(3))
                                : "from " + level(rs.getString(2)) + " to " + level(rs.getString(3))))
                .list();
        return List.of(
                new Summary(10, "What changed", changed, "No mission's overall level changed in the period."),
                new Summary(20, "Missions at HIGH and above", high, "No mission is at HIGH or above."));
    }

    private Map<String, String> missionNames(Request request) {
        if (request.missionIds().isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name FROM mission WHERE id IN (:ids)")
                .param("ids", request.missionIds())
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    static String level(String name) {
        return name == null ? "" : name.charAt(0) + name.substring(1).toLowerCase();
    }

    static String label(RiskCategory c) {
        String s = c.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
