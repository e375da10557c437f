package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.Author;
import org.vigil.signals.SignalLookup.AuthoredSignal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysts' casework through the API as they use it: an author made a person of interest by decision, a second
 * account linked with its reason, the refusals (own record, another record, a closed case, bad handles), notes,
 * closing and reopening, who may do what, and the audit trail of each change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PoiCaseworkApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");
    private static final RequestPostProcessor HEAD = httpBasic("head.ankara", "demo");
    private static final String ANKARA_ID = "ru-embassy-ankara";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonsOfInterest persons;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Pushes one authored item and waits until the pipeline has handled it (a signal, or quiet). */
    private void pushAndAwait(String handle, String text) throws Exception {
        String source = "poic-" + unique();
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Replies", "reliability": "C"}""".formatted(source)))
                .andExpect(status().isCreated());
        String ext = "c-" + unique();
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"source": "%s", "items": [{"id": "%s", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                 "author": {"handle": "%s", "name": "Decided", "platform": "Twitter"}}]}""".formatted(source, ext, text, handle)))
                .andExpect(status().isOk());
        long item = jdbc.sql("SELECT id FROM item WHERE source_id = ? AND external_id = ?")
                .params(source, ext)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE id = ? AND quiet")
                                        .param(item)
                                        .query(Long.class)
                                        .single()
                                + jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                        .param(item)
                                        .query(Long.class)
                                        .single()
                        > 0);
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who,
            String json)
            throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long autoRecord(String handle) {
        long signal = 8_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        persons.record(new AuthoredSignal(
                signal,
                new Author(handle, null, "x", null),
                "ru",
                ThreatLevel.HIGH,
                "NEW",
                Set.of(ANKARA_ID),
                Set.of(ANKARA_ID),
                Map.of("yerkhov", Optional.of(ANKARA_ID)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    private List<String> actions(long id) {
        return jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = ? AND entity_id = ? ORDER BY seq")
                .params(PersonsOfInterest.ENTITY, Long.toString(id))
                .query(String.class)
                .list();
    }

    @Test
    void anAnalystDecidesLinksNotesClosesAndReopensEachChangeAudited() throws Exception {
        String u = unique();
        pushAndAwait("@Dec_" + u, "Ambassador, your speech yesterday was a disgrace, resign");
        String decision = """
                {"platform": "Twitter", "handle": "@DEC_%s", "reason": "Replies to the embassy every day",
                 "missionIds": ["%s"]}""".formatted(u, ANKARA_ID);

        // who may not: a head of mission reads only; Istanbul's officer may not decide for Ankara
        send(post("/api/v1/persons-of-interest"), HEAD, decision).andExpect(status().isForbidden());
        send(post("/api/v1/persons-of-interest"), ISTANBUL, decision)
                .andExpect(status().isBadRequest())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("missionIds", "not one of your missions"));
        // bad input: no reason; an account Vigil has no item of
        send(post("/api/v1/persons-of-interest"), ANALYST, """
                {"platform": "x", "handle": "dec_%s"}""".formatted(u))
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("reason", "is required"));
        send(post("/api/v1/persons-of-interest"), ANALYST, """
                {"platform": "x", "handle": "nobody_%s", "reason": "a hunch"}""".formatted(u))
                .andExpect(status().isBadRequest())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("handle", "no item of x:nobody_"));

        // the decision: the handle normalised as every author (platform alias, @, case)
        String body = send(post("/api/v1/persons-of-interest"), ANALYST, decision)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin", is("DECISION")))
                .andExpect(jsonPath("$.decidedBy", is("analyst")))
                .andExpect(jsonPath("$.decisionReason", is("Replies to the embassy every day")))
                .andExpect(jsonPath("$.person.status", is("ACTIVE")))
                .andExpect(jsonPath("$.accounts", hasSize(1)))
                .andExpect(jsonPath("$.accounts[0].key", is("x:dec_" + u)))
                .andExpect(jsonPath("$.person.missionIds[0]", is(ANKARA_ID)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(body).get("person").get("id").asLong();
        // the same account again: a conflict naming the record
        send(post("/api/v1/persons-of-interest"), ANALYST, decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("person of interest " + id)));

        // linking a second account on another platform, with the reason
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANKARA, """
                {"platform": "tg", "handle": "@Dec_%s_tg", "reason": "Same photo and the same wording"}""".formatted(u))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accounts", hasSize(2)))
                .andExpect(jsonPath("$.accounts[1].key", is("telegram:dec_" + u + "_tg")))
                .andExpect(jsonPath("$.accounts[1].linkedBy", is("officer.ankara")))
                .andExpect(jsonPath("$.accounts[1].reason", is("Same photo and the same wording")));
        // refusals: the account of this very record, an account of another record, no reason, bad handles
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "dec_%s", "reason": "again"}""".formatted(u))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("its own record")));
        long other = autoRecord("other_" + u);
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "other_%s", "reason": "looks alike"}""".formatted(u))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("person of interest " + other)));
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "third_%s"}""".formatted(u))
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("reason"));
        String huge = "a".repeat(10_000);
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "%s", "reason": "r"}""".formatted(huge))
                .andExpect(status().isBadRequest())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("handle")
                        .doesNotContain(huge));
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "bad\\u0007handle", "reason": "r"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("handle", "control"));
        // a Latin handle with a Cyrillic look-alike letter
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "y\\u0435rkhov", "reason": "r"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("handle", "look-alike"));

        // a note; Istanbul's officer neither sees nor changes the record
        send(post("/api/v1/persons-of-interest/" + id + "/notes"), ANKARA, """
                {"text": "Host police informed by phone"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notes", hasSize(1)))
                .andExpect(jsonPath("$.notes[0].author", is("officer.ankara")))
                .andExpect(jsonPath("$.notes[0].text", is("Host police informed by phone")));
        mvc.perform(get("/api/v1/persons-of-interest/" + id + "/case").with(ISTANBUL))
                .andExpect(status().isNotFound());
        send(post("/api/v1/persons-of-interest/" + id + "/notes"), ISTANBUL, """
                {"text": "mine now"}""")
                .andExpect(status().isNotFound());
        send(post("/api/v1/persons-of-interest/" + id + "/notes"), HEAD, """
                {"text": "a head of mission writes nothing"}""").andExpect(status().isForbidden());

        // closing: a reason is required, OTHER needs a text
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "CLOSED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("closeReason"));
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "CLOSED", "closeReason": "OTHER"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("text"));
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "CLOSED", "closeReason": "handled-by-host-state", "text": "Arrested on 3 December"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.status", is("CLOSED")))
                .andExpect(jsonPath("$.closure.label", is("Identified and handled by the host state")))
                .andExpect(jsonPath("$.closure.text", is("Arrested on 3 December")))
                .andExpect(jsonPath("$.closure.by", is("analyst")));
        // nothing is linked to a closed case, and it cannot be closed twice
        send(post("/api/v1/persons-of-interest/" + id + "/accounts"), ANALYST, """
                {"platform": "x", "handle": "fourth_%s", "reason": "same person"}""".formatted(u))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("closed")));
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "CLOSED", "closeReason": "NOT_A_THREAT"}""").andExpect(status().isConflict());
        // reopening needs a reason
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "ACTIVE"}""").andExpect(status().isBadRequest());
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "ACTIVE", "reason": "Released and posting again"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.status", is("ACTIVE")))
                .andExpect(jsonPath("$.closure").doesNotExist());
        send(patch("/api/v1/persons-of-interest/" + id), ANALYST, """
                {"status": "SHREDDED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("status"));

        // one read entry for one request, and every change in the audit trail
        int before = actions(id).size();
        mvc.perform(get("/api/v1/persons-of-interest/" + id + "/case").with(ANKARA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes", hasSize(2)));
        assertThat(actions(id).subList(before, actions(id).size())).containsExactly("READ");
        assertThat(actions(id)).containsSubsequence("CREATE", "LINK", "NOTE", "CLOSE", "REOPEN");
        JsonNode created = JSON.readTree(jdbc.sql("SELECT after_json FROM audit_entries WHERE entity_type = ? AND"
                        + " entity_id = ? AND action = 'CREATE'")
                .params(PersonsOfInterest.ENTITY, Long.toString(id))
                .query(String.class)
                .single());
        assertThat(created.get("decisionReason").asString()).isEqualTo("Replies to the embassy every day");
    }

    @Test
    void theCaseworkIsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest/{id}'].patch", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest/{id}/accounts'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest/{id}/notes'].post", notNullValue()));
    }
}
