package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's escalating account, as an officer meets it on first start: its posts pushed through the real pipeline
 * make it a person of interest whose warning behaviours, with their evidence signals, and escalation (factors,
 * reasons, history) Ankara's officer reads, and Istanbul's officer does not.
 */
@SpringBootTest(properties = "vigil.demo.person-of-interest=true")
@AutoConfigureMockMvc
@Tag("db")
class InterestDemoDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.vigil.appearances.ApproachBehaviour approaches;

    private long poi() {
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(InterestDemoData.HANDLE)
                .query(Long.class)
                .single();
    }

    private boolean analysed() {
        long pending =
                jdbc.sql("""
                SELECT COUNT(*) FROM item i WHERE i.author_handle = ? AND i.processed_at IS NULL
                """).param(InterestDemoData.HANDLE).query(Long.class).single();
        long items = jdbc.sql("SELECT COUNT(*) FROM item WHERE author_handle = ?")
                .param(InterestDemoData.HANDLE)
                .query(Long.class)
                .single();
        return items == InterestDemoData.POSTS.size() && pending == 0;
    }

    @Test
    void theEscalatingAccountIsAPersonOfInterestWithItsBehaviours() throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(this::analysed);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM poi_account WHERE handle = ?")
                                        .param(InterestDemoData.HANDLE)
                                        .query(Long.class)
                                        .single()
                                == 1
                        && jdbc.sql(
                                                "SELECT COUNT(*) FROM poi_behaviour WHERE poi_id = ? AND behaviour = 'ENERGY_BURST'")
                                        .param(poi())
                                        .query(Long.class)
                                        .single()
                                == 1);
        long id = poi();
        JsonNode body = JSON.readTree(
                mvc.perform(get("/api/v1/persons-of-interest/" + id).with(ANKARA))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(body.get("displayName").asString()).isEqualTo("@karanlik_ses on x");
        List<String> behaviours = new ArrayList<>();
        body.get("behaviours").forEach(b -> behaviours.add(b.get("behaviour").asString()));
        assertThat(behaviours)
                .contains("FIXATION", "IDENTIFICATION", "APPROACH", "ENERGY_BURST", "DIRECT_THREAT")
                .doesNotContain("LAST_RESORT");
        for (JsonNode b : body.get("behaviours")) {
            if (b.get("behaviour").asString().equals("DIRECT_THREAT")) {
                assertThat(b.get("evidenceSignalIds")).isNotEmpty();
                long signal = b.get("evidenceSignalIds").get(0).asLong();
                assertThat(jdbc.sql(
                                        "SELECT i.author_handle FROM signal s JOIN item i ON i.id = s.item_id WHERE s.id = ?")
                                .param(signal)
                                .query(String.class)
                                .single())
                        .isEqualTo(InterestDemoData.HANDLE);
                assertThat(b.get("personIds").toString()).contains("yerkhov");
            }
            if (b.get("behaviour").asString().equals("APPROACH")) {
                // the question is a quiet post: it counts, but has no signal to show
                assertThat(b.get("itemCount").asInt()).isEqualTo(1);
                assertThat(b.get("evidenceNotShown").asInt()).isEqualTo(1);
                assertThat(b.get("detail").asString()).contains("Where will the ambassador be");
            }
        }
        JsonNode escalation = body.get("escalation");
        assertThat(escalation.get("level").asString()).isEqualTo("CRITICAL");
        assertThat(escalation.get("score").asDouble()).isGreaterThanOrEqualTo(70);
        assertThat(escalation.get("reasons").asString()).contains("Directly communicated threat");
        assertThat(escalation.get("factors").size()).isGreaterThanOrEqualTo(5);
        JsonNode history = escalation.get("history");
        assertThat(history.size()).isGreaterThanOrEqualTo(1);
        assertThat(history.get(0).get("fromLevel").asString()).isEqualTo("NONE");
        assertThat(history.get(history.size() - 1).get("toLevel").asString()).isEqualTo("CRITICAL");
        assertThat(body.get("escalationLevel").asString()).isEqualTo("CRITICAL");

        // the person's page lists the same behaviours, with links to the evidence the reader may read
        String page = mvc.perform(get("/persons-of-interest/" + id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(org.vigil.TestPrincipals.auth(
                                "officer.ankara",
                                org.vigil.shared.Scope.of(java.util.Set.of("ru-embassy-ankara")),
                                "ROLE_MISSION_OFFICER")))
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
        assertThat(doc.select("#behaviour-list li").eachAttr("data-behaviour"))
                .containsExactlyInAnyOrderElementsOf(behaviours);
        assertThat(doc.select("#behaviour-list a[href^=/signals/]")).isNotEmpty();
        assertThat(doc.getElementById("escalation-reasons").text()).contains("Directly communicated threat");

        mvc.perform(get("/api/v1/persons-of-interest/" + id).with(ISTANBUL)).andExpect(status().isNotFound());
        // the demo rule "person of interest escalates" told Ankara's officers, not Istanbul's
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM alert WHERE kind = 'PERSON_OF_INTEREST' AND link = ?")
                                .param("/persons-of-interest/" + id)
                                .query(Long.class)
                                .single()
                        > 0);
        List<String> recipients = jdbc.sql("""
                SELECT DISTINCT r.username FROM alert_recipient r JOIN alert a ON a.id = r.alert_id
                WHERE a.kind = 'PERSON_OF_INTEREST' AND a.link = ?
                """)
                .param("/persons-of-interest/" + id)
                .query(String.class)
                .list();
        assertThat(recipients).contains("officer.ankara").doesNotContain("officer.istanbul");

        // the mission's risk weighs the fixated person, with a link to it; so does the exhibition opening's risk
        // (its person is the one the account asked about)
        String link = "/persons-of-interest/" + id;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mvc.perform(
                                get("/api/v1/missions/ru-embassy-ankara/risk").with(ANKARA))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains(link));
        String risk = mvc.perform(get("/api/v1/missions/ru-embassy-ankara/risk").with(ANKARA))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(risk).contains("persons-of-interest").contains("fixated on the mission or its people");
        long exhibition = jdbc.sql("SELECT id FROM appearance WHERE kind = 'EXHIBITION' AND person_id = 'yerkhov'")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mvc.perform(
                                get("/api/v1/appearances/" + exhibition).with(ANKARA))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains(link));
        assertThat(mvc.perform(get("/api/v1/appearances/" + exhibition).with(ANKARA))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("persons-of-interest")
                .contains("whereabouts");
        // the approach is toward the Ambassador, not toward another person of the mission
        java.time.Instant now = java.time.Instant.now();
        assertThat(approaches.toward("yerkhov", now.minus(Duration.ofDays(30)), now.plusSeconds(1)))
                .singleElement()
                .satisfies(a -> assertThat(a.link()).isEqualTo(link));
        assertThat(approaches.toward("kasimova", now.minus(Duration.ofDays(30)), now.plusSeconds(1)))
                .isEmpty();
        // the record with its behaviours and escalation is in the OpenAPI description
        String docs = mvc.perform(get("/v3/api-docs").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs)
                .contains("/api/v1/persons-of-interest/{id}")
                .contains("evidenceSignalIds")
                .contains("history");
        // and only within its window: nothing approached him a month before the demo
        assertThat(approaches.toward("yerkhov", now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(30))))
                .isEmpty();
        // a change of the escalation is audited with the record
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entries WHERE entity_type = ? AND entity_id = ? AND action = 'UPDATE'")
                        .params(PersonsOfInterest.ENTITY, Long.toString(id))
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
