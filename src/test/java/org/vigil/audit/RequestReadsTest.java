package org.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.TestPrincipals;

/**
 * The reads of one web request are one audit entry, not one per record read: a page that reads three people writes
 * one entry listing them (each once, however often it was read), a request that reads one record writes that
 * record's entry as before, and a request that throws after reading is still audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RequestReadsTest.Reader.class)
@Tag("db")
class RequestReadsTest {

    /** A page that reads the people it is asked for, as a list page of records would. */
    @TestConfiguration
    @RestController
    static class Reader {

        @Autowired
        AuditTrail trail;

        @GetMapping("/test/audit-reads")
        String read(@RequestParam List<String> ids, @RequestParam(defaultValue = "false") boolean fail) {
            for (String id : ids) {
                trail.record("READ", "PERSON", id, null, null);
            }
            if (fail) {
                throw new IllegalStateException("the page failed after reading");
            }
            return "read";
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditVerifier verifier;

    long last() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM audit_entries", Long.class);
    }

    List<Map<String, Object>> since(long seq) {
        return jdbc.queryForList(
                "SELECT actor, action, entity_type, entity_id, after_json FROM audit_entries WHERE seq > ? ORDER BY seq",
                seq);
    }

    @Test
    void aRequestThatReadsSeveralRecordsWritesOneEntryListingEachOnce() throws Exception {
        long before = last();
        mvc.perform(get("/test/audit-reads")
                        .param("ids", "reads-a", "reads-b", "reads-a", "reads-c")
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk());
        List<Map<String, Object>> entries = since(before);
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.getFirst();
        assertThat(entry.get("action")).isEqualTo("READ");
        assertThat(entry.get("entity_type")).isEqualTo("PERSON");
        assertThat(entry.get("entity_id")).isNull();
        assertThat(entry.get("actor")).isEqualTo(TestPrincipals.admin().getName());
        assertThat((String) entry.get("after_json"))
                .contains("\"request\":\"GET /test/audit-reads\"", "\"records\":3", "reads-a", "reads-b", "reads-c");
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aRequestThatReadsOneRecordWritesThatRecordsEntry() throws Exception {
        long before = last();
        mvc.perform(get("/test/audit-reads").param("ids", "reads-one").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk());
        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.get("entity_id")).isEqualTo("reads-one");
            assertThat(e.get("after_json")).isNull();
        });
    }

    @Test
    void aRequestThatFailsAfterReadingIsStillAudited() {
        long before = last();
        try {
            mvc.perform(get("/test/audit-reads")
                    .param("ids", "reads-x", "reads-y")
                    .param("fail", "true")
                    .with(authentication(TestPrincipals.admin())));
        } catch (Exception expected) {
            // MockMvc rethrows what the page threw
        }
        assertThat(since(before))
                .singleElement()
                .satisfies(e -> assertThat((String) e.get("after_json")).contains("reads-x", "reads-y"));
    }
}
