package org.vigil.ingest.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.ingest.SignalLookup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SignalLookup} over the signal tables. The engine's confidence is not a column: it is read from the stored
 * mentions, as the best confidence among the mentions of the mission asked about and of the people linked to the
 * signal (a threat against the ambassador is about the embassy through him). A target the text never names was
 * identified by the account the post replies to; it gets {@value #BY_REPLY}, the weight the engine gives that
 * identification (TargetResolver), since no mention carries a confidence of its own.
 */
@Component
@Transactional(readOnly = true)
class JdbcSignalLookup implements SignalLookup {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXCERPT = 300;
    private static final int MAX_LIMIT = 10_000;
    static final double BY_REPLY = 0.95;

    private static final String SELECT = """
            SELECT s.id, s.source_id, s.language, s.threat_level, s.threat_score, s.categories, s.mentions, s.status,
                   s.created_at, i.text, src.reliability
            FROM signal s JOIN item i ON i.id = s.item_id JOIN source src ON src.id = s.source_id
            """;

    private final JdbcClient jdbc;

    JdbcSignalLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SignalSummary> byId(long signalId) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(signalId).query((rs, n) -> map(rs, null)).optional();
    }

    @Override
    public List<SignalSummary> forMission(String missionId, Instant from, Instant to, int limit) {
        if (missionId == null || from == null || to == null || limit <= 0) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 WHERE s.status <> 'DISMISSED' AND s.created_at >= :from AND s.created_at < :to
                   AND EXISTS (SELECT 1 FROM signal_mission m WHERE m.signal_id = s.id AND m.mission_id = :mission)
                 ORDER BY s.level_rank DESC, s.created_at DESC, s.id DESC
                 LIMIT :limit
                """)
                .param("from", Sources.ts(from)).param("to", Sources.ts(to)).param("mission", missionId)
                .param("limit", Math.min(limit, MAX_LIMIT))
                .query((rs, n) -> map(rs, missionId)).list();
    }

    private SignalSummary map(ResultSet rs, String mission) throws SQLException {
        long id = rs.getLong("id");
        List<Link> missions = jdbc.sql("SELECT mission_id, targeted FROM signal_mission WHERE signal_id = ?")
                .param(id).query((r, n) -> new Link(r.getString(1), r.getBoolean(2))).list();
        List<Link> people = jdbc.sql("SELECT person_id, targeted FROM signal_person WHERE signal_id = ?")
                .param(id).query((r, n) -> new Link(r.getString(1), r.getBoolean(2))).list();
        boolean targets = missions.stream().anyMatch(l -> l.targeted() && (mission == null || l.id().equals(mission)));
        Set<String> about = new LinkedHashSet<>();
        if (mission != null) {
            about.add(mission);
        } else {
            missions.forEach(l -> about.add(l.id()));
        }
        people.forEach(l -> about.add(l.id()));
        List<ThreatCategory> categories = new ArrayList<>();
        for (String c : rs.getString("categories").split(",")) {
            if (!c.isEmpty()) {
                categories.add(ThreatCategory.valueOf(c));
            }
        }
        String text = rs.getString("text");
        String reliability = rs.getString("reliability");
        return new SignalSummary(id, rs.getString("source_id"),
                reliability == null || reliability.isEmpty() ? 'F' : reliability.charAt(0), rs.getString("language"),
                ThreatLevel.valueOf(rs.getString("threat_level")), rs.getDouble("threat_score"), categories,
                confidence(rs.getString("mentions"), about, targets || people.stream().anyMatch(Link::targeted)),
                targets,
                missions.stream().map(Link::id).collect(java.util.stream.Collectors.toSet()),
                people.stream().map(Link::id).collect(java.util.stream.Collectors.toSet()),
                text.length() > EXCERPT ? text.substring(0, EXCERPT) : text, rs.getString("status"),
                Sources.instant(rs, "created_at"));
    }

    /** The best confidence among the mentions of these entities; 0 when none of them is mentioned by name. */
    static double confidence(String mentionsJson, Set<String> entities, boolean targeted) {
        double best = 0;
        JsonNode mentions = JSON.readTree(mentionsJson);
        if (mentions != null && mentions.isArray()) {
            for (JsonNode m : mentions) {
                JsonNode entity = m.get("entityId");
                JsonNode c = m.get("confidence");
                if (entity != null && c != null && entities.contains(entity.asString())) {
                    best = Math.max(best, c.asDouble());
                }
            }
        }
        return best == 0 && targeted ? BY_REPLY : best;
    }

    private record Link(String id, boolean targeted) {
    }
}
