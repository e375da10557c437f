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

    /** A case timeline follows relations this many steps from the record asked for (incident, measure, request). */
    static final int CASE_DEPTH = 3;
    /** and gathers at most this many records and this many entries. */
    static final int CASE_RECORDS = 100;

    static final int CASE_ENTRIES = 2_000;

    private final JdbcClient jdbc;
    private final List<CaseRelations> relations;

    AuditQueries(JdbcClient jdbc, List<CaseRelations> relations) {
        this.jdbc = jdbc;
        this.relations = List.copyOf(relations);
    }

    /**
     * A case as one timeline: the record asked for and the records related to it (through every module's
     * {@link CaseRelations}, up to {@link #CASE_DEPTH} steps), and every entry of the trail about any of them, oldest
     * first.
     *
     * @param records the records of the case, the one asked for first
     * @param entries their entries in the order they were recorded
     */
    record CaseTimeline(List<CaseRelations.CaseRecord> records, List<AuditEntry> entries, boolean truncated) {}

    CaseTimeline caseTimeline(CaseRelations.CaseRecord start) {
        java.util.LinkedHashSet<CaseRelations.CaseRecord> found = new java.util.LinkedHashSet<>();
        found.add(start);
        List<CaseRelations.CaseRecord> frontier = List.of(start);
        for (int step = 0; step < CASE_DEPTH && !frontier.isEmpty() && found.size() < CASE_RECORDS; step++) {
            List<CaseRelations.CaseRecord> next = new ArrayList<>();
            for (CaseRelations.CaseRecord record : frontier) {
                for (CaseRelations module : relations) {
                    for (CaseRelations.CaseRecord related : module.related(record)) {
                        if (found.size() < CASE_RECORDS && found.add(related)) {
                            next.add(related);
                        }
                    }
                }
            }
            frontier = next;
        }
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (CaseRelations.CaseRecord record : found) {
            clauses.add("(entity_type = ? AND entity_id = ?)");
            params.add(record.entityType());
            params.add(record.entityId());
        }
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entries WHERE " + String.join(" OR ", clauses)
                        + " ORDER BY seq LIMIT " + (CASE_ENTRIES + 1))
                .params(params)
                .query(JdbcAuditTrail::map)
                .list();
        boolean truncated = entries.size() > CASE_ENTRIES;
        return new CaseTimeline(List.copyOf(found), truncated ? entries.subList(0, CASE_ENTRIES) : entries, truncated);
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
