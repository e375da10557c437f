package org.vigil.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.h2.tools.Server;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.VigilApplication;
import org.vigil.ingest.bulk.BulkLimits;
import org.vigil.ingest.bulk.JsonLinesItems;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kafka scale-out benchmark: how fast 1 and 2 analyser instances (each {@code bin/vigil analyser} in its own JVM,
 * one consumer group) turn a backlog of items into signals, against a real broker ({@link KafkaBroker}) and one
 * shared database (H2 through its TCP server, in this JVM). For each instance count: a fresh database, topic and
 * group; the items are stored through {@link Intake} with their outbox rows; the analysers start and join the
 * group; then the relay publishes the backlog and the clock runs until every item is processed.
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.vigil.ingest.pipeline.KafkaScaleOutBench \
 *     [--items 4000] [--instances 1,2] [--rounds 2]
 * </pre>
 */
public final class KafkaScaleOutBench {

    private KafkaScaleOutBench() {}

    public static void main(String[] args) throws Exception {
        int items = 4000;
        int rounds = 2;
        List<Integer> instances = List.of(1, 2);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--instances" ->
                    instances = java.util.Arrays.stream(args[++i].split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                default -> {
                    System.err.println("usage: KafkaScaleOutBench [--items N] [--instances 1,2] [--rounds R]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(
                "Kafka scale-out: %d items, %s analyser instances, %d rounds; %s; nproc %d; JDK %s%n",
                items,
                instances,
                rounds,
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        List<String> rows = new ArrayList<>();
        try (KafkaBroker broker = KafkaBroker.start()) {
            Server h2 = Server.createTcpServer("-tcpPort", Integer.toString(KafkaBroker.freePort()), "-ifNotExists")
                    .start();
            try {
                for (int round = 1; round <= rounds; round++) {
                    for (int k : instances) {
                        Result r = run(broker, h2, items, k);
                        rows.add("| %d | %d | %d | %.1f | %,.0f | %.1f | %,.0f |"
                                .formatted(
                                        round,
                                        k,
                                        items,
                                        r.seconds(),
                                        items / r.seconds(),
                                        r.cpuSeconds(),
                                        items / r.cpuSeconds()));
                        System.out.printf(
                                "round %d, %d analyser(s): %,.0f items/s wall, %,.0f items per analyser "
                                        + "CPU second; load average %.1f%n",
                                round,
                                k,
                                items / r.seconds(),
                                items / r.cpuSeconds(),
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                        .getSystemLoadAverage());
                    }
                }
            } finally {
                h2.stop();
            }
        }
        System.out.println("\n| round | analyser instances | items | s (publish to last item) | items/s | "
                + "analysers' CPU s | items per analyser CPU s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    /** Wall time from publishing the backlog to the last item processed; CPU time the analyser JVMs used in it. */
    private record Result(double seconds, double cpuSeconds) {}

    private static double cpu(List<Process> processes) {
        return processes.stream()
                .mapToDouble(p ->
                        p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN))
                .sum();
    }

    private static Result run(KafkaBroker broker, Server h2, int n, int k) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> args = List.of(
                "--vigil.transport=kafka",
                "--vigil.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--vigil.kafka.topic=bench-" + run,
                "--vigil.kafka.group=bench-" + run,
                "--vigil.kafka.partitions=6",
                "--vigil.kafka.session-timeout=10s",
                "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:bench-" + run
                        + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        List<String> intakeArgs = new ArrayList<>(args);
        intakeArgs.addAll(List.of(
                "--spring.main.web-application-type=none",
                "--vigil.demo.enabled=true",
                "--logging.level.root=WARN",
                "--logging.level.org.vigil=WARN",
                "--spring.main.banner-mode=off"));
        List<Process> analysers = new ArrayList<>();
        Path logs = Files.createTempDirectory("vigil-bench-");
        try (ConfigurableApplicationContext intake =
                        new SpringApplicationBuilder(VigilApplication.class).run(intakeArgs.toArray(String[]::new));
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Intake in = intake.getBean(Intake.class);
            JdbcClient jdbc = intake.getBean(JdbcClient.class);
            List<ObjectNode> documents = TransportWorkload.documents("bench", n, 42);
            for (int i = 0; i < documents.size(); i++) {
                in.store("demo-social", JsonLinesItems.fromJson(documents.get(i), i + 1, BulkLimits.DEFAULTS));
            }
            KafkaClients.ensureTopic(intake.getBean(Transport.class).kafka());
            for (int i = 0; i < k; i++) {
                analysers.add(analyser(args, logs.resolve("analyser-" + i + ".log")));
            }
            String group = "bench-" + run;
            awaitUntil(Duration.ofMinutes(3), () -> KafkaTransportTest.members(admin, group) == k);
            double cpuBefore = cpu(analysers);
            long start = System.nanoTime();
            OutboxRelay relay = intake.getBean(OutboxRelay.class);
            while (relay.publishBatch() > 0) {
                // publish the whole backlog
            }
            awaitUntil(
                    Duration.ofMinutes(30),
                    () -> jdbc.sql("SELECT COUNT(*) FROM item_outbox")
                                    .query(Long.class)
                                    .single()
                            == 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpu(analysers) - cpuBefore;
            long processed = jdbc.sql("SELECT COUNT(*) FROM item WHERE processed_at IS NOT NULL")
                    .query(Long.class)
                    .single();
            if (processed != n) {
                throw new IllegalStateException(processed + " of " + n + " items processed");
            }
            for (Path log : Files.list(logs).toList()) {
                Files.delete(log); // kept only when the run failed
            }
            Files.delete(logs);
            return new Result(seconds, cpuSeconds);
        } finally {
            for (Process p : analysers) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static Process analyser(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC"));
        String extra = System.getProperty("bench.analyser.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        for (String arg : args) {
            command.add("-D" + arg.substring(2));
        }
        command.addAll(List.of("org.vigil.cli.VigilCli", "analyser"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    /** Polls every 50 ms (a benchmark's own wait: Awaitility is for tests). */
    private static void awaitUntil(Duration limit, Check check) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        Object monitor = new Object();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not done within " + limit);
            }
            synchronized (monitor) {
                monitor.wait(50);
            }
        }
    }
}
