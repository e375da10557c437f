package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalDetected;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline as its users meet it, through the API with the demo accounts: a gateway pushes, the worker analyses,
 * analysts and officers read and triage signals within their need-to-know.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PipelineApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    /** Collects the events as a later module would receive them: after the signal's transaction committed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        private final List<SignalDetected> received = new CopyOnWriteArrayList<>();

        List<SignalDetected> received() {
            return received;
        }

        @TransactionalEventListener
        void on(SignalDetected event) {
            received.add(event);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Events events;

    @Autowired
    Intake intake;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode push(RequestPostProcessor who, String source, String items) throws Exception {
        String body = mvc.perform(post("/api/v1/items")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"" + source + "\", \"items\": " + items + "}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private long itemId(String source, String externalId) {
        return jdbc.sql("SELECT id FROM item WHERE source_id = ? AND external_id = ?")
                .params(source, externalId)
                .query(Long.class)
                .single();
    }

    private long awaitSignal(long itemId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                .param(itemId)
                                .query(Long.class)
                                .single()
                        == 1);
        return jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                .param(itemId)
                .query(Long.class)
                .single();
    }

    @Test
    void pushCountsAcceptedDuplicateAndRejectedItemsAndARetriedBatchChangesNothing() throws Exception {
        String u = unique();
        String batch = """
                [{"id": "a-%1$s", "text": "The exhibition opens on Monday %1$s", "kind": "POST"},
                 {"id": "b-%1$s", "text": "Visa hours change next week %1$s"},
                 {"id": "c-%1$s", "title": "no text at all"},
                 "not an object",
                 {"id": "d-%1$s", "text": "  the exhibition OPENS on monday   %1$s "}]""".formatted(u);

        JsonNode first = push(ADMIN, "demo-social", batch);
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("duplicate").asInt())
                .as("same text as a-, differing in case and spaces")
                .isEqualTo(1);
        assertThat(first.get("rejected").asInt()).isEqualTo(2);
        JsonNode rejections = first.get("rejections");
        assertThat(rejections.get(0).get("index").asInt()).isEqualTo(3);
        assertThat(rejections.get(0).get("id").asString()).isEqualTo("c-" + u);
        assertThat(rejections.get(0).get("reason").asString()).contains("text");
        assertThat(rejections.get(1).get("index").asInt()).isEqualTo(4);
        assertThat(rejections.get(1).get("reason").asString()).contains("not a JSON object");

        JsonNode retry = push(ADMIN, "demo-social", batch);
        assertThat(retry.get("accepted").asInt()).isZero();
        assertThat(retry.get("duplicate").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ?")
                        .param("%-" + u)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'PUSH' AND entity_id = 'demo-social'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void pushingNeedsAnAccountAllowedForTheSourceAndAnEnabledSource() throws Exception {
        String item = "[{\"id\": \"x-" + unique() + "\", \"text\": \"hello\"}]";
        mvc.perform(post("/api/v1/items")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"demo-social\", \"items\": " + item + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"no-such-source\", \"items\": " + item + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": " + item + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("source")));

        String id = "paused-" + unique();
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"id": "%s", "kind": "PUSH", "name": "A pausable gateway", "reliability": "b",
                         "allowedAccounts": ["analyst"]}""".formatted(id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reliability", is("B")))
                .andExpect(jsonPath("$.allowedAccounts[0]", is("analyst")));
        assertThat(push(ANALYST, id, item).get("accepted").asInt()).isEqualTo(1);
        mvc.perform(post("/api/v1/sources/" + id + "/pause").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled", is(false)));
        mvc.perform(post("/api/v1/items")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"" + id + "\", \"items\": " + item + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("resume")));
        mvc.perform(post("/api/v1/sources/" + id + "/resume").with(ADMIN)).andExpect(status().isOk());
    }

    @Test
    void sourcesAreReadByEveryoneAndChangedByAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/sources").with(ISTANBUL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'demo-social')].reliability", hasItem("C")))
                .andExpect(jsonPath(
                        "$[?(@.id == 'demo-social')].description",
                        hasItem("social-media gateway watching the embassies' accounts")));
        mvc.perform(get("/api/v1/sources/demo-social").with(ISTANBUL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedAccounts").doesNotExist());
        String body = """
                {"id": "feed-%s", "kind": "RSS", "name": "A feed", "url": "https://example.org/feed.xml",
                 "reliability": "B"}""".formatted(unique());
        mvc.perform(post("/api/v1/sources")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"id": "Bad Id", "kind": "RSS", "name": "", "reliability": "G"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("id")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("url")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reliability")));
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pollIntervalSeconds", is(900)))
                .andExpect(jsonPath("$.enabled", is(false)));
        // a feed the administrator enables at once runs at once; a push source is enabled unless paused
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"id": "feed-on-%s", "kind": "ATOM", "name": "An enabled feed", "url": "https://example.org/a",
                         "reliability": "B", "enabled": true}""".formatted(unique())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enabled", is(true)));
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"id": "push-%s", "kind": "PUSH", "name": "A gateway", "reliability": "C"}""".formatted(unique())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enabled", is(true)));
        mvc.perform(put("/api/v1/sources/demo-social")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PUSH\", \"name\": \"x\", \"reliability\": \"A\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void rejectsAreDeadLetteredForHqAndReplayable() throws Exception {
        String u = unique();
        JsonNode report = push(ADMIN, "demo-social", "[{\"id\": \"dl-" + u + "\", \"text\": 42}]");
        long deadLetter = report.get("rejections").get(0).get("deadLetterId").asLong();

        mvc.perform(get("/api/v1/dead-letters").with(ANKARA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dead-letters/" + deadLetter).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceId", is("demo-social")))
                .andExpect(jsonPath("$.externalId", is("dl-" + u)))
                .andExpect(jsonPath("$.reason", containsString("text must be a string")))
                .andExpect(jsonPath("$.raw", containsString("\"text\":42")));
        mvc.perform(get("/api/v1/dead-letters").with(ANALYST).param("source", "demo-social"))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) deadLetter)));

        // still wrong: refused again, and the dead letter stays
        mvc.perform(post("/api/v1/dead-letters/" + deadLetter + "/replay").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("REJECTED")));
        mvc.perform(get("/api/v1/dead-letters/" + deadLetter).with(ANALYST))
                .andExpect(jsonPath("$.replayedAt").doesNotExist())
                .andExpect(jsonPath("$.replayResult", containsString("refused again")));

        // an item refused by an earlier rule (or while something was broken) that is acceptable now
        long old = intake.deadLetter(
                "demo-social",
                1,
                "old-" + u,
                "refused by an older rule",
                "{\"id\": \"old-" + u + "\", \"text\": \"Consular hours on the holiday " + u + "\"}",
                false);
        mvc.perform(post("/api/v1/dead-letters/" + old + "/replay").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("ACCEPTED")));
        long item = itemId("demo-social", "old-" + u);
        mvc.perform(get("/api/v1/dead-letters/" + old).with(ANALYST))
                .andExpect(jsonPath("$.replayItemId", is((int) item)));
        mvc.perform(post("/api/v1/dead-letters/" + old + "/replay").with(ANALYST))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'REPLAY' AND entity_id = ?")
                        .param(Long.toString(old))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the replayed item is analysed (a quiet one: kept and searchable, no signal)
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE id = ? AND processed_at IS NOT NULL AND quiet")
                                .param(item)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void aPushedAuthorIsStoredNormalisedAndShownOnTheSignal() throws Exception {
        String u = unique();
        String source = "authors-" + u;
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Replies with authors", "reliability": "C"}""".formatted(source)))
                .andExpect(status().isCreated());
        push(ADMIN, source, """
                [{"id": "a-%s", "text": "Farewell to life %s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                  "author": {"handle": "@Yerkh0v_%s", "name": "Y", "platform": "Twitter",
                             "url": "https://x.com/Yerkh0v"}}]""".formatted(u, u, u));
        long item = itemId(source, "a-" + u);
        assertThat(jdbc.sql("SELECT author_platform || ':' || author_handle FROM item WHERE id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("x:yerkh0v_" + u);
        long signal = awaitSignal(item);
        mvc.perform(get("/api/v1/signals/" + signal).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signal.author.handle", is("yerkh0v_" + u)))
                .andExpect(jsonPath("$.signal.author.platform", is("x")))
                .andExpect(jsonPath("$.signal.author.url", is("https://x.com/Yerkh0v")));
        mvc.perform(get("/api/v1/signals").param("q", u).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].author.handle", is("yerkh0v_" + u)));
        mvc.perform(get("/signals/" + signal)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(org.vigil.TestPrincipals.auth(
                                "test.analyst", org.vigil.shared.Scope.all(), "ROLE_HQ_ANALYST"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("@yerkh0v_" + u + " (Y) on x")));

        JsonNode refused = push(ADMIN, source, """
                [{"id": "b-%s", "text": "hello", "author": {"handle": "%s", "platform": "x"}}]""".formatted(u, "h".repeat(10_240)));
        assertThat(refused.get("rejected").asInt()).isEqualTo(1);
        assertThat(refused.get("rejections").get(0).get("reason").asString())
                .contains("author.handle is 10240 characters, over the limit of 100");
    }

    @Test
    void theSeedThreatsBecomeSignalsAgainstTheAmbassadorVisibleOnlyWithinNeedToKnow() throws Exception {
        String u = unique();
        List<String> threats = List.of("Farewell to life", "No one will mourn you", "It is time for you to burn up");
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < threats.size(); i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "reply-%s-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                     "source": "x.com/user%d"}""".formatted(u, i, threats.get(i), i));
        }
        // the run's own texts: the same threat from this test's earlier runs would be a duplicate per source
        String source = "seed-" + u;
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Seed replies", "reliability": "C"}""".formatted(source)))
                .andExpect(status().isCreated());
        assertThat(push(ADMIN, source, items.append("]").toString())
                        .get("accepted")
                        .asInt())
                .isEqualTo(3);

        for (int i = 0; i < threats.size(); i++) {
            long signal = awaitSignal(itemId(source, "reply-" + u + "-" + i));
            assertThat(jdbc.sql("SELECT mission_id FROM signal_mission WHERE signal_id = ?")
                            .param(signal)
                            .query(String.class)
                            .list())
                    .contains("ru-embassy-ankara");
            assertThat(jdbc.sql("SELECT person_id FROM signal_person WHERE signal_id = ? AND targeted")
                            .param(signal)
                            .query(String.class)
                            .list())
                    .contains("yerkhov");
            long id = signal;
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> events.received().stream().anyMatch(e -> e.signalId() == id));
            SignalDetected event = events.received().stream()
                    .filter(e -> e.signalId() == id)
                    .findFirst()
                    .orElseThrow();
            assertThat(event.missionIds()).contains("ru-embassy-ankara");
            assertThat(event.personIds()).contains("yerkhov");
            assertThat(event.level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
            assertThat(event.categories()).contains(ThreatCategory.DIRECT_THREAT);

            mvc.perform(get("/api/v1/signals/" + signal).with(ANKARA))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.text", is(threats.get(i))))
                    .andExpect(jsonPath("$.signal.categories", hasItem("DIRECT_THREAT")))
                    .andExpect(jsonPath("$.signal.missionIds", hasItem("ru-embassy-ankara")))
                    .andExpect(jsonPath("$.signal.personIds", hasItem("yerkhov")))
                    .andExpect(jsonPath("$.evidence[0].text").isString())
                    .andExpect(jsonPath("$.signal.status", is("NEW")));
            mvc.perform(get("/api/v1/signals/" + signal).with(ISTANBUL)).andExpect(status().isNotFound());
        }

        mvc.perform(get("/api/v1/signals")
                        .with(ANALYST)
                        .param("missionId", "ru-embassy-ankara")
                        .param("personId", "yerkhov")
                        .param("level", "HIGH")
                        .param("category", "DIRECT_THREAT")
                        .param("q", "MOURN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].externalId", hasItem("reply-" + u + "-1")))
                .andExpect(jsonPath(
                        "$.items[?(@.externalId == 'reply-" + u + "-1')].level",
                        hasItem(org.hamcrest.Matchers.oneOf("HIGH", "CRITICAL"))));
        mvc.perform(get("/api/v1/signals").with(ANKARA).param("q", "mourn"))
                .andExpect(jsonPath("$.items[*].externalId", hasItem("reply-" + u + "-1")));
        // need-to-know: the Istanbul officer sees none of it, by list, filter or count
        mvc.perform(get("/api/v1/signals").with(ISTANBUL).param("q", "mourn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/v1/signals").with(ISTANBUL).param("missionId", "ru-embassy-ankara"))
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/v1/signals/count").with(ISTANBUL).param("personId", "yerkhov"))
                .andExpect(jsonPath("$.count", is(0)));
        mvc.perform(get("/api/v1/signals/count")
                        .with(ANKARA)
                        .param("personId", "yerkhov")
                        .param("q", u.isEmpty() ? "x" : "burn up"))
                .andExpect(jsonPath("$.count").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/v1/signals").with(ANALYST).param("level", "LOUD")).andExpect(status().isBadRequest());
    }

    @Test
    void aSignalSeenFromOneMissionNamesNoEntityOfAnother() throws Exception {
        String u = unique();
        String source = "both-" + u;
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Both missions", "reliability": "B"}""".formatted(source)))
                .andExpect(status().isCreated());
        push(ADMIN, source, """
                [{"id": "b-%s", "kind": "ARTICLE", "text": "Ambassador Alexei Yerkhov of the Russian embassy in \
                Ankara visited the Russian consulate general in Istanbul on Monday to open an exhibition."}]""".formatted(u));
        long signal = awaitSignal(itemId(source, "b-" + u));
        mvc.perform(get("/api/v1/signals/" + signal).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentions[*].entityId", hasItem("ru-embassy-ankara")))
                .andExpect(jsonPath("$.mentions[*].entityId", hasItem("ru-consulate-istanbul")));
        // Istanbul's officer reads the signal (it is linked to the consulate) but not that the text names Ankara's
        // embassy and its ambassador: that link is registry knowledge outside the scope
        mvc.perform(get("/api/v1/signals/" + signal).with(ISTANBUL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentions[*].entityId", hasItem("ru-consulate-istanbul")))
                .andExpect(jsonPath("$.mentions[*].entityId", not(hasItem("ru-embassy-ankara"))))
                .andExpect(jsonPath("$.mentions[*].entityId", not(hasItem("yerkhov"))))
                .andExpect(jsonPath("$.signal.missionIds", not(hasItem("ru-embassy-ankara"))));
    }

    @Test
    void triageIsForHqAndTheOfficersOfLinkedMissionsAndAudited() throws Exception {
        String u = unique();
        String source = "triage-" + u;
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Triage replies", "reliability": "C"}""".formatted(source)))
                .andExpect(status().isCreated());
        push(ADMIN, source, """
                [{"id": "t-%s", "text": "Farewell to life", "kind": "POST", "inReplyTo": "@RusEmbTurkey"}]""".formatted(u));
        long signal = awaitSignal(itemId(source, "t-" + u));
        String path = "/api/v1/signals/" + signal + "/triage";

        mvc.perform(post(path)
                        .with(ISTANBUL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"CONFIRM\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(httpBasic("head.ankara", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"CONFIRM\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"CONFIRM\", \"note\": \"seen it on the embassy's account\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signal.status", is("CONFIRMED")))
                .andExpect(jsonPath("$.triagedBy", is("officer.ankara")));
        mvc.perform(post(path)
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"DISMISS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("reason")));
        mvc.perform(post(path)
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"SHRUG\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path)
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"ESCALATE\", \"note\": \"pattern across accounts\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signal.status", is("ESCALATED")))
                .andExpect(jsonPath("$.triageReason").doesNotExist());

        List<String> audited = jdbc.sql("SELECT actor || ':' || action FROM audit_entries WHERE entity_type = 'SIGNAL' "
                        + "AND entity_id = ? ORDER BY seq")
                .param(Long.toString(signal))
                .query(String.class)
                .list();
        assertThat(audited).containsExactly("officer.ankara:TRIAGE_CONFIRM", "analyst:TRIAGE_ESCALATE");
    }

    @Test
    void aSyndicatedCopyIsLinkedToTheFirstAndGivesNoSecondSignal() throws Exception {
        String u = unique();
        String story = "Unknown persons threatened the Russian ambassador in Ankara in messages posted under the "
                + "embassy's account on Monday, the embassy said in a statement, adding that it had asked the Turkish "
                + "authorities to identify the authors and to strengthen the protection of its staff and premises "
                + "reference " + u;
        String copy = "ANKARA (wire) - " + story.replace("on Monday", "on Monday morning") + " Copyright the wire.";
        String other = "The consulate in Istanbul will hold an exhibition of photographs of the Black Sea coast in "
                + "its garden during the summer months, with concerts every Friday evening and free admission for "
                + "students and families from the neighbourhood, organisers said " + u;
        String second = "wire-" + u;
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "A wire service", "reliability": "B"}""".formatted(second)))
                .andExpect(status().isCreated());
        push(
                ADMIN,
                "demo-social",
                "[{\"id\": \"story-" + u + "\", \"text\": \"" + story + "\", \"kind\": \"ARTICLE\"}]");
        long first = itemId("demo-social", "story-" + u);
        awaitSignal(first);
        push(
                ADMIN,
                second,
                "[{\"id\": \"copy-" + u + "\", \"text\": \"" + copy + "\", \"kind\": \"ARTICLE\"},"
                        + "{\"id\": \"other-" + u + "\", \"text\": \"" + other + "\", \"kind\": \"ARTICLE\"}]");
        long copied = itemId(second, "copy-" + u);
        long unrelated = itemId(second, "other-" + u);

        awaitSignal(unrelated);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT processed_at FROM item WHERE id = ?")
                        .param(copied)
                        .query(Object.class)
                        .optional()
                        .isPresent());
        assertThat(jdbc.sql("SELECT duplicate_of FROM item WHERE id = ?")
                        .param(copied)
                        .query(Long.class)
                        .single())
                .isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                        .param(copied)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT duplicate_of FROM item WHERE id = ?")
                        .param(unrelated)
                        .query(Long.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_outbox WHERE item_id IN (?, ?, ?)")
                        .params(first, copied, unrelated)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * What a crashed worker leaves: its claimed rows. Once the lease is over they are analysed, exactly once; a row
     * claimed recently by a live worker is left alone; an item queued again after its signal was stored (a crash
     * cannot do this, an operator could) is dequeued without a second signal.
     */
    @Test
    void rowsClaimedByACrashedWorkerAreAnalysedOnceTheLeaseIsOver() throws Exception {
        String u = unique();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        long crashed = storeClaimed("crashed-" + u, "Farewell to life " + u, "dead-worker", now.minusMinutes(11));
        long live = storeClaimed("live-" + u, "No one will mourn you " + u, "live-worker", now.minusMinutes(1));

        long signal = awaitSignal(crashed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_outbox WHERE item_id = ?")
                        .param(crashed)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT claimed_by FROM item_outbox WHERE item_id = ?")
                        .param(live)
                        .query(String.class)
                        .single())
                .isEqualTo("live-worker");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                        .param(live)
                        .query(Long.class)
                        .single())
                .isZero();

        jdbc.sql("INSERT INTO item_outbox (item_id, enqueued_at, attempts) VALUES (?, ?, 0)")
                .params(crashed, now)
                .update();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item_outbox WHERE item_id = ?")
                                .param(crashed)
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                        .param(crashed)
                        .query(Long.class)
                        .list())
                .containsExactly(signal);

        // the live worker "finishes": its row expires like any other and is analysed
        jdbc.sql("UPDATE item_outbox SET claimed_at = ? WHERE item_id = ?")
                .params(now.minusMinutes(30), live)
                .update();
        awaitSignal(live);
    }

    private long storeClaimed(String externalId, String text, String worker, java.time.OffsetDateTime claimedAt) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (source_id, external_id, content_hash, text, kind, in_reply_to, received_at)
                VALUES ('demo-social', ?, ?, ?, 'POST', '@RusEmbTurkey', ?)""")
                .params(externalId, org.vigil.ingest.bulk.IncomingItem.hash(text), text, claimedAt)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql(
                        "INSERT INTO item_outbox (item_id, enqueued_at, claimed_by, claimed_at, attempts) VALUES (?, ?, ?, ?, 1)")
                .params(id, claimedAt, worker, claimedAt)
                .update();
        return id;
    }
}
