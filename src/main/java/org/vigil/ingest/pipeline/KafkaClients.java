package org.vigil.ingest.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients of the transport, configured in one place. Messages are the item id as text, keyed by the same
 * id: the item itself is in the database, which the analyser needs anyway for the signal's transaction, so the
 * topic carries no personal data and a message is never stale.
 */
final class KafkaClients {

    private KafkaClients() {}

    /** Idempotent producer, acks from all in-sync replicas: an acknowledged send is on the topic exactly once. */
    static KafkaProducer<String, String> producer(Transport.Kafka kafka) {
        Map<String, Object> config = common(kafka, "relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a broker that is away makes send() fail after this instead of blocking the relay for a minute
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A group member that commits offsets itself, after the database commit (no auto-commit). */
    static KafkaConsumer<String, String> consumer(Transport.Kafka kafka) {
        Map<String, Object> config = common(kafka, "analyser");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, kafka.group());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a new group starts from the beginning: messages published before any analyser ran are items to analyse
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int)
                kafka.sessionTimeout().toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int)
                Math.max(500, kafka.sessionTimeout().toMillis() / 3));
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Creates the topic with {@code vigil.kafka.partitions} partitions if it does not exist (a broker's automatic
     * creation would give it one partition, and one partition is read by one analyser only).
     */
    static void ensureTopic(Transport.Kafka kafka) throws InterruptedException {
        try (Admin admin = Admin.create(common(kafka, "admin"))) {
            admin.createTopics(List.of(new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "cannot create the Kafka topic " + kafka.topic() + " at " + kafka.bootstrapServers() + ": "
                                + e.getCause(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "no answer from the Kafka brokers at " + kafka.bootstrapServers()
                            + " within 30 s (vigil.kafka.bootstrap-servers)",
                    e);
        }
    }

    private static Map<String, Object> common(Transport.Kafka kafka, String role) {
        Map<String, Object> config = new HashMap<>(kafka.client());
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        // unique per client: two analysers in one JVM (tests) would otherwise clash on their metrics names
        config.put(
                CommonClientConfigs.CLIENT_ID_CONFIG,
                kafka.clientId() + "-" + role + "-"
                        + java.util.UUID.randomUUID().toString().substring(0, 8));
        return config;
    }
}
