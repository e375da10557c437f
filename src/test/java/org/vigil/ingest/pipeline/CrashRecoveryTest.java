package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kill -9 in the middle of the stream. Vigil runs as a separate OS process ({@code VigilCli serve} from the test
 * class path, on an H2 file database in a temporary folder, the production URL with AUTO_SERVER, demo data on); a
 * client thread pushes batches through the push API as the demo gateway; the process is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) twice, once while the client is pushing and once while the analyser holds
 * claimed rows, and restarted on the same folder each time. A batch whose request failed is retried, as a gateway
 * does. Then the backlog drains and the database must show: every item of every answered batch stored exactly once,
 * the items of a batch in flight at a kill stored at most once and reported as duplicates by its retry, exactly one
 * signal per stored item that is neither a near-duplicate nor quiet (a quiet item: none), and no outbox row left.
 */
@Tag("crash")
class CrashRecoveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCHES = 30;
    private static final int BATCH_SIZE = 50;
    private static final String[] TEXTS = {
        "Farewell to life, no one will mourn you", "The queue at the consulate in Istanbul is long today",
        "Ambassador Yerkhov opened the photo exhibition in Ankara", "Никто не будет по тебе плакать",
        "Rusya'nın Ankara Büyükelçiliği önünde bugün bir gösteri yapıldı", "الطقس في إسطنبول مشمس اليوم"
    };

    @TempDir
    Path dir;

    private Process server;
    private volatile Path log;
    // Held by the client while it reads the database and by the test from a kill until the server is up again: with
    // AUTO_SERVER, a read while no server runs would open the file in this JVM, and the restarted server would then
    // become this JVM's client.
    private final java.util.concurrent.locks.ReentrantLock serverUp = new java.util.concurrent.locks.ReentrantLock();
    private int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor();
        }
    }

    /** A batch as the client saw it: the answer of its first attempt, or of its retry after a kill. */
    record Sent(int index, List<String> ids, int accepted, int duplicate, boolean retried, long storedBeforeRetry) {}

    @Test
    void killedTwiceMidStreamLosesNoAcceptedItemAndAnalysesEachItemOnce() throws Exception {
        start();
        String token = gatewayToken();
        List<Sent> sent = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> clientFailure = new AtomicReference<>();
        AtomicInteger answered = new AtomicInteger();
        Thread client = Thread.ofPlatform().name("crash-test-client").start(() -> {
            try {
                for (int b = 0; b < BATCHES; b++) {
                    sent.add(pushUntilAnswered(token, b));
                    answered.incrementAndGet();
                }
            } catch (Throwable e) {
                clientFailure.set(e);
            }
        });

        // kill 1: while the client is pushing
        await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= 4 || clientFailure.get() != null);
        killAndRestart();

        // kill 2: while the analyser holds claimed rows (a backlog builds up behind the pushing client)
        int answeredBefore = answered.get();
        long[] claimedAtKill = new long[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    if (answered.get() < answeredBefore + 3) {
                        return false;
                    }
                    claimedAtKill[0] = count("SELECT COUNT(*) FROM item_outbox WHERE claimed_by IS NOT NULL");
                    return claimedAtKill[0] > 0;
                });
        killAndRestart();
        assertThat(claimedAtKill[0])
                .as("rows the analyser held when it was killed")
                .isPositive();

        client.join(Duration.ofMinutes(5).toMillis()); // generous: a loaded CI machine starts Vigil slowly
        assertThat(clientFailure.get()).as("the client failed").isNull();
        assertThat(client.isAlive()).as("the client is still pushing").isFalse();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> count("SELECT COUNT(*) FROM item_outbox") == 0);

        // stop gracefully, then read the database file directly
        server.destroy();
        server.waitFor();
        server = null;

        assertThat(sent).hasSize(BATCHES);
        assertThat(sent).as("batches retried after a kill").anyMatch(Sent::retried);
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT external_id, COUNT(*) FROM item WHERE source_id = 'demo-social'"
                        + " AND external_id LIKE 'crash-%' GROUP BY external_id")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getLong(2));
            }
        }
        for (Sent batch : sent) {
            if (batch.retried()) {
                // the batch in flight at a kill: stored at most once (its items commit together, so all or none),
                // and its retry reported exactly those as duplicates
                assertThat(batch.storedBeforeRetry())
                        .as("batch %d before its retry", batch.index())
                        .isIn(0L, (long) BATCH_SIZE);
                assertThat(batch.duplicate())
                        .as("duplicates reported by the retry of batch %d", batch.index())
                        .isEqualTo((int) batch.storedBeforeRetry());
                assertThat(batch.accepted() + batch.duplicate()).isEqualTo(BATCH_SIZE);
            } else {
                assertThat(batch.accepted())
                        .as("batch %d answered at the first attempt", batch.index())
                        .isEqualTo(BATCH_SIZE);
            }
            for (String id : batch.ids()) {
                assertThat(stored.get(id))
                        .as("item %s of an answered batch", id)
                        .isEqualTo(1L);
            }
        }
        assertThat(stored).hasSize(BATCHES * BATCH_SIZE);
        assertThat(count("""
                SELECT COUNT(*) FROM item i WHERE i.duplicate_of IS NULL
                  AND (SELECT COUNT(*) FROM signal s WHERE s.item_id = i.id) <> CASE WHEN i.quiet THEN 0 ELSE 1 END"""))
                .as("items without one signal (a quiet item: none)")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM item WHERE processed_at IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM item_outbox"))
                .as("outbox rows left")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id "
                        + "WHERE i.external_id LIKE 'crash-%'"))
                .as("signals of the pushed items")
                .isPositive()
                .isEqualTo(BATCHES * BATCH_SIZE
                        - count("SELECT COUNT(*) FROM item WHERE external_id LIKE 'crash-%' AND quiet"));
    }

    // --- the client

    private Sent pushUntilAnswered(String token, int index) throws Exception {
        List<String> ids = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < BATCH_SIZE; i++) {
            String id = "crash-" + index + "-" + i;
            ids.add(id);
            if (i > 0) {
                items.append(',');
            }
            // short texts (under 25 words): never near-duplicates, so every item gives a signal or is quiet
            items.append("{\"id\": \"")
                    .append(id)
                    .append("\", \"kind\": \"POST\", \"inReplyTo\": \"@RusEmbTurkey\", ")
                    .append("\"text\": \"")
                    .append(TEXTS[(index + i) % TEXTS.length])
                    .append(" #")
                    .append(id)
                    .append("\"}");
        }
        String body = "{\"source\": \"demo-social\", \"items\": [" + items + "]}";
        boolean retried = false;
        long storedBefore = 0;
        while (true) {
            try {
                if (retried) {
                    // the server is back: how many of this batch did the killed process commit?
                    serverUp.lock();
                    try {
                        storedBefore = count("SELECT COUNT(*) FROM item WHERE source_id = 'demo-social' "
                                + "AND external_id LIKE 'crash-" + index + "-%'");
                    } finally {
                        serverUp.unlock();
                    }
                }
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(uri("/api/v1/items"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode report = JSON.readTree(response.body());
                    return new Sent(
                            index,
                            ids,
                            report.get("accepted").asInt(),
                            report.get("duplicate").asInt(),
                            retried,
                            storedBefore);
                }
                if (response.statusCode() != 503) {
                    throw new AssertionError("push answered " + response.statusCode() + ": " + response.body()
                            + "\nserver log:\n" + tail(log));
                }
            } catch (IOException | SQLException serverGone) {
                // killed mid-request, or not up again yet: a gateway retries the same batch
            }
            retried = true;
            await().pollDelay(Duration.ofMillis(100))
                    .atMost(Duration.ofSeconds(120))
                    .until(this::healthy);
        }
    }

    // --- the server process

    private void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.vigil.cli.VigilCli",
                "serve",
                // the application's own settings only (not the tests' in-memory database): the production H2 URL
                "--spring.config.location=classpath:/application.yml",
                "--server.port=" + port,
                "--vigil.data-dir=" + dir,
                "--vigil.demo.enabled=true",
                "--vigil.ingest.worker.poll=500ms",
                // a short lease, so that the killed process's claims expire within the test
                "--vigil.ingest.worker.lease=3s",
                "--logging.level.root=WARN",
                "--logging.level.org.vigil=INFO");
        log = dir.resolve("server-" + System.nanoTime() + ".log");
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Process started = server;
        Path log = this.log;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!started.isAlive()) {
                        throw new AssertionError("Vigil exited with " + started.exitValue() + ":\n" + tail(log));
                    }
                    return healthy();
                });
    }

    private void killAndRestart() throws InterruptedException, IOException {
        serverUp.lock();
        try {
            server.destroyForcibly().waitFor();
            start();
        } finally {
            serverUp.unlock();
        }
    }

    private boolean healthy() {
        try {
            return http.send(
                                    HttpRequest.newBuilder(uri("/actuator/health"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String gatewayToken() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/accounts/gateway/tokens"))
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"crash test\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // The server's file with AUTO_SERVER, as the production URL has it: this test reads the database while the
    // server process owns it.
    private String url() {
        return "jdbc:h2:file:" + dir.resolve("vigil") + ";AUTO_SERVER=TRUE;MODE=PostgreSQL";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "vigil", "");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
