package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
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
 * Stores incoming items once. Each accepted item commits in its own transaction together with its outbox row (the
 * analysis queue) and its near-duplicate bands: once the caller hears "accepted", the item will be analysed even if
 * the server dies the next moment. An item already stored under the same (source, id), or with the same text from
 * the same source, is a duplicate: the check is a query, and the unique constraints decide when two copies race.
 * Rejects go to the dead-letter table with the reason and the raw input (at most 2 KB).
 */
@Service
public class Intake {

    static final int MAX_BATCH = 1000;
    static final int MAX_ID = 500;
    static final int RAW_LIMIT = 2048;

    public enum Outcome { ACCEPTED, DUPLICATE, REJECTED }

    /** One item's fate; {@code itemId} is the stored item (new or the earlier copy), {@code reason} for rejects. */
    public record Stored(Outcome outcome, Long itemId, String reason) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final QueueSignal queue;
    private final Sources sources;

    Intake(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit, Clock clock, QueueSignal queue,
            Sources sources) {
        this.jdbc = jdbc;
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
            throw new InvalidInputException("items", "send the documents as an array: {\"source\": …, \"items\": [ … ]}");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidInputException("items", "at most " + MAX_BATCH + " items a batch, got " + items.size()
                    + "; split the batch");
        }
        Source source = sources.checkPush(sourceId);
        int accepted = 0;
        int duplicate = 0;
        List<IntakeReport.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            long index = i + 1;
            Parsed<IncomingItem> parsed = JsonLinesItems.fromJson(node, index, BulkLimits.DEFAULTS);
            String raw = node == null ? "null" : node.toString();
            Stored stored = store(source.id(), parsed);
            switch (stored.outcome()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicate++;
                case REJECTED -> {
                    String id = idOf(node);
                    long deadLetter = deadLetter(source.id(), index, id, stored.reason(), raw, false);
                    rejections.add(new IntakeReport.Rejection(index, id, stored.reason(), deadLetter));
                }
            }
        }
        IntakeReport report = new IntakeReport(source.id(), accepted, duplicate, rejections.size(), rejections);
        tx.executeWithoutResult(s -> audit.record("PUSH", "SOURCE", source.id(), null,
                new Counts(items.size(), report.accepted(), report.duplicate(), report.rejected())));
        return report;
    }

    record Counts(int items, int accepted, int duplicate, int rejected) {
    }

    /** Stores one parsed item (accepted or rejected by the parser); rejects are NOT dead-lettered here. */
    public Stored store(String sourceId, Parsed<IncomingItem> parsed) {
        return switch (parsed) {
            case Parsed.Rejected<IncomingItem> r -> new Stored(Outcome.REJECTED, null, r.reject().reason());
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

    private Long existing(String sourceId, IncomingItem item) {
        return jdbc.sql("SELECT MIN(id) FROM item WHERE source_id = ? AND (external_id = ? OR content_hash = ?)")
                .params(sourceId, item.id(), item.contentHash()).query(Long.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Long insert(String sourceId, IncomingItem item) {
        int[] signature = NearDuplicates.signature(item.text());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, title, url, published, origin, language,
                    kind, in_reply_to, minhash, received_at)
                VALUES (:source, :id, :hash, :text, :title, :url, :published, :origin, :language, :kind, :reply,
                    :minhash, :now)
                """)
                .param("source", sourceId).param("id", item.id()).param("hash", item.contentHash())
                .param("text", item.text()).param("title", item.title()).param("url", item.url())
                .param("published", item.published()).param("origin", item.source()).param("language", item.language())
                .param("kind", item.kind()).param("reply", item.inReplyTo())
                .param("minhash", NearDuplicates.encode(signature)).param("now", Sources.ts(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO item_outbox (item_id, enqueued_at, attempts) VALUES (?, ?, 0)")
                .params(id, Sources.ts(clock.instant())).update();
        if (signature != null) {
            for (String band : NearDuplicates.bands(signature)) {
                jdbc.sql("INSERT INTO item_band (band, item_id) VALUES (?, ?)").params(band, id).update();
            }
        }
        return id;
    }

    /**
     * Keeps a reject. {@code truncated} also marks raw input that is only an excerpt (a file line as the parser
     * quoted it): such a dead letter is for reading, not for replay.
     */
    public long deadLetter(String sourceId, long position, String externalId, String reason, String raw,
            boolean truncated) {
        String kept = raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw;
        boolean cut = truncated || kept.length() < raw.length();
        String id = externalId == null ? null : externalId.length() > MAX_ID ? externalId.substring(0, MAX_ID) : externalId;
        KeyHolder key = new GeneratedKeyHolder();
        tx.executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO dead_letter (source_id, position, external_id, reason, raw, truncated, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(sourceId, (int) Math.min(position, Integer.MAX_VALUE), id,
                        reason.length() > 2000 ? reason.substring(0, 2000) : reason, kept, cut,
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
