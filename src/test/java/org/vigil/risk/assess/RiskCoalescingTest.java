package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Many signals against one mission within the window: one recomputation, recorded with what set it off. */
@SpringBootTest(properties = "vigil.risk.coalesce-window=3s")
@AutoConfigureMockMvc
@Tag("db")
class RiskCoalescingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskWork work;

    @Test
    void twelveThreatsAgainstOneMissionCauseOneRecomputationThatNamesThemAll() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long changesBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM risk_change")
                .query(Long.class)
                .single();
        long recomputedBefore = work.recomputations();
        String items = IntStream.range(0, 12)
                .mapToObj(i -> ("{\"id\": \"c-%s-%d\", \"text\": \"I will kill the ambassador, the embassy will burn %s"
                                + " %d\", \"kind\": \"POST\", \"inReplyTo\": \"@RusEmbTurkey\"}")
                        .formatted(u, i, u, i))
                .collect(Collectors.joining(",", "[", "]"));
        mvc.perform(post("/api/v1/items")
                        .with(httpBasic("gateway", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"demo-social\", \"items\": " + items + "}"))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id"
                                        + " WHERE i.external_id LIKE ?")
                                .param("c-" + u + "-%")
                                .query(Long.class)
                                .single()
                        == 12);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> work.recomputations() > recomputedBefore
                        && jdbc.sql("SELECT COUNT(*) FROM risk_work")
                                        .query(Long.class)
                                        .single()
                                == 0
                        && jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                                                + " AND listener_id LIKE '%RiskTriggers%'")
                                        .query(Long.class)
                                        .single()
                                == 0);

        assertThat(work.recomputations() - recomputedBefore)
                .as("one recomputation for the twelve signals")
                .isEqualTo(1);
        List<String> causes = jdbc.sql("SELECT DISTINCT cause FROM risk_change WHERE id > ? AND mission_id = ?")
                .params(changesBefore, "ru-embassy-ankara")
                .query(String.class)
                .list();
        assertThat(causes)
                .as("the change is in the history, with what set it off")
                .hasSize(1);
        assertThat(causes.getFirst()).matches("signal #\\d+ to signal #\\d+ \\(12 together\\)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_change WHERE id > ? AND mission_id = ? AND reason <> ''")
                        .params(changesBefore, "ru-embassy-ankara")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
