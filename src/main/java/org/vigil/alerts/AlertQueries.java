package org.vigil.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * Reading alerts, always through a {@link Scope}: an alert bound to a mission is visible only to callers whose
 * scope permits that mission, one bound to no mission only to unrestricted callers. The filter is in the SQL.
 */
@Service
class AlertQueries {

    private final JdbcClient jdbc;

    AlertQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AlertView(
            long id,
            long ruleId,
            String ruleName,
            AlertKind kind,
            String missionId,
            int levelRank,
            String title,
            String detail,
            String link,
            AlertStatus status,
            String assignee,
            int tier,
            int count,
            Instant firstAt,
            Instant lastAt,
            Instant acknowledgedAt,
            String acknowledgedBy,
            Instant resolvedAt,
            String resolvedBy,
            Instant escalatedAt) {

        public String levelName() {
            return RiskLevel.values()[Math.max(1, Math.min(4, levelRank)) - 1].name();
        }
    }

    /**
     * @param status NEW, ACKNOWLEDGED or RESOLVED; {@code null}: any
     * @param minLevel the lowest level shown; {@code null}: any
     * @param missionId one mission; {@code null}: every mission the scope permits
     * @param ruleId one rule; {@code null}: any
     * @param recipient only alerts addressed or assigned to this user; {@code null}: any
     */
    record Filter(AlertStatus status, RiskLevel minLevel, String missionId, Long ruleId, String recipient) {
        static final Filter NONE = new Filter(null, null, null, null, null);
    }

    record Event(String refType, String refId, String summary, Instant at) {}

    record Recipient(String username, int tier) {}

    record Delivery(
            long id,
            String channel,
            String target,
            String reason,
            String status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant deliveredAt) {}

    record Detail(AlertView alert, List<Event> events, List<Recipient> recipients, List<Delivery> deliveries) {}

    private static final String SELECT = """
            SELECT a.*, r.name AS rule_name FROM alert a JOIN alert_rule r ON r.id = a.rule_id""";

    PageResult<AlertView> list(Scope scope, Filter filter, PageRequest page) {
        Where where = where(scope, filter);
        if (where == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM alert a" + where.sql))
                .query(Long.class)
                .single();
        List<AlertView> items = where.bind(jdbc.sql(SELECT + where.sql
                        // open alerts before resolved ones, the most severe first, then new before acknowledged
                        + " ORDER BY CASE a.status WHEN 'RESOLVED' THEN 1 ELSE 0 END, a.level_rank DESC,"
                        + " CASE a.status WHEN 'NEW' THEN 0 ELSE 1 END, a.last_at DESC,"
                        + " a.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AlertQueries::row)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The open alerts assigned to this user, within the scope, most severe first: their decision queue. */
    List<AlertView> assignedTo(Scope scope, String user) {
        Where where = where(scope, Filter.NONE);
        if (where == null) {
            return List.of();
        }
        String sql = SELECT + where.sql + (where.sql.isEmpty() ? " WHERE" : " AND")
                + " a.assignee = :assignee AND a.status <> 'RESOLVED' ORDER BY a.level_rank DESC, a.last_at DESC LIMIT 200";
        return where.bind(jdbc.sql(sql))
                .param("assignee", user)
                .query(AlertQueries::row)
                .list();
    }

    /** How many NEW alerts the scope may see: the inbox badge. */
    long countNew(Scope scope) {
        Where where = where(scope, new Filter(AlertStatus.NEW, null, null, null, null));
        return where == null
                ? 0
                : where.bind(jdbc.sql("SELECT COUNT(*) FROM alert a" + where.sql))
                        .query(Long.class)
                        .single();
    }

    Optional<AlertView> find(Scope scope, long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?")
                .param(id)
                .query(AlertQueries::row)
                .optional()
                .filter(a -> scope.permits(a.missionId()));
    }

    /** The alert or a 404, also when the scope may not see it. */
    AlertView get(Scope scope, long id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("alert", Long.toString(id)));
    }

    /** Unscoped, for the system (deliveries, escalation). */
    AlertView get(long id) {
        return get(Scope.all(), id);
    }

    Detail detail(Scope scope, long id) {
        AlertView alert = get(scope, id);
        List<Event> events = jdbc.sql("SELECT ref_type, ref_id, summary, added_at FROM alert_event WHERE alert_id = ? "
                        + "ORDER BY id DESC LIMIT 100")
                .param(id)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .list();
        List<Recipient> recipients = jdbc.sql(
                        "SELECT username, tier FROM alert_recipient WHERE alert_id = ? " + "ORDER BY tier, username")
                .param(id)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getInt(2)))
                .list();
        List<Delivery> deliveries = jdbc.sql("""
                SELECT id, channel, target, reason, status, attempts, next_attempt_at, last_error, delivered_at
                FROM alert_delivery WHERE alert_id = ? ORDER BY id""")
                .param(id)
                .query((rs, n) -> new Delivery(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        instant(rs, 7),
                        rs.getString(8),
                        instant(rs, 9)))
                .list();
        return new Detail(alert, events, recipients, deliveries);
    }

    /** The alerts of some missions first seen or repeated in {@code [from, to)}, for the briefing. */
    List<AlertView> forMissions(List<String> missionIds, Instant from, Instant to, int limit) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE a.mission_id IN (:missions) AND a.last_at >= :from AND a.first_at < :to"
                        + " ORDER BY a.level_rank DESC, a.last_at DESC LIMIT :limit")
                .param("missions", missionIds)
                .param("from", ts(from))
                .param("to", ts(to))
                .param("limit", limit)
                .query(AlertQueries::row)
                .list();
    }

    /** The alert as the API, webhooks and the CAP feed carry it. */
    /** Most rows an export holds: the newest first, as in the inbox. */
    static final int EXPORT_LIMIT = 10_000;

    /** The alerts a filter selects, as CSV (newest first, at most {@link #EXPORT_LIMIT} rows), within the scope. */
    String csv(Scope scope, Filter filter) {
        org.vigil.shared.web.Csv csv = new org.vigil.shared.web.Csv(List.of(
                "id",
                "level",
                "status",
                "mission",
                "kind",
                "rule",
                "title",
                "count",
                "first",
                "last",
                "assignee",
                "acknowledged by",
                "resolved by",
                "link"));
        int page = 0;
        int written = 0;
        while (written < EXPORT_LIMIT) {
            PageResult<AlertView> p = list(scope, filter, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (AlertView a : p.items()) {
                csv.row(java.util.Arrays.asList(
                        a.id(),
                        a.levelName(),
                        a.status().name(),
                        a.missionId(),
                        a.kind().name(),
                        a.ruleName(),
                        a.title(),
                        a.count(),
                        a.firstAt(),
                        a.lastAt(),
                        a.assignee(),
                        a.acknowledgedBy(),
                        a.resolvedBy(),
                        a.link()));
                if (++written >= EXPORT_LIMIT) {
                    break;
                }
            }
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return csv.toString();
    }

    static Map<String, Object> json(AlertView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().name());
        m.put("rule", Map.of("id", a.ruleId(), "name", a.ruleName()));
        m.put("missionId", a.missionId());
        m.put("level", a.levelName());
        m.put("title", a.title());
        m.put("detail", a.detail());
        m.put("link", a.link());
        m.put("status", a.status().name());
        m.put("assignee", a.assignee());
        m.put("escalated", a.tier() > 0);
        m.put("count", a.count());
        m.put("firstAt", String.valueOf(a.firstAt()));
        m.put("lastAt", String.valueOf(a.lastAt()));
        if (a.acknowledgedAt() != null) {
            m.put("acknowledgedAt", a.acknowledgedAt().toString());
            m.put("acknowledgedBy", a.acknowledgedBy());
        }
        if (a.resolvedAt() != null) {
            m.put("resolvedAt", a.resolvedAt().toString());
            m.put("resolvedBy", a.resolvedBy());
        }
        return m;
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    /** The WHERE clause for the scope and filter, or {@code null} when the scope can see nothing. */
    private static Where where(Scope scope, Filter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.unrestricted()) {
            if (scope.missionIds().isEmpty()) {
                return null;
            }
            clauses.add("a.mission_id IN (:scope)");
            params.put("scope", scope.sortedMissionIds());
        }
        if (filter.missionId() != null) {
            if (!scope.permits(filter.missionId())) {
                return null;
            }
            clauses.add("a.mission_id = :mission");
            params.put("mission", filter.missionId());
        }
        if (filter.status() != null) {
            clauses.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.minLevel() != null) {
            clauses.add("a.level_rank >= :rank");
            params.put("rank", filter.minLevel().rank());
        }
        if (filter.ruleId() != null) {
            clauses.add("a.rule_id = :rule");
            params.put("rule", filter.ruleId());
        }
        if (filter.recipient() != null) {
            clauses.add("(a.assignee = :me OR a.id IN (SELECT alert_id FROM alert_recipient WHERE username = :me))");
            params.put("me", filter.recipient());
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    static AlertView row(ResultSet rs, int n) throws SQLException {
        return new AlertView(
                rs.getLong("id"),
                rs.getLong("rule_id"),
                rs.getString("rule_name"),
                AlertKind.valueOf(rs.getString("kind")),
                rs.getString("mission_id"),
                rs.getInt("level_rank"),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("link"),
                AlertStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"),
                rs.getInt("tier"),
                rs.getInt("event_count"),
                instant(rs, "first_at"),
                instant(rs, "last_at"),
                instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                instant(rs, "resolved_at"),
                rs.getString("resolved_by"),
                instant(rs, "escalated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
    }
}
