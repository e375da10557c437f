package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultActions;

/** At the queue's bound the push API refuses whole batches with 503, Retry-After and a problem body. */
@SpringBootTest(
        properties = {
            "vigil.ingest.worker.enabled=false", // nothing drains the queue
            "vigil.ingest.queue.max-depth=8",
            "vigil.ingest.queue.retry-after=7s"
        })
@AutoConfigureMockMvc
@Tag("db")
class BackpressureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Backlog backlog;

    private ResultActions push(String prefix, int n) throws Exception {
        String items = IntStream.range(0, n)
                .mapToObj(i ->
                        "{\"id\": \"%s-%d\", \"text\": \"Queue post %s number %d\"}".formatted(prefix, i, prefix, i))
                .collect(Collectors.joining(",", "[", "]"));
        return mvc.perform(post("/api/v1/items")
                .with(httpBasic("gateway", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\": \"demo-social\", \"items\": " + items + "}"));
    }

    private long stored(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ?")
                .param(prefix + "-%")
                .query(Long.class)
                .single();
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndAcceptsNothing() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long before = backlog.depth();
        assertThat(before).isLessThan(8);
        push("a" + u, (int) (8 - before)).andExpect(status().isOk());
        assertThat(backlog.depth()).isEqualTo(8);

        push("b" + u, 3)
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Analysis queue full"))
                .andExpect(jsonPath("$.detail", containsString("nothing of this batch was accepted")))
                .andExpect(jsonPath("$.queueDepth").value(8))
                .andExpect(jsonPath("$.maxDepth").value(8));
        assertThat(stored("b" + u)).as("nothing of the refused batch is stored").isZero();
        assertThat(backlog.lagSeconds()).isGreaterThanOrEqualTo(0);

        // analysis catches up: room again, and the retried batch is accepted
        jdbc.sql("DELETE FROM item_outbox").update();
        push("b" + u, 3)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3));
        assertThat(stored("b" + u)).isEqualTo(3);
    }
}
