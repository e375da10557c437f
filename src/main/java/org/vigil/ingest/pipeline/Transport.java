package org.vigil.ingest.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * How accepted items travel from intake to analysis ({@code vigil.transport}). {@code embedded} (the default): the
 * outbox table is the queue and {@link AnalysisWorker} polls it in the server. {@code kafka}: {@link OutboxRelay}
 * publishes the outbox to a topic and {@link KafkaAnalyser}s in one consumer group analyse it, in the server and in
 * any number of {@code bin/vigil analyser} processes. Either way an item is stored with its outbox row before the
 * caller hears "accepted", and its signal, its links and the removal of the outbox row commit together.
 *
 * <p>Which loops a process runs: a server (a web application context) runs the embedded worker or the relay and a
 * Kafka analyser, unless {@code vigil.ingest.worker.enabled=false} makes it intake only. Command-line contexts run
 * none of them; {@code bin/vigil analyser} starts a Kafka analyser itself.
 */
@Component
class Transport {

    enum Kind {
        EMBEDDED,
        KAFKA
    }

    private final Kind kind;
    private final boolean server;
    private final boolean analysing;
    private final Kafka kafka;

    /** Where the broker is and how the topic and group are named; read only with {@code vigil.transport=kafka}. */
    record Kafka(
            String bootstrapServers,
            String topic,
            String group,
            int partitions,
            short replicationFactor,
            Duration sessionTimeout,
            String clientId,
            Map<String, String> client) {}

    Transport(
            @Value("${vigil.transport:embedded}") String kind,
            ApplicationContext context,
            Environment environment,
            @Value("${vigil.ingest.worker.enabled:true}") boolean analysing,
            @Value("${vigil.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${vigil.kafka.topic:vigil.items}") String topic,
            @Value("${vigil.kafka.group:vigil-analysers}") String group,
            @Value("${vigil.kafka.partitions:6}") int partitions,
            @Value("${vigil.kafka.replication-factor:1}") short replicationFactor,
            @Value("${vigil.kafka.session-timeout:45s}") Duration sessionTimeout,
            @Value("${vigil.kafka.client-id:vigil}") String clientId) {
        this.kind = parse(kind);
        this.server = context instanceof WebApplicationContext;
        this.analysing = analysing;
        if (this.kind == Kind.KAFKA) {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                throw new IllegalStateException("vigil.transport=kafka needs vigil.kafka.bootstrap-servers "
                        + "(VIGIL_KAFKA_BOOTSTRAP_SERVERS), e.g. localhost:9092");
            }
            if (topic == null || topic.isBlank() || group == null || group.isBlank()) {
                throw new IllegalStateException("vigil.kafka.topic and vigil.kafka.group must not be empty");
            }
            if (partitions < 1) {
                throw new IllegalStateException("vigil.kafka.partitions must be at least 1 (the most analyser "
                        + "instances that can share the work), got " + partitions);
            }
        }
        // further client settings (TLS, SASL, ...) as vigil.kafka.client."[security.protocol]"=SASL_SSL and so on
        Map<String, String> client = Binder.get(environment)
                .bind("vigil.kafka.client", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.kafka = new Kafka(
                bootstrapServers,
                topic,
                group,
                partitions,
                replicationFactor,
                sessionTimeout,
                clientId,
                Map.copyOf(client));
    }

    private static Kind parse(String kind) {
        try {
            return Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(
                    "vigil.transport (VIGIL_TRANSPORT) must be \"embedded\" or \"kafka\", got \"" + kind + "\"");
        }
    }

    Kind kind() {
        return kind;
    }

    Kafka kafka() {
        return kafka;
    }

    /** The in-process outbox poller runs in an embedded-transport server that analyses. */
    boolean embeddedWorker() {
        return kind == Kind.EMBEDDED && server && analysing;
    }

    /** The relay runs in every Kafka-transport server: it is where items are accepted. */
    boolean relay() {
        return kind == Kind.KAFKA && server;
    }

    /** A Kafka-transport server consumes too unless it is intake only; bin/vigil analyser starts one itself. */
    boolean serverAnalyser() {
        return kind == Kind.KAFKA && server && analysing;
    }
}
