package org.vigil.ingest.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * Searching analysed items, quiet ones included (a quiet item has no signal, see {@link QuietItems}). Need-to-know:
 * a scoped caller finds only items whose signal is linked to one of their missions (a quiet item is linked to none,
 * so only unrestricted users find it, as with a signal linked to no mission).
 */
@Component
class AnalysedItems {

    /** One analysed item: its text, where it came from, whether it was quiet, and its signal if it became one. */
    record ItemView(
            long id,
            String source,
            String externalId,
            String text,
            String language,
            boolean quiet,
            Long signalId,
            Long duplicateOf,
            Instant receivedAt,
            Instant processedAt) {}

    private final JdbcClient jdbc;

    AnalysedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<ItemView> search(Scope scope, String q, String source, Boolean quiet, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder(" WHERE i.processed_at IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            where.append(" AND EXISTS (SELECT 1 FROM signal_mission sc WHERE sc.signal_id = s.id"
                    + " AND sc.mission_id IN (:scope))");
            params.put("scope", scope.sortedMissionIds());
        }
        if (q != null && !q.isBlank()) {
            String text = q.strip().toLowerCase(Locale.ROOT);
            if (text.length() > 200) {
                throw new InvalidInputException("q", "at most 200 characters");
            }
            where.append(" AND LOWER(i.text) LIKE :q ESCAPE '\\'");
            params.put("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (source != null && !source.isBlank()) {
            where.append(" AND i.source_id = :source");
            params.put("source", source.strip());
        }
        if (quiet != null) {
            where.append(" AND i.quiet = :quiet");
            params.put("quiet", quiet);
        }
        String from = " FROM item i LEFT JOIN signal s ON s.item_id = i.id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ItemView> items = jdbc.sql("SELECT i.*, s.id AS signal_id" + from + where + " ORDER BY i.id DESC LIMIT "
                        + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query((rs, n) -> new ItemView(
                        rs.getLong("id"),
                        rs.getString("source_id"),
                        rs.getString("external_id"),
                        rs.getString("text"),
                        rs.getString("analysed_language"),
                        rs.getBoolean("quiet"),
                        (Long) rs.getObject("signal_id", Long.class),
                        (Long) rs.getObject("duplicate_of", Long.class),
                        instant(rs.getObject("received_at", java.time.OffsetDateTime.class)),
                        instant(rs.getObject("processed_at", java.time.OffsetDateTime.class))))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static Instant instant(java.time.OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
