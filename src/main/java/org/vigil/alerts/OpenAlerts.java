package org.vigil.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.Scope;

/**
 * The alerts still open (new or acknowledged) per mission, counted in one query within the caller's scope: what the
 * map shows beside each mission's recent signals.
 */
@Service
public class OpenAlerts {

    /** A mission's open alerts: how many, how many nobody has acknowledged yet, and the highest level among them. */
    public record MissionAlerts(long open, long unacknowledged, RiskLevel highest) {}

    private final JdbcClient jdbc;

    OpenAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The missions of the scope with at least one open alert, keyed by mission id. */
    public Map<String, MissionAlerts> perMission(Scope scope) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT mission_id, COUNT(*) AS open_count,"
                + " SUM(CASE WHEN status = 'NEW' THEN 1 ELSE 0 END) AS new_count, MAX(level_rank) AS top_rank"
                + " FROM alert WHERE status <> 'RESOLVED' AND mission_id IS NOT NULL"
                + (scope.unrestricted() ? "" : " AND mission_id IN (:scope)")
                + " GROUP BY mission_id";
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (!scope.unrestricted()) {
            spec = spec.param("scope", scope.sortedMissionIds());
        }
        Map<String, MissionAlerts> result = new LinkedHashMap<>();
        spec.query(rs -> {
            int rank = Math.max(1, Math.min(RiskLevel.values().length, rs.getInt("top_rank")));
            result.put(
                    rs.getString("mission_id"),
                    new MissionAlerts(rs.getLong("open_count"), rs.getLong("new_count"), RiskLevel.values()[rank - 1]));
        });
        return result;
    }
}
