package org.vigil.ingest.pipeline;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the pipeline's counting tests push as the demo gateway: one threat and two quiet posts, then wait. */
final class GatewayPushes {

    private GatewayPushes() {}

    /**
     * Pushes a threat against the ambassador and two quiet posts to demo-social with ids {@code <prefix>1-<u>} to
     * {@code <prefix>3-<u>} (one letter of prefix, u a fresh suffix) and waits until all three are analysed.
     */
    static void oneThreatAndTwoQuietPosts(MockMvc mvc, JdbcClient jdbc, char prefix) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/items")
                        .with(httpBasic("gateway", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source": "demo-social", "items": [
                                  {"id": "%2$s1-%1$s", "text": "I will kill the ambassador %1$s", "kind": "POST",
                                   "inReplyTo": "@RusEmbTurkey"},
                                  {"id": "%2$s2-%1$s", "text": "Lovely weather for the garden party %1$s", "kind": "POST"},
                                  {"id": "%2$s3-%1$s", "text": "Another lovely sunny day for a picnic %1$s", "kind": "POST"}
                                ]}""".formatted(u, prefix)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ? AND processed_at IS NOT NULL")
                                .param(prefix + "_-" + u)
                                .query(Long.class)
                                .single()
                        == 3);
    }
}
