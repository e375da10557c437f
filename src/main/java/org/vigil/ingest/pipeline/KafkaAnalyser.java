package org.vigil.ingest.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Kafka transport: one member of the analysers' consumer group. For each message (an item id) it analyses the item
 * and stores its signal, links, {@code processed_at} and the removal of the outbox row in ONE database transaction
 * ({@link AnalysisWorker#processOne}); the batch's offsets are committed to Kafka only after those commits. A crash
 * in between redelivers messages whose items are analysed already: they have no outbox row any more and are skipped,
 * and {@code UNIQUE (signal.item_id)} forbids a second signal even when two members race over a partition during a
 * rebalance. A failed analysis is retried from the same offset (with a pause) until the item has used its attempts;
 * it then stays in the outbox with its last error, as with the embedded worker.
 *
 * <p>Started by a Kafka-transport server that analyses, or by {@code bin/vigil analyser} (see {@link Transport}).
 * Kafka gives each partition to one member, so as many members share the work as the topic has partitions.
 */
@Component
public class KafkaAnalyser implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaAnalyser.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final AnalysisWorker worker;
    private final EngineProvider engines;
    private final Transport transport;
    private final AtomicLong analysed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private Thread thread;

    KafkaAnalyser(AnalysisWorker worker, EngineProvider engines, Transport transport) {
        this.worker = worker;
        this.engines = engines;
        this.transport = transport;
    }

    @Override
    public boolean isAutoStartup() {
        return transport.serverAnalyser();
    }

    /** Whether this process is configured for the Kafka transport at all ({@code vigil.transport=kafka}). */
    public boolean configured() {
        return transport.kind() == Transport.Kind.KAFKA;
    }

    /** For the command's first line: where it reads from. */
    public String describe() {
        Transport.Kafka k = transport.kafka();
        return "topic " + k.topic() + " at " + k.bootstrapServers() + ", consumer group " + k.group();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!configured()) {
            throw new IllegalStateException("the Kafka analyser needs vigil.transport=kafka (VIGIL_TRANSPORT=kafka)");
        }
        running = true;
        stopped = new CountDownLatch(1);
        thread = Thread.ofPlatform().name("vigil-kafka-analyser").start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Blocks until the analyser has stopped (the context closed, e.g. on SIGTERM). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Items this instance analysed into a signal or a near-duplicate link since it started. */
    public long analysed() {
        return analysed.get();
    }

    private void loop() {
        try {
            while (running) {
                try {
                    KafkaClients.ensureTopic(transport.kafka());
                    break;
                } catch (RuntimeException e) {
                    log.warn("Kafka analyser: {}; retrying", e.getMessage());
                    if (stopped.await(RETRY_PAUSE.toMillis() * 5, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
            try (KafkaConsumer<String, String> c = KafkaClients.consumer(transport.kafka())) {
                consumer = c;
                c.subscribe(List.of(transport.kafka().topic()), new Rebalance());
                while (running) {
                    consume(c);
                }
            } catch (WakeupException stopping) {
                // stop() woke the consumer: offsets of the batch in hand were committed or will be redelivered
            } finally {
                consumer = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Kafka analyser stopped: {}", e.toString(), e);
        } finally {
            running = false;
            stopped.countDown();
        }
    }

    private void consume(KafkaConsumer<String, String> c) throws InterruptedException {
        ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
            return;
        }
        EngineProvider.Built built = engines.current();
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean failed = false;
        partitions:
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (!running) {
                    break partitions;
                }
                try {
                    handle(record, built);
                } catch (RuntimeException e) {
                    log.warn("Analysis of item {} failed: {}; retrying it", record.value(), e.toString());
                    // this partition's later messages are delivered again after the failed one
                    c.seek(partition, record.offset());
                    failed = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            try {
                c.commitSync(done);
            } catch (CommitFailedException e) {
                // the partitions went to another member meanwhile: it gets these messages again and skips them
                log.info(
                        "Kafka analyser: offsets not committed ({}); the new owner skips what was analysed",
                        e.getMessage());
            }
        }
        if (failed) {
            stopped.await(RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void handle(ConsumerRecord<String, String> record, EngineProvider.Built built) {
        long id;
        try {
            id = Long.parseLong(record.value() == null ? "" : record.value().trim());
        } catch (NumberFormatException e) {
            // not written by the relay: nothing to analyse, and retrying cannot help
            log.warn(
                    "Kafka analyser: message at {}-{} offset {} is not an item id; skipped",
                    record.topic(),
                    record.partition(),
                    record.offset());
            skipped.incrementAndGet();
            return;
        }
        if (worker.processOne(id, built)) {
            analysed.incrementAndGet();
        } else {
            skipped.incrementAndGet();
        }
    }

    private static final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing pending: every batch's offsets are committed before the next poll
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            log.info("Kafka analyser: partitions assigned {}", partitions);
        }
    }
}
