package org.vigil.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
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
    /** Ids per IN list: well under the bind-parameter limits of both databases. */
    private static final int IN_CHUNK = 1000;

    private static final String SELECT = """
            SELECT s.id, s.source_id, s.language, s.threat_level, s.threat_score, s.categories, s.mentions, s.status,
                   s.created_at, i.text, i.published, i.received_at, src.reliability
            FROM signal s JOIN item i ON i.id = s.item_id JOIN source src ON src.id = s.source_id
            """;

    private final JdbcClient jdbc;

    JdbcSignalLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SignalSummary> byId(long signalId) {
        return jdbc.sql(SELECT + " WHERE s.id = ?")
                .param(signalId)
                .query((rs, n) -> row(rs))
                .optional()
                .map(row -> summaries(List.of(row), null).getFirst());
    }

    @Override
    public List<SignalSummary> forMission(String missionId, Instant from, Instant to, int limit) {
        if (missionId == null || from == null || to == null || limit <= 0) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + """
                 WHERE s.status <> 'DISMISSED' AND s.created_at >= :from AND s.created_at < :to
                   AND EXISTS (SELECT 1 FROM signal_mission m WHERE m.signal_id = s.id AND m.mission_id = :mission)
                 ORDER BY s.level_rank DESC, s.created_at DESC, s.id DESC
                 LIMIT :limit
                """)
                .param("from", Timestamps.ts(from))
                .param("to", Timestamps.ts(to))
                .param("mission", missionId)
                .param("limit", Math.min(limit, MAX_LIMIT))
                .query((rs, n) -> row(rs))
                .list();
        return summaries(rows, missionId);
    }

    @Override
    public List<SignalText> forPerson(String personId, Instant from, Instant to, int limit) {
        if (personId == null || from == null || to == null || limit <= 0) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + """
                 WHERE s.status <> 'DISMISSED' AND s.created_at >= :from AND s.created_at < :to
                   AND EXISTS (SELECT 1 FROM signal_person p WHERE p.signal_id = s.id AND p.person_id = :person)
                 ORDER BY s.created_at DESC, s.id DESC
                 LIMIT :limit
                """)
                .param("from", Timestamps.ts(from))
                .param("to", Timestamps.ts(to))
                .param("person", personId)
                .param("limit", Math.min(limit, MAX_LIMIT))
                .query((rs, n) -> row(rs))
                .list();
        List<SignalSummary> summaries = summaries(rows, null);
        List<SignalText> out = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            out.add(new SignalText(summaries.get(k), r.text(), writtenAt(r.published(), r.receivedAt())));
        }
        return out;
    }

    @Override
    public List<Long> signalsBy(String platform, String handle, int limit) {
        return jdbc.sql("""
                SELECT s.id FROM signal s JOIN item i ON i.id = s.item_id
                WHERE i.author_platform = ? AND i.author_handle = ? ORDER BY s.created_at, s.id LIMIT ?
                """).params(platform, handle, limit).query(Long.class).list();
    }

    @Override
    public long itemsBy(String platform, String handle) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE author_platform = ? AND author_handle = ?")
                .params(platform, handle)
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<AuthoredSignal> authored(long signalId) {
        return jdbc.sql("""
                SELECT s.id, s.language, s.threat_level, s.status, s.created_at,
                       i.author_handle, i.author_name, i.author_platform, i.author_url
                FROM signal s JOIN item i ON i.id = s.item_id WHERE s.id = ?
                """)
                .param(signalId)
                .query((rs, n) -> {
                    String handle = rs.getString("author_handle");
                    String platform = rs.getString("author_platform");
                    // stored already normalised: rebuilt as it is, not normalised a second time
                    org.vigil.shared.Author author = handle == null || platform == null
                            ? null
                            : new org.vigil.shared.Author(
                                    handle, rs.getString("author_name"), platform, rs.getString("author_url"));
                    return new AuthoredSignal(
                            rs.getLong("id"),
                            author,
                            rs.getString("language"),
                            ThreatLevel.valueOf(rs.getString("threat_level")),
                            rs.getString("status"),
                            Set.of(),
                            Set.of(),
                            Map.of(),
                            Timestamps.instant(rs, "created_at"));
                })
                .optional()
                .map(a -> {
                    Set<String> linked = new LinkedHashSet<>();
                    Set<String> missions = new LinkedHashSet<>();
                    jdbc.sql("SELECT mission_id, targeted FROM signal_mission WHERE signal_id = ?")
                            .param(signalId)
                            .query((rs, n) -> {
                                linked.add(rs.getString(1));
                                if (rs.getBoolean(2)) {
                                    missions.add(rs.getString(1));
                                }
                                return 0;
                            })
                            .list();
                    Map<String, Optional<String>> people = new HashMap<>();
                    jdbc.sql("""
                            SELECT sp.person_id, p.mission_id FROM signal_person sp
                            LEFT JOIN person p ON p.id = sp.person_id
                            WHERE sp.signal_id = ? AND sp.targeted
                            """)
                            .param(signalId)
                            .query((rs, n) -> people.put(rs.getString(1), Optional.ofNullable(rs.getString(2))))
                            .list();
                    return new AuthoredSignal(
                            a.signalId(),
                            a.author(),
                            a.language(),
                            a.level(),
                            a.status(),
                            linked,
                            missions,
                            people,
                            a.detectedAt());
                });
    }

    @Override
    public List<AuthoredItem> byAuthor(String platform, String handle, Instant from, int limit) {
        if (handle == null || from == null) {
            return List.of();
        }
        String p = platform == null ? "" : platform;
        record Raw(
                long itemId,
                Long signalId,
                String text,
                String language,
                String level,
                String categories,
                String status,
                String inReplyTo,
                String published,
                Instant receivedAt) {}
        List<Raw> rows = jdbc.sql("""
                SELECT i.id, i.text, i.published, i.received_at, i.in_reply_to, i.analysed_language,
                       s.id AS signal_id, s.language AS signal_language, s.threat_level, s.categories, s.status
                FROM item i LEFT JOIN signal s ON s.item_id = i.id
                WHERE i.author_handle = :handle
                  AND (i.author_platform = :platform OR (:platform = '' AND i.author_platform IS NULL))
                  AND i.duplicate_of IS NULL AND i.received_at >= :from
                ORDER BY i.received_at, i.id
                LIMIT :limit
                """)
                .param("handle", handle)
                .param("platform", p)
                .param("from", Timestamps.ts(from))
                .param("limit", Math.max(1, Math.min(limit, MAX_LIMIT)))
                .query((rs, n) -> {
                    long signal = rs.getLong("signal_id");
                    boolean hasSignal = !rs.wasNull();
                    String language = rs.getString("signal_language");
                    return new Raw(
                            rs.getLong("id"),
                            hasSignal ? signal : null,
                            rs.getString("text"),
                            language != null ? language : rs.getString("analysed_language"),
                            rs.getString("threat_level"),
                            rs.getString("categories"),
                            rs.getString("status"),
                            rs.getString("in_reply_to"),
                            rs.getString("published"),
                            Timestamps.instant(rs, "received_at"));
                })
                .list();
        Map<Long, List<Link>> missions = new HashMap<>();
        Map<Long, List<Link>> people = new HashMap<>();
        List<Long> ids = rows.stream()
                .map(Raw::signalId)
                .filter(java.util.Objects::nonNull)
                .toList();
        for (int at = 0; at < ids.size(); at += IN_CHUNK) {
            List<Long> chunk = ids.subList(at, Math.min(ids.size(), at + IN_CHUNK));
            jdbc.sql("SELECT signal_id, mission_id, targeted FROM signal_mission WHERE signal_id IN (:ids)")
                    .param("ids", chunk)
                    .query((r, n) -> missions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Link(r.getString(2), r.getBoolean(3))))
                    .list();
            jdbc.sql("SELECT signal_id, person_id, targeted FROM signal_person WHERE signal_id IN (:ids)")
                    .param("ids", chunk)
                    .query((r, n) -> people.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Link(r.getString(2), r.getBoolean(3))))
                    .list();
        }
        Map<String, Set<String>> accounts = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.inReplyTo() != null)) {
            jdbc.sql("SELECT person_id, account FROM person_account")
                    .query((r, n) -> accounts.computeIfAbsent(account(r.getString(2)), k -> new LinkedHashSet<>())
                            .add(r.getString(1)))
                    .list();
        }
        List<AuthoredItem> out = new ArrayList<>(rows.size());
        for (Raw r : rows) {
            List<Link> m = r.signalId() == null ? List.of() : missions.getOrDefault(r.signalId(), List.of());
            List<Link> pp = r.signalId() == null ? List.of() : people.getOrDefault(r.signalId(), List.of());
            List<ThreatCategory> categories = new ArrayList<>();
            if (r.categories() != null) {
                for (String c : r.categories().split(",")) {
                    if (!c.isBlank()) {
                        categories.add(ThreatCategory.valueOf(c.strip()));
                    }
                }
            }
            out.add(new AuthoredItem(
                    r.itemId(),
                    r.signalId(),
                    r.text(),
                    r.language(),
                    r.level() == null ? ThreatLevel.NONE : ThreatLevel.valueOf(r.level()),
                    categories,
                    r.status(),
                    r.inReplyTo(),
                    r.inReplyTo() == null ? Set.of() : accounts.getOrDefault(account(r.inReplyTo()), Set.of()),
                    links(m, false),
                    links(pp, false),
                    links(m, true),
                    links(pp, true),
                    writtenAt(r.published(), r.receivedAt())));
        }
        return out;
    }

    private static Set<String> links(List<Link> links, boolean targetedOnly) {
        Set<String> out = new LinkedHashSet<>();
        for (Link l : links) {
            if (!targetedOnly || l.targeted()) {
                out.add(l.id());
            }
        }
        return out;
    }

    /** "@RusEmbTurkey", "RusEmbTurkey" and "https://x.com/RusEmbTurkey" are one account (as the engine reads them). */
    static String account(String account) {
        String a = account.strip().toLowerCase(java.util.Locale.ROOT);
        int slash = a.lastIndexOf('/');
        if (slash >= 0 && slash < a.length() - 1) {
            a = a.substring(slash + 1);
        }
        while (a.startsWith("@")) {
            a = a.substring(1);
        }
        return a;
    }

    /** The item's own date when it states one that can be read (ISO 8601 or RFC 1123), else when it arrived. */
    static Instant writtenAt(String published, Instant received) {
        if (published != null && !published.isBlank()) {
            String p = published.strip();
            try {
                return java.time.OffsetDateTime.parse(p).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
            try {
                return Instant.parse(p);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
            try {
                return java.time.ZonedDateTime.parse(p, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                // fall back to the arrival
            }
        }
        return received;
    }

    @Override
    public long count(String missionId, Instant from, Instant to, ThreatLevel minLevel) {
        if (missionId == null || from == null || to == null) {
            return 0;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM signal s
                WHERE s.status <> 'DISMISSED' AND s.created_at >= :from AND s.created_at < :to
                  AND s.level_rank >= :rank
                  AND EXISTS (SELECT 1 FROM signal_mission m WHERE m.signal_id = s.id AND m.mission_id = :mission)
                """)
                .param("from", Timestamps.ts(from))
                .param("to", Timestamps.ts(to))
                .param("mission", missionId)
                .param("rank", minLevel.ordinal())
                .query(Long.class)
                .single();
    }

    /** A signal row as read, before its links are attached. */
    private record Row(
            long id,
            String sourceId,
            String language,
            String level,
            double score,
            String categories,
            String mentions,
            String status,
            Instant createdAt,
            String text,
            String published,
            Instant receivedAt,
            String reliability) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("source_id"),
                rs.getString("language"),
                rs.getString("threat_level"),
                rs.getDouble("threat_score"),
                rs.getString("categories"),
                rs.getString("mentions"),
                rs.getString("status"),
                Timestamps.instant(rs, "created_at"),
                rs.getString("text"),
                rs.getString("published"),
                Timestamps.instant(rs, "received_at"),
                rs.getString("reliability"));
    }

    /** The rows with their mission and person links, read in two queries for the whole list (not two per row). */
    private List<SignalSummary> summaries(List<Row> rows, String mission) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Link>> missions = new HashMap<>();
        Map<Long, List<Link>> people = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            jdbc.sql("SELECT signal_id, mission_id, targeted FROM signal_mission WHERE signal_id IN (:ids)")
                    .param("ids", chunk)
                    .query((r, n) -> missions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Link(r.getString(2), r.getBoolean(3))))
                    .list();
            jdbc.sql("SELECT signal_id, person_id, targeted FROM signal_person WHERE signal_id IN (:ids)")
                    .param("ids", chunk)
                    .query((r, n) -> people.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Link(r.getString(2), r.getBoolean(3))))
                    .list();
        }
        List<SignalSummary> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(summary(
                    row,
                    mission,
                    missions.getOrDefault(row.id(), List.of()),
                    people.getOrDefault(row.id(), List.of())));
        }
        return out;
    }

    private SignalSummary summary(Row row, String mission, List<Link> missions, List<Link> people) {
        boolean targets = missions.stream().anyMatch(l -> l.targeted() && (mission == null || l.id().equals(mission)));
        Set<String> about = new LinkedHashSet<>();
        if (mission != null) {
            about.add(mission);
        } else {
            missions.forEach(l -> about.add(l.id()));
        }
        people.forEach(l -> about.add(l.id()));
        List<ThreatCategory> categories = new ArrayList<>();
        for (String c : row.categories().split(",")) {
            if (!c.isEmpty()) {
                categories.add(ThreatCategory.valueOf(c));
            }
        }
        String text = row.text();
        String reliability = row.reliability();
        return new SignalSummary(
                row.id(),
                row.sourceId(),
                reliability == null || reliability.isEmpty() ? 'F' : reliability.charAt(0),
                row.language(),
                ThreatLevel.valueOf(row.level()),
                row.score(),
                categories,
                confidence(row.mentions(), about, targets || people.stream().anyMatch(Link::targeted)),
                targets,
                missions.stream().map(Link::id).collect(java.util.stream.Collectors.toSet()),
                people.stream().map(Link::id).collect(java.util.stream.Collectors.toSet()),
                text.length() > EXCERPT ? text.substring(0, EXCERPT) : text,
                row.status(),
                row.createdAt());
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

    private record Link(String id, boolean targeted) {}
}
