package org.vigil.ingest.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.VigilApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vigil instances for the transport tests and the benchmark: servers started as the launcher starts them (a real
 * HTTP port, demo data), items pushed through the push API as a gateway would, and the stored signals read back in
 * a form that does not depend on database ids.
 */
final class TransportInstances {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TransportInstances() {}

    /** A server on a free port; {@code args} are command-line properties ({@code --name=value}). */
    static ConfigurableApplicationContext server(String... args) {
        String[] all = Stream.concat(
                        Stream.of(
                                "--server.port=0",
                                "--logging.level.org.vigil=WARN",
                                "--logging.level.org.apache.kafka=WARN"),
                        Stream.of(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VigilApplication.class).run(all);
    }

    static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Pushes documents to the demo push source as admin, in batches; returns the number accepted. */
    static int push(ConfigurableApplicationContext server, List<ObjectNode> documents, int batch)
            throws IOException, InterruptedException {
        int accepted = 0;
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        for (int from = 0; from < documents.size(); from += batch) {
            ObjectNode body = JSON.createObjectNode();
            body.put("source", "demo-social");
            body.putArray("items").addAll(documents.subList(from, Math.min(documents.size(), from + batch)));
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(server) + "/api/v1/items"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(2))
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("push answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode report = JSON.readTree(response.body());
            accepted += report.get("accepted").asInt();
        }
        return accepted;
    }

    /** Items of the demo push source not yet analysed (outbox rows left). */
    static long pending(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM item_outbox").query(Long.class).single();
    }

    /**
     * What analysis made of each pushed item, by the item's own id: its signal (language, score, level, categories,
     * evidence, mentions, places, linked missions and people with "targeted") or the item it is a copy of.
     */
    static Map<String, String> outcomes(JdbcClient jdbc) {
        Map<String, String> outcomes = new TreeMap<>();
        jdbc.sql("""
                SELECT i.external_id, s.id AS signal_id, s.language, s.threat_score, s.threat_level, s.categories,
                       s.evidence, s.mentions, s.places, f.external_id AS copy_of
                FROM item i LEFT JOIN signal s ON s.item_id = i.id LEFT JOIN item f ON f.id = i.duplicate_of
                WHERE i.source_id = 'demo-social'
                """).query().listOfRows().forEach(row -> {
            Object signal = row.get("signal_id");
            String outcome;
            if (signal == null) {
                outcome = "copy of " + row.get("copy_of");
            } else {
                long id = ((Number) signal).longValue();
                List<String> links = new ArrayList<>();
                links.addAll(jdbc.sql(
                                "SELECT 'mission ' || mission_id || CASE WHEN targeted THEN ' targeted' ELSE ' mentioned' END FROM signal_mission "
                                        + "WHERE signal_id = ? ORDER BY mission_id")
                        .param(id)
                        .query(String.class)
                        .list());
                links.addAll(jdbc.sql(
                                "SELECT 'person ' || person_id || CASE WHEN targeted THEN ' targeted' ELSE ' mentioned' END FROM signal_person "
                                        + "WHERE signal_id = ? ORDER BY person_id")
                        .param(id)
                        .query(String.class)
                        .list());
                outcome = String.join(
                        " | ",
                        String.valueOf(row.get("language")),
                        String.valueOf(row.get("threat_score")),
                        String.valueOf(row.get("threat_level")),
                        String.valueOf(row.get("categories")),
                        String.valueOf(row.get("evidence")),
                        String.valueOf(row.get("mentions")),
                        String.valueOf(row.get("places")),
                        links.toString());
            }
            outcomes.put((String) row.get("external_id"), outcome);
        });
        return outcomes;
    }
}
