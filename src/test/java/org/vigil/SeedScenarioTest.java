package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PRODUCT.md, "What good looks like", end to end through the API, as the people in it would live it (seed 002):
 * the three threats against Ambassador Yerkhov arrive from a social-media gateway in reply to the embassy's account;
 * they become targeted signals for the embassy in Ankara; its security officer and HQ get an alert (the Istanbul
 * officer does not); the embassy's targeted-threats level rises and says why; the officer proposes a request to the
 * host state, drafts the note verbale, HQ's director approves, the note goes out, the Turkish authorities take
 * additional security measures, the officer marks the measure implemented and the risk picture counts it; and every
 * step is in the audit trail, whose chain still verifies.
 */
@SpringBootTest(properties = "vigil.test.context=seed-scenario")
@AutoConfigureMockMvc
@Tag("db")
class SeedScenarioTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EMBASSY = "ru-embassy-ankara";
    static final RequestPostProcessor GATEWAY = httpBasic("admin", "demo");
    static final RequestPostProcessor OFFICER = httpBasic("officer.ankara", "demo");
    static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    static final RequestPostProcessor DIRECTOR = httpBasic("director", "demo");
    static final RequestPostProcessor AUDITOR = httpBasic("auditor", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request.with(who))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    JsonNode get(String path, RequestPostProcessor who) throws Exception {
        return call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), who, status().isOk());
    }

    JsonNode post(String path, String body, RequestPostProcessor who, ResultMatcher expected) throws Exception {
        return call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                who,
                expected);
    }

    static JsonNode category(JsonNode risk, String category) {
        for (JsonNode c : risk.get("categories")) {
            if (c.get("category").asString().equals(category)) {
                return c;
            }
        }
        throw new AssertionError("no category " + category + " in " + risk);
    }

    @Test
    void threatsAgainstTheAmbassadorBecomeAnAlertARaisedLevelAndAHostStateRequestCarriedToImplementation()
            throws Exception {
        // Before: the embassy's targeted-threats level rests on the country baseline alone.
        JsonNode before = category(get("/api/v1/missions/" + EMBASSY + "/risk", OFFICER), "TARGETED_THREATS");
        int rankBefore = before.get("rank").asInt();

        // 1. The threats arrive: a social-media gateway pushes three replies to the embassy's account.
        List<String> threats = List.of("Farewell to life", "No one will mourn you", "It is time for you to burn up");
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < threats.size(); i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "scenario-reply-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                     "source": "x.com/replier%d"}""".formatted(i, threats.get(i), i));
        }
        JsonNode pushed = post(
                "/api/v1/items", "{\"source\": \"demo-social\", \"items\": " + items + "]}", GATEWAY, status().isOk());
        assertThat(pushed.get("accepted").asInt()).isEqualTo(3);

        // 2. The signals: each targets the embassy; together they are at least a HIGH threat.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id
                WHERE i.source_id = 'demo-social' AND i.external_id LIKE 'scenario-reply-%'""").query(Long.class).single() == 3);
        List<Long> signalIds = jdbc.sql("""
                SELECT s.id FROM signal s JOIN item i ON i.id = s.item_id
                WHERE i.source_id = 'demo-social' AND i.external_id LIKE 'scenario-reply-%' ORDER BY s.id""").query(Long.class).list();
        List<String> levels = new ArrayList<>();
        for (long id : signalIds) {
            JsonNode signal = get("/api/v1/signals/" + id, OFFICER).get("signal");
            assertThat(signal.get("missionIds").get(0).asString()).isEqualTo(EMBASSY);
            levels.add(signal.get("level").asString());
        }
        assertThat(levels).containsAnyOf("HIGH", "CRITICAL");

        // 3. The alert: to the embassy's officer and to HQ, never to another mission's officer.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/alerts?mission=" + EMBASSY, OFFICER)
                                .get("total")
                                .asLong()
                        > 0);
        JsonNode alert =
                get("/api/v1/alerts?mission=" + EMBASSY, OFFICER).get("items").get(0);
        long alertId = alert.get("id").asLong();
        assertThat(get("/api/v1/alerts/" + alertId, ANALYST).get("id").asLong()).isEqualTo(alertId);
        call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/alerts/" + alertId),
                ISTANBUL,
                status().isNotFound());

        // 4. The level rises, with its reason: the three signals. The protection put in place in 2016-17 has not been
        //    reviewed since, so it no longer lowers today's risk (docs/risk.md, "Measures decay").
        await().atMost(Duration.ofSeconds(30))
                .until(() -> category(get("/api/v1/missions/" + EMBASSY + "/risk", OFFICER), "TARGETED_THREATS")
                                .get("rank")
                                .asInt()
                        > rankBefore);
        JsonNode raised = category(get("/api/v1/missions/" + EMBASSY + "/risk", OFFICER), "TARGETED_THREATS");
        assertThat(raised.get("rank").asInt()).isGreaterThan(rankBefore);
        assertThat(raised.get("reductions")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("reason").asString()).contains("not reviewed for");
            assertThat(r.get("pointsRemoved").asDouble()).isLessThan(1);
            assertThat(r.get("reduction").asDouble())
                    .isLessThan(r.get("statedReduction").asDouble());
        });
        assertThat(raised.get("drivers").findValuesAsString("reason")).anyMatch(r -> r.contains("Farewell to life"));

        // 5. The officer proposes a request to the host state, citing the signals; the risk as it stood is kept.
        String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        JsonNode measure =
                post("/api/v1/measures", """
                {"missionId": "%s", "code": "HOST_STATE_REQUEST", "signalIds": %s, "deadline": "%s",
                 "reason": "Threats against Ambassador Yerkhov on social networks after the escalation in Idlib"}""".formatted(EMBASSY, signalIds, deadline), OFFICER, status().isCreated());
        long measureId = measure.get("id").asLong();
        assertThat(measure.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(measure.get("riskSnapshot").asString())
                .contains("TARGETED_THREATS " + raised.get("level").asString());
        assertThat(measure.get("signalIds")).hasSize(3);

        // ... and drafts the note verbale, which cites the Vienna Convention on Diplomatic Relations.
        JsonNode request =
                post("/api/v1/host-requests", """
                {"missionId": "%s", "measureId": %d, "language": "EN",
                 "threat": "Since the escalation in Idlib the Ambassador receives threats on social networks: \\"Farewell to life\\", \\"No one will mourn you\\", \\"It is time for you to burn up\\".",
                 "measuresAsked": ["Additional police protection of the chancery and the residence",
                                   "Close protection of the Ambassador at public events"],
                 "personIds": ["yerkhov"]}""".formatted(EMBASSY, measureId), OFFICER, status().isCreated());
        long requestId = request.get("id").asLong();
        byte[] pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/host-requests/" + requestId + "/note.pdf")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Article 22, paragraph 2, of the Vienna Convention on Diplomatic Relations")
                    .contains("Article 29")
                    .contains("Alexei Yerkhov");
        }

        // 6. HQ approves: the officer could not, the director can.
        post("/api/v1/measures/" + measureId + "/approve", "{}", OFFICER, status().isForbidden());
        JsonNode approved = post(
                "/api/v1/measures/" + measureId + "/approve",
                "{\"note\": \"Approved: ask Ankara for protection\"}",
                DIRECTOR,
                status().isOk());
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");

        // 7. The note goes out; the Turkish authorities take additional security measures (seed 002).
        post(
                "/api/v1/host-requests/" + requestId + "/steps",
                "{\"status\": \"SENT\", \"note\": \"Delivered to the MFA\"}",
                OFFICER,
                status().isOk());
        JsonNode taken = post("/api/v1/host-requests/" + requestId + "/steps", """
                {"status": "MEASURES_TAKEN", "note": "At our request, the Turkish authorities took additional security measures"}""", OFFICER, status().isOk());
        assertThat(taken.get("status").asString()).isEqualTo("MEASURES_TAKEN");

        // 8. The officer marks the measure implemented, and the risk picture counts it as a reduction.
        JsonNode implemented = post("/api/v1/measures/" + measureId + "/implement", "{}", OFFICER, status().isOk());
        assertThat(implemented.get("state").asString()).isEqualTo("IMPLEMENTED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> category(get("/api/v1/missions/" + EMBASSY + "/risk", OFFICER), "TARGETED_THREATS")
                        .get("reductions")
                        .findValuesAsString("reason")
                        .stream()
                        .anyMatch(r -> r.contains("Request to the host state")));

        // 9. All of it is in the audit trail, by the people who did it, and the chain is intact.
        List<String> trail = jdbc.sql("""
                SELECT actor || ' ' || action || ' ' || entity_type FROM audit_entries
                WHERE (entity_type = 'MEASURE' AND entity_id = :m) OR (entity_type = 'HOST_REQUEST' AND entity_id = :r)
                ORDER BY seq""")
                .param("m", String.valueOf(measureId))
                .param("r", String.valueOf(requestId))
                .query(String.class)
                .list();
        assertThat(trail)
                .containsSubsequence(
                        "officer.ankara PROPOSE MEASURE",
                        "officer.ankara DRAFT HOST_REQUEST",
                        "director APPROVE MEASURE",
                        "officer.ankara SENT HOST_REQUEST",
                        "officer.ankara MEASURES_TAKEN HOST_REQUEST",
                        "officer.ankara IMPLEMENT MEASURE");
        JsonNode verification = get("/api/v1/audit/verify", AUDITOR);
        assertThat(verification.get("ok").asBoolean())
                .as(verification.toString())
                .isTrue();
    }
}
