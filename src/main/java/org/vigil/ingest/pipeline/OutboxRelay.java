package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.shared.BackgroundLoop;

/**
 * Kafka transport: publishes the outbox to the topic. Intake commits each item with its outbox row first, so an
 * accepted item is stored whatever happens to Kafka; this relay then sends the ids of rows not yet sent (oldest
 * first, key = item id), waits for the broker's acknowledgement ({@code acks=all}, idempotent producer) and only
 * then records {@code sent_at}. A crash between the acknowledgement and that update sends the id again, which the
 * analysers tolerate: a second message for an analysed item finds no outbox row and is skipped. A broker that is
 * away leaves rows unsent, retried at the next poll. The outbox row stays until an analyser has stored the signal.
 *
 * <p>Runs in a Kafka-transport server (see {@link Transport}); woken by intake like the embedded worker, and polls
 * every {@code vigil.ingest.worker.poll} for what command-line ingestion or another instance stored. Several
 * servers' relays may send the same row twice, which is harmless for the same reason.
 */
@Component
class OutboxRelay extends BackgroundLoop {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final Transport transport;
    private final QueueSignal queue;
    private final Clock clock;
    private final long pollMillis;
    private volatile KafkaProducer<String, String> producer;
    private boolean topicReady;

    OutboxRelay(
            JdbcClient jdbc,
            Transport transport,
            QueueSignal queue,
            Clock clock,
            @Value("${vigil.ingest.worker.poll:5s}") Duration poll) {
        super("vigil-outbox-relay", "Outbox relay (the items stay in the outbox)");
        this.jdbc = jdbc;
        this.transport = transport;
        this.queue = queue;
        this.clock = clock;
        this.pollMillis = poll.toMillis();
    }

    @Override
    public boolean isAutoStartup() {
        return transport.relay();
    }

    @Override
    protected boolean round() throws InterruptedException {
        if (!topicReady) {
            KafkaClients.ensureTopic(transport.kafka());
            topicReady = true;
        }
        return publishBatch() >= BATCH;
    }

    @Override
    protected void pause() throws InterruptedException {
        queue.await(pollMillis);
    }

    @Override
    protected void failed(RuntimeException e) {
        closeProducer();
    }

    @Override
    protected void stopped() {
        closeProducer();
    }

    /**
     * Sends one batch of unsent outbox rows and marks the acknowledged ones sent; returns how many were sent.
     * Package-visible for the scale-out benchmark, which publishes a prepared backlog at a moment of its choosing.
     */
    int publishBatch() throws InterruptedException {
        List<Long> ids = jdbc.sql("SELECT item_id FROM item_outbox WHERE sent_at IS NULL ORDER BY item_id LIMIT ?")
                .param(BATCH)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> p = producer();
        String topic = transport.kafka().topic();
        List<Future<RecordMetadata>> sends = new ArrayList<>(ids.size());
        for (long id : ids) {
            String key = Long.toString(id);
            sends.add(p.send(new ProducerRecord<>(topic, key, key)));
        }
        p.flush();
        List<Long> acknowledged = new ArrayList<>(ids.size());
        RuntimeException failure = null;
        for (int i = 0; i < ids.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(ids.get(i));
            } catch (ExecutionException e) {
                failure = new IllegalStateException(
                        "Kafka did not acknowledge item " + ids.get(i) + ": " + e.getCause(), e.getCause());
            }
        }
        for (int from = 0; from < acknowledged.size(); from += 100) {
            List<Long> chunk = acknowledged.subList(from, Math.min(acknowledged.size(), from + 100));
            jdbc.sql("UPDATE item_outbox SET sent_at = :now WHERE item_id IN (:ids)")
                    .param("now", Sources.ts(clock.instant()))
                    .param("ids", chunk)
                    .update();
        }
        if (failure != null) {
            throw failure;
        }
        return acknowledged.size();
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            p = KafkaClients.producer(transport.kafka());
            producer = p;
        }
        return p;
    }

    private void closeProducer() {
        KafkaProducer<String, String> p = producer;
        producer = null;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
