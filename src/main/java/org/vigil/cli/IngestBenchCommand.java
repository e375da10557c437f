package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.VigilApplication;
import org.vigil.cli.VigilCli.UsageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/vigil bench ingest}: the push API's speed on this machine. Starts Vigil in this JVM on an embedded H2
 * file database in a temporary folder (demo registry on, so posts mention real demo people and missions), creates a
 * push source and a gateway token over the API, then measures
 * <ol>
 * <li>throughput: several client threads push batches of short multilingual posts (about 200 characters) as fast
 * as the server answers; items accepted per second over HTTP (accepted means committed), and items analysed into
 * signals per second until the queue is empty;</li>
 * <li>latency: batches are sent on a fixed schedule at the offered rate (open loop: a late answer does not delay
 * the next send); for each item, the time from its batch's intended send time to its stored result
 * ({@code item.processed_at}), as percentiles, and whether the offered rate was held.</li>
 * </ol>
 * Progress on standard error, the table on standard output. Everything runs over real HTTP and the real pipeline.
 */
final class IngestBenchCommand {

    static final String USAGE = "usage: bin/vigil bench ingest [--seconds 30] [--threads 4] [--batch 100] "
            + "[--rate 200] [--latency-seconds 30] [--latency-batch 10] [--seed 42]";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "bench-push";

    record Options(
            double seconds, int threads, int batch, int rate, double latencySeconds, int latencyBatch, long seed) {

        static Options parse(String[] args) {
            double seconds = 30;
            int threads = 4;
            int batch = 100;
            int rate = 200;
            double latencySeconds = 30;
            int latencyBatch = 10;
            long seed = 42;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("-h") || name.equals("--help")) {
                    return null;
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("bench ingest: " + name + " needs a value\n" + USAGE);
                }
                String value = args[++i];
                try {
                    switch (name) {
                        case "--seconds" -> seconds = positive(name, Double.parseDouble(value));
                        case "--threads" -> threads = (int) positive(name, Integer.parseInt(value));
                        case "--batch" -> batch = (int) positive(name, Integer.parseInt(value));
                        case "--rate" -> rate = (int) positive(name, Integer.parseInt(value));
                        case "--latency-seconds" -> latencySeconds = positive(name, Double.parseDouble(value));
                        case "--latency-batch" -> latencyBatch = (int) positive(name, Integer.parseInt(value));
                        case "--seed" -> seed = Long.parseLong(value);
                        default -> throw new UsageException("bench ingest: unknown option '" + name + "'\n" + USAGE);
                    }
                } catch (NumberFormatException e) {
                    throw new UsageException(
                            "bench ingest: " + name + " takes a number, not '" + value + "'\n" + USAGE);
                }
            }
            if (batch > 1000 || latencyBatch > 1000) {
                throw new UsageException(
                        "bench ingest: a batch has at most 1000 items (the push API's limit)\n" + USAGE);
            }
            return new Options(seconds, threads, batch, rate, latencySeconds, latencyBatch, seed);
        }

        private static double positive(String name, double value) {
            if (!(value > 0)) {
                throw new UsageException("bench ingest: " + name + " must be above 0\n" + USAGE);
            }
            return value;
        }
    }

    private IngestBenchCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("vigil-bench-ingest-");
        } catch (IOException e) {
            err.println("vigil bench ingest: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
        try {
            new IngestBenchCommand().bench(options, dir, out, err);
            return 0;
        } catch (IOException | InterruptedException e) {
            err.println("vigil bench ingest: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    private void bench(Options o, Path dir, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String adminPassword = UUID.randomUUID().toString();
        err.println("Starting Vigil on an embedded H2 file database in " + dir + " ...");
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(VigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // the embedded default as shipped: only the packaged application.yml (its H2 file URL), whatever
                // configuration the current folder holds
                .run(
                        "--spring.config.location=classpath:/application.yml",
                        "--spring.profiles.active=default",
                        "--server.port=0",
                        "--vigil.data-dir=" + dir,
                        "--vigil.demo.enabled=true",
                        "--vigil.security.admin-password=" + adminPassword,
                        // the log goes to standard output, where the report goes: only errors
                        "--logging.level.root=ERROR",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            err.printf(Locale.ROOT, "Started in %.1f s on port %d%n", (System.nanoTime() - t0) / 1e9, port);
            Api api = new Api(URI.create("http://127.0.0.1:" + port));
            String token = api.setUp(adminPassword);
            Posts posts = new Posts(o.seed());

            Throughput throughput = throughput(api, token, posts, o, jdbc, err);
            Latency latency = latency(api, token, posts, o, jdbc, err);
            report(o, throughput, latency, out);
            awaitListeners(jdbc, err);
        }
    }

    // --- phase 1: throughput

    /**
     * {@code cpuSeconds}: the CPU time of this whole process (server, analyser and client threads) from the first
     * push until the queue was empty; on a machine shared with other work it says what the pipeline costs, where
     * the wall clock says how much of the machine it got. {@code load}: the system load average before and after.
     */
    record Throughput(
            long accepted,
            long duplicates,
            long rejected,
            long requests,
            double pushSeconds,
            double drainedSeconds,
            long signals,
            long analysed,
            long quiet,
            long refusals,
            double cpuSeconds,
            double loadBefore,
            double loadAfter) {

        double acceptedPerSecond() {
            return accepted / pushSeconds;
        }

        double analysedPerSecond() {
            return accepted / drainedSeconds;
        }

        double perCpuSecond() {
            return accepted / cpuSeconds;
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private Throughput throughput(Api api, String token, Posts posts, Options o, JdbcClient jdbc, PrintStream err)
            throws InterruptedException {
        err.printf(
                Locale.ROOT,
                "Throughput: %d client threads pushing batches of %d posts for %.0f s ...%n",
                o.threads(),
                o.batch(),
                o.seconds());
        long firstItem = maxItemId(jdbc);
        double loadBefore = load();
        double cpu0 = cpuSeconds();
        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (o.seconds() * 1e9);
        ExecutorService clients = Executors.newFixedThreadPool(o.threads());
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < o.threads(); t++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    JsonNode report = api.push(token, posts.batch("t", o.batch()));
                    accepted.addAndGet(report.get("accepted").asLong());
                    duplicates.addAndGet(report.get("duplicate").asLong());
                    rejected.addAndGet(report.get("rejected").asLong());
                    requests.incrementAndGet();
                }
                return null;
            }));
        }
        long lastAnalysed = 0;
        while (running.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(1000);
            long analysed = jdbc.sql("SELECT COUNT(*) FROM item WHERE id > ? AND processed_at IS NOT NULL")
                    .param(firstItem)
                    .query(Long.class)
                    .single();
            err.printf(
                    Locale.ROOT,
                    "\r  %5.1f s  accepted %,9d  (%,6.0f/s)  analysed %,9d  (+%,d)   ",
                    (System.nanoTime() - start) / 1e9,
                    accepted.get(),
                    accepted.get() / ((System.nanoTime() - start) / 1e9),
                    analysed,
                    analysed - lastAnalysed);
            lastAnalysed = analysed;
        }
        double pushSeconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(
                        "a client thread failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        err.println();
        err.println("  waiting for the analysis queue to drain ...");
        while (outbox(jdbc) > 0) {
            Thread.sleep(200);
            err.printf(Locale.ROOT, "\r  %5.1f s  queued %,9d   ", (System.nanoTime() - start) / 1e9, outbox(jdbc));
        }
        double drainedSeconds = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds() - cpu0;
        err.println();
        long signals = jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id > ?")
                .param(firstItem)
                .query(Long.class)
                .single();
        long analysedItems = jdbc.sql("SELECT COUNT(*) FROM item WHERE id > ? AND processed_at IS NOT NULL")
                .param(firstItem)
                .query(Long.class)
                .single();
        long quiet = jdbc.sql("SELECT COUNT(*) FROM item WHERE id > ? AND quiet")
                .param(firstItem)
                .query(Long.class)
                .single();
        return new Throughput(
                accepted.get(),
                duplicates.get(),
                rejected.get(),
                requests.get(),
                pushSeconds,
                drainedSeconds,
                signals,
                analysedItems,
                quiet,
                api.refusals(),
                cpu,
                loadBefore,
                load());
    }

    // --- phase 2: latency at a steady rate, open loop

    record Latency(
            long items,
            double seconds,
            double p50,
            double p95,
            double p99,
            double max,
            long batchesOffered,
            long batchesAnswered,
            long batchesLate,
            long failures,
            double sentPerSecond) {

        /** Held: every batch sent on schedule (within 10 ms) and accepted, at least 95% of the offered rate. */
        boolean held(int rate) {
            return batchesLate == 0
                    && failures == 0
                    && batchesAnswered == batchesOffered
                    && sentPerSecond >= 0.95 * rate;
        }
    }

    /**
     * Open loop, as wrk2 does: batch k is due at start + k * interval and is sent then on its own virtual thread,
     * whether or not earlier answers came back, so a slow system does not lower the offered rate (no coordinated
     * omission). Each item's latency runs from its batch's intended send time to its stored result
     * ({@code item.processed_at}: its signal, or its quiet-item record), so a late send counts against the system.
     */
    private Latency latency(Api api, String token, Posts posts, Options o, JdbcClient jdbc, PrintStream err)
            throws InterruptedException {
        err.printf(
                Locale.ROOT,
                "Latency: %d items/s in batches of %d for %.0f s ...%n",
                o.rate(),
                o.latencyBatch(),
                o.latencySeconds());
        long firstItem = maxItemId(jdbc);
        long intervalNanos = (long) (1e9 * o.latencyBatch() / o.rate());
        long batches = (long) Math.ceil(o.latencySeconds() * 1e9 / intervalNanos);
        java.time.Instant startWall = java.time.Instant.now();
        long start = System.nanoTime();
        AtomicLong answered = new AtomicLong();
        AtomicLong late = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong pushed = new AtomicLong();
        long lastProgress = start;
        long lastSendStart = start;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long k = 0; k < batches; k++) {
                long due = start + k * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String body = posts.batch("l" + k, o.latencyBatch());
                lastSendStart = System.nanoTime();
                if (lastSendStart - due > 10_000_000L) {
                    late.incrementAndGet(); // the sender itself fell behind: the table says the rate was not held
                }
                senders.submit(() -> {
                    try {
                        pushed.addAndGet(api.push(token, body).get("accepted").asLong());
                        answered.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                });
                if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                    lastProgress = System.nanoTime();
                    err.printf(
                            Locale.ROOT,
                            "\r  %5.1f s  sent %,7d  accepted %,7d  queued %,6d   ",
                            (lastProgress - start) / 1e9,
                            (k + 1) * o.latencyBatch(),
                            pushed.get(),
                            outbox(jdbc));
                }
            }
        } // waits for the answers
        double seconds = (lastSendStart - start) / 1e9 + intervalNanos / 1e9;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (outbox(jdbc) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        err.println();
        List<Double> millis = jdbc
                .sql("SELECT external_id, processed_at FROM item WHERE id > ? AND processed_at IS NOT NULL")
                .param(firstItem)
                .query((rs, n) -> {
                    String id = rs.getString(1); // l<k>-<run>-<n>
                    long k = Long.parseLong(id.substring(1, id.indexOf('-')));
                    java.time.Instant intended = startWall.plusNanos(k * intervalNanos);
                    return Duration.between(
                                            intended,
                                            rs.getObject(2, java.time.OffsetDateTime.class)
                                                    .toInstant())
                                    .toNanos()
                            / 1e6;
                })
                .list()
                .stream()
                .sorted()
                .toList();
        double sentPerSecond = batches * o.latencyBatch() / seconds;
        if (millis.isEmpty()) {
            return new Latency(
                    0,
                    seconds,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    batches,
                    answered.get(),
                    late.get(),
                    failures.get(),
                    sentPerSecond);
        }
        return new Latency(
                millis.size(),
                seconds,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                millis.get(millis.size() - 1),
                batches,
                answered.get(),
                late.get(),
                failures.get(),
                sentPerSecond);
    }

    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void report(Options o, Throughput t, Latency l, PrintStream out) {
        out.println();
        out.println("Ingestion pipeline: push API on an embedded H2 file database, "
                + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version"));
        out.println();
        out.println("| throughput (" + o.threads() + " client threads, batches of " + o.batch()
                + " posts of ~200 chars) | value |");
        out.println("|---|---:|");
        out.printf(
                Locale.ROOT, "| posts accepted (committed), HTTP | %,d in %.1f s |%n", t.accepted(), t.pushSeconds());
        out.printf(Locale.ROOT, "| push throughput, posts/s | %,.0f |%n", t.acceptedPerSecond());
        out.printf(Locale.ROOT, "| requests/s | %,.1f |%n", t.requests() / t.pushSeconds());
        out.printf(
                Locale.ROOT,
                "| analysed into signals, posts/s (signals and quiet items, start to empty queue) | %,.0f |%n",
                t.analysedPerSecond());
        out.printf(Locale.ROOT, "| signals stored / posts accepted | %,d / %,d |%n", t.signals(), t.accepted());
        out.printf(Locale.ROOT, "| posts analysed / posts accepted | %,d / %,d |%n", t.analysed(), t.accepted());
        out.printf(Locale.ROOT, "| quiet posts (analysed, kept, no signal) | %,d |%n", t.quiet());
        out.printf(Locale.ROOT, "| pushes refused with 503 (queue full), retried | %,d |%n", t.refusals());
        out.printf(Locale.ROOT, "| duplicates, rejected | %d, %d |%n", t.duplicates(), t.rejected());
        out.printf(Locale.ROOT, "| CPU time of the process, push to empty queue, s | %.1f |%n", t.cpuSeconds());
        out.printf(Locale.ROOT, "| posts pushed, stored and analysed per CPU-second | %,.0f |%n", t.perCpuSecond());
        out.printf(
                Locale.ROOT,
                "| system load average before, after (%d CPUs) | %.1f, %.1f |%n",
                Runtime.getRuntime().availableProcessors(),
                t.loadBefore(),
                t.loadAfter());
        out.println();
        out.printf(
                Locale.ROOT,
                "| latency at %d items/s offered (batches of %d, open loop), intended send to stored result | ms |%n",
                o.rate(),
                o.latencyBatch());
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| items | %,d in %.1f s |%n", l.items(), l.seconds());
        out.printf(Locale.ROOT, "| sent, items/s | %,.0f of %,d offered |%n", l.sentPerSecond(), o.rate());
        out.printf(
                Locale.ROOT,
                "| offered rate held | %s |%n",
                l.held(o.rate())
                        ? "yes"
                        : String.format(
                                Locale.ROOT,
                                "NO: %d of %d batches sent late, %d answered, %d failed",
                                l.batchesLate(),
                                l.batchesOffered(),
                                l.batchesAnswered(),
                                l.failures()));
        out.printf(Locale.ROOT, "| p50 | %.1f |%n", l.p50());
        out.printf(Locale.ROOT, "| p95 | %.1f |%n", l.p95());
        out.printf(Locale.ROOT, "| p99 | %.1f |%n", l.p99());
        out.printf(Locale.ROOT, "| max | %.1f |%n", l.max());
    }

    /**
     * Lets the other modules finish with the signals (risk and alerts listen to SignalDetected after commit) before
     * the server stops, so that closing it does not interrupt them; at most a minute.
     */
    private static void awaitListeners(JdbcClient jdbc, PrintStream err) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long pending = pendingEvents(jdbc);
        if (pending > 0) {
            err.printf(
                    Locale.ROOT,
                    "Waiting for %,d signal events to reach the other modules before stopping ...%n",
                    pending);
        }
        while (pending > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            pending = pendingEvents(jdbc);
        }
    }

    private static long pendingEvents(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class)
                .single();
    }

    private static long maxItemId(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM item")
                .query(Long.class)
                .single();
    }

    private static long outbox(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM item_outbox").query(Long.class).single();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** The server's API as a gateway and its administrator use it. */
    private static final class Api {

        private final URI base;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Api(URI base) {
            this.base = base;
        }

        /** Creates the push source for the gateway account and a token for it; returns the token. */
        String setUp(String adminPassword) {
            String admin = "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
            send(admin, "/api/v1/sources", """
                    {"id": "%s", "kind": "PUSH", "name": "Benchmark gateway", "reliability": "C",
                     "allowedAccounts": ["gateway"]}""".formatted(SOURCE), 201);
            return send(admin, "/api/v1/accounts/gateway/tokens", "{\"name\": \"bench\"}", 201)
                    .get("token")
                    .asString();
        }

        private final AtomicLong refusals = new AtomicLong();

        long refusals() {
            return refusals.get();
        }

        /** Pushes as a gateway does: a 503 (queue full) is retried after its Retry-After. */
        JsonNode push(String token, String body) {
            while (true) {
                try {
                    return send("Bearer " + token, "/api/v1/items", body, 200);
                } catch (QueueFull full) {
                    refusals.incrementAndGet();
                    try {
                        Thread.sleep(full.retryAfterMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
            }
        }

        private static final class QueueFull extends RuntimeException {
            final long retryAfterMillis;

            QueueFull(long retryAfterMillis) {
                super("queue full", null, false, false);
                this.retryAfterMillis = retryAfterMillis;
            }
        }

        private JsonNode send(String authorization, String path, String body, int expected) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 && expected == 200) {
                    long seconds = response.headers()
                            .firstValue("Retry-After")
                            .map(Long::parseLong)
                            .orElse(1L);
                    throw new QueueFull(Math.max(1, seconds) * 1000);
                }
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(
                            "POST " + path + " answered " + response.statusCode() + ": " + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * Short posts of about 200 characters in English, Russian, Turkish and Arabic: everyday words in random order, one
     * post in ten starting with a sentence that names the demo registry's people and missions or places (now and then
     * a threat), so that posts differ as real ones do (and are not near-duplicates of each other), and numbered so that
     * no two are the same text. The sentences and words are the resource {@value #RESOURCE} beside this class.
     */
    static final class Posts {

        /** The resource beside this class with each language's topic sentences and everyday words. */
        static final String RESOURCE = "ingest-bench-posts.tsv";

        private static final List<List<String>> TOPICS = new ArrayList<>();
        private static final List<String[]> WORDS = new ArrayList<>();

        static {
            // one language after another, in the order of the file; a language's words row follows its topics
            List<String> order = new ArrayList<>();
            java.util.Map<String, List<String>> topics = new java.util.HashMap<>();
            java.util.Map<String, String[]> words = new java.util.HashMap<>();
            for (org.vigil.analysis.lang.Table.Row row : org.vigil.analysis.lang.ResourceTable.of(
                            IngestBenchCommand.class, RESOURCE)
                    .requireColumns("language", "kind", "text")
                    .rows()) {
                String language = row.get("language");
                if (!order.contains(language)) {
                    order.add(language);
                }
                switch (row.get("kind")) {
                    case "topic" ->
                        topics.computeIfAbsent(language, k -> new ArrayList<>()).add(row.get("text"));
                    case "words" -> {
                        if (words.put(language, row.get("text").split(" ")) != null) {
                            throw row.error("a second words row for " + language);
                        }
                    }
                    default -> throw row.error("kind is '" + row.get("kind") + "': expected topic or words");
                }
            }
            for (String language : order) {
                if (!topics.containsKey(language) || !words.containsKey(language)) {
                    throw new org.vigil.analysis.lang.LanguageDataException(
                            "org/vigil/cli/" + RESOURCE,
                            0,
                            "language " + language + " needs topic rows and a words row");
                }
                TOPICS.add(List.copyOf(topics.get(language)));
                WORDS.add(words.get(language));
            }
        }

        private final long seed;
        private final String run = UUID.randomUUID().toString().substring(0, 6);
        // one sequence for the whole run: every post of the run is a new text
        private final AtomicLong sequence = new AtomicLong();

        Posts(long seed) {
            this.seed = seed;
        }

        String post(long n) {
            Random random = new Random(seed * 31 + n);
            int language = random.nextInt(TOPICS.size());
            List<String> topics = TOPICS.get(language);
            String[] words = WORDS.get(language);
            String suffix = " #" + run + "-" + n;
            // one post in ten names a protected person or mission (some of those threaten): a gateway's stream is
            // mostly chatter, and every threat also makes the risk module recompute the mission it targets
            StringBuilder text = new StringBuilder();
            if (random.nextInt(10) == 0) {
                text.append(topics.get(random.nextInt(topics.size()))).append(' ');
            }
            while (text.length() < 200 - suffix.length() - 12) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            return text.toString().strip() + suffix;
        }

        String batch(String prefix, int size) {
            ObjectNode body = JSON.createObjectNode();
            body.put("source", SOURCE);
            ArrayNode items = body.putArray("items");
            for (int i = 0; i < size; i++) {
                long n = sequence.incrementAndGet();
                ObjectNode item = items.addObject();
                item.put("id", prefix + "-" + run + "-" + n);
                item.put("text", post(n));
                item.put("kind", "POST");
                // a quarter answer the embassy's account, as the seed scenario's threats did; no language given,
                // as most gateways do not know it: the engine identifies it
                if (new Random(seed * 17 + n).nextInt(4) == 0) {
                    item.put("inReplyTo", "@RusEmbTurkey");
                }
            }
            return JSON.writeValueAsString(body);
        }
    }
}
