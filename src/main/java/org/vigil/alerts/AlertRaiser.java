package org.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.AccountDirectory.Contact;
import org.vigil.audit.AuditTrail;

/**
 * Raises alerts: for each enabled rule that matches a trigger, either counts the trigger into the open alert about
 * the same subject (the same event and target, last seen within the rule's window), or opens a new alert with its
 * recipients and deliveries. One storm is one alert with a count, and only the first event sends e-mails and
 * webhooks. Raising and grouping are serialised per subject: across instances by a row of
 * {@code alert_subject_lock} taken FOR UPDATE in the raising transaction, and within one instance first by an
 * in-memory lock, so that its own threads queue without holding a connection. Two repeats arriving together, here
 * or on another instance, do not open two alerts; an event handled twice (redelivered after a crash) is counted once.
 */
@Service
class AlertRaiser {

    private final JdbcClient jdbc;
    private final AlertRules rules;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    AlertRaiser(
            JdbcClient jdbc,
            AlertRules rules,
            Recipients recipients,
            Deliveries deliveries,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** What became of a trigger under one rule. */
    record Raised(long ruleId, long alertId, boolean grouped, int count) {}

    List<Raised> raise(Trigger trigger) {
        return rules.enabled(trigger.kind()).stream()
                .filter(rule -> rule.matches(trigger))
                .map(rule -> raise(rule, trigger))
                .toList();
    }

    private Raised raise(AlertRule rule, Trigger trigger) {
        ReentrantLock lock =
                stripes[Math.floorMod((rule.id() + ":" + trigger.subjectKey()).hashCode(), stripes.length)];
        lock.lock();
        try {
            Raised raised = tx.execute(s -> raiseInTransaction(rule, trigger));
            if (!raised.grouped()) {
                deliveries.wake();
            }
            return raised;
        } finally {
            lock.unlock();
        }
    }

    private Raised raiseInTransaction(AlertRule rule, Trigger trigger) {
        // the row exists once per subject; another instance's insert of it waits for ours and then does nothing
        jdbc.sql("INSERT INTO alert_subject_lock (rule_id, subject_key) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(rule.id(), trigger.subjectKey())
                .update();
        jdbc.sql("SELECT rule_id FROM alert_subject_lock WHERE rule_id = ? AND subject_key = ? FOR UPDATE")
                .params(rule.id(), trigger.subjectKey())
                .query(Long.class)
                .single();
        // An event handled again (the registry republishes at start what a crash left unmarked) is already counted
        // in an open alert of this rule and subject: counting it twice would inflate the storm.
        List<Map<String, Object>> counted = jdbc.sql("""
                SELECT a.id, a.event_count FROM alert_event e JOIN alert a ON a.id = e.alert_id
                WHERE e.ref_type = ? AND e.ref_id = ? AND a.rule_id = ? AND a.subject_key = ? AND a.status <> 'RESOLVED'
                LIMIT 1""")
                .params(trigger.refType(), trigger.refId(), rule.id(), trigger.subjectKey())
                .query()
                .listOfRows();
        if (!counted.isEmpty()) {
            return new Raised(
                    rule.id(),
                    ((Number) counted.getFirst().get("id")).longValue(),
                    true,
                    ((Number) counted.getFirst().get("event_count")).intValue());
        }
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (!rule.groupWindow().isZero()) {
            List<Map<String, Object>> open = jdbc.sql("""
                    SELECT id, event_count, level_rank FROM alert
                    WHERE rule_id = ? AND subject_key = ? AND status <> 'RESOLVED' AND last_at >= ?
                    ORDER BY id DESC LIMIT 1""")
                    .params(
                            rule.id(),
                            trigger.subjectKey(),
                            OffsetDateTime.ofInstant(now.minus(rule.groupWindow()), ZoneOffset.UTC))
                    .query()
                    .listOfRows();
            if (!open.isEmpty()) {
                long id = ((Number) open.getFirst().get("id")).longValue();
                int count = ((Number) open.getFirst().get("event_count")).intValue();
                int rank = Math.max(((Number) open.getFirst().get("level_rank")).intValue(), trigger.rank());
                jdbc.sql("""
                        UPDATE alert SET event_count = event_count + 1, last_at = ?, level_rank = ?,
                            version = version + 1 WHERE id = ?""").params(at, rank, id).update();
                addEvent(id, trigger, at);
                audit.record(
                        "REPEAT",
                        "ALERT",
                        Long.toString(id),
                        Map.of("count", count),
                        Map.of("count", count + 1, "ref", trigger.refType() + ":" + trigger.refId()));
                return new Raised(rule.id(), id, true, count + 1);
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO alert (rule_id, kind, mission_id, subject_key, level_rank, title, detail, link, status,
                    tier, event_count, first_at, last_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', 0, 1, ?, ?, 0)""")
                .params(
                        rule.id(),
                        trigger.kind().name(),
                        trigger.missionId(),
                        trigger.subjectKey(),
                        trigger.rank(),
                        trigger.title(),
                        trigger.detail(),
                        trigger.link(),
                        at,
                        at)
                .update(key, "id");
        long id = key.getKey().longValue();
        addEvent(id, trigger, at);
        List<Contact> addressed = recipients.at(Recipients.RAISED, trigger.missionId());
        addRecipients(jdbc, id, addressed, Recipients.RAISED);
        deliveries.enqueue(id, rule, addressed, "RAISED");
        audit.record(
                "CREATE",
                "ALERT",
                Long.toString(id),
                null,
                Map.of(
                        "rule",
                        rule.id(),
                        "kind",
                        trigger.kind().name(),
                        "mission",
                        String.valueOf(trigger.missionId()),
                        "title",
                        trigger.title(),
                        "recipients",
                        addressed.stream().map(Contact::username).toList()));
        return new Raised(rule.id(), id, false, 1);
    }

    private void addEvent(long alertId, Trigger trigger, OffsetDateTime at) {
        String summary = trigger.detail().isEmpty() ? trigger.title() : trigger.detail();
        jdbc.sql("INSERT INTO alert_event (alert_id, ref_type, ref_id, summary, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        alertId,
                        trigger.refType(),
                        trigger.refId(),
                        summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary,
                        at)
                .update();
    }

    static void addRecipients(JdbcClient jdbc, long alertId, List<Contact> contacts, int tier) {
        for (Contact c : contacts) {
            long present = jdbc.sql("SELECT COUNT(*) FROM alert_recipient WHERE alert_id = ? AND username = ?")
                    .params(alertId, c.username())
                    .query(Long.class)
                    .single();
            if (present == 0) {
                jdbc.sql("INSERT INTO alert_recipient (alert_id, username, tier) VALUES (?, ?, ?)")
                        .params(alertId, c.username(), tier)
                        .update();
            }
        }
    }
}
