package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.TestPrincipals;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.shared.Scope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Latency benchmark: from an item accepted by the push intake to its alert in the inbox, at a steady rate. Every
 * item is a distinct threat against the ambassador in Ankara; the worker analyses it, stores the signal, and the
 * alert listener counts it into the inbox alert. An item's alert time is when its alert_event row was written, in
 * the transaction that makes it visible to the inbox query. Run with
 * {@code ./mvnw -q -B test -Dtest=AlertLatencyBench -Dvigil.bench=alerts} (rate, warm-up and duration:
 * {@code -Dbench.rate=200 -Dbench.warmup=5 -Dbench.seconds=30}); the figures go to target/bench-alerts.txt.
 */
@SpringBootTest(
        properties = {
            "vigil.alerts.escalation.enabled=false",
            "vigil.briefing.schedule.enabled=false",
            "logging.level.org.vigil=WARN"
        })
@EnabledIfSystemProperty(named = "vigil.bench", matches = "alerts")
@org.springframework.context.annotation.Import(AlertLatencyBench.WithoutRiskRecomputation.class)
class AlertLatencyBench {

    /**
     * With {@code -Dbench.risk=off}, the risk module's listener that recomputes a mission on each signal is left out,
     * to measure the alert path alone; by default everything runs as in production.
     */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class WithoutRiskRecomputation {
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor dropRiskTriggers() {
            return new org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor() {
                @Override
                public void postProcessBeanDefinitionRegistry(
                        org.springframework.beans.factory.support.BeanDefinitionRegistry registry) {
                    if ("off".equals(System.getProperty("bench.risk"))
                            && registry.containsBeanDefinition("riskTriggers")) {
                        registry.removeBeanDefinition("riskTriggers");
                    }
                }
            };
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] OPENINGS = {
        "Yerkhov, farewell to life.", "Ambassador Yerkhov, it is time for you to burn up.",
        "Yerkhov, no one will mourn you, we will kill you.", "We will kill ambassador Yerkhov in Ankara.",
        "Yerkhov you will die soon, we know where you live."
    };
    private static final String[] WORDS = ("idlib aleppo ankara embassy today tonight tomorrow street square car "
                    + "photo exhibition crowd brothers revenge blood children city market bridge river night morning "
                    + "winter summer train station road border village mountain office door window gate wall garden "
                    + "bread water fire smoke news video channel message reply account post share friends people")
            .split(" ");

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void itemToInboxLatency() throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int warmup = Integer.getInteger("bench.warmup", 5);
        int seconds = Integer.getInteger("bench.seconds", 30);
        Random random = new Random(42);
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Instant> acceptedByExternalId = new ConcurrentHashMap<>();
        List<String> measured = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int total = rate * (warmup + seconds);
        // one item every 1000/rate ms from a scheduler, each pushed on its own virtual thread as concurrent API
        // clients would, so that a slow push does not lower the offered rate
        ScheduledExecutorService pushers = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        long periodMicros = 1_000_000L / rate;
        pushers.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    clients.execute(
                            () -> pushOne(n, random, run, failures, acceptedByExternalId, measured, rate * warmup));
                },
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);

        await().atMost(Duration.ofSeconds(warmup + seconds + 120)).until(() -> sent.get() >= total);
        pushers.shutdown();
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.MINUTES);
        Instant pushEnd = Instant.now();

        // wait until every item was processed (signal or near-duplicate) and its alert written
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ? AND processed_at IS NULL")
                                .param("bench-" + run + "-%")
                                .query(Long.class)
                                .single()
                        == 0);
        Map<String, Instant> alertAt = new ConcurrentHashMap<>();
        jdbc.sql("""
                SELECT i.external_id, e.added_at FROM item i JOIN signal s ON s.item_id = i.id
                JOIN alert_event e ON e.ref_type = 'SIGNAL' AND e.ref_id = CAST(s.id AS VARCHAR(30))
                JOIN alert a ON a.id = e.alert_id AND a.mission_id = 'ru-embassy-ankara'
                WHERE i.external_id LIKE ?""").param("bench-" + run + "-%").query(rs -> {
            alertAt.merge(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    (a, b) -> a.isBefore(b) ? a : b);
        });
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (String id : measured) {
            if (!acceptedByExternalId.containsKey(id)) {
                continue;
            }
            Instant at = alertAt.get(id);
            if (at == null) {
                missing++;
            } else {
                latencies.add(Duration.between(acceptedByExternalId.get(id), at).toMillis());
            }
        }
        Collections.sort(latencies);
        // the rate really offered: measured items over the span of their push start times
        List<Instant> starts = measured.stream()
                .map(acceptedByExternalId::get)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        double achieved = starts.size() < 2
                ? 0
                : (starts.size() - 1)
                        / (Duration.between(starts.getFirst(), starts.getLast()).toMillis() / 1000.0);
        String report = String.format(
                Locale.ROOT,
                """
                Alerts latency, item accepted -> alert in the inbox (risk recomputation per signal: %s)
                target rate %d items/s, warm-up %d s, measured %d s: %d items measured (%.1f items/s offered), \
                %d with an alert, %d without (no threat signal or a near-duplicate)
                p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; push phase ended %s
                """,
                "off".equals(System.getProperty("bench.risk")) ? "off" : "on",
                rate,
                warmup,
                seconds,
                measured.size(),
                achieved,
                latencies.size(),
                missing,
                pct(latencies, 50),
                pct(latencies, 90),
                pct(latencies, 99),
                latencies.isEmpty() ? -1 : latencies.getLast(),
                pushEnd);
        List<Long> toSignal = new ArrayList<>();
        jdbc.sql("SELECT i.external_id, s.created_at FROM item i JOIN signal s ON s.item_id = i.id "
                        + "WHERE i.external_id LIKE ?")
                .param("bench-" + run + "-%")
                .query(rs -> {
                    Instant accepted = acceptedByExternalId.get(rs.getString(1));
                    if (accepted != null && measured.contains(rs.getString(1))) {
                        toSignal.add(Duration.between(
                                        accepted,
                                        rs.getObject(2, OffsetDateTime.class).toInstant())
                                .toMillis());
                    }
                });
        Collections.sort(toSignal);
        List<Long> signalToAlert = new ArrayList<>();
        jdbc.sql("""
                SELECT s.created_at, MIN(e.added_at) FROM item i JOIN signal s ON s.item_id = i.id
                JOIN alert_event e ON e.ref_type = 'SIGNAL' AND e.ref_id = CAST(s.id AS VARCHAR(30))
                WHERE i.external_id LIKE ? GROUP BY s.id, s.created_at""").param("bench-" + run + "-%").query(rs -> {
            signalToAlert.add(Duration.between(
                            rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant())
                    .toMillis());
        });
        Collections.sort(signalToAlert);
        report += String.format(
                Locale.ROOT,
                "stages: accepted -> signal stored p50 %d ms, p99 %d ms; "
                        + "signal stored -> alert in the inbox p50 %d ms, p99 %d ms, max %d ms%n",
                pct(toSignal, 50),
                pct(toSignal, 99),
                pct(signalToAlert, 50),
                pct(signalToAlert, 99),
                signalToAlert.isEmpty() ? -1 : signalToAlert.getLast());
        report += "push failures: " + failures.size()
                + (failures.isEmpty() ? "" : " (first: " + failures.getFirst() + ")") + "\n";
        report += "signals by level: "
                + jdbc.sql("""
                SELECT s.threat_level || '/' || COALESCE(m.mission_id, '-') || '=' || COUNT(*) FROM item i
                JOIN signal s ON s.item_id = i.id LEFT JOIN signal_mission m ON m.signal_id = s.id
                WHERE i.external_id LIKE ? GROUP BY s.threat_level, m.mission_id""").param("bench-" + run + "-%").query(String.class).list()
                + "; near-duplicates: "
                + jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ? " + "AND duplicate_of IS NOT NULL")
                        .param("bench-" + run + "-%")
                        .query(Long.class)
                        .single()
                + "\n";
        System.out.println(report);
        try {
            Files.writeString(Path.of("target", "bench-alerts.txt"), report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(latencies).isNotEmpty();
    }

    private void pushOne(
            int n,
            Random random,
            String run,
            List<String> failures,
            Map<String, Instant> acceptedByExternalId,
            List<String> measured,
            int warmupItems) {
        StringBuilder text = new StringBuilder(OPENINGS[n % OPENINGS.length]);
        synchronized (random) {
            for (int i = 0; i < 10; i++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        text.append(' ').append(n).append('.');
        String id = "bench-" + run + "-" + n;
        ObjectNode item = JSON.createObjectNode()
                .put("id", id)
                .put("text", text.toString())
                .put("kind", "POST")
                .put("inReplyTo", "@RusEmbTurkey");
        SecurityContextHolder.getContext().setAuthentication(TestPrincipals.auth("admin", Scope.all(), "ROLE_ADMIN"));
        Instant start = Instant.now();
        try {
            var report = intake.push("demo-social", List.<JsonNode>of(item));
            if (report.accepted() != 1) {
                failures.add(id + ": " + report);
                return;
            }
        } catch (RuntimeException e) {
            failures.add(id + ": " + e);
            return;
        }
        acceptedByExternalId.put(id, start);
        if (n >= warmupItems) {
            measured.add(id);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
