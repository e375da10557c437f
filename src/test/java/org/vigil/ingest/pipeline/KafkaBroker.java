package org.vigil.ingest.pipeline;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for the tests and the scale-out benchmark: Apache Kafka 4.1.1 ({@code kafka_2.13} from Maven
 * Central) in KRaft mode, one node that is broker and controller, started as a separate JVM on free loopback ports
 * with its data in a temporary folder, and stopped (and its folder deleted) by {@link #close()}. No Docker.
 *
 * <p>The broker runs on its own class path, resolved by Maven from {@code src/test/kafka-broker/pom.xml} (a project
 * without Spring Boot's dependency management) into {@code target/kafka-broker.classpath} on first use: the broker's
 * Scala and Jackson 2 libraries never meet the application's class path. The first resolution downloads the jars
 * (about 40 MB) into the local Maven repository; later runs reuse the file.
 */
final class KafkaBroker implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final String bootstrapServers;
    private final Thread reaper;

    private KafkaBroker(Process process, Path dir, String bootstrapServers) {
        this.process = process;
        this.dir = dir;
        this.bootstrapServers = bootstrapServers;
        // a test JVM that exits without closing us must not leave a broker (or its data) behind
        this.reaper = new Thread(
                () -> {
                    process.destroyForcibly();
                    try {
                        process.waitFor(10, TimeUnit.SECONDS); // a broker still writing would leave files behind
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    deleteData();
                },
                "kafka-broker-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    static KafkaBroker start() throws IOException, InterruptedException {
        String classPath = classPath();
        Path dir = Files.createTempDirectory("vigil-kafka-");
        int port = freePort();
        int controller = freePort();
        Path properties = dir.resolve("server.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controller,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "log.dirs=" + dir.resolve("data"),
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=4",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        // members join at once instead of waiting 3 s for more (tests start analysers one by one)
                        "group.initial.rebalance.delay.ms=0",
                        // the transport creates its topic with its partitions; a typo must not create another one
                        "auto.create.topics.enable=false",
                        ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process format = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classPath,
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("format.log").toFile())
                .start();
        if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException(
                    "formatting the Kafka storage failed: " + Files.readString(dir.resolve("format.log")));
        }
        Process broker = new ProcessBuilder(
                        java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", classPath, "kafka.Kafka", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("broker.log").toFile())
                .start();
        KafkaBroker started = new KafkaBroker(broker, dir, "127.0.0.1:" + port);
        try {
            started.awaitReady();
        } catch (RuntimeException e) {
            String log = Files.readString(dir.resolve("broker.log"));
            started.close();
            throw new IllegalStateException("the Kafka broker did not start: " + log, e);
        }
        return started;
    }

    private void awaitReady() {
        int port = Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
        // first the listening port (quietly), then the broker's own answer
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .failFast("the broker process ended", () -> !process.isAlive())
                .until(() -> {
                    try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5_000))) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("the broker process ended", () -> !process.isAlive())
                    .until(() -> !admin.describeCluster()
                            .nodes()
                            .get(5, TimeUnit.SECONDS)
                            .isEmpty());
        }
    }

    /**
     * Stops the broker with SIGKILL (its data is thrown away, so a controlled shutdown, which takes many seconds on
     * a loaded machine, buys nothing), waits for the process to end and deletes its data.
     */
    @Override
    public void close() {
        try {
            if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Kafka broker (pid " + process.pid() + ") did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        deleteData();
    }

    private void deleteData() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker's class path, resolved once by the Maven wrapper from the broker's own POM. */
    static synchronized String classPath() throws IOException, InterruptedException {
        Path root = projectRoot();
        Path pom = root.resolve("src/test/kafka-broker/pom.xml");
        Path out = root.resolve("target/kafka-broker.classpath");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(pom)) < 0) {
            Files.createDirectories(out.getParent());
            Path log = root.resolve("target/kafka-broker-resolve.log");
            Path tmp = out.resolveSibling("kafka-broker.classpath." + UUID.randomUUID());
            ProcessBuilder mvn = new ProcessBuilder(
                            root.resolve("mvnw").toString(),
                            "-q",
                            "-B",
                            "-ntp",
                            "-f",
                            pom.toString(),
                            "dependency:build-classpath",
                            "-Dmdep.outputFile=" + tmp)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            mvn.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = mvn.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("could not resolve the Kafka broker's class path with " + mvn.command()
                        + ": " + Files.readString(log));
            }
            Files.move(
                    tmp,
                    out,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        String classPath = Files.readString(out).trim();
        List<String> missing = Stream.of(classPath.split(java.io.File.pathSeparator))
                .filter(jar -> !Files.exists(Path.of(jar)))
                .toList();
        if (classPath.isEmpty() || !missing.isEmpty()) {
            Files.delete(out); // stale (a cleaned local repository): resolved again next time
            throw new IllegalStateException("the Kafka broker's class path names missing jars " + missing
                    + "; run the tests again to resolve it anew");
        }
        return classPath;
    }

    private static Path projectRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("src/test/kafka-broker/pom.xml")) && Files.exists(d.resolve("mvnw"))) {
                return d;
            }
        }
        throw new IllegalStateException(
                "run from the project folder (no src/test/kafka-broker/pom.xml above " + dir + ")");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
