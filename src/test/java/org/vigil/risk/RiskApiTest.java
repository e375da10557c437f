package org.vigil.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.TestPrincipals;
import org.vigil.risk.ActiveMeasures.ActiveMeasure;
import org.vigil.risk.OpenIncidents.OpenIncident;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk picture through its API with the demo accounts, and the seed scenario: three threats against Yerkhov,
 * posted as replies to @RusEmbTurkey through the demo social-media gateway, raise the Ankara embassy's targeted-threat
 * level, and the API names those posts as the reason. Its own context, so that no other test's posts are there.
 */
// the appearances' demo threats (against the exhibition opening) stay out: this test starts from no threat at all
@SpringBootTest(properties = "vigil.test.context=risk-api")
@AutoConfigureMockMvc
@Tag("db")
class RiskApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");
    private static final String EMBASSY = "ru-embassy-ankara";

    /** Incidents and measures as their modules will provide them, and the events risk publishes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        // static: the configuration instance may be proxied, its fields are not the ones the test reads
        static final List<OpenIncident> incidents = new CopyOnWriteArrayList<>();
        static final List<ActiveMeasure> measures = new CopyOnWriteArrayList<>();
        static final List<RiskLevelChanged> changes = new CopyOnWriteArrayList<>();
        static final List<SurgeDetected> surges = new CopyOnWriteArrayList<>();

        @Bean
        OpenIncidents testIncidents() {
            return mission -> incidents.stream()
                    .filter(i -> i.missionId().equals(mission))
                    .toList();
        }

        @Bean
        ActiveMeasures testMeasures() {
            return mission ->
                    measures.stream().filter(m -> m.missionId().equals(mission)).toList();
        }

        @TransactionalEventListener
        void on(RiskLevelChanged e) {
            changes.add(e);
        }

        @TransactionalEventListener
        void on(SurgeDetected e) {
            surges.add(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    private JsonNode json(RequestPostProcessor who, String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static JsonNode category(JsonNode risk, String category) {
        for (JsonNode c : risk.get("categories")) {
            if (c.get("category").asString().equals(category)) {
                return c;
            }
        }
        throw new AssertionError("no " + category + " in " + risk);
    }

    @Test
    void theSeedThreatsAgainstYerkhovRaiseAnkarasTargetedThreatLevelAndAreNamedAsTheReason() throws Exception {
        JsonNode before = json(ANKARA, "/api/v1/missions/" + EMBASSY + "/risk");
        JsonNode targetedBefore = category(before, "TARGETED_THREATS");
        // the Turkish baseline (less whatever protection the measures module's demo data has in force)
        assertThat(targetedBefore.get("rank").asInt()).isLessThan(4);
        assertThat(targetedBefore.get("drivers").toString())
                .contains("country-baseline")
                .doesNotContain("targeted-signals");

        List<String> threats = List.of("Farewell to life", "No one will mourn you", "It is time for you to burn up");
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < threats.size(); i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "seed-reply-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                     "source": "x.com/user%d"}""".formatted(i, threats.get(i), i));
        }
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"demo-social\", \"items\": " + items + "]}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id
                WHERE i.source_id = 'demo-social' AND i.external_id LIKE 'seed-reply-%'""").query(Long.class).single() == 3);
        List<String> signalIds = jdbc.sql("""
                SELECT s.id FROM signal s JOIN item i ON i.id = s.item_id
                WHERE i.source_id = 'demo-social' AND i.external_id LIKE 'seed-reply-%'""").query(String.class).list();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> category(json(ANKARA, "/api/v1/missions/" + EMBASSY + "/risk"), "TARGETED_THREATS")
                                .get("rank")
                                .asInt()
                        > targetedBefore.get("rank").asInt());
        JsonNode after = json(ANKARA, "/api/v1/missions/" + EMBASSY + "/risk");
        JsonNode targeted = category(after, "TARGETED_THREATS");
        // three posts from a C-graded gateway, one of them CRITICAL: one level up (docs/risk.md, calibration)
        assertThat(targeted.get("score").asInt())
                .isGreaterThan(targetedBefore.get("score").asInt());
        assertThat(targeted.get("crosswalk").get("usAdvisory").asInt())
                .isEqualTo(targeted.get("rank").asInt());
        JsonNode signals = null;
        for (JsonNode d : targeted.get("drivers")) {
            if (d.get("factor").asString().equals("targeted-signals")) {
                signals = d;
            }
        }
        assertThat(signals).as("the signals are a driver: " + targeted).isNotNull();
        List<String> evidence = new ArrayList<>();
        signals.get("evidence").forEach(e -> evidence.add(e.get("id").asString()));
        assertThat(evidence).containsExactlyInAnyOrderElementsOf(signalIds);
        assertThat(signals.get("evidence").get(0).get("link").asString()).startsWith("/signals/");
        assertThat(signals.get("reason").asString()).contains("3 signals", "Farewell to life");
        assertThat(signals.get("share").asDouble()).isBetween(0.0, 1.0);
        assertThat(after.get("overall").get("rank").asInt())
                .isGreaterThanOrEqualTo(targeted.get("rank").asInt());
        String levelBefore = targetedBefore.get("level").asString();
        String levelAfter = targeted.get("level").asString();

        // the history says when and why, and the change was announced; a burst of three was a surge
        JsonNode history = json(ANKARA, "/api/v1/missions/" + EMBASSY + "/risk/history");
        boolean found = false;
        for (JsonNode h : history) {
            if ("TARGETED_THREATS".equals(h.path("category").asString(""))
                    && levelAfter.equals(h.get("to").asString())
                    && levelBefore.equals(h.path("from").asString(""))) {
                found = true;
                assertThat(h.get("reason").asString()).contains("Farewell to life");
                assertThat(h.get("cause").asString()).startsWith("signal #");
            }
        }
        assertThat(found).as(history.toString()).isTrue();
        assertThat(Fakes.changes).anySatisfy(c -> {
            assertThat(c.missionId()).isEqualTo(EMBASSY);
            assertThat(c.category()).isEqualTo(RiskCategory.TARGETED_THREATS);
            assertThat(c.raised()).isTrue();
            assertThat(c.reason()).contains("Farewell to life");
        });
        assertThat(Fakes.surges).anySatisfy(s -> {
            assertThat(s.missionId()).isEqualTo(EMBASSY);
            assertThat(s.observed()).isGreaterThanOrEqualTo(3);
            assertThat(s.pValue()).isLessThan(0.01);
        });

        // need-to-know: the Istanbul officer sees none of it
        mvc.perform(get("/api/v1/missions/" + EMBASSY + "/risk").with(ISTANBUL)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions/" + EMBASSY + "/risk/history").with(ISTANBUL))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/risk/missions/" + EMBASSY + "/overrides").with(ISTANBUL))
                .andExpect(status().isNotFound());
        JsonNode visible = json(ISTANBUL, "/api/v1/risk/missions");
        List<String> ids = new ArrayList<>();
        visible.forEach(m -> ids.add(m.get("missionId").asString()));
        assertThat(ids).containsExactly("ru-consulate-istanbul");
        mvc.perform(get("/api/v1/events").param("missionId", EMBASSY).with(ISTANBUL))
                .andExpect(status().isNotFound());
    }

    @Test
    void analystsOverrideWithAJustificationAndAnExpiryAuditedAndOthersMayNot() throws Exception {
        String mission = "ru-consulate-istanbul";
        String expires = Instant.now().plus(Duration.ofDays(7)).toString();
        mvc.perform(post("/api/v1/risk/missions/" + mission + "/overrides")
                        .with(ISTANBUL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"category": "CRIME", "level": "HIGH", "justification": "Wave of robberies", "expiresAt": "%s"}""".formatted(expires)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/risk/missions/" + mission + "/overrides")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"category": "CRIME", "level": "HIGH", "justification": "", "expiresAt": "2001-01-01T00:00:00Z"}"""))
                .andExpect(status().isBadRequest());
        String body = mvc.perform(post("/api/v1/risk/missions/" + mission + "/overrides")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"category": "CRIME", "level": "HIGH", "justification": "Wave of armed robberies of diplomats",
                         "expiresAt": "%s"}""".formatted(expires)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(body).get("id").asLong();
        JsonNode crime = category(json(ISTANBUL, "/api/v1/missions/" + mission + "/risk"), "CRIME");
        assertThat(crime.get("level").asString()).isEqualTo("HIGH");
        assertThat(crime.get("computedLevel").asString()).isEqualTo("LOW");
        assertThat(crime.get("override").get("justification").asString()).contains("armed robberies");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'OVERRIDE' AND entity_id = ?")
                        .param(mission)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(json(ANALYST, "/api/v1/missions/" + mission + "/risk/history")
                        .toString())
                .contains("Override to HIGH by analyst");

        mvc.perform(delete("/api/v1/risk/missions/" + mission + "/overrides/" + id)
                        .with(ANALYST))
                .andExpect(status().isOk());
        assertThat(category(json(ISTANBUL, "/api/v1/missions/" + mission + "/risk"), "CRIME")
                        .get("level")
                        .asString())
                .isEqualTo("LOW");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'REVOKE_OVERRIDE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void baselinesAreSetByAnalystsWithSourceAndDateAndMoveTheCountrysMissions() throws Exception {
        mvc.perform(put("/api/v1/risk/baselines/AR/CRIME")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\": 60, \"source\": \"x\", \"sourceDate\": \"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/risk/baselines/AR/CRIME")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\": 160}"))
                .andExpect(status().isBadRequest());
        mvc.perform(
                        put("/api/v1/risk/baselines/AR/CRIME")
                                .with(ANALYST)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"score\": 60, \"source\": \"Embassy security survey\", \"sourceDate\": \"2026-10-01\"}"))
                .andExpect(status().isOk());
        JsonNode crime = category(json(ANALYST, "/api/v1/missions/ru-embassy-buenos-aires/risk"), "CRIME");
        assertThat(crime.get("level").asString()).isEqualTo("HIGH");
        assertThat(crime.get("drivers").get(0).get("reason").asString())
                .contains("Embassy security survey", "2026-10-01");
        assertThat(category(json(ANKARA, "/api/v1/risk/countries/AR"), "CRIME")
                        .get("score")
                        .asInt())
                .isEqualTo(60);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'RISK_BASELINE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void conflictEventsNearAMissionDriveItsArmedConflictLevelWithLinksToTheEvents() throws Exception {
        JsonNode near = json(ANALYST, "/api/v1/events?missionId=ru-embassy-damascus&radiusKm=100");
        assertThat(near.get("total").asInt()).isGreaterThan(5);
        near.get("items")
                .forEach(e -> assertThat(e.get("distanceKm").asDouble()).isLessThanOrEqualTo(100));
        JsonNode armed = category(json(ANALYST, "/api/v1/missions/ru-embassy-damascus/risk"), "ARMED_CONFLICT");
        JsonNode events = null;
        for (JsonNode d : armed.get("drivers")) {
            if (d.get("factor").asString().equals("conflict-events")) {
                events = d;
            }
        }
        assertThat(events).as(armed.toString()).isNotNull();
        String link = events.get("evidence").get(0).get("link").asString();
        assertThat(link).startsWith("/api/v1/events/");
        assertThat(json(ANKARA, link).get("countryCode").asString()).isEqualTo("SY");
        assertThat(json(ANALYST, "/api/v1/events?country=SY&from=2000-01-01")
                        .get("total")
                        .asInt())
                .isGreaterThan(5);
        mvc.perform(get("/api/v1/events").param("bbox", "1,2,3").with(ANALYST)).andExpect(status().isBadRequest());
    }

    @Test
    void aMissionsRiskSaysHowItRelatesToItsCountrysAndWhyTheyDiffer() throws Exception {
        for (String mission : List.of("ru-embassy-damascus", EMBASSY, "ru-embassy-tokyo")) {
            JsonNode risk = json(ANALYST, "/api/v1/missions/" + mission + "/risk");
            JsonNode relation = risk.get("country");
            assertThat(relation).as(mission).isNotNull();
            String code = relation.get("countryCode").asString();
            JsonNode country = json(ANALYST, "/api/v1/risk/countries/" + code);
            assertThat(relation.get("countryLevel").asString())
                    .isEqualTo(country.get("overall").get("level").asString());
            assertThat(relation.get("countryScore").asInt())
                    .isEqualTo(country.get("overall").get("score").asInt());
            assertThat(relation.get("missionLevel").asString())
                    .isEqualTo(risk.get("overall").get("level").asString());
            int diff = RiskLevel.valueOf(relation.get("missionLevel").asString())
                            .rank()
                    - RiskLevel.valueOf(relation.get("countryLevel").asString()).rank();
            assertThat(relation.get("relation").asString())
                    .isEqualTo(diff < 0 ? "BELOW_COUNTRY" : diff == 0 ? "AT_COUNTRY" : "ABOVE_COUNTRY");
            JsonNode explanation = relation.get("explanation");
            assertThat(explanation.size()).isGreaterThanOrEqualTo(1);
            if (diff != 0) {
                assertThat(explanation.get(0).asString())
                        .contains(country.get("name").asString(), diff < 0 ? "below" : "above");
                assertThat(explanation.size())
                        .as("the category that makes the difference, factor by factor")
                        .isGreaterThanOrEqualTo(3);
                assertThat(explanation.get(1).asString()).contains("country");
                assertThat(explanation.get(2).asString()).contains("mission");
            }
            assertThat(country.get("note").asString()).contains("country as a whole", "within");
        }
    }

    @Test
    void openIncidentsRaiseAndImplementedMeasuresLowerTheLevelWhenTheirModulesSaySo() throws Exception {
        String mission = "ru-embassy-tokyo";
        Fakes.incidents.add(
                new OpenIncident(41, mission, "protest", 4, Instant.now(), "Crowd blocks the gate", "/incidents/41"));
        announce(mission, "incident 41 opened");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> category(json(ANALYST, "/api/v1/missions/" + mission + "/risk"), "POLITICAL_VIOLENCE")
                                .get("score")
                                .asInt()
                        >= 35);
        JsonNode pv = category(json(ANALYST, "/api/v1/missions/" + mission + "/risk"), "POLITICAL_VIOLENCE");
        assertThat(pv.get("level").asString()).isEqualTo("MODERATE");
        assertThat(pv.toString()).contains("/incidents/41", "Crowd blocks the gate");
        int raised = pv.get("score").asInt();

        Fakes.measures.add(new ActiveMeasure(
                7,
                mission,
                "MORE_GUARDS",
                "More guards at the gate",
                Set.of(RiskCategory.POLITICAL_VIOLENCE),
                0.5,
                Instant.now(),
                "/measures/7"));
        announce(mission, "measure 7 implemented");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> category(json(ANALYST, "/api/v1/missions/" + mission + "/risk"), "POLITICAL_VIOLENCE")
                                .get("score")
                                .asInt()
                        < raised);
        JsonNode lowered = category(json(ANALYST, "/api/v1/missions/" + mission + "/risk"), "POLITICAL_VIOLENCE");
        assertThat(lowered.get("score").asInt()).isEqualTo(Math.round(raised * 0.5f));
        assertThat(lowered.get("reductions").get(0).get("evidence").get("link").asString())
                .isEqualTo("/measures/7");
        Fakes.incidents.clear();
        Fakes.measures.clear();
        announce(mission, "cleanup");
    }

    @Test
    void theRiskPageExplainsTheLevelsWithinNeedToKnowAndTakesAnAnalystsOverride() throws Exception {
        var officer = authentication(TestPrincipals.officer("ru-consulate-istanbul"));
        var analyst =
                authentication(TestPrincipals.auth("test.analyst", org.vigil.shared.Scope.all(), "ROLE_HQ_ANALYST"));
        String page = mvc.perform(get("/risk/missions/ru-embassy-damascus").with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "id=\"risk-summary\"",
                        "id=\"summary-reasons\"",
                        "Beside the country",
                        "id=\"risk-levels\"",
                        "Armed conflict",
                        "conflict-events",
                        "/api/v1/events/",
                        "id=\"risk-trend\"",
                        "id=\"override-form\"",
                        "UK FCDO",
                        "Exercise");
        mvc.perform(get("/risk/missions/" + EMBASSY).with(officer)).andExpect(status().isNotFound());
        String own = mvc.perform(get("/risk/missions/ru-consulate-istanbul").with(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains("id=\"risk-levels\"").doesNotContain("id=\"override-form\"");
        mvc.perform(post("/risk/missions/ru-consulate-istanbul/overrides")
                        .with(officer)
                        .with(csrf())
                        .param("category", "CRIME")
                        .param("level", "HIGH")
                        .param("justification", "not mine to decide")
                        .param("days", "3"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/risk/missions/ru-embassy-damascus/overrides")
                        .with(analyst)
                        .with(csrf())
                        .param("category", "CRIME")
                        .param("level", "CRITICAL")
                        .param("justification", "short")
                        .param("days", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_override WHERE mission_id = 'ru-embassy-damascus'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/risk/missions/ru-embassy-damascus/overrides")
                        .with(analyst)
                        .with(csrf())
                        .param("category", "CRIME")
                        .param("level", "CRITICAL")
                        .param("justification", "Kidnappings of foreigners reported by the host state")
                        .param("days", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(category(json(ANALYST, "/api/v1/missions/ru-embassy-damascus/risk"), "CRIME")
                        .get("level")
                        .asString())
                .isEqualTo("CRITICAL");
    }

    private void announce(String mission, String reason) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> publisher.publishEvent(new RiskInputsChanged(mission, reason)));
    }
}
