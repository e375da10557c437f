package org.vigil.interest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.appearances.ApproachBehaviour;
import org.vigil.risk.FixatedPersons;

/**
 * What the persons of interest tell the risk: those fixated on a mission or its people (the mission risk's factor
 * {@code persons-of-interest}, {@link FixatedPersons}) and those whose approach behaviour points at a protected
 * person (the appearance risk's factor of the same name, {@link ApproachBehaviour}). Active records only, read
 * from the behaviours as last assessed. For the system (the risk computations), not scoped: the risk pages show
 * them under their own need-to-know.
 */
@Component
class InterestRiskInputs implements FixatedPersons, ApproachBehaviour {

    private final JdbcClient jdbc;

    InterestRiskInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fixated> on(String missionId, Instant since) {
        if (missionId == null || since == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.display_name, p.escalation_level, p.escalation_score, b.last_observed, b.detail
                FROM poi_behaviour b JOIN person_of_interest p ON p.id = b.poi_id
                WHERE b.behaviour = 'FIXATION' AND p.status = 'ACTIVE' AND b.mission_ids LIKE :mission
                  AND b.last_observed >= :since
                ORDER BY p.escalation_score DESC, p.id
                """)
                .param("mission", "%," + missionId + ",%")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Fixated(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("escalation_level"),
                        rs.getDouble("escalation_score"),
                        instant(rs, "last_observed"),
                        "fixation, " + rs.getString("detail"),
                        "/persons-of-interest/" + rs.getLong("id")))
                .list();
    }

    /**
     * Active persons of interest with an approach behaviour toward the person, with approach evidence observed in
     * {@code [from, to)}. Points: 15, and 5, 10 or 15 more for an escalation of MEDIUM, HIGH or CRITICAL (at most 30).
     */
    @Override
    @Transactional(readOnly = true)
    public List<Approach> toward(String personId, Instant from, Instant to) {
        if (personId == null || from == null || to == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.display_name, p.escalation_level, p.escalation_score, COUNT(*) AS items,
                       MAX(e.observed_at) AS last_at
                FROM poi_behaviour b JOIN person_of_interest p ON p.id = b.poi_id
                JOIN poi_behaviour_evidence e ON e.poi_id = b.poi_id AND e.behaviour = b.behaviour
                WHERE b.behaviour = 'APPROACH' AND p.status = 'ACTIVE' AND b.person_ids LIKE :person
                  AND e.observed_at >= :from AND e.observed_at < :to
                GROUP BY p.id, p.display_name, p.escalation_level, p.escalation_score
                ORDER BY p.escalation_score DESC, p.id
                """)
                .param("person", "%," + personId + ",%")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> {
                    String level = rs.getString("escalation_level");
                    double points = Math.min(30, 15 + bonus(level));
                    int items = rs.getInt("items");
                    return new Approach(
                            Long.toString(rs.getLong("id")),
                            rs.getString("display_name"),
                            points,
                            rs.getString("display_name") + " asked about their whereabouts in " + items
                                    + (items == 1 ? " item" : " items") + " (escalation "
                                    + level.toLowerCase(Locale.ROOT) + ")",
                            "/persons-of-interest/" + rs.getLong("id"));
                })
                .list();
    }

    static double bonus(String level) {
        return switch (level == null ? "NONE" : level) {
            case "CRITICAL" -> 15;
            case "HIGH" -> 10;
            case "MEDIUM" -> 5;
            default -> 0;
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
