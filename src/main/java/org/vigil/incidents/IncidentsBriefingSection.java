package org.vigil.incidents;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.briefing.BriefingSection;

/**
 * The incidents section of a briefing: the incidents still open at the covered missions, and those that happened
 * or were closed in the period, most severe first.
 */
@Component
class IncidentsBriefingSection implements BriefingSection {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    IncidentsBriefingSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        if (request.missionIds().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = jdbc.sql("""
                SELECT * FROM incident
                WHERE mission_id IN (:missions)
                  AND (status <> 'CLOSED' OR occurred_at >= :from OR closed_at >= :from)
                ORDER BY severity DESC, occurred_at DESC LIMIT 50""")
                .param("missions", request.missionIds())
                .param("from", Incidents.at(request.from()))
                .query((rs, n) -> List.of(
                        rs.getString("mission_id"),
                        IncidentType.valueOf(rs.getString("type")).label(),
                        String.valueOf(rs.getInt("severity")),
                        IncidentStatus.valueOf(rs.getString("status")).label(),
                        WHEN.format(Incidents.instant(rs, "occurred_at")),
                        rs.getString("title")))
                .list();
        long open = rows.stream()
                .filter(r -> !r.get(3).equals(IncidentStatus.CLOSED.label()))
                .count();
        return Optional.of(new Section(
                "Incidents",
                open + " incident(s) open or under investigation.",
                List.of("Mission", "Type", "Severity", "Status", "Occurred", "What happened"),
                rows,
                "No open incident, and none in the period."));
    }
}
