package org.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.AccountDirectory;
import org.vigil.accounts.AccountDirectory.Contact;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * An alert's life: acknowledged, assigned, resolved by the people who may see it, and escalated to the next tier
 * when nobody acknowledged it within its rule's time. Each step checks the current status, refuses with a message
 * naming it, changes the row only if nobody changed it meanwhile, and is audited.
 */
@Service
class AlertDesk {

    private final JdbcClient jdbc;
    private final AlertQueries queries;
    private final AccountDirectory directory;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final AlertRules rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    AlertDesk(
            JdbcClient jdbc,
            AlertQueries queries,
            AccountDirectory directory,
            Recipients recipients,
            Deliveries deliveries,
            AlertRules rules,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.directory = directory;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Transactional
    AlertQueries.AlertView acknowledge(Scope scope, long id, String user) {
        AlertQueries.AlertView before = queries.get(scope, id);
        if (!before.status().canMoveTo(AlertStatus.ACKNOWLEDGED)) {
            throw new ConflictException("alert " + id + " is "
                    + before.status().name().toLowerCase()
                    + (before.acknowledgedBy() != null ? " (acknowledged by " + before.acknowledgedBy() + ")" : "")
                    + "; only a new alert can be acknowledged");
        }
        change(
                before,
                AlertStatus.ACKNOWLEDGED,
                "acknowledged_at = :now, acknowledged_by = :user",
                Map.of("user", user));
        return after(scope, before, "ACKNOWLEDGE");
    }

    @Transactional
    AlertQueries.AlertView resolve(Scope scope, long id, String user) {
        AlertQueries.AlertView before = queries.get(scope, id);
        if (!before.status().canMoveTo(AlertStatus.RESOLVED)) {
            throw new ConflictException("alert " + id + " was already resolved by " + before.resolvedBy());
        }
        change(
                before,
                AlertStatus.RESOLVED,
                "resolved_at = :now, resolved_by = :user, "
                        + "acknowledged_at = COALESCE(acknowledged_at, :now), acknowledged_by = COALESCE(acknowledged_by, :user)",
                Map.of("user", user));
        return after(scope, before, "RESOLVE");
    }

    /**
     * Assigns the alert to a user who may see it and work on it (a mission officer of its mission or an HQ analyst,
     * director or administrator); assigning also acknowledges a new alert, since somebody now owns it.
     */
    @Transactional
    AlertQueries.AlertView assign(Scope scope, long id, String assignee, String user) {
        AlertQueries.AlertView before = queries.get(scope, id);
        if (before.status().isFinal()) {
            throw new ConflictException("alert " + id + " is resolved; a resolved alert is not assigned");
        }
        String name = assignee == null ? "" : assignee.strip();
        Contact contact = directory
                .find(name)
                .orElseThrow(() -> new InvalidInputException(
                        "assignee", "no enabled account '" + name + "'; assign to a username such as officer.ankara"));
        boolean mayWork = contact.roles().stream().anyMatch(r -> Role.WRITERS.contains(r));
        if (!contact.mayView(before.missionId()) || !mayWork) {
            throw new InvalidInputException(
                    "assignee",
                    "'" + name + "' may not work on this alert: assign it to a "
                            + "security officer of " + (before.missionId() == null ? "HQ" : before.missionId())
                            + " or to HQ");
        }
        change(
                before,
                before.status().assigned(),
                "assignee = :assignee, acknowledged_at = COALESCE(acknowledged_at, "
                        + ":now), acknowledged_by = COALESCE(acknowledged_by, :user)",
                Map.of("assignee", name, "user", user));
        AlertRule rule = rules.get(before.ruleId());
        AlertRaiser.addRecipients(jdbc, id, List.of(contact), before.tier());
        deliveries.enqueue(id, rule, List.of(contact), "ASSIGNED");
        return after(scope, before, "ASSIGN");
    }

    /**
     * Moves the alert to {@code to} and sets the given columns, if nobody changed its status meanwhile.
     * {@code to} is the status it has, or one of the moves its status allows.
     */
    private void change(AlertQueries.AlertView before, AlertStatus to, String columns, Map<String, Object> params) {
        if (to != before.status() && !before.status().canMoveTo(to)) {
            throw new IllegalStateException("alert " + before.id() + ": no move from " + before.status() + " to " + to);
        }
        var spec = jdbc.sql("UPDATE alert SET status = :to, " + columns
                        + ", version = version + 1 WHERE id = :id AND status = :status")
                .param("to", to.name())
                .param("id", before.id())
                .param("status", before.status().name())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        params.forEach(spec::param);
        if (spec.update() != 1) {
            throw new ConflictException("alert " + before.id() + " changed meanwhile; reload it and try again");
        }
    }

    private AlertQueries.AlertView after(Scope scope, AlertQueries.AlertView before, String action) {
        AlertQueries.AlertView after = queries.get(scope, before.id());
        audit.record(action, "ALERT", Long.toString(before.id()), snapshot(before), snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(AlertQueries.AlertView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().name());
        m.put("assignee", String.valueOf(a.assignee()));
        m.put("tier", a.tier());
        m.put("count", a.count());
        return m;
    }

    /**
     * Escalates every NEW alert at tier 0 whose rule's escalation time has passed since it was raised: the HQ
     * directors become recipients and are sent the rule's e-mails and webhook. Returns the escalated alert ids.
     */
    List<Long> escalateDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> candidates = jdbc.sql("""
                SELECT a.id, a.first_at, r.escalate_after_minutes FROM alert a JOIN alert_rule r ON r.id = a.rule_id
                WHERE a.status = 'NEW' AND a.tier = 0 AND r.escalate_after_minutes > 0 ORDER BY a.id""").query().listOfRows();
        List<Long> escalated = new ArrayList<>();
        for (Map<String, Object> c : candidates) {
            Instant firstAt = ((OffsetDateTime) jdbc.sql("SELECT first_at FROM alert WHERE id = ?")
                            .param(c.get("id"))
                            .query(OffsetDateTime.class)
                            .single())
                    .toInstant();
            long minutes = ((Number) c.get("escalate_after_minutes")).longValue();
            if (!firstAt.plusSeconds(minutes * 60).isAfter(now)) {
                long id = ((Number) c.get("id")).longValue();
                if (Boolean.TRUE.equals(tx.execute(s -> escalate(id, now)))) {
                    escalated.add(id);
                }
            }
        }
        if (!escalated.isEmpty()) {
            deliveries.wake();
        }
        return escalated;
    }

    private boolean escalate(long id, Instant now) {
        int changed = jdbc.sql("UPDATE alert SET tier = 1, escalated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'NEW' AND tier = 0")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), id)
                .update();
        if (changed != 1) {
            return false;
        }
        AlertQueries.AlertView alert = queries.get(id);
        List<Contact> next = recipients.at(Recipients.ESCALATED, alert.missionId());
        AlertRaiser.addRecipients(jdbc, id, next, Recipients.ESCALATED);
        deliveries.enqueue(id, rules.get(alert.ruleId()), next, "ESCALATED");
        audit.record(
                "ESCALATE",
                "ALERT",
                Long.toString(id),
                Map.of("tier", 0),
                Map.of(
                        "tier",
                        1,
                        "recipients",
                        next.stream().map(Contact::username).toList()));
        return true;
    }
}
