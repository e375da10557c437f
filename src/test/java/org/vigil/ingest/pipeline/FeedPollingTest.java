package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;
import org.vigil.ingest.SourceFailing;

/**
 * Feed polling against a real HTTP server on the loopback address, which the fetcher refuses until an administrator
 * allow-lists it: new entries become items and signals, the second poll is a 304, failures back off and raise
 * SourceFailing, teaser entries are completed from their article page, broken feeds and entries are dead-lettered,
 * and the scheduler polls due sources on its own.
 */
@SpringBootTest(
        properties = {
            "vigil.ingest.feeds.scheduler.enabled=true",
            "vigil.ingest.feeds.tick=200ms",
            "vigil.ingest.feeds.failing-after=3",
            "vigil.ingest.feeds.max-articles-per-poll=2"
        })
@AutoConfigureMockMvc
@Tag("db")
class FeedPollingTest {

    /** What the test server answers on a path: status, content type, body, headers; and the requests it saw. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        static Answer of(String contentType, String body) {
            return new Answer(200, contentType, body, Map.of());
        }
    }

    record Request(String path, String ifNoneMatch, String ifModifiedSince) {}

    static HttpServer server;
    static final Map<String, java.util.function.Function<Request, Answer>> ROUTES = new ConcurrentHashMap<>();
    static final List<Request> SEEN = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        final List<SourceFailing> failing = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SourceFailing event) {
            failing.add(event);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedPoller poller;

    @Autowired
    Sources sources;

    @Autowired
    FetchAllowList allowList;

    @Autowired
    Events events;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", FeedPollingTest::handle);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    static void handle(HttpExchange ex) throws IOException {
        Request request = new Request(
                ex.getRequestURI().getPath(),
                ex.getRequestHeaders().getFirst("If-None-Match"),
                ex.getRequestHeaders().getFirst("If-Modified-Since"));
        SEEN.add(request);
        var route = ROUTES.get(request.path());
        Answer answer = route == null ? new Answer(404, "text/plain", "no such page", Map.of()) : route.apply(request);
        answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null) {
            ex.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        if (answer.status() == 304 || body.length == 0) {
            ex.sendResponseHeaders(answer.status(), -1);
        } else {
            ex.sendResponseHeaders(answer.status(), body.length);
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String rss(String title, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://news.example/</link>
                %s
                </channel></rss>""".formatted(title, String.join("\n", items));
    }

    static String entry(String guid, String title, String description, String link) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title>"
                + (link == null ? "" : "<link>" + link + "</link>")
                + "<description><![CDATA[" + description + "]]></description>"
                + "<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>";
    }

    private <T> T asAdmin(Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void allowLoopback() {
        if (allowList.current().blocks().stream()
                .noneMatch(b -> b.prefix() == 32 && b.network()[0] == 127 && b.network()[3] == 1)) {
            asAdmin(() -> allowList.add("127.0.0.1", "the test's feed server"));
        }
    }

    /** A feed source on the test server, paused so that only the test's own polls touch it. */
    private String feedSource(String path, int intervalSeconds) {
        String id = "feed-" + unique();
        sources.createUnchecked(new SourceCommand(
                id, SourceKind.RSS, "Test feed " + id, null, base() + path, intervalSeconds, "B", false, List.of()));
        return id;
    }

    private PollReport pollNow(String id) {
        return asAdmin(() -> poller.pollNow(id));
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("SELECT * FROM source WHERE id = ?").param(id).query().singleRow();
    }

    /** A time column, read the same way on H2 and PostgreSQL (whose driver gives Timestamp to getObject). */
    private java.time.Instant time(String id, String column) {
        return jdbc.sql("SELECT " + column + " FROM source WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single()
                .toInstant();
    }

    private String itemText(String source, String externalId) {
        return jdbc.sql("SELECT text FROM item WHERE source_id = ? AND external_id = ?")
                .params(source, externalId)
                .query(String.class)
                .single();
    }

    @Test
    void theLoopbackServerIsRefusedUntilAnAdministratorAllowListsItAndEveryChangeIsAudited() throws Exception {
        for (FetchAllowList.Entry e : asAdmin(() -> allowList.list())) {
            asAdmin(() -> {
                allowList.remove(e.id());
                return null;
            });
        }
        String path = "/allow-" + unique() + ".xml";
        ROUTES.put(
                path,
                r -> Answer.of(
                        "application/rss+xml",
                        rss("Allow", entry("a-1", "Visa hours", "The consular section changes its hours.", null))));
        String id = feedSource(path, 600);
        int before = SEEN.size();

        PollReport refused = pollNow(id);
        assertThat(refused.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(refused.error()).contains("FORBIDDEN_ADDRESS").contains("allow-list");
        assertThat(SEEN.size()).as("refused before any connection").isEqualTo(before);
        assertThat(row(id).get("last_error").toString()).contains("FORBIDDEN_ADDRESS");

        var admin = httpBasic("admin", "demo");
        mvc.perform(post("/api/v1/admin/fetch-allowlist")
                        .with(httpBasic("analyst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entry\": \"127.0.0.1\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/fetch-allowlist")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entry\": \"0.0.0.0/0\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("too wide")));
        mvc.perform(post("/api/v1/admin/fetch-allowlist")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entry\": \"http://feeds.intranet/rss\"}"))
                .andExpect(status().isBadRequest());
        String created = mvc.perform(post("/api/v1/admin/fetch-allowlist")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entry\": \"127.0.0.1\", \"note\": \"the test's feed server\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy", is("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/admin/fetch-allowlist").with(admin))
                .andExpect(jsonPath("$[?(@.entry == '127.0.0.1')].note")
                        .value(org.hamcrest.Matchers.hasItem("the test's feed server")));
        mvc.perform(get("/api/v1/admin/fetch-allowlist").with(httpBasic("officer.istanbul", "demo")))
                .andExpect(status().isForbidden());

        PollReport allowed = pollNow(id);
        assertThat(allowed.outcome()).isEqualTo(PollReport.Outcome.FETCHED);
        assertThat(allowed.newItems()).isEqualTo(1);

        // a redirect from the allowed server to a private address is checked again, and refused
        String hop = "/hop-" + unique();
        ROUTES.put(hop, r -> new Answer(302, null, "", Map.of("Location", "http://10.1.2.3/feed.xml")));
        String redirected = feedSource(hop, 600);
        PollReport redirect = pollNow(redirected);
        assertThat(redirect.error()).contains("FORBIDDEN_ADDRESS").contains("10.1.2.3");

        long entryId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(delete("/api/v1/admin/fetch-allowlist/" + entryId).with(admin))
                .andExpect(status().isNoContent());
        assertThat(pollNow(id).error()).contains("FORBIDDEN_ADDRESS");
        List<String> audited = jdbc.sql("SELECT actor || ':' || action FROM audit_entries WHERE entity_type = "
                        + "'FETCH_ALLOWLIST' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(entryId))
                .query(String.class)
                .list();
        assertThat(audited).containsExactly("admin:ALLOW", "admin:DISALLOW");
        allowLoopback();
    }

    @Test
    void newEntriesBecomeItemsAndSignalsAndAnUnchangedFeedIsNotModified() {
        allowLoopback();
        String u = unique();
        String path = "/news-" + u + ".xml";
        String first = rss(
                "Embassy watch",
                entry(
                        "threat-" + u,
                        "Replies to the embassy",
                        "Ambassador Yerkhov, farewell to life. No one will mourn you. " + u,
                        null),
                entry("quiet-" + u, "Exhibition", "The embassy in Ankara opens a photo exhibition. " + u, null));
        ROUTES.put(
                path,
                r -> "\"v1\"".equals(r.ifNoneMatch())
                        ? new Answer(304, null, "", Map.of("ETag", "\"v1\""))
                        : new Answer(
                                200,
                                "application/rss+xml; charset=utf-8",
                                first,
                                Map.of("ETag", "\"v1\"", "Last-Modified", "Mon, 23 Nov 2026 08:00:00 GMT")));
        String id = feedSource(path, 600);

        PollReport report = pollNow(id);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FETCHED);
        assertThat(report.entries()).isEqualTo(2);
        assertThat(report.newItems()).isEqualTo(2);
        assertThat(row(id).get("etag")).isEqualTo("\"v1\"");
        assertThat(row(id).get("last_fetch_at")).isNotNull();
        assertThat(itemText(id, "threat-" + u)).contains("farewell to life");

        long item = jdbc.sql("SELECT id FROM item WHERE source_id = ? AND external_id = ?")
                .params(id, "threat-" + u)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                .param(item)
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("SELECT sm.mission_id FROM signal_mission sm JOIN signal s ON s.id = sm.signal_id "
                                + "WHERE s.item_id = ?")
                        .param(item)
                        .query(String.class)
                        .list())
                .contains("ru-embassy-ankara");

        PollReport second = pollNow(id);
        assertThat(second.outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
        Request last = SEEN.stream()
                .filter(r -> r.path().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(last.ifModifiedSince()).isEqualTo("Mon, 23 Nov 2026 08:00:00 GMT");

        // the feed changes: one new entry, the two others are known
        String changed = rss("Embassy watch", entry("new-" + u, "Consular hours", "New consular hours. " + u, null))
                .replace(
                        "</channel>",
                        first.substring(first.indexOf("<item>"), first.lastIndexOf("</channel>")) + "</channel>");
        ROUTES.put(path, r -> new Answer(200, "application/rss+xml", changed, Map.of("ETag", "\"v2\"")));
        PollReport third = pollNow(id);
        assertThat(third.newItems()).isEqualTo(1);
        assertThat(third.duplicates()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'TEST_POLL' AND entity_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void failuresBackOffExponentiallyAndFromTheThresholdOnTheSourceIsReportedFailing() {
        allowLoopback();
        String path = "/down-" + unique() + ".xml";
        boolean[] down = {true};
        ROUTES.put(
                path,
                r -> down[0]
                        ? new Answer(503, "text/plain", "maintenance", Map.of())
                        : Answer.of(
                                "application/rss+xml", rss("Back", entry("b-" + path, "Back", "We are back.", null))));
        String id = feedSource(path, 60);

        for (int failures = 1; failures <= 4; failures++) {
            PollReport report = pollNow(id);
            assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
            assertThat(report.error()).contains("SERVER_BUSY").contains("503");
            Map<String, Object> row = row(id);
            assertThat(row.get("consecutive_failures")).isEqualTo(failures);
            assertThat(row.get("error_count")).isEqualTo(failures);
            Duration wait = Duration.between(time(id, "last_fetch_at"), time(id, "next_poll_at"));
            assertThat(wait).as("after %d failures", failures).isEqualTo(Duration.ofSeconds(60L << failures));
            long published =
                    events.failing.stream().filter(e -> e.sourceId().equals(id)).count();
            assertThat(published).as("events after %d failures", failures).isEqualTo(Math.max(0, failures - 2));
        }
        SourceFailing event = events.failing.stream()
                .filter(e -> e.sourceId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(event.consecutiveFailures()).isEqualTo(3);
        assertThat(event.lastError()).contains("503");
        assertThat(event.name()).isEqualTo("Test feed " + id);
        assertThat(FeedPoller.backoff(900, 12, Duration.ofHours(6))).isEqualTo(Duration.ofHours(6));
        assertThat(FeedPoller.backoff(86_400, 3, Duration.ofHours(6))).isEqualTo(Duration.ofDays(1));

        down[0] = false;
        PollReport back = pollNow(id);
        assertThat(back.outcome()).isEqualTo(PollReport.Outcome.FETCHED);
        Map<String, Object> row = row(id);
        assertThat(row.get("consecutive_failures")).isEqualTo(0);
        assertThat(row.get("error_count")).isEqualTo(4);
        assertThat(row.get("last_error").toString()).contains("503");
        assertThat(Duration.between(time(id, "last_fetch_at"), time(id, "next_poll_at")))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aTeaserEntryIsCompletedFromItsArticlePageWithinTheCapOfArticlesAPoll() {
        allowLoopback();
        String u = unique();
        String path = "/teasers-" + u + ".xml";
        String story = "The embassy asked the Turkish authorities for additional protection after threats against "
                + "the ambassador were posted under its account, a spokesman said on Monday in Ankara.";
        for (int i = 1; i <= 3; i++) {
            String page = """
                    <html><head><title>Site | Story %1$d</title>
                    <meta property="og:title" content="Embassy asks for protection %1$d">
                    <meta property="article:published_time" content="2026-11-23T07:30:00Z"></head>
                    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                    <article><h1>Embassy asks for protection %1$d</h1>
                    <figure><img src="/p.jpg"><figcaption>The embassy building. © Sputnik/ Ivan Photographer
                    </figcaption></figure>
                    <p>%2$s</p><p>Story %1$d of the test %3$s, with a second paragraph about the measures taken.</p>
                    <div class="related"><p>Also on topic</p><a href="/x">Consulate reopens after repairs</a></div>
                    </article></body></html>""".formatted(i, story, u);
            ROUTES.put("/article-" + u + "-" + i, r -> Answer.of("text/html; charset=utf-8", page));
        }
        String feed = rss(
                "Teasers",
                entry("t1-" + u, "Teaser 1", "Read more…", base() + "/article-" + u + "-1"),
                entry("t2-" + u, "Teaser 2", "Read more…", base() + "/article-" + u + "-2"),
                entry("t3-" + u, "Teaser 3", "Read more…", base() + "/article-" + u + "-3"));
        ROUTES.put(path, r -> new Answer(200, "application/rss+xml", feed, Map.of("ETag", "\"t\"")));
        String id = feedSource(path, 600);

        PollReport first = pollNow(id);
        assertThat(first.newItems()).isEqualTo(2);
        assertThat(first.articlesFetched()).isEqualTo(2);
        assertThat(first.deferred()).as("the cap is 2 pages a poll").isEqualTo(1);
        assertThat(row(id).get("etag"))
                .as("entries wait: the next poll must read the whole feed")
                .isNull();

        String text = itemText(id, "t1-" + u);
        assertThat(text).contains("additional protection").contains("second paragraph");
        assertThat(text)
                .doesNotContain("Sputnik")
                .doesNotContain("Consulate reopens")
                .doesNotContain("Read more")
                .doesNotContain("Home");
        assertThat(jdbc.sql("SELECT title FROM item WHERE source_id = ? AND external_id = ?")
                        .params(id, "t1-" + u)
                        .query(String.class)
                        .single())
                .isEqualTo("Embassy asks for protection 1");
        assertThat(jdbc.sql("SELECT published FROM item WHERE source_id = ? AND external_id = ?")
                        .params(id, "t1-" + u)
                        .query(String.class)
                        .single())
                .isEqualTo("2026-11-23T07:30:00Z");

        PollReport second = pollNow(id);
        assertThat(second.newItems()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(second.articlesFetched())
                .as("known entries are not fetched again")
                .isEqualTo(1);
        assertThat(row(id).get("etag")).isEqualTo("\"t\"");

        // a link the fetcher refuses keeps the feed's own text
        String refusedPath = "/refused-" + u + ".xml";
        ROUTES.put(
                refusedPath,
                r -> Answer.of(
                        "application/rss+xml",
                        rss(
                                "Refused",
                                entry(
                                        "r-" + u,
                                        "Teaser",
                                        "The short teaser of the story " + u,
                                        "http://192.168.7.7/story"))));
        String refused = feedSource(refusedPath, 600);
        PollReport kept = pollNow(refused);
        assertThat(kept.newItems()).isEqualTo(1);
        assertThat(kept.articleFailures()).isEqualTo(1);
        assertThat(kept.problems().getFirst()).contains("FORBIDDEN_ADDRESS");
        assertThat(itemText(refused, "r-" + u)).isEqualTo("The short teaser of the story " + u);
    }

    @Test
    void aMalformedFeedAndBadEntriesGoToDeadLettersWithTheReason() {
        allowLoopback();
        String u = unique();
        String page = "/page-" + u;
        ROUTES.put(page, r -> Answer.of("text/html", "<html><body><p>Welcome " + u + "</p></body></html>"));
        String notAFeed = feedSource(page, 600);
        PollReport report = pollNow(notAFeed);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(report.error()).contains("web page");
        assertThat(jdbc.sql("SELECT reason FROM dead_letter WHERE source_id = ?")
                        .param(notAFeed)
                        .query(String.class)
                        .single())
                .contains("web page");

        String mixed = "/mixed-" + u + ".xml";
        ROUTES.put(
                mixed,
                r -> Answer.of(
                        "application/rss+xml",
                        rss(
                                "Mixed",
                                entry("good-" + u, "Good", "A good entry " + u, null),
                                "<item><guid>bad-" + u
                                        + "</guid><title>Bad link</title><link>javascript:alert(1)</link>"
                                        + "<description>x</description></item>",
                                entry("ctl-" + u, "Control", "A bell \u0007 rings " + u, null),
                                "<item><title>Broken <b>markup</item>")));
        String source = feedSource(mixed, 600);
        PollReport mixedReport = pollNow(source);
        assertThat(mixedReport.newItems()).isEqualTo(1);
        assertThat(mixedReport.rejected()).isGreaterThanOrEqualTo(2);
        List<String> reasons = jdbc.sql("SELECT reason FROM dead_letter WHERE source_id = ? ORDER BY id")
                .param(source)
                .query(String.class)
                .list();
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("javascript"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).containsIgnoringCase("line"));
        assertThat(mixedReport.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aWatchedPageBecomesAnItemEachTimeItsTextChangesAndTheSchedulerPollsItToo() {
        allowLoopback();
        String u = unique();
        String path = "/statement-" + u;
        String[] statement = {"We will find the ambassador Yerkhov and he will answer for the embassy's lies. " + u};
        ROUTES.put(path, r -> Answer.of("text/html; charset=utf-8", """
                <html><head><title>Statements | Front %2$s</title></head>
                <body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
                <article><h1>Our statement</h1><p>%1$s</p>
                <p>The second paragraph of the statement says more about the Russian embassy in Ankara.</p></article>
                <footer>© Front %2$s</footer></body></html>""".formatted(statement[0], u)));
        String id = "page-" + u;
        sources.createUnchecked(new SourceCommand(
                id, SourceKind.WEB, "Front statements " + u, null, base() + path, 600, "D", false, List.of()));

        PollReport first = pollNow(id);
        assertThat(first.outcome()).isEqualTo(PollReport.Outcome.FETCHED);
        assertThat(first.newItems()).isEqualTo(1);
        String text = jdbc.sql("SELECT text FROM item WHERE source_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(text)
                .contains("answer for the embassy's lies")
                .contains("second paragraph")
                .doesNotContain("Archive")
                .doesNotContain("©");

        PollReport unchanged = pollNow(id);
        assertThat(unchanged.newItems()).isZero();
        assertThat(unchanged.duplicates()).isEqualTo(1);

        statement[0] = "Yerkhov's days are numbered; the Front has shown today that it knows where he lives. " + u;
        assertThat(pollNow(id).newItems()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // a page with no readable text is a failure of the source, with the page in the dead letters
        ROUTES.put(path, r -> Answer.of("text/html", "<html><body><nav>Home</nav></body></html>"));
        PollReport empty = pollNow(id);
        assertThat(empty.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(empty.error()).contains("watched page");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dead_letter WHERE source_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String scheduled = "page-s-" + u;
        String otherPath = "/statement-s-" + u;
        ROUTES.put(
                otherPath,
                r -> Answer.of(
                        "text/html",
                        "<html><body><article><p>A statement polled by the "
                                + "scheduler on its own, long enough to be read as the body of an article. " + u
                                + "</p></article></body></html>"));
        sources.createUnchecked(new SourceCommand(
                scheduled, SourceKind.WEB, "Scheduled page " + u, null, base() + otherPath, 600, "D", true, List.of()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = ?")
                                .param(scheduled)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void theSchedulerPollsDueSourcesOnItsOwnAndAClaimedSourceIsNobodyElses() {
        allowLoopback();
        String u = unique();
        String path = "/scheduled-" + u + ".xml";
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Scheduled</title><id>urn:feed:%1$s</id>
                <updated>2026-11-23T08:00:00Z</updated>
                <entry><id>s-%1$s</id><title>Scheduled</title><updated>2026-11-23T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Polled by the scheduler %1$s&lt;/p&gt;</content></entry>
                </feed>""".formatted(u);
        ROUTES.put(path, r -> Answer.of("application/atom+xml", atom));
        String id = "sched-" + u;
        sources.createUnchecked(new SourceCommand(
                id, SourceKind.ATOM, "Scheduled feed", null, base() + path, 600, "C", true, List.of()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> row(id).get("next_poll_at") != null && row(id).get("leased_by") == null);
        assertThat(row(id).get("last_poll_summary").toString()).contains("1 new");
        assertThat(itemText(id, "s-" + u)).isEqualTo("Polled by the scheduler " + u);
        assertThat(poller.due(1000)).doesNotContain(id);
        assertThat(poller.claim(id, "other", true))
                .as("not due for ten minutes")
                .isFalse();

        // eight instances racing for a source at the same moment: the conditional update lets one of them have it
        jdbc.sql("UPDATE source SET next_poll_at = NULL, enabled = FALSE WHERE id = ?")
                .param(id)
                .update();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> racers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String token = "instance-" + i;
                racers.add(pool.submit(() -> {
                    start.await();
                    return poller.claim(id, token, false);
                }));
            }
            start.countDown();
        }
        assertThat(racers.stream().filter(f -> f.resultNow()).count()).isEqualTo(1);
        assertThat(poller.claim(id, "instance-b", false)).isFalse();
        assertThat(pollNow(id).outcome()).isEqualTo(PollReport.Outcome.BUSY);
        jdbc.sql("UPDATE source SET lease_until = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), id)
                .update();
        assertThat(poller.claim(id, "instance-x", false))
                .as("an expired lease is free")
                .isTrue();
    }
}
