package org.vigil.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;

/** The alert rules: stored, listed, changed by administrators and HQ (the controllers check the role); audited. */
@Service
class AlertRules {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Missions missions;
    private final Clock clock;

    AlertRules(JdbcClient jdbc, AuditTrail audit, Missions missions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.missions = missions;
        this.clock = clock;
    }

    List<AlertRule> list() {
        return jdbc.sql("SELECT * FROM alert_rule ORDER BY kind, name, id")
                .query(AlertRules::row)
                .list();
    }

    /** The enabled rules of a kind, for each event: a small indexed read, no cache to go stale across instances. */
    List<AlertRule> enabled(AlertKind kind) {
        return jdbc.sql("SELECT * FROM alert_rule WHERE kind = ? AND enabled ORDER BY id")
                .param(kind.name())
                .query(AlertRules::row)
                .list();
    }

    Optional<AlertRule> find(long id) {
        return jdbc.sql("SELECT * FROM alert_rule WHERE id = ?")
                .param(id)
                .query(AlertRules::row)
                .optional();
    }

    AlertRule get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("alert rule", Long.toString(id)));
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_rule").query(Long.class).single() == 0;
    }

    @Transactional
    AlertRule create(AlertRule rule) {
        checkMissions(rule);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO alert_rule (name, kind, min_level, from_level, missions, channels, webhook_url,
                    escalate_after_minutes, group_window_minutes, enabled, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        rule.name(),
                        rule.kind().name(),
                        name(rule.minLevel()),
                        name(rule.fromLevel()),
                        String.join(",", rule.missions().stream().sorted().toList()),
                        channels(rule.channels()),
                        rule.webhookUrl(),
                        (int) rule.escalateAfter().toMinutes(),
                        (int) rule.groupWindow().toMinutes(),
                        rule.enabled(),
                        now,
                        now)
                .update(key, "id");
        AlertRule created = rule.withId(key.getKey().longValue());
        audit.record("CREATE", "ALERT_RULE", Long.toString(created.id()), null, created);
        return created;
    }

    @Transactional
    AlertRule update(long id, AlertRule rule) {
        AlertRule before = get(id);
        checkMissions(rule);
        jdbc.sql("""
                UPDATE alert_rule SET name = ?, kind = ?, min_level = ?, from_level = ?, missions = ?, channels = ?,
                    webhook_url = ?, escalate_after_minutes = ?, group_window_minutes = ?, enabled = ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        rule.name(),
                        rule.kind().name(),
                        name(rule.minLevel()),
                        name(rule.fromLevel()),
                        String.join(",", rule.missions().stream().sorted().toList()),
                        channels(rule.channels()),
                        rule.webhookUrl(),
                        (int) rule.escalateAfter().toMinutes(),
                        (int) rule.groupWindow().toMinutes(),
                        rule.enabled(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        id)
                .update();
        AlertRule after = rule.withId(id);
        audit.record("UPDATE", "ALERT_RULE", Long.toString(id), before, after);
        return after;
    }

    /** Deletes a rule that never raised an alert; one that did is kept for its alerts' history (disable it). */
    @Transactional
    void delete(long id) {
        AlertRule before = get(id);
        long raised = jdbc.sql("SELECT COUNT(*) FROM alert WHERE rule_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        if (raised > 0) {
            throw new ConflictException("rule " + id + " raised " + raised + " alert(s), which keep pointing at it: "
                    + "disable the rule instead of deleting it");
        }
        jdbc.sql("DELETE FROM alert_rule WHERE id = ?").param(id).update();
        audit.record("DELETE", "ALERT_RULE", Long.toString(id), before, null);
    }

    private void checkMissions(AlertRule rule) {
        for (String m : rule.missions()) {
            if (!missions.exists(m)) {
                throw new InvalidInputException(
                        "missions",
                        "no mission '" + m + "' in the registry; use a mission "
                                + "id as on the missions page, like ru-embassy-ankara");
            }
        }
    }

    private static String name(RiskLevel level) {
        return level == null ? null : level.name();
    }

    private static String channels(Set<Channel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static AlertRule row(ResultSet rs, int n) throws SQLException {
        String missions = rs.getString("missions");
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String c : rs.getString("channels").split(",")) {
            if (!c.isBlank()) {
                channels.add(Channel.valueOf(c));
            }
        }
        String min = rs.getString("min_level");
        String from = rs.getString("from_level");
        return new AlertRule(
                rs.getLong("id"),
                rs.getString("name"),
                AlertKind.valueOf(rs.getString("kind")),
                min == null ? null : RiskLevel.valueOf(min),
                from == null ? null : RiskLevel.valueOf(from),
                missions.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(missions.split(","))),
                channels,
                rs.getString("webhook_url"),
                Duration.ofMinutes(rs.getInt("escalate_after_minutes")),
                Duration.ofMinutes(rs.getInt("group_window_minutes")),
                rs.getBoolean("enabled"));
    }
}
