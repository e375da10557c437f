package org.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on a real database: appends link up, verification passes, and an entry altered or deleted behind
 * the application's back is found and named. Tampering tests put the row back afterwards, so the shared trail is
 * intact for the next test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    record Mission(String id, String city, double lat) {}

    private long lastSeq() {
        return jdbc.queryForObject("SELECT last_seq FROM audit_chain_head", Long.class);
    }

    @Test
    void entriesChainAndRecordWhoWhatAndFromWhere() throws Exception {
        long start = lastSeq();
        // A thread of its own has no web request and no user, like a scheduled job.
        Thread job = Thread.ofPlatform()
                .start(() -> trail.record(
                        "CREATE",
                        "MISSION",
                        "ru-embassy-ankara",
                        null,
                        new Mission("ru-embassy-ankara", "Ankara", 39.9)));
        job.join();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "analyst", null, AuthorityUtils.createAuthorityList("ROLE_HQ_ANALYST")));
        try {
            trail.record(
                    "UPDATE",
                    "MISSION",
                    "ru-embassy-ankara",
                    new Mission("ru-embassy-ankara", "Ankara", 39.9),
                    Map.of(
                            "z",
                            1,
                            "a",
                            List.of("x"),
                            "n",
                            new tools.jackson.databind.ObjectMapper().readTree("{\"y\":1,\"b\":2}")));
        } finally {
            SecurityContextHolder.clearContext();
        }

        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM audit_entries WHERE seq = ?", start + 1);
        Map<String, Object> second = jdbc.queryForMap("SELECT * FROM audit_entries WHERE seq = ?", start + 2);
        assertThat(first)
                .containsEntry("actor", "system")
                .containsEntry("remote_address", "system")
                .containsEntry("action", "CREATE")
                .containsEntry("entity_type", "MISSION");
        assertThat(first.get("before_json")).isNull();
        // Canonical JSON: keys sorted, no spaces.
        assertThat(first.get("after_json"))
                .isEqualTo("{\"city\":\"Ankara\",\"id\":\"ru-embassy-ankara\",\"lat\":39.9}");
        assertThat(second.get("actor")).isEqualTo("analyst");
        assertThat(second.get("after_json")).isEqualTo("{\"a\":[\"x\"],\"n\":{\"b\":2,\"y\":1},\"z\":1}");
        assertThat(second.get("prev_hash")).isEqualTo(first.get("hash"));
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aCommandLineRunRecordsCliAsItsOrigin(
            @Autowired JdbcClient jdbcClient,
            @Autowired ObjectProvider<Clock> clock,
            @Autowired TransactionTemplate tx,
            @Autowired PlatformTransactionManager transactions)
            throws Exception {
        // The command line runs the application without a web layer.
        JdbcAuditTrail cliTrail = new JdbcAuditTrail(
                jdbcClient, clock, new AuditProperties(false, null), new GenericApplicationContext(), transactions);
        Thread run = Thread.ofPlatform()
                .start(() -> tx.executeWithoutResult(
                        status -> cliTrail.record("IMPORT", "REGISTRY", "cli-origin-test", null, null)));
        run.join();
        assertThat(jdbc.queryForMap(
                        "SELECT actor, remote_address FROM audit_entries WHERE entity_id = 'cli-origin-test'"))
                .containsEntry("actor", "system")
                .containsEntry("remote_address", "cli");
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aReadInsideAReadOnlyTransactionIsStillAudited(@Autowired PlatformTransactionManager transactions) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> trail.record("READ", "PERSON", "read-only-tx", null, null));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entries WHERE entity_id = 'read-only-tx'", Long.class))
                .isEqualTo(1);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aRowAlteredInTheDatabaseIsNamed() {
        trail.record("CREATE", "PERSON", "p-1", null, Map.of("name", "Alexei Yerkhov"));
        long target = lastSeq();
        trail.record("READ", "PERSON", "p-1", null, null);
        assertThat(verifier.verify().ok()).isTrue();

        withTriggersOff(() -> jdbc.update(
                "UPDATE audit_entries SET after_json = ? WHERE seq = ?", "{\"name\":\"Someone Else\"}", target));
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(target);
            assertThat(result.reason()).isEqualTo("entry " + target + ": hash does not match its content (altered)");
        } finally {
            withTriggersOff(() -> jdbc.update(
                    "UPDATE audit_entries SET after_json = ? WHERE seq = ?", "{\"name\":\"Alexei Yerkhov\"}", target));
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aRowAlteredWithARecomputedHashBreaksTheNextLink() {
        trail.record("UPDATE", "MISSION", "m-2", null, Map.of("level", 3));
        long target = lastSeq();
        trail.record("UPDATE", "MISSION", "m-2", null, Map.of("level", 4));
        Map<String, Object> original = jdbc.queryForMap("SELECT * FROM audit_entries WHERE seq = ?", target);

        // A forger who knows the format rewrites the content and its hash, but not every later entry.
        AuditEntry forged = new AuditEntry(
                target,
                ((java.time.OffsetDateTime) jdbc.queryForObject(
                                "SELECT recorded_at FROM audit_entries WHERE seq = ?",
                                java.time.OffsetDateTime.class,
                                target))
                        .toInstant(),
                (String) original.get("actor"),
                (String) original.get("remote_address"),
                "UPDATE",
                "MISSION",
                "m-2",
                null,
                "{\"level\":1}",
                (String) original.get("prev_hash"),
                null);
        withTriggersOff(() -> jdbc.update(
                "UPDATE audit_entries SET after_json = ?, hash = ? WHERE seq = ?",
                forged.after(),
                forged.computeHash(),
                target));
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(target + 1);
            assertThat(result.reason())
                    .startsWith("entry " + (target + 1) + ": previous-hash does not match entry " + target);
        } finally {
            withTriggersOff(() -> jdbc.update(
                    "UPDATE audit_entries SET after_json = ?, hash = ? WHERE seq = ?",
                    original.get("after_json"),
                    original.get("hash"),
                    target));
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aDeletedRowIsDetected() {
        trail.record("RETIRE", "MISSION", "m-3", null, null);
        long target = lastSeq();
        trail.record("READ", "PERSON", "p-3", null, null);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entries WHERE seq = ?", target);

        withTriggersOff(() -> jdbc.update("DELETE FROM audit_entries WHERE seq = ?", target));
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(target);
            assertThat(result.reason())
                    .contains("entry " + target + " is missing")
                    .contains("(deleted)");
        } finally {
            reinsert(row);
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void theLastRowDeletedIsDetectedThroughTheChainHead() {
        trail.record("READ", "PERSON", "p-4", null, null);
        long target = lastSeq();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entries WHERE seq = ?", target);

        withTriggersOff(() -> jdbc.update("DELETE FROM audit_entries WHERE seq = ?", target));
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(target);
            assertThat(result.reason()).contains("the chain head records " + target);
        } finally {
            reinsert(row);
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneLinearChain() throws Exception {
        long start = lastSeq();
        int writers = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    for (int i = 0; i < each; i++) {
                        trail.record("READ", "PERSON", "w" + writer + "-" + i, null, null);
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(lastSeq()).isEqualTo(start + writers * each);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entries WHERE seq > ?", Long.class, start))
                .isEqualTo(writers * each);
        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.ok()).as(result.reason()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(lastSeq());
    }

    @Test
    void verificationReadsPastOnePage() {
        // More entries than one page of the verifier, so its paging is exercised.
        for (int i = 0; i < 1_100; i++) {
            trail.record("READ", "PERSON", "bulk-" + i, null, null);
        }
        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.ok()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThan(1_100);
    }

    @Test
    void auditorsPageFiltersAndVerifies() throws Exception {
        trail.record("IMPORT", "REGISTRY", "seed-registry.json", null, Map.of("missions", 2));
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/audit").param("action", "IMPORT").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("seed-registry.json")))
                .andExpect(content().string(containsString("Verify chain")));
        mvc.perform(get("/audit/verify").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chain intact")));
        mvc.perform(get("/audit").with(user("analyst").roles("HQ_ANALYST"))).andExpect(status().isForbidden());
    }

    @Test
    void apiFiltersByActionEntityAndDate() throws Exception {
        trail.record("EXPORT", "REGISTRY", "api-filter-test", null, null);
        mvc.perform(get("/api/v1/audit")
                        .param("action", "export")
                        .param("entityId", "api-filter-test")
                        .param("from", "2000-01-01")
                        .with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].entityType").value("REGISTRY"))
                .andExpect(jsonPath("$.items[0].hash").isString());
        mvc.perform(get("/api/v1/audit")
                        .param("entityId", "api-filter-test")
                        .param("to", "2000-01-01")
                        .with(httpBasic("auditor", "demo")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(httpBasic("auditor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("from: expected a day")));
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToChangeEntries() {
        Assumptions.assumeTrue(isPostgres(), "the append-only trigger exists on PostgreSQL only");
        trail.record("READ", "PERSON", "p-5", null, null);
        long target = lastSeq();
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entries SET actor = 'someone' WHERE seq = ?", target))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entries WHERE seq = ?", target))
                .hasMessageContaining("append-only");
        assertThat(verifier.verify().ok()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                """
                INSERT INTO audit_entries (seq, recorded_at, actor, remote_address, action, entity_type, entity_id,
                                           before_json, after_json, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("seq"),
                row.get("recorded_at"),
                row.get("actor"),
                row.get("remote_address"),
                row.get("action"),
                row.get("entity_type"),
                row.get("entity_id"),
                row.get("before_json"),
                row.get("after_json"),
                row.get("prev_hash"),
                row.get("hash"));
    }

    /** On PostgreSQL a trigger refuses UPDATE and DELETE; the tampering tests play an owner who switches it off. */
    private void withTriggersOff(Runnable tamper) {
        boolean postgres = isPostgres();
        if (postgres) {
            jdbc.execute("ALTER TABLE audit_entries DISABLE TRIGGER USER");
        }
        try {
            tamper.run();
        } finally {
            if (postgres) {
                jdbc.execute("ALTER TABLE audit_entries ENABLE TRIGGER USER");
            }
        }
    }

    private boolean isPostgres() {
        try {
            String product =
                    JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
