package org.vigil.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searching the trail for the auditor's page and the API: newest first, filtered, a page at a time. */
@Component
class AuditQueries {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; null or blank fields do not filter.
     *
     * @param from entries recorded at or after this instant
     * @param to entries recorded before this instant
     */
    record Filter(String actor, String action, String entityType, String entityId, Instant from, Instant to) {

        Filter {
            actor = blankToNull(actor);
            action = blankToNull(action);
            entityType = blankToNull(entityType);
            entityId = blankToNull(entityId);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    record Page(List<AuditEntry> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    Page search(Filter filter, int page, int size) {
        int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int safePage = Math.max(page, 0);
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.entityType() != null) {
            conditions.add("entity_type = ?");
            params.add(filter.entityType().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.entityId() != null) {
            conditions.add("entity_id = ?");
            params.add(filter.entityId());
        }
        if (filter.from() != null) {
            conditions.add("recorded_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("recorded_at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entries" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(safeSize);
        pageParams.add((long) safePage * safeSize);
        List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entries" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(JdbcAuditTrail::map)
                .list();
        return new Page(items, safePage, safeSize, total);
    }

    /** Actions seen among recent entries, as suggestions for the filter (a bounded read, however long the trail). */
    List<String> recentActions() {
        return recentDistinct("action");
    }

    /** Entity types seen among recent entries, as suggestions for the filter. */
    List<String> recentEntityTypes() {
        return recentDistinct("entity_type");
    }

    private List<String> recentDistinct(String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM (SELECT " + column
                        + " FROM audit_entries ORDER BY seq DESC LIMIT 10000) recent ORDER BY " + column)
                .query(String.class)
                .list();
    }
}
