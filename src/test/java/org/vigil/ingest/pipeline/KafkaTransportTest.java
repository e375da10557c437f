package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.vigil.ingest.pipeline.TransportInstances.outcomes;
import static org.vigil.ingest.pipeline.TransportInstances.pending;
import static org.vigil.ingest.pipeline.TransportInstances.push;
import static org.vigil.ingest.pipeline.TransportInstances.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kafka transport against a real broker ({@link KafkaBroker}: KRaft, a separate JVM): pushed items become the
 * same signals as with the embedded transport; two analyser instances in one consumer group share the work; and an
 * analyser process killed with SIGKILL in the middle of the stream loses nothing: the other instance finishes every
 * item, each exactly once. Not tagged "db": the instances share one H2 database through an H2 TCP server.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaTransportTest {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    private static List<String> kafka(KafkaBroker broker, String run) {
        return List.of(
                "--vigil.transport=kafka",
                "--vigil.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--vigil.kafka.topic=items-" + run,
                "--vigil.kafka.group=analysers-" + run,
                "--vigil.kafka.partitions=6",
                "--vigil.kafka.session-timeout=6s");
    }

    @Test
    void pushedItemsBecomeTheSameSignalsWithKafkaAsWithTheEmbeddedTransport(KafkaBroker broker) throws Exception {
        List<ObjectNode> documents = TransportWorkload.documents("cmp", 200, 7);

        Map<String, String> embedded;
        try (ConfigurableApplicationContext server = server("--vigil.transport=embedded")) {
            assertThat(push(server, documents, 100)).isEqualTo(documents.size());
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            await().atMost(SETTLE).until(() -> pending(jdbc) == 0);
            embedded = outcomes(jdbc);
        }

        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> viaKafka;
        try (ConfigurableApplicationContext server = server(kafka(broker, run).toArray(String[]::new))) {
            assertThat(push(server, documents, 100)).isEqualTo(documents.size());
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            await().atMost(SETTLE).until(() -> pending(jdbc) == 0);
            viaKafka = outcomes(jdbc);
            try (Admin admin = admin(broker)) {
                // the items went through the topic, and the group's offsets were committed to its end
                assertThat(endOffsets(admin, "items-" + run)).isEqualTo(documents.size());
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> committed(admin, "analysers-" + run) == documents.size());
            }
            assertThat(server.getBean(KafkaAnalyser.class).analysed()).isEqualTo(documents.size());
        }

        assertThat(embedded).hasSize(documents.size());
        assertThat(embedded.values())
                .anyMatch(o -> o.contains("DIRECT_THREAT") && o.contains("person yerkhov targeted"));
        assertThat(embedded.values()).anyMatch(o -> o.startsWith("copy of cmp-8"));
        assertThat(viaKafka).isEqualTo(embedded);
    }

    @Test
    void twoAnalysersShareTheWorkAndOneKilledMidStreamLosesNothing(
            KafkaBroker broker, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Server h2 = Server.createTcpServer("-tcpPort", Integer.toString(KafkaBroker.freePort()), "-ifNotExists")
                .start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:kafka-" + run
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        List<String> args = new ArrayList<>(kafka(broker, run));
        args.add("--spring.datasource.url=" + url);
        Process other = null;
        Path otherLog = tmp.resolve("analyser.log");
        try (ConfigurableApplicationContext server = server(args.toArray(String[]::new));
                Admin admin = admin(broker)) {
            other = analyserProcess(args, otherLog);
            String group = "analysers-" + run;
            Process started = other;
            await().atMost(Duration.ofMinutes(2))
                    .failFast("the analyser process ended", () -> !started.isAlive())
                    .until(() -> members(admin, group) == 2);

            int n = 1500;
            List<ObjectNode> documents = TransportWorkload.documents("scale", n, 11);
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            KafkaAnalyser here = server.getBean(KafkaAnalyser.class);
            assertThat(push(server, documents, 500)).isEqualTo(n);

            // the other instance takes its share, and is killed (SIGKILL) while items are still waiting
            await().atMost(SETTLE).until(() -> processed(jdbc) - here.analysed() >= 50);
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // what the killed instance had stored: read this instance's count first, so that items it analyses
            // between the two reads can only add to the figure. Reading it at the end instead undercounted: items
            // the killed instance stored but whose offsets it had not committed come back to this instance, which
            // counts them too.
            long hereAtKill = here.analysed();
            long atKill = processed(jdbc);
            long otherShare = atKill - hereAtKill;
            assertThat(atKill).as("killed mid-stream").isLessThan(n);

            // its partitions go to this instance after the session timeout; every item is analysed exactly once
            await().atMost(SETTLE).until(() -> pending(jdbc) == 0);
            assertThat(processed(jdbc)).isEqualTo(n);
            assertThat(jdbc.sql(
                                    "SELECT COUNT(*) FROM item WHERE source_id = 'demo-social' AND processed_at IS NOT NULL "
                                            + "AND duplicate_of IS NULL AND NOT quiet AND id NOT IN (SELECT item_id FROM signal)")
                            .query(Long.class)
                            .single())
                    .as("analysed items (not quiet) without their signal")
                    .isZero();
            assertThat(jdbc.sql(
                                    "SELECT COUNT(*) FROM (SELECT item_id FROM signal GROUP BY item_id HAVING COUNT(*) > 1) d")
                            .query(Long.class)
                            .single())
                    .as("items with two signals")
                    .isZero();
            assertThat(here.analysed()).as("this instance's share").isPositive();
            assertThat(otherShare).as("the killed instance's share").isGreaterThanOrEqualTo(50);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> committed(admin, group) == endOffsets(admin, "items-" + run));
        } catch (AssertionError | RuntimeException e) {
            if (Files.exists(otherLog)) {
                System.err.println("analyser process output:\n" + Files.readString(otherLog));
            }
            throw e;
        } finally {
            if (other != null) {
                other.destroyForcibly();
            }
            h2.stop();
        }
    }

    /** {@code bin/vigil analyser} as its own JVM, on this test's class path, with the same settings. */
    private static Process analyserProcess(List<String> args, Path log) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path")));
        for (String arg : args) {
            command.add("-D" + arg.substring(2));
        }
        command.add("org.vigil.cli.VigilCli");
        command.add("analyser");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static long processed(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = 'demo-social' AND processed_at IS NOT NULL")
                .query(Long.class)
                .single();
    }

    static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    /** Members of the group that have partitions (0 while the group does not exist yet). */
    static int members(Admin admin, String group) throws Exception {
        ConsumerGroupDescription d;
        try {
            d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
        return (int) d.members().stream()
                .filter(m -> !m.assignment().topicPartitions().isEmpty())
                .count();
    }

    static long endOffsets(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream()
                .mapToLong(o -> o.offset())
                .sum();
    }

    static long committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return offsets.values().stream()
                .filter(java.util.Objects::nonNull)
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }
}
