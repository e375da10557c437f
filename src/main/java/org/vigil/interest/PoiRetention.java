package org.vigil.interest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;

/**
 * Retention of persons of interest: only what the assessment needs, only as long as it needs it. A record without
 * activity (no new item of its accounts, no casework) for {@code vigil.interest.retention} (365 days) is archived:
 * it stays readable, changes nothing until reopened, and a new item of its accounts makes it active again. An
 * archived record is purged {@code vigil.interest.purge-after} (90 days) after it was archived: its accounts,
 * targets, timeline items and notes are deleted with the record, and the purge is audited with what was removed
 * (counts per kind, not the removed data itself, which would defeat the purge). Runs daily ({@code
 * vigil.interest.retention-cron}).
 */
@Component
class PoiRetention {

    private static final Logger log = LoggerFactory.getLogger(PoiRetention.class);

    /** What one run did. */
    record Outcome(List<Long> archived, List<Long> purged) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InterestProperties properties;
    private final Clock clock;

    PoiRetention(JdbcClient jdbc, AuditTrail audit, InterestProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${vigil.interest.retention-cron:0 40 3 * * *}", zone = "UTC")
    void scheduled() {
        Outcome o = run();
        if (!o.archived().isEmpty() || !o.purged().isEmpty()) {
            log.info(
                    "Persons of interest retention: {} archived, {} purged",
                    o.archived().size(),
                    o.purged().size());
        }
    }

    /** Archives the records quiet for longer than the retention and purges those archived long enough. */
    @Transactional
    Outcome run() {
        Instant now = clock.instant();
        Instant quietSince = now.minus(properties.retention());
        List<Long> toArchive = jdbc.sql("""
                SELECT id FROM person_of_interest WHERE status IN ('ACTIVE', 'CLOSED')
                AND last_seen < ? AND updated_at < ? ORDER BY id
                """)
                .params(PoiCasework.ts(quietSince), PoiCasework.ts(quietSince))
                .query(Long.class)
                .list();
        for (long id : toArchive) {
            String status = jdbc.sql("SELECT status FROM person_of_interest WHERE id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            jdbc.sql("UPDATE person_of_interest SET status = 'ARCHIVED', archived_at = ?, updated_at = ? WHERE id = ?")
                    .params(PoiCasework.ts(now), PoiCasework.ts(now), id)
                    .update();
            audit.record(
                    "ARCHIVE",
                    PersonsOfInterest.ENTITY,
                    Long.toString(id),
                    Map.of("status", status),
                    Map.of(
                            "status",
                            "ARCHIVED",
                            "reason",
                            "no activity for " + properties.retention().toDays() + " days"));
        }
        Instant archivedBefore = now.minus(properties.purgeAfter());
        List<Long> toPurge = jdbc.sql(
                        "SELECT id FROM person_of_interest WHERE status = 'ARCHIVED' AND archived_at <= ? ORDER BY id")
                .param(PoiCasework.ts(archivedBefore))
                .query(Long.class)
                .list();
        for (long id : toPurge) {
            purge(id);
        }
        return new Outcome(toArchive, toPurge);
    }

    private void purge(long id) {
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put(
                "itemMissions",
                jdbc.sql("DELETE FROM poi_item_mission WHERE signal_id IN (SELECT signal_id FROM poi_item WHERE"
                                + " poi_id = ?)")
                        .param(id)
                        .update());
        removed.put("items", delete("poi_item", id));
        removed.put("targets", delete("poi_target", id));
        removed.put("notes", delete("poi_note", id));
        removed.put("accounts", delete("poi_account", id));
        jdbc.sql("DELETE FROM person_of_interest WHERE id = ?").param(id).update();
        removed.put("record", 1);
        audit.record(
                "PURGE",
                PersonsOfInterest.ENTITY,
                Long.toString(id),
                null,
                Map.of(
                        "removed",
                        removed,
                        "reason",
                        "archived for " + properties.purgeAfter().toDays() + " days"));
    }

    private int delete(String table, long id) {
        return jdbc.sql("DELETE FROM " + table + " WHERE poi_id = ?").param(id).update();
    }
}
