package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.vigil.analysis.ThreatLevel;
import org.vigil.ingest.SourceFailing;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevelChanged;
import org.vigil.signals.SignalDetected;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alerts as their users meet them through the API: raised by rules, scoped, grouped, worked on, escalated. */
class AlertsApiTest extends AlertsTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AlertDesk desk;

    private JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private JsonNode getJson(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return json(mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long awaitAlert(String missionId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !alertIds(missionId).isEmpty());
        return alertIds(missionId).getFirst();
    }

    @Test
    void aThreatAgainstAnkaraIsSeenByItsOfficerAndHqButNeverByIstanbul() throws Exception {
        SignalDetected signal = threat("ru-embassy-ankara", ThreatLevel.HIGH);
        publish(signal);
        // the alert that carries this signal: a new one, or one about Ankara raised by another test of this context
        // that it was grouped into
        long id = awaitAlertOf(signal);

        JsonNode mine = getJson("/api/v1/alerts?mission=ru-embassy-ankara", ANKARA);
        assertThat(mine.get("items").findValuesAsString("missionId")).contains("ru-embassy-ankara");
        assertThat(getJson("/api/v1/alerts/" + id, ANKARA).get("title").asString())
                .contains("threat against Embassy of the Russian Federation in Turkey");
        assertThat(getJson("/api/v1/alerts/" + id, ANALYST).get("id").asLong()).isEqualTo(id);

        JsonNode istanbul = getJson("/api/v1/alerts?size=500", ISTANBUL);
        assertThat(istanbul.get("items").findValuesAsString("missionId")).doesNotContain("ru-embassy-ankara");
        mvc.perform(get("/api/v1/alerts/" + id).with(ISTANBUL)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alerts/" + id + "/acknowledge").with(ISTANBUL))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alerts/cap?mission=ru-embassy-ankara").with(ISTANBUL))
                .andExpect(status().isNotFound());
        String feed = mvc.perform(get("/api/v1/alerts/cap").with(ISTANBUL))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(feed).doesNotContain("urn:vigil:alert:" + id + ":");

        // the CSV export holds the same alerts, within the same scope
        var csv = mvc.perform(get("/api/v1/alerts/export.csv?mission=ru-embassy-ankara")
                        .with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
        String body = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).startsWith("id,level,status,mission,").contains("\r\n" + id + ",");
        String istanbulCsv = mvc.perform(get("/api/v1/alerts/export.csv").with(ISTANBUL))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(istanbulCsv).doesNotContain("ru-embassy-ankara");

        // addressed to the mission's officer, its head and HQ analysts, nobody of another mission
        List<String> recipients = jdbc.sql("SELECT username FROM alert_recipient WHERE alert_id = ?")
                .param(id)
                .query(String.class)
                .list();
        assertThat(recipients)
                .contains("officer.ankara", "head.ankara", "analyst")
                .doesNotContain("officer.istanbul", "director");
    }

    @Test
    void aStormAboutTheSameTargetIsOneAlertWithACount() throws Exception {
        for (int i = 0; i < 5; i++) {
            publish(threat("ru-embassy-paris", i == 3 ? ThreatLevel.CRITICAL : ThreatLevel.HIGH));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql(
                                        "SELECT COALESCE(SUM(event_count), 0) FROM alert WHERE mission_id = 'ru-embassy-paris'")
                                .query(Long.class)
                                .single()
                        == 5);
        List<Long> ids = alertIds("ru-embassy-paris");
        assertThat(ids).hasSize(1);
        JsonNode alert = getJson("/api/v1/alerts/" + ids.getFirst(), ANALYST);
        assertThat(alert.get("count").asInt()).isEqualTo(5);
        assertThat(alert.get("level").asString()).isEqualTo("CRITICAL");
        assertThat(alert.get("events")).hasSize(5);

        // once resolved, the next threat opens a new alert; a low threat is below the demo rule's level
        mvc.perform(post("/api/v1/alerts/" + ids.getFirst() + "/resolve").with(ANALYST))
                .andExpect(status().isOk());
        publish(threat("ru-embassy-paris", ThreatLevel.LOW));
        publish(threat("ru-embassy-paris", ThreatLevel.HIGH));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> alertIds("ru-embassy-paris").size() == 2);

        // and after the window the same target opens a new alert too
        clock.advance(Duration.ofMinutes(61));
        publish(threat("ru-embassy-paris", ThreatLevel.HIGH));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> alertIds("ru-embassy-paris").size() == 3);
    }

    @Autowired
    AlertRules alertRules;

    @Autowired
    Recipients recipients;

    @Autowired
    Deliveries deliveries;

    @Autowired
    org.vigil.audit.AuditTrail auditTrail;

    @Test
    void instancesSharingTheDatabaseGroupOneStormIntoOneAlert() throws Exception {
        // four raisers built apart, as four instances would be: they share no in-memory lock, only the database
        List<AlertRaiser> instances = java.util.stream.IntStream.range(0, 4)
                .mapToObj(
                        i -> new AlertRaiser(jdbc, alertRules, recipients, deliveries, auditTrail, clock, transactions))
                .toList();
        for (int round = 0; round < 5; round++) {
            String subject = "threat:ru-embassy-berlin:storm-" + round + "-" + System.nanoTime();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(instances.size());
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(instances.size())) {
                List<java.util.concurrent.Future<List<AlertRaiser.Raised>>> raised = new java.util.ArrayList<>();
                for (AlertRaiser instance : instances) {
                    // each instance handles another signal about the same target
                    Trigger trigger = new Trigger(
                            AlertKind.THREAT,
                            "ru-embassy-berlin",
                            subject,
                            3,
                            0,
                            "HIGH threat against the embassy in Berlin",
                            "",
                            "SIGNAL",
                            Integer.toString(raised.size()),
                            null);
                    raised.add(pool.submit(() -> {
                        start.await();
                        return instance.raise(trigger);
                    }));
                }
                for (var f : raised) {
                    assertThat(f.get()).isNotEmpty();
                }
            }
            List<Map<String, Object>> alerts = jdbc.sql("SELECT id, event_count FROM alert WHERE subject_key = ?")
                    .param(subject)
                    .query()
                    .listOfRows();
            assertThat(alerts).as("round %d", round).hasSize(1);
            assertThat(((Number) alerts.getFirst().get("event_count")).intValue())
                    .isEqualTo(instances.size());
        }
    }

    @Test
    void anEventHandledAgainAfterACrashIsNotCountedTwice() {
        AlertRaiser raiser = new AlertRaiser(jdbc, alertRules, recipients, deliveries, auditTrail, clock, transactions);
        String subject = "threat:ru-embassy-berlin:redelivered-" + System.nanoTime();
        Trigger first = new Trigger(
                AlertKind.THREAT,
                "ru-embassy-berlin",
                subject,
                3,
                0,
                "HIGH threat against the embassy in Berlin",
                "",
                "SIGNAL",
                "777001",
                null);
        Trigger second = new Trigger(
                AlertKind.THREAT,
                "ru-embassy-berlin",
                subject,
                3,
                0,
                "HIGH threat against the embassy in Berlin",
                "",
                "SIGNAL",
                "777002",
                null);
        long id = raiser.raise(first).getFirst().alertId();
        assertThat(raiser.raise(first).getFirst().count())
                .as("the same signal redelivered")
                .isEqualTo(1);
        assertThat(raiser.raise(second).getFirst().count())
                .as("another signal about the same target")
                .isEqualTo(2);
        assertThat(raiser.raise(second).getFirst().alertId()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT event_count FROM alert WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_event WHERE alert_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void acknowledgeAssignResolveAreCheckedAndAudited() throws Exception {
        publish(threat("ru-embassy-berlin", ThreatLevel.HIGH));
        long id = awaitAlert("ru-embassy-berlin");

        mvc.perform(post("/api/v1/alerts/" + id + "/acknowledge").with(HEAD_ANKARA))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alerts/" + id + "/assign")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assignee\":\"officer.istanbul\"}"))
                .andExpect(status().isBadRequest());
        JsonNode assigned = json(mvc.perform(post("/api/v1/alerts/" + id + "/assign")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assignee\":\"director\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(assigned.get("assignee").asString()).isEqualTo("director");
        assertThat(assigned.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        mvc.perform(post("/api/v1/alerts/" + id + "/acknowledge").with(ANALYST)).andExpect(status().isConflict());
        JsonNode resolved =
                json(mvc.perform(post("/api/v1/alerts/" + id + "/resolve").with(DIRECTOR))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolvedBy").asString()).isEqualTo("director");
        mvc.perform(post("/api/v1/alerts/" + id + "/resolve").with(ANALYST)).andExpect(status().isConflict());

        List<String> actions = jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = 'ALERT' "
                        + "AND entity_id = ? ORDER BY seq")
                .param(Long.toString(id))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATE", "ASSIGN", "RESOLVE");
    }

    @Test
    void nobodyAcknowledgingWithinTheRuleTimeEscalatesToTheDirector() throws Exception {
        publish(threat("ru-embassy-london", ThreatLevel.HIGH));
        long id = awaitAlert("ru-embassy-london");

        clock.advance(Duration.ofMinutes(29));
        assertThat(desk.escalateDue()).doesNotContain(id);
        clock.advance(Duration.ofMinutes(2));
        assertThat(desk.escalateDue()).contains(id);
        assertThat(desk.escalateDue()).doesNotContain(id);

        JsonNode alert = getJson("/api/v1/alerts/" + id, DIRECTOR);
        assertThat(alert.get("escalated").asBoolean()).isTrue();
        assertThat(alert.get("recipients").findValuesAsString("username")).contains("director");

        // an acknowledged alert does not escalate
        publish(threat("ru-embassy-berlin", ThreatLevel.CRITICAL));
        publish(threat("ru-embassy-berlin", ThreatLevel.HIGH));
        long rome = awaitAlert("ru-embassy-berlin");
        mvc.perform(post("/api/v1/alerts/" + rome + "/acknowledge").with(ANALYST))
                .andExpect(status().isOk());
        clock.advance(Duration.ofHours(1));
        assertThat(desk.escalateDue()).doesNotContain(rome);
    }

    @Test
    void rulesAreManagedByHqAndAudited() throws Exception {
        String rule = """
                {"name":"Ankara: any risk rise","kind":"RISK_RAISED","fromLevel":"MODERATE",
                 "missions":["ru-embassy-ankara"],"channels":["INBOX"],"escalateAfterMinutes":15,
                 "groupWindowMinutes":30}""";
        mvc.perform(post("/api/v1/alert-rules")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rule))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alert-rules").with(ANKARA)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alert-rules")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rule.replace("ru-embassy-ankara", "no-such-mission")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/alert-rules")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rule.replace("\"INBOX\"", "\"WEBHOOK\"")))
                .andExpect(status().isBadRequest());
        JsonNode created = json(mvc.perform(post("/api/v1/alert-rules")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rule))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long ruleId = created.get("id").asLong();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'ALERT_RULE' AND entity_id = ?")
                        .param(Long.toString(ruleId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // MODERATE -> HIGH fires this rule (and the demo rule); LOW -> MODERATE fires neither
        Instant now = clock.instant();
        publish(new RiskLevelChanged(
                "ru-embassy-ankara", RiskCategory.CRIME, RiskLevel.LOW, RiskLevel.MODERATE, 40, "test", now));
        publish(new RiskLevelChanged(
                "ru-embassy-ankara",
                RiskCategory.CRIME,
                RiskLevel.MODERATE,
                RiskLevel.HIGH,
                60,
                "two robberies nearby",
                now));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM alert WHERE rule_id = ?")
                                .param(ruleId)
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("SELECT title FROM alert WHERE rule_id = ?")
                        .param(ruleId)
                        .query(String.class)
                        .single())
                .contains("crime risk raised to HIGH from MODERATE");
        // the alert leads to the mission's risk page, which an officer of that mission can open
        String link = jdbc.sql("SELECT link FROM alert WHERE rule_id = ?")
                .param(ruleId)
                .query(String.class)
                .single();
        assertThat(link).isEqualTo("/risk/missions/ru-embassy-ankara");
        mvc.perform(get(link)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(org.vigil.TestPrincipals.officer("ru-embassy-ankara"))))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/alert-rules/" + ruleId).with(ANALYST)).andExpect(status().isConflict());
    }

    @Test
    void aSourceDownIsForHqOnly() throws Exception {
        String prefix = "feed-" + System.nanoTime() + "-";
        String source = prefix + "x".repeat(100 - prefix.length()); // as long as a source id may be
        publish(new SourceFailing(source, "Test feed", 3, "HTTP 503", clock.instant()));
        publish(new SourceFailing(source, "Test feed", 4, "HTTP 503", clock.instant()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM alert WHERE subject_key = ? AND event_count = 2")
                                .param("source:" + source)
                                .query(Long.class)
                                .single()
                        == 1);
        long id = jdbc.sql("SELECT id FROM alert WHERE subject_key = ?")
                .param("source:" + source)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/alerts/" + id).with(ANKARA)).andExpect(status().isNotFound());
        assertThat(getJson("/api/v1/alerts/" + id, ADMIN).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void severalAlertsAreAcknowledgedAtOnceEachWithinTheCallersScope() throws Exception {
        publish(threat("ru-embassy-brasilia", ThreatLevel.CRITICAL));
        long brasilia = awaitAlert("ru-embassy-brasilia");
        jdbc.sql("UPDATE alert SET status = 'NEW', acknowledged_at = NULL, acknowledged_by = NULL WHERE id = ?")
                .param(brasilia)
                .update(); // a fresh alert whatever an earlier run of this context did with it

        // the Istanbul officer may not see Brasilia's alert: it is left, and said so
        JsonNode refused = json(mvc.perform(post("/api/v1/alerts/acknowledge")
                        .with(ISTANBUL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + brasilia + "]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.get("acknowledged")).isEmpty();
        assertThat(refused.get("skipped").get(Long.toString(brasilia)).asString())
                .isEqualTo("not found");
        assertThat(getJson("/api/v1/alerts/" + brasilia, ANALYST).get("status").asString())
                .isEqualTo("NEW");

        // HQ acknowledges it with an id that does not exist: one done, the other named
        JsonNode done = json(mvc.perform(post("/api/v1/alerts/acknowledge")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + brasilia + ", 999999999]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(done.get("acknowledged").get(0).asLong()).isEqualTo(brasilia);
        assertThat(done.get("skipped").get("999999999").asString()).isEqualTo("not found");
        JsonNode after = getJson("/api/v1/alerts/" + brasilia, ANALYST);
        assertThat(after.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(after.get("acknowledgedBy").asString()).isEqualTo("analyst");

        // a second time it is no longer new
        JsonNode again = json(mvc.perform(post("/api/v1/alerts/acknowledge")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + brasilia + "]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.get("skipped").get(Long.toString(brasilia)).asString()).isEqualTo("no longer new");

        mvc.perform(post("/api/v1/alerts/acknowledge")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": []}"))
                .andExpect(status().isBadRequest());
    }
}
