package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditTrail;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.bulk.BulkLimits;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.bulk.JsonLinesItems;
import org.vigil.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Stores incoming items once. Each accepted item commits together with its outbox row (the analysis queue) and its
 * near-duplicate bands, in its own transaction (a file line, a replay) or with the rest of its pushed batch (one
 * transaction per batch): once the caller hears "accepted", the item will be analysed even if the server dies the
 * next moment. An item already stored under the same (source, id), or with the same text from
 * the same source, is a duplicate: the check is a query, and the unique constraints decide when two copies race.
 * Rejects go to the dead-letter table with the reason and the raw input (at most 2 KB).
 */
@Service
@org.springframework.modulith.NamedInterface("intake")
public class Intake {

    static final int MAX_BATCH = 1000;
    static final int MAX_ID = 500;
    static final int RAW_LIMIT = 2048;

    public enum Outcome {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    /** One item's fate; {@code itemId} is the stored item (new or the earlier copy), {@code reason} for rejects. */
    public record Stored(Outcome outcome, Long itemId, String reason) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private volatile Boolean embeddedH2;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final QueueSignal queue;
    private final Sources sources;

    Intake(
            JdbcClient jdbc,
            JdbcTemplate batch,
            PlatformTransactionManager transactions,
            AuditTrail audit,
            Clock clock,
            QueueSignal queue,
            Sources sources) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        this.queue = queue;
        this.sources = sources;
    }

    /** A pushed batch: the caller must be allowed for the source (see {@link Sources#checkPush}). */
    public IntakeReport push(String sourceId, List<JsonNode> items) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new InvalidInputException("source", "name the source the items come from (GET /api/v1/sources)");
        }
        if (items == null) {
            throw new InvalidInputException(
                    "items", "send the documents as an array: {\"source\": …, \"items\": [ … ]}");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidInputException(
                    "items", "at most " + MAX_BATCH + " items a batch, got " + items.size() + "; split the batch");
        }
        Source source = sources.checkPush(sourceId);
        List<Parsed<IncomingItem>> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            parsed.add(JsonLinesItems.fromJson(items.get(i), i + 1, BulkLimits.DEFAULTS));
        }
        List<Stored> stored = storeAll(source.id(), parsed);
        int accepted = 0;
        int duplicate = 0;
        List<IntakeReport.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            long index = i + 1;
            Stored one = stored.get(i);
            switch (one.outcome()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicate++;
                case REJECTED -> {
                    String id = idOf(node);
                    long deadLetter = deadLetter(
                            source.id(), index, id, one.reason(), node == null ? "null" : node.toString(), false);
                    rejections.add(new IntakeReport.Rejection(index, id, one.reason(), deadLetter));
                }
            }
        }
        IntakeReport report = new IntakeReport(source.id(), accepted, duplicate, rejections.size(), rejections);
        tx.executeWithoutResult(s -> audit.record(
                "PUSH",
                "SOURCE",
                source.id(),
                null,
                new Counts(items.size(), report.accepted(), report.duplicate(), report.rejected())));
        return report;
    }

    record Counts(int items, int accepted, int duplicate, int rejected) {}

    /** Stores one parsed item (accepted or rejected by the parser); rejects are NOT dead-lettered here. */
    public Stored store(String sourceId, Parsed<IncomingItem> parsed) {
        return switch (parsed) {
            case Parsed.Rejected<IncomingItem> r ->
                new Stored(Outcome.REJECTED, null, r.reject().reason());
            case Parsed.Accepted<IncomingItem> a -> store(sourceId, a.item());
        };
    }

    private Stored store(String sourceId, IncomingItem item) {
        if (item.id().length() > MAX_ID) {
            return new Stored(Outcome.REJECTED, null, "id is longer than " + MAX_ID + " characters");
        }
        Long existing = existing(sourceId, item);
        if (existing != null) {
            return new Stored(Outcome.DUPLICATE, existing, null);
        }
        try {
            Long id = tx.execute(s -> insert(sourceId, item));
            queue.wake();
            return new Stored(Outcome.ACCEPTED, id, null);
        } catch (DuplicateKeyException raced) {
            return new Stored(Outcome.DUPLICATE, existing(sourceId, item), null);
        }
    }

    /**
     * Stores a batch (a push): the new items of the batch commit together in ONE transaction, so that a batch of
     * 100 costs one commit instead of 100; when that commit succeeds, every item reported ACCEPTED is stored (the
     * caller hears nothing before). Duplicates are found with two indexed queries for the whole batch (by id and
     * by text) plus the batch itself (a copy later in the same batch). If another caller stores one of the same
     * items meanwhile, a unique constraint fails the transaction and nothing of it is kept; the batch is then
     * stored item by item, each in its own transaction, which reports the raced copies as duplicates.
     */
    public List<Stored> storeAll(String sourceId, List<Parsed<IncomingItem>> parsed) {
        Stored[] outcome = new Stored[parsed.size()];
        List<IncomingItem> candidates = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            switch (parsed.get(i)) {
                case Parsed.Rejected<IncomingItem> r ->
                    outcome[i] = new Stored(Outcome.REJECTED, null, r.reject().reason());
                case Parsed.Accepted<IncomingItem> a
                when a.item().id().length() > MAX_ID ->
                    outcome[i] = new Stored(Outcome.REJECTED, null, "id is longer than " + MAX_ID + " characters");
                case Parsed.Accepted<IncomingItem> a -> {
                    candidates.add(a.item());
                    positions.add(i);
                }
            }
        }
        Map<String, Long> byId = new HashMap<>();
        Map<String, Long> byHash = new HashMap<>();
        existing(sourceId, candidates, byId, byHash);
        List<IncomingItem> fresh = new ArrayList<>();
        List<Integer> freshPositions = new ArrayList<>();
        Set<String> batchIds = new HashSet<>();
        Set<String> batchHashes = new HashSet<>();
        for (int k = 0; k < candidates.size(); k++) {
            IncomingItem item = candidates.get(k);
            Long earlier = byId.containsKey(item.id()) ? byId.get(item.id()) : byHash.get(item.contentHash());
            if (earlier != null) {
                outcome[positions.get(k)] = new Stored(Outcome.DUPLICATE, earlier, null);
            } else if (!batchIds.add(item.id()) | !batchHashes.add(item.contentHash())) {
                // a copy of an item earlier in this batch: its id is known once that one is inserted
                outcome[positions.get(k)] = null;
            } else {
                fresh.add(item);
                freshPositions.add(positions.get(k));
            }
        }
        try {
            List<Long> ids = fresh.isEmpty()
                    ? List.of()
                    : tx.execute(s -> {
                        List<Long> inserted = new ArrayList<>(fresh.size());
                        Rows rows = new Rows();
                        for (IncomingItem item : fresh) {
                            inserted.add(insert(sourceId, item, rows));
                        }
                        rows.flush(batch);
                        return inserted;
                    });
            if (!fresh.isEmpty()) {
                queue.wake();
            }
            for (int k = 0; k < fresh.size(); k++) {
                outcome[freshPositions.get(k)] = new Stored(Outcome.ACCEPTED, ids.get(k), null);
            }
        } catch (DuplicateKeyException raced) {
            for (int k = 0; k < fresh.size(); k++) {
                outcome[freshPositions.get(k)] = store(sourceId, fresh.get(k));
            }
        }
        if (!fresh.isEmpty()) {
            forceToDisk();
        }
        for (int k = 0; k < candidates.size(); k++) {
            if (outcome[positions.get(k)] == null) {
                outcome[positions.get(k)] = new Stored(Outcome.DUPLICATE, existing(sourceId, candidates.get(k)), null);
            }
        }
        return List.of(outcome);
    }

    /**
     * Makes the batch's commit survive a killed process before the caller hears "accepted". H2 keeps commits in
     * memory and writes them to its file in the background (WRITE_DELAY, 500 ms): the kill -9 test lost an answered
     * batch that way. {@code CHECKPOINT SYNC} writes everything committed so far and forces it to the device, once
     * per batch; the rest of the application (signals, events, audit) keeps H2's lazy writes, which a crash rolls
     * back atomically to an earlier consistent state (the worker then analyses the items again). PostgreSQL's commit
     * is durable by itself.
     */
    private void forceToDisk() {
        Boolean h2 = embeddedH2;
        if (h2 == null) {
            h2 = batch.execute((ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().equals("H2"));
            embeddedH2 = h2;
        }
        if (h2) {
            batch.execute("CHECKPOINT SYNC");
        }
    }

    /** Fills the stored ids of the batch's items found by (source, id) and by (source, text hash). */
    private void existing(String sourceId, List<IncomingItem> items, Map<String, Long> byId, Map<String, Long> byHash) {
        if (items.isEmpty()) {
            return;
        }
        // Two queries rather than one with OR, and row values rather than "source_id = ? AND external_id IN (...)":
        // so each is a lookup in its unique index on H2 as on PostgreSQL, where the other forms made H2 scan the
        // source's items (the push got slower with every item stored).
        jdbc.sql("SELECT external_id, id FROM item WHERE (source_id, external_id) IN (:pairs)")
                .param(
                        "pairs",
                        items.stream()
                                .map(IncomingItem::id)
                                .distinct()
                                .map(id -> new Object[] {sourceId, id})
                                .toList())
                .query(rs -> {
                    byId.merge(rs.getString(1), rs.getLong(2), Math::min);
                });
        jdbc.sql("SELECT content_hash, id FROM item WHERE (source_id, content_hash) IN (:pairs)")
                .param(
                        "pairs",
                        items.stream()
                                .map(IncomingItem::contentHash)
                                .distinct()
                                .map(hash -> new Object[] {sourceId, hash})
                                .toList())
                .query(rs -> {
                    byHash.merge(rs.getString(1), rs.getLong(2), Math::min);
                });
    }

    private Long existing(String sourceId, IncomingItem item) {
        // see above: two index lookups instead of an OR
        return jdbc
                .sql("""
                SELECT MIN(id) FROM (
                    SELECT id FROM item WHERE source_id = :source AND external_id = :id
                    UNION ALL
                    SELECT id FROM item WHERE source_id = :source AND content_hash = :hash) found""")
                .param("source", sourceId)
                .param("id", item.id())
                .param("hash", item.contentHash())
                .query(Long.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private Long insert(String sourceId, IncomingItem item) {
        Rows rows = new Rows();
        long id = insert(sourceId, item, rows);
        rows.flush(batch);
        return id;
    }

    /** The rows that follow an item (its outbox row, its bands), written together as JDBC batches. */
    private static final class Rows {
        final List<Object[]> outbox = new ArrayList<>();
        final List<Object[]> bands = new ArrayList<>();

        void flush(JdbcTemplate jdbc) {
            if (!outbox.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO item_outbox (item_id, enqueued_at, attempts) VALUES (?, ?, 0)", outbox);
            }
            if (!bands.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO item_band (band, item_id) VALUES (?, ?)", bands);
            }
        }
    }

    private long insert(String sourceId, IncomingItem item, Rows rows) {
        // Near-duplicates are syndicated copies of articles. A post (kind POST) is one person's utterance: the same
        // words from another account are another person saying them, a signal of its own (see the pipeline's doc),
        // so posts get no signature, no bands and no candidate search, whatever their length.
        int[] signature = "POST".equals(item.kind()) ? null : NearDuplicates.signature(item.text());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, title, url, published, origin, language,
                    kind, in_reply_to, minhash, received_at, author_handle, author_name, author_platform, author_url)
                VALUES (:source, :id, :hash, :text, :title, :url, :published, :origin, :language, :kind, :reply,
                    :minhash, :now, :authorHandle, :authorName, :authorPlatform, :authorUrl)
                """)
                .param("source", sourceId)
                .param("id", item.id())
                .param("hash", item.contentHash())
                .param("text", item.text())
                .param("title", item.title())
                .param("url", item.url())
                .param("published", item.published())
                .param("origin", item.source())
                .param("language", item.language())
                .param("kind", item.kind())
                .param("reply", item.inReplyTo())
                .param("minhash", NearDuplicates.encode(signature))
                .param("now", Sources.ts(clock.instant()))
                .param(
                        "authorHandle",
                        item.author() == null ? null : item.author().handle())
                .param(
                        "authorName",
                        item.author() == null ? null : item.author().name())
                .param(
                        "authorPlatform",
                        item.author() == null ? null : item.author().platform())
                .param("authorUrl", item.author() == null ? null : item.author().url())
                .update(key, "id");
        long id = key.getKey().longValue();
        rows.outbox.add(new Object[] {id, Sources.ts(clock.instant())});
        if (signature != null) {
            for (String band : NearDuplicates.bands(signature)) {
                rows.bands.add(new Object[] {band, id});
            }
        }
        return id;
    }

    /**
     * Keeps a reject. {@code truncated} also marks raw input that is only an excerpt (a file line as the parser
     * quoted it): such a dead letter is for reading, not for replay.
     */
    public long deadLetter(
            String sourceId, long position, String externalId, String reason, String raw, boolean truncated) {
        String kept = raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw;
        boolean cut = truncated || kept.length() < raw.length();
        String id =
                externalId == null ? null : externalId.length() > MAX_ID ? externalId.substring(0, MAX_ID) : externalId;
        KeyHolder key = new GeneratedKeyHolder();
        tx.executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO dead_letter (source_id, position, external_id, reason, raw, truncated, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        sourceId,
                        (int) Math.min(position, Integer.MAX_VALUE),
                        id,
                        reason.length() > 2000 ? reason.substring(0, 2000) : reason,
                        kept,
                        cut,
                        Sources.ts(clock.instant()))
                .update(key, "id"));
        return key.getKey().longValue();
    }

    /** A reject from a file: only the parser's excerpt of the line is known. */
    public long deadLetter(String sourceId, Reject reject) {
        return deadLetter(sourceId, reject.line(), null, reject.reason(), reject.excerpt(), true);
    }

    private static String idOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode id = node.get("id");
        return id != null && (id.isString() || id.isNumber()) ? id.asString() : null;
    }
}
