package org.vigil.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.ingest.pipeline.SourceCommand;
import org.vigil.ingest.pipeline.SourceKind;
import org.vigil.ingest.pipeline.Sources;
import org.vigil.shared.Scope;

/**
 * The ingestion pages with MockMvc: signals scoped exactly like the API (list and address), the signal page with
 * its evidence marked over escaped text, triage through the page, dead letters for HQ only with their raw input as
 * text, the sources page and its forms, and the fetch allow-list page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class IngestPagesTest {

    static final Authentication ADMIN = TestPrincipals.admin();
    static final Authentication ANALYST = TestPrincipals.auth("test.analyst", Scope.all(), "ROLE_HQ_ANALYST");
    static final Authentication ANKARA = TestPrincipals.auth(
            "officer.ankara", Scope.of(java.util.Set.of("ru-embassy-ankara")), "ROLE_MISSION_OFFICER");
    static final Authentication ISTANBUL = TestPrincipals.auth(
            "officer.istanbul", Scope.of(java.util.Set.of("ru-consulate-istanbul")), "ROLE_MISSION_OFFICER");
    static final Authentication HEAD_ANKARA =
            TestPrincipals.auth("head.ankara", Scope.of(java.util.Set.of("ru-embassy-ankara")), "ROLE_HEAD_OF_MISSION");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Intake intake;

    @Autowired
    Sources sources;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T asAdmin(Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(ADMIN);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A threat against the ambassador in Ankara, with markup in it, analysed into a signal. */
    private long ankaraSignal(String u) {
        String source = "pages-" + u;
        asAdmin(() -> sources.create(new SourceCommand(
                source, SourceKind.PUSH, "Page test replies", null, null, null, "D", true, List.of())));
        String text = "<script>alert('x')</script> Ambassador Yerkhov, farewell to life. Ref " + u;
        Intake.Stored stored = intake.store(
                source,
                Parsed.accepted(new IncomingItem(
                        "p-" + u,
                        text,
                        null,
                        null,
                        null,
                        "x.com/someone",
                        null,
                        "POST",
                        "@RusEmbTurkey",
                        IncomingItem.hash(text))));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                .param(stored.itemId())
                                .query(Long.class)
                                .single()
                        == 1);
        return jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                .param(stored.itemId())
                .query(Long.class)
                .single();
    }

    @Test
    void signalsAreScopedLikeTheApiAndTheSignalPageMarksTheEvidenceOverEscapedText() throws Exception {
        String u = unique();
        long signal = ankaraSignal(u);

        mvc.perform(get("/signals").param("q", u).with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-signal-id=\"" + signal + "\"")))
                .andExpect(content().string(containsString("level-")));
        mvc.perform(get("/signals").param("q", u).with(authentication(ISTANBUL)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-signal-id=\"" + signal + "\""))))
                .andExpect(content().string(containsString("No signal matches")));
        mvc.perform(get("/signals").param("missionId", "ru-embassy-ankara").with(authentication(ISTANBUL)))
                .andExpect(content().string(not(containsString("data-signal-id=\"" + signal + "\""))));
        mvc.perform(get("/signals/" + signal).with(authentication(ISTANBUL))).andExpect(status().isNotFound());
        mvc.perform(get("/signals/not-a-number").with(authentication(ANKARA))).andExpect(status().isNotFound());

        // htmx live search answers the results only
        mvc.perform(get("/signals")
                        .param("q", u)
                        .param("level", "HIGH")
                        .header("HX-Request", "true")
                        .with(authentication(ANALYST)))
                .andExpect(content().string(allOf(containsString("signal-results"), not(containsString("<html")))));

        String page = mvc.perform(get("/signals/" + signal).with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(page).containsPattern("<mark class=\"evidence\">[^<]*(farewell|Farewell)[^<]*</mark>");
        assertThat(page).contains("id=\"source-grade\"").contains(">D<");
        assertThat(page).contains("id=\"triage-form\"");
        assertThat(page).contains("<span class=\"mention\">Yerkhov</span>");
        assertThat(page).contains(">Alexei Yerkhov</a>").contains(">Embassy of the Russian Federation in Turkey</a>");
        // the head of mission reads it but may not triage
        mvc.perform(get("/signals/" + signal).with(authentication(HEAD_ANKARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"triage-form\""))));
    }

    @Test
    void triageThroughThePageNeedsAReasonToDismissAndIsAudited() throws Exception {
        String u = unique();
        long signal = ankaraSignal(u);
        String path = "/signals/" + signal + "/triage";

        mvc.perform(post(path)
                        .param("action", "DISMISS")
                        .param("reason", "x")
                        .with(csrf())
                        .with(authentication(ISTANBUL)))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).param("action", "CONFIRM").with(csrf()).with(authentication(HEAD_ANKARA)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).param("action", "DISMISS").with(csrf()).with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"triage-error\"")))
                .andExpect(content().string(containsString("say why")));
        mvc.perform(post(path)
                        .param("action", "DISMISS")
                        .param("reason", "a quote in a news report")
                        .with(csrf())
                        .with(authentication(ANKARA)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signals/" + signal));
        mvc.perform(get("/signals/" + signal).with(authentication(ANKARA)))
                .andExpect(content().string(containsString("a quote in a news report")))
                .andExpect(content().string(containsString("Dismissed")));
        assertThat(jdbc.sql("SELECT status FROM signal WHERE id = ?")
                        .param(signal)
                        .query(String.class)
                        .single())
                .isEqualTo("DISMISSED");
        List<String> audited = jdbc.sql("SELECT actor || ' ' || action FROM audit_entries WHERE entity_type = 'SIGNAL'"
                        + " AND entity_id = ?")
                .param(Long.toString(signal))
                .query(String.class)
                .list();
        assertThat(audited)
                .singleElement()
                .satisfies(a -> assertThat(a).contains("officer.ankara").endsWith("TRIAGE_DISMISS"));
    }

    @Test
    void deadLettersAreForHqAndShowTheRawInputAsTextWithAReplayButton() throws Exception {
        String u = unique();
        long letter = intake.deadLetter(
                "demo-social",
                1,
                "dl-" + u,
                "text is missing",
                "{\"id\": \"dl-" + u + "\", \"title\": \"<img src=x onerror=alert(1)>\", \"text\": \"Consular "
                        + "hours " + u + "\"}",
                false);
        mvc.perform(get("/dead-letters").with(authentication(ANKARA))).andExpect(status().isForbidden());
        mvc.perform(get("/dead-letters/" + letter).with(authentication(ANKARA))).andExpect(status().isForbidden());
        mvc.perform(get("/dead-letters").with(authentication(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-dead-letter-id=\"" + letter + "\"")));
        String page = mvc.perform(get("/dead-letters/" + letter).with(authentication(ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x")
                .contains("id=\"replay\"");
        mvc.perform(post("/dead-letters/" + letter + "/replay").with(csrf()).with(authentication(ANKARA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dead-letters/" + letter + "/replay").with(csrf()).with(authentication(ANALYST)))
                .andExpect(redirectedUrl("/dead-letters/" + letter));
        mvc.perform(get("/dead-letters/" + letter).with(authentication(ANALYST)))
                .andExpect(content().string(containsString("accepted")))
                .andExpect(content().string(not(containsString("id=\"replay\""))));
    }

    @Test
    void theSourcesPageShowsEveryoneTheSourcesAndAdministratorsTheirForms() throws Exception {
        mvc.perform(get("/sources").with(authentication(ISTANBUL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-source-id=\"demo-social\"")))
                .andExpect(content().string(containsString("data-source-id=\"demo-tass-rss\"")))
                .andExpect(content().string(containsString("Paused")))
                .andExpect(content().string(not(containsString("Test now"))))
                .andExpect(content().string(not(containsString("id=\"new-source\""))));
        mvc.perform(get("/sources/new").with(authentication(ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/sources")
                        .param("id", "x-" + unique())
                        .param("kind", "PUSH")
                        .param("name", "x")
                        .param("reliability", "C")
                        .with(csrf())
                        .with(authentication(ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sources").with(authentication(ADMIN)))
                .andExpect(content().string(containsString("Test now")))
                .andExpect(content().string(containsString("id=\"new-source\"")));

        mvc.perform(post("/sources")
                        .param("id", "Bad Id")
                        .param("kind", "RSS")
                        .param("name", "")
                        .param("reliability", "C")
                        .with(csrf())
                        .with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("needs the address to poll")));
        String id = "loop-" + unique();
        mvc.perform(post("/sources")
                        .param("id", id)
                        .param("kind", "RSS")
                        .param("name", "Loopback feed")
                        .param("url", "http://127.0.0.1:9/feed.xml")
                        .param("pollIntervalSeconds", "600")
                        .param("reliability", "B")
                        .with(csrf())
                        .with(authentication(ADMIN)))
                .andExpect(redirectedUrl("/sources"));
        assertThat(sources.find(id).orElseThrow().enabled())
                .as("the checkbox was not ticked")
                .isFalse();
        mvc.perform(post("/sources/" + id + "/resume").with(csrf()).with(authentication(ADMIN)))
                .andExpect(redirectedUrl("/sources"));
        assertThat(sources.find(id).orElseThrow().enabled()).isTrue();
        mvc.perform(post("/sources/" + id + "/pause").with(csrf()).with(authentication(ADMIN)))
                .andExpect(redirectedUrl("/sources"));

        // Test now answers a fragment saying what happened; here the fetcher refuses the loopback address
        mvc.perform(post("/sources/" + id + "/test")
                        .with(csrf())
                        .with(authentication(ADMIN))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Failed."),
                                containsString("FORBIDDEN_ADDRESS"),
                                not(containsString("<html")))));
        mvc.perform(post("/sources/demo-social/test").with(csrf()).with(authentication(ADMIN)))
                .andExpect(content().string(containsString("only RSS, ATOM and WEB sources are polled")));
        mvc.perform(post("/sources/" + id + "/test").with(csrf()).with(authentication(ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sources/" + id + "/edit").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http://127.0.0.1:9/feed.xml")));
        mvc.perform(get("/sources/nope/edit").with(authentication(ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void theAllowListPageIsForAdministratorsAndExplainsRefusals() throws Exception {
        mvc.perform(get("/admin/fetch-allowlist").with(authentication(ANALYST))).andExpect(status().isForbidden());
        String host = "feeds-" + unique() + ".intranet";
        mvc.perform(post("/admin/fetch-allowlist")
                        .param("entry", "10.0.0.0/4")
                        .with(csrf())
                        .with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("too wide")));
        mvc.perform(post("/admin/fetch-allowlist")
                        .param("entry", host)
                        .param("note", "intranet feeds")
                        .with(csrf())
                        .with(authentication(ADMIN)))
                .andExpect(redirectedUrl("/admin/fetch-allowlist"));
        mvc.perform(get("/admin/fetch-allowlist").with(authentication(ADMIN)))
                .andExpect(content().string(allOf(containsString(host), containsString("intranet feeds"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'FETCH_ALLOWLIST' AND action = "
                                + "'ALLOW' AND after_json LIKE ?")
                        .param("%" + host + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/api/v1/admin/fetch-allowlist")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entry\": \"" + host + "\"}")
                        .with(authentication(ADMIN)))
                .andExpect(status().isConflict());
    }
}
