package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.signals.SignalDetected;

/** A claimed batch is analysed together and its results are stored in one transaction. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class BatchStorageTest {

    /** Sees each signal as it is published, inside the storing transaction: which transaction it was. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Transactions {
        private final DataSource dataSource;
        final List<Object> holders = new CopyOnWriteArrayList<>();
        final Set<Long> signals = ConcurrentHashMap.newKeySet();

        Transactions(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @EventListener
        void on(SignalDetected event) {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                    .isTrue();
            holders.add(TransactionSynchronizationManager.getResource(dataSource));
            signals.add(event.signalId());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Transactions transactions;

    @Test
    void thirtyThreatsPushedTogetherAreStoredInOneTransactionEachWithItsLinks() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String items = IntStream.range(0, 30)
                .mapToObj(
                        i -> "{\"id\": \"b-%s-%d\", \"text\": \"I will kill the ambassador %s %d\", \"kind\": \"POST\","
                                        .formatted(u, i, u, i)
                                + " \"inReplyTo\": \"@RusEmbTurkey\"}")
                .collect(Collectors.joining(",", "[", "]"));
        transactions.holders.clear();
        mvc.perform(post("/api/v1/items")
                        .with(httpBasic("gateway", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"demo-social\", \"items\": " + items + "}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id"
                                        + " WHERE i.external_id LIKE ?")
                                .param("b-" + u + "-%")
                                .query(Long.class)
                                .single()
                        == 30);

        assertThat(transactions.holders).hasSize(30);
        assertThat(transactions.holders.stream().distinct().count())
                .as("the 30 signals of one claimed batch were stored in one transaction")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signal_mission m JOIN signal s ON s.id = m.signal_id"
                                + " JOIN item i ON i.id = s.item_id WHERE i.external_id LIKE ?"
                                + " AND m.mission_id = 'ru-embassy-ankara' AND m.targeted")
                        .param("b-" + u + "-%")
                        .query(Long.class)
                        .single())
                .as("each signal linked, targeted, to the mission")
                .isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_outbox o JOIN item i ON i.id = o.item_id"
                                + " WHERE i.external_id LIKE ?")
                        .param("b-" + u + "-%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
