package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Place;
import org.vigil.analysis.Threat;
import org.vigil.analysis.ThreatLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Quiet items are analysed and kept, searchable by unrestricted users, but become no signal. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class QuietItemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private JsonNode getJson(RequestPostProcessor who, String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private boolean processed(String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id = ? AND processed_at IS NOT NULL")
                        .param(externalId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    @Test
    void aQuietPostIsKeptAndSearchableButIsNoSignalWhileAThreatAndAPlaceOfInterestAre() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source": "demo-social", "items": [
                                  {"id": "quiet-%1$s", "text": "Lovely weather for the garden party today %1$s", "kind": "POST"},
                                  {"id": "threat-%1$s", "text": "I will kill the ambassador %1$s", "kind": "POST",
                                   "inReplyTo": "@RusEmbTurkey"},
                                  {"id": "place-%1$s", "text": "Long queues at the ferry in Izmir this morning %1$s", "kind": "POST"}
                                ]}""".formatted(u)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> processed("quiet-" + u) && processed("threat-" + u) && processed("place-" + u));

        assertThat(jdbc.sql("SELECT quiet FROM item WHERE external_id = ?")
                        .param("quiet-" + u)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(signals("quiet-" + u)).as("a quiet item gives no signal").isZero();
        assertThat(signals("threat-" + u)).isEqualTo(1);
        assertThat(signals("place-" + u))
                .as("a place in a country hosting a mission is of interest")
                .isEqualTo(1);

        JsonNode signalSearch = getJson(ADMIN, "/api/v1/signals?q=" + u);
        assertThat(signalSearch.get("total").asLong()).isEqualTo(2);

        JsonNode quietSearch = getJson(ADMIN, "/api/v1/items?quiet=true&q=" + u);
        assertThat(quietSearch.get("total").asLong()).isEqualTo(1);
        JsonNode found = quietSearch.get("items").get(0);
        assertThat(found.get("externalId").asString()).isEqualTo("quiet-" + u);
        assertThat(found.get("quiet").asBoolean()).isTrue();
        assertThat(found.get("language").asString()).isEqualTo("en");
        assertThat(found.has("signalId")).isFalse();

        JsonNode all = getJson(ADMIN, "/api/v1/items?q=" + u);
        assertThat(all.get("total").asLong()).isEqualTo(3);

        JsonNode officer = getJson(ANKARA, "/api/v1/items?q=" + u);
        List<String> seen = officer.get("items")
                .valueStream()
                .map(n -> n.get("externalId").asString())
                .toList();
        assertThat(seen)
                .as("a quiet item is linked to no mission: outside every officer's scope")
                .doesNotContain("quiet-" + u)
                .contains("threat-" + u);
    }

    private long signals(String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id WHERE i.external_id = ?")
                .param(externalId)
                .query(Long.class)
                .single();
    }

    @Test
    void quietMeansNoMentionNoTargetNoPlaceOfInterestAndNoThreat() {
        Threat none = new Threat(0.01, ThreatLevel.NONE, List.of(), List.of());
        Threat low = new Threat(0.3, ThreatLevel.LOW, List.of(), List.of());
        Set<String> interest = Set.of("TR");
        assertThat(QuietItems.isQuiet(new AnalysisResult("1", "en", List.of(), none, List.of(), List.of()), interest))
                .isTrue();
        assertThat(QuietItems.isQuiet(
                        new AnalysisResult(
                                "1", "en", List.of(), none, List.of(), List.of(new Place("Paris", "FR", 0, 5))),
                        interest))
                .as("a place where no mission is")
                .isTrue();
        assertThat(QuietItems.isQuiet(
                        new AnalysisResult(
                                "1", "en", List.of(), none, List.of(), List.of(new Place("Izmir", "TR", 0, 5))),
                        interest))
                .isFalse();
        assertThat(QuietItems.isQuiet(new AnalysisResult("1", "en", List.of(), low, List.of(), List.of()), interest))
                .isFalse();
    }
}
