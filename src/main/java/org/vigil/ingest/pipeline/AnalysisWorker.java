package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.shared.BackgroundLoop;
import org.vigil.signals.SignalStore;

/**
 * Turns queued items into signals, in process, one thread. It claims a batch of outbox rows with one atomic
 * {@code UPDATE ... WHERE claimed_at IS NULL OR claimed_at < stale} (portable: no {@code SKIP LOCKED} needed, and two
 * instances never claim the same row because the second update re-checks the condition after the first commits),
 * analyses the batch outside any transaction with the engine's batch API ({@link AnalysisEngine#analyzeAll}), then
 * marks the items processed, deletes their outbox rows and stores the signals of those that are not quiet
 * ({@link QuietItems}), for the whole claimed batch, in ONE transaction with JDBC batching (item by item if that one
 * fails). A crash before that
 * commit leaves the rows claimed; the claim expires and the items are analysed again. A unique constraint on {@code signal.item_id} makes a second signal for one item impossible.
 * An item that fails {@link #MAX_ATTEMPTS} times stays in the outbox with its last error and is no longer claimed.
 *
 * <p>Its loop runs with the server only (not in command-line contexts) and only with the embedded transport;
 * {@code vigil.ingest.worker.enabled=false} turns it off (see {@link Transport}). Woken at once when items are
 * committed here; otherwise it polls every {@code vigil.ingest.worker.poll}. With the Kafka transport the same
 * analysis runs item by item from {@link #processOne}, called by {@link KafkaAnalyser}.
 */
@Component
class AnalysisWorker extends BackgroundLoop {

    static final int MAX_ATTEMPTS = 5;
    // Items claimed (and committed) together. At a steady trickle the worker wakes per push and claims what is
    // there, so a larger batch costs no latency; under load it amortises the commit over more items.
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final TransactionTemplate tx;
    private final EngineProvider engines;
    private final QueueSignal queue;
    private final SignalStore signals;
    private final PipelineMetrics metrics;
    private final Clock clock;
    private final long pollMillis;
    private final Duration lease;
    private final boolean autoStart;
    private final String workerId = "w-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong claims = new AtomicLong();

    AnalysisWorker(
            JdbcClient jdbc,
            JdbcTemplate batchJdbc,
            PlatformTransactionManager transactions,
            EngineProvider engines,
            QueueSignal queue,
            SignalStore signals,
            PipelineMetrics metrics,
            Clock clock,
            @Value("${vigil.ingest.worker.poll:5s}") Duration poll,
            // How long a claim holds: after it, a crashed worker's rows are claimed again. Longer than any batch's
            // analysis, or a slow live worker would see its rows taken (which the unique signal per item absorbs).
            @Value("${vigil.ingest.worker.lease:10m}") Duration lease,
            Transport transport) {
        super("vigil-analysis", "Analysis worker");
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.tx = new TransactionTemplate(transactions);
        this.engines = engines;
        this.queue = queue;
        this.signals = signals;
        this.metrics = metrics;
        this.clock = clock;
        this.pollMillis = poll.toMillis();
        this.lease = lease;
        this.autoStart = transport.embeddedWorker();
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }

    @Override
    protected boolean round() {
        return processBatch() > 0;
    }

    @Override
    protected void pause() throws InterruptedException {
        queue.await(pollMillis);
    }

    /** Claims and processes one batch; returns how many items it claimed. */
    int processBatch() {
        String token = workerId + "-" + claims.incrementAndGet();
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                UPDATE item_outbox SET claimed_by = :token, claimed_at = :now, attempts = attempts + 1
                WHERE item_id IN (SELECT item_id FROM item_outbox
                                  WHERE attempts < :max AND (claimed_at IS NULL OR claimed_at < :stale)
                                  ORDER BY item_id LIMIT :batch)
                  AND (claimed_at IS NULL OR claimed_at < :stale)
                """)
                .param("token", token)
                .param("now", Sources.ts(now))
                .param("max", MAX_ATTEMPTS)
                .param("stale", Sources.ts(now.minus(lease)))
                .param("batch", BATCH)
                .update();
        if (claimed == 0) {
            return 0;
        }
        List<Row> rows = jdbc.sql("""
                SELECT i.* FROM item i JOIN item_outbox o ON o.item_id = i.id
                WHERE o.claimed_by = ? ORDER BY i.id""").param(token).query(Row.MAPPER).list();
        EngineProvider.Built built = engines.current();
        // Analysis outside any transaction, the batch at once through the engine's batch API; then the whole batch's
        // signals, links and dequeues in ONE transaction with JDBC batching (one commit and a handful of round trips
        // per batch instead of several per item, which is what bounded the analysed items per second).
        List<Outcome> outcomes = metrics.analysisTimer().record(() -> decideAll(rows, built));
        Map<Long, Row> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        try {
            metrics.storageTimer().record(() -> tx.executeWithoutResult(s -> applyAll(outcomes, built, token)));
            outcomes.forEach(o -> count(o, byId.get(o.id()), built));
        } catch (RuntimeException batchFailed) {
            // One item spoiled the batch's transaction (its signal exists already because another worker analysed it
            // after this claim went stale, or the claim was lost): nothing of it was kept, so apply each outcome in
            // its own transaction, and the others still commit.
            log.info("Batch of {} stored item by item: {}", outcomes.size(), batchFailed.toString());
            for (Outcome o : outcomes) {
                if (applyAlone(o, built, token)) {
                    count(o, byId.get(o.id()), built);
                }
            }
        }
        return claimed;
    }

    /**
     * Analyses one item named by a Kafka message: claims its outbox row (whoever held it: Kafka gives a partition to
     * one consumer, so an older claim is a consumer that died or lost the partition; if it still commits first, the
     * unique signal per item and the claim check in {@link #release} leave one signal), then analyses and stores it
     * like {@link #processBatch}. Returns false when there is nothing to do: no outbox row (already analysed; the
     * message was delivered again) or {@link #MAX_ATTEMPTS} failed attempts (left in the outbox, as here). A failed
     * analysis releases the claim with its error and is thrown, so that the caller retries the message.
     */
    boolean processOne(long id, EngineProvider.Built built) {
        String token = workerId + "-" + claims.incrementAndGet();
        int claimed = jdbc.sql("UPDATE item_outbox SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1 "
                        + "WHERE item_id = ? AND attempts < ?")
                .params(token, Sources.ts(clock.instant()), id, MAX_ATTEMPTS)
                .update();
        if (claimed == 0) {
            return false;
        }
        try {
            process(id, token, built);
        } catch (LeaseLost e) {
            log.info("Item {} was taken over by another analyser", id);
        } catch (RuntimeException e) {
            String error = e.toString();
            jdbc.sql("UPDATE item_outbox SET claimed_by = NULL, claimed_at = NULL, last_error = ? "
                            + "WHERE item_id = ? AND claimed_by = ?")
                    .params(error.length() > 2000 ? error.substring(0, 2000) : error, id, token)
                    .update();
            throw e;
        }
        return true;
    }

    private record Row(
            long id,
            String sourceId,
            String externalId,
            String text,
            String title,
            String url,
            String published,
            String origin,
            String language,
            String kind,
            String inReplyTo,
            String minhash,
            Instant receivedAt) {

        static final RowMapper<Row> MAPPER = (rs, n) -> new Row(
                rs.getLong("id"),
                rs.getString("source_id"),
                rs.getString("external_id"),
                rs.getString("text"),
                rs.getString("title"),
                rs.getString("url"),
                rs.getString("published"),
                rs.getString("origin"),
                rs.getString("language"),
                rs.getString("kind"),
                rs.getString("in_reply_to"),
                rs.getString("minhash"),
                instant(rs.getObject("received_at", java.time.OffsetDateTime.class)));

        private static Instant instant(java.time.OffsetDateTime t) {
            return t == null ? null : t.toInstant();
        }
    }

    /**
     * One item in its own transaction, for {@link #processOne}. A failed analysis is thrown (the caller releases the
     * claim with the error); a signal stored meanwhile by another analyser (expired claim) just dequeues the item.
     */
    private void process(long id, String token, EngineProvider.Built built) {
        Row item = jdbc.sql("SELECT * FROM item WHERE id = ?")
                .param(id)
                .query(Row.MAPPER)
                .single();
        Outcome outcome = decide(item, built);
        if (outcome instanceof Failed failed) {
            throw failed.error();
        }
        try {
            tx.executeWithoutResult(s -> apply(outcome, built, token));
        } catch (DuplicateKeyException alreadyAnalysed) {
            tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE item SET processed_at = ? WHERE id = ?")
                        .params(Sources.ts(clock.instant()), id)
                        .update();
                release(id, token);
            });
        }
    }

    /** What becomes of a claimed item: a link to its first copy, a signal, or an error kept on its outbox row. */
    private sealed interface Outcome permits Copy, Analysed, Failed {
        long id();
    }

    private record Copy(long id, long firstCopy) implements Outcome {}

    private record Analysed(long id, Row item, AnalysisResult result) implements Outcome {}

    private record Failed(long id, RuntimeException error) implements Outcome {}

    /** Near-duplicates first (a link, no analysis), then the rest through the engine's batch API. */
    private List<Outcome> decideAll(List<Row> rows, EngineProvider.Built built) {
        Outcome[] outcomes = new Outcome[rows.size()];
        List<Integer> toAnalyse = new ArrayList<>(rows.size());
        List<Document> docs = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row item = rows.get(i);
            try {
                Long firstCopy = firstCopy(item);
                if (firstCopy != null) {
                    outcomes[i] = new Copy(item.id(), firstCopy);
                    continue;
                }
                docs.add(document(item));
                toAnalyse.add(i);
            } catch (RuntimeException e) {
                outcomes[i] = new Failed(item.id(), e);
            }
        }
        AnalysisEngine.Batch batch = built.engine().analyzeAll(docs);
        for (int k = 0; k < toAnalyse.size(); k++) {
            int i = toAnalyse.get(k);
            Row item = rows.get(i);
            RuntimeException error = batch.errors().get(k);
            outcomes[i] = error != null
                    ? new Failed(item.id(), error)
                    : new Analysed(item.id(), item, batch.results().get(k));
        }
        return List.of(outcomes);
    }

    /**
     * A claimed batch's outcomes in the caller's transaction, with JDBC batching: the items' updates, the outbox
     * deletes (each must find this worker's claim, or the whole batch rolls back), the signals of the items that are
     * not quiet, and the failed items' errors.
     */
    private void applyAll(List<Outcome> outcomes, EngineProvider.Built built, String token) {
        var now = Sources.ts(clock.instant());
        List<Object[]> copies = new ArrayList<>();
        List<Object[]> analysed = new ArrayList<>();
        List<Object[]> dequeues = new ArrayList<>();
        List<Object[]> failures = new ArrayList<>();
        List<SignalStore.NewSignal> newSignals = new ArrayList<>();
        for (Outcome o : outcomes) {
            switch (o) {
                case Copy c -> {
                    copies.add(new Object[] {c.firstCopy(), now, c.id()});
                    dequeues.add(new Object[] {c.id(), token});
                }
                case Analysed a -> {
                    boolean quiet = QuietItems.isQuiet(a.result(), built.countriesOfInterest());
                    analysed.add(new Object[] {now, quiet, a.result().language(), a.id()});
                    dequeues.add(new Object[] {a.id(), token});
                    if (!quiet) {
                        newSignals.add(
                                new SignalStore.NewSignal(a.id(), a.item().sourceId(), a.result()));
                    }
                }
                case Failed f -> {
                    log.warn("Analysis of item {} failed: {}", f.id(), f.error().toString());
                    failures.add(new Object[] {truncate(f.error().toString()), f.id(), token});
                }
            }
        }
        if (!copies.isEmpty()) {
            batchJdbc.batchUpdate("UPDATE item SET duplicate_of = ?, processed_at = ? WHERE id = ?", copies);
        }
        if (!analysed.isEmpty()) {
            batchJdbc.batchUpdate(
                    "UPDATE item SET processed_at = ?, quiet = ?, analysed_language = ? WHERE id = ?", analysed);
        }
        if (!dequeues.isEmpty()) {
            for (int deleted :
                    batchJdbc.batchUpdate("DELETE FROM item_outbox WHERE item_id = ? AND claimed_by = ?", dequeues)) {
                if (deleted == 0) {
                    throw new LeaseLost();
                }
            }
        }
        signals.storeAll(newSignals, built.missionOfPerson());
        if (!failures.isEmpty()) {
            batchJdbc.batchUpdate(
                    "UPDATE item_outbox SET claimed_by = NULL, claimed_at = NULL, last_error = ? "
                            + "WHERE item_id = ? AND claimed_by = ?",
                    failures);
        }
    }

    private static String truncate(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    private static Document document(Row item) {
        return new Document(
                Long.toString(item.id()),
                item.text(),
                item.title(),
                item.url(),
                item.published(),
                item.origin(),
                item.language(),
                item.kind() == null ? null : DocumentKind.valueOf(item.kind()),
                item.inReplyTo());
    }

    private Outcome decide(Row item, EngineProvider.Built built) {
        try {
            Long firstCopy = firstCopy(item);
            if (firstCopy != null) {
                return new Copy(item.id(), firstCopy);
            }
            return new Analysed(item.id(), item, built.engine().analyze(document(item)));
        } catch (RuntimeException e) {
            return new Failed(item.id(), e);
        }
    }

    private void apply(Outcome outcome, EngineProvider.Built built, String token) {
        switch (outcome) {
            case Copy c -> {
                jdbc.sql("UPDATE item SET duplicate_of = ?, processed_at = ? WHERE id = ?")
                        .params(c.firstCopy(), Sources.ts(clock.instant()), c.id())
                        .update();
                release(c.id(), token);
            }
            case Analysed a -> store(a.item(), a.result(), built, token);
            case Failed f -> {
                log.warn("Analysis of item {} failed: {}", f.id(), f.error().toString());
                String error = f.error().toString();
                jdbc.sql("UPDATE item_outbox SET claimed_by = NULL, claimed_at = NULL, last_error = ? "
                                + "WHERE item_id = ? AND claimed_by = ?")
                        .params(error.length() > 2000 ? error.substring(0, 2000) : error, f.id(), token)
                        .update();
            }
        }
    }

    /** Returns whether the outcome was stored as decided (false: taken over, already analysed, or failed). */
    private boolean applyAlone(Outcome outcome, EngineProvider.Built built, String token) {
        long id = outcome.id();
        try {
            tx.executeWithoutResult(s -> apply(outcome, built, token));
            return true;
        } catch (DuplicateKeyException alreadyAnalysed) {
            // the signal of this item exists (stored by another worker whose claim had expired): just dequeue
            try {
                tx.executeWithoutResult(s -> {
                    jdbc.sql("UPDATE item SET processed_at = ? WHERE id = ?")
                            .params(Sources.ts(clock.instant()), id)
                            .update();
                    release(id, token);
                });
            } catch (LeaseLost e) {
                log.info("Item {} was taken over by another worker", id);
            }
        } catch (LeaseLost e) {
            log.info("Item {} was taken over by another worker", id);
        } catch (RuntimeException e) {
            apply(new Failed(id, e), built, token);
        }
        return false;
    }

    /** The metrics of one stored outcome. */
    private void count(Outcome outcome, Row item, EngineProvider.Built built) {
        if (item == null) {
            return;
        }
        Duration waited =
                item.receivedAt() == null ? Duration.ZERO : Duration.between(item.receivedAt(), clock.instant());
        switch (outcome) {
            case Copy c -> metrics.analysed(item.sourceId(), PipelineMetrics.Kind.COPY, waited);
            case Analysed a ->
                metrics.analysed(
                        item.sourceId(),
                        QuietItems.isQuiet(a.result(), built.countriesOfInterest())
                                ? PipelineMetrics.Kind.QUIET
                                : PipelineMetrics.Kind.SIGNAL,
                        waited);
            case Failed f -> metrics.failed(item.sourceId());
        }
    }

    /** The earliest stored item whose text is a near-duplicate of this one, following links to the first copy. */
    private Long firstCopy(Row item) {
        int[] signature = NearDuplicates.decode(item.minhash());
        if (signature == null) {
            return null;
        }
        List<String> bands = NearDuplicates.bands(signature);
        // From the bands to the items (the band index first): "item.id IN (SELECT ... FROM item_band ...)" made H2
        // walk every earlier item, so each post cost more than the last. An item sharing several bands comes
        // several times; the first match wins either way.
        List<Map<String, Object>> candidates = jdbc.sql("""
                SELECT i.id, i.minhash, i.duplicate_of FROM item_band b JOIN item i ON i.id = b.item_id
                WHERE b.band IN (:bands) AND b.item_id < :id
                ORDER BY i.id
                """)
                .param("id", item.id())
                .param("bands", bands)
                .query()
                .listOfRows();
        for (Map<String, Object> c : candidates) {
            int[] other = NearDuplicates.decode((String) c.get("minhash"));
            if (other != null && NearDuplicates.similarity(signature, other) >= NearDuplicates.THRESHOLD) {
                Object root = c.get("duplicate_of");
                return root != null ? ((Number) root).longValue() : ((Number) c.get("id")).longValue();
            }
        }
        return null;
    }

    private void release(long id, String token) {
        int deleted = jdbc.sql("DELETE FROM item_outbox WHERE item_id = ? AND claimed_by = ?")
                .params(id, token)
                .update();
        if (deleted == 0) {
            throw new LeaseLost();
        }
    }

    /**
     * Dequeues the item and stores its signal, in the caller's transaction: the signal and the dequeue commit
     * together or not at all (a lost lease or a signal stored meanwhile rolls both back).
     */
    private void store(Row item, AnalysisResult result, EngineProvider.Built built, String token) {
        boolean quiet = QuietItems.isQuiet(result, built.countriesOfInterest());
        jdbc.sql("UPDATE item SET processed_at = ?, quiet = ?, analysed_language = ? WHERE id = ?")
                .params(Sources.ts(clock.instant()), quiet, result.language(), item.id())
                .update();
        release(item.id(), token);
        if (!quiet) { // a quiet item is kept and searchable, but is no signal and sets off no risk or alert work
            signals.store(item.id(), item.sourceId(), result, built.missionOfPerson());
        }
    }

    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the claim on this item expired and another worker took it", null, false, false);
        }
    }
}
