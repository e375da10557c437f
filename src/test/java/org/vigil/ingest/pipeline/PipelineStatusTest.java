package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/v1/pipeline/status} and the operator page: the counters and the history's rates move when items are
 * pushed and analysed, the bound is the configured one, and nobody but an administrator reads them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PipelineStatusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PipelineStatus pipeline;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/pipeline/status").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void pushedItemsMoveTheCountersAndTheRates() throws Exception {
        pipeline.sample();
        JsonNode before = read();
        GatewayPushes.oneThreatAndTwoQuietPosts(mvc, jdbc, 's');
        pipeline.sample();
        JsonNode after = read();

        assertThat(delta(before, after, "accepted")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "analysed")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "quiet")).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "signals")).isGreaterThanOrEqualTo(1);
        assertThat(after.get("now").get("maxDepth").asLong()).isEqualTo(50_000);
        assertThat(after.get("now").get("queueDepth").asLong())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM item_outbox")
                        .query(Long.class)
                        .single());
        assertThat(after.get("sampleSeconds").asLong()).isEqualTo(5);

        // the history's rates count the analysed items; it keeps at most 120 samples, so 119 points
        JsonNode history = after.get("history");
        assertThat(history.size()).isBetween(1, 119);
        double analysedPerMinute = 0;
        double signalsPerMinute = 0;
        for (JsonNode p : history) {
            analysedPerMinute += p.get("analysedPerMinute").asDouble();
            signalsPerMinute += p.get("signalsPerMinute").asDouble();
            assertThat(p.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
        assertThat(analysedPerMinute).isPositive();
        assertThat(signalsPerMinute).isPositive();
        assertThat(history.get(history.size() - 1).get("lagSeconds").asDouble()).isGreaterThanOrEqualTo(0);
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get("now").get(field).asLong()
                - before.get("now").get(field).asLong();
    }

    @Test
    void onlyAdministratorsReadThePipeline() throws Exception {
        mvc.perform(get("/api/v1/pipeline/status")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pipeline/status").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pipeline/status").with(httpBasic("gateway", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/pipeline").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"pipeline-rates\"")))
                .andExpect(content().string(Matchers.containsString("of at most <span id=\"figure-bound\">50000")));
        mvc.perform(get("/admin/pipeline/status.json").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"maxDepth\":50000")));
        var analyst = TestPrincipals.auth("test.analyst", org.vigil.shared.Scope.all(), "ROLE_HQ_ANALYST");
        mvc.perform(get("/admin/pipeline").with(authentication(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/pipeline/status.json").with(authentication(analyst)))
                .andExpect(status().isForbidden());
    }
}
