package org.vigil.ingest.pipeline;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditTrail;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.SourceFailing;
import org.vigil.ingest.articles.Article;
import org.vigil.ingest.articles.ArticleExtractor;
import org.vigil.ingest.bulk.BulkLimits;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.bulk.JsonLinesItems;
import org.vigil.ingest.feeds.FeedItem;
import org.vigil.ingest.feeds.FeedParser;
import org.vigil.ingest.feeds.FeedResult;
import org.vigil.ingest.fetch.FetchRequest;
import org.vigil.ingest.fetch.FetchResult;
import org.vigil.ingest.fetch.SafeFetcher;
import org.vigil.shared.ConflictException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Polls RSS and Atom sources, and watched web pages (WEB: one page, such as a group's statement page, read as an
 * article and stored as a new item each time its text changes): a conditional GET through the {@link SafeFetcher} (ETag and Last-Modified kept on the
 * source), each entry through the same {@link Intake} as a pushed item (so deduplicated by source and id and by
 * text, queued in the outbox and analysed into a signal), teaser entries completed from their linked article page
 * (at most {@code maxArticlesPerPoll} pages a poll), rejects to dead letters. A failed poll backs off exponentially
 * and, from {@code failingAfter} consecutive failures on, publishes {@link SourceFailing}.
 *
 * <p>Several instances may run this: a source is polled only by the instance whose conditional {@code UPDATE} set
 * its lease ({@code lease_until}, {@code leased_by}); the database decides, so no two instances poll one source at
 * the same time, and a crashed instance's lease simply runs out.
 */
@Service
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PROBLEMS = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Sources sources;
    private final Intake intake;
    private final SafeFetcher fetcher;
    private final FeedParser parser;
    private final ArticleExtractor extractor;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final FeedProperties properties;
    private final String instance = "p-" + UUID.randomUUID().toString().substring(0, 8);

    FeedPoller(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Sources sources,
            Intake intake,
            SafeFetcher fetcher,
            FeedParser parser,
            ArticleExtractor extractor,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock,
            FeedProperties properties) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.sources = sources;
        this.intake = intake;
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * "Test now": polls the source at once, due or not, paused or not (an administrator may try a source before
     * resuming it), and says what happened. BUSY when another poll of it is running.
     */
    public PollReport pollNow(String sourceId) {
        Callers.require("polling a source now", Role.ADMIN);
        Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("source", sourceId));
        if (!source.kind().polled()) {
            throw new ConflictException("source '" + sourceId + "' is a " + source.kind() + " source; only RSS, "
                    + "ATOM and WEB sources are polled");
        }
        String token = instance + "-" + UUID.randomUUID().toString().substring(0, 6);
        if (!claim(sourceId, token, false)) {
            Instant now = clock.instant();
            return new PollReport(
                    sourceId,
                    PollReport.Outcome.BUSY,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    "another poll of this source is running; try again in a moment",
                    now,
                    null,
                    source.consecutiveFailures(),
                    0);
        }
        PollReport report = poll(sourceId, token);
        tx.executeWithoutResult(s -> audit.record("TEST_POLL", "SOURCE", sourceId, null, report));
        return report;
    }

    /** Enabled polled sources (feeds and watched pages) whose next poll is due and that nobody holds, soonest first. */
    List<String> due(int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT id FROM source WHERE enabled = TRUE AND kind IN ('RSS', 'ATOM', 'WEB') AND url IS NOT NULL
                  AND (next_poll_at IS NULL OR next_poll_at <= :now) AND (lease_until IS NULL OR lease_until < :now)
                ORDER BY next_poll_at NULLS FIRST, id LIMIT :limit""")
                .param("now", Sources.ts(now))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /**
     * Takes the source for one poll: an {@code UPDATE} whose condition re-checks, at the moment it runs, that nobody
     * holds it (and, for a scheduled poll, that it is still enabled and due). One instance's update wins; the others
     * change no row.
     */
    boolean claim(String sourceId, String token, boolean scheduled) {
        Instant now = clock.instant();
        String condition = scheduled ? " AND enabled = TRUE AND (next_poll_at IS NULL OR next_poll_at <= :now)" : "";
        return jdbc.sql("UPDATE source SET lease_until = :until, leased_by = :token WHERE id = :id"
                                + " AND (lease_until IS NULL OR lease_until < :now)" + condition)
                        .param("until", Sources.ts(now.plus(properties.lease())))
                        .param("token", token)
                        .param("id", sourceId)
                        .param("now", Sources.ts(now))
                        .update()
                == 1;
    }

    /** For the scheduler: claims a due source and polls it; empty when another instance took it first. */
    Optional<PollReport> pollIfStillDue(String sourceId) {
        String token = instance + "-" + UUID.randomUUID().toString().substring(0, 6);
        if (!claim(sourceId, token, true)) {
            return Optional.empty();
        }
        PollReport report = poll(sourceId, token);
        if (report.newItems() > 0 || report.rejected() > 0) {
            tx.executeWithoutResult(s -> audit.record("POLL", "SOURCE", sourceId, null, report));
        }
        return Optional.of(report);
    }

    /** Polls a claimed source and releases it with the outcome; never throws for what the source sends. */
    private PollReport poll(String sourceId, String token) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Validators validators = jdbc.sql("SELECT etag, last_modified, consecutive_failures, url, poll_interval_seconds,"
                        + " name, kind FROM source WHERE id = ?")
                .param(sourceId)
                .query((rs, n) -> new Validators(
                        rs.getString("etag"),
                        rs.getString("last_modified"),
                        rs.getInt("consecutive_failures"),
                        rs.getString("url"),
                        rs.getInt("poll_interval_seconds"),
                        rs.getString("name"),
                        SourceKind.valueOf(rs.getString("kind"))))
                .single();
        Tally tally = new Tally();
        try {
            URI uri;
            try {
                uri = URI.create(validators.url);
            } catch (IllegalArgumentException e) {
                return fail(
                        sourceId,
                        token,
                        validators,
                        now,
                        started,
                        tally,
                        "the address is not valid: " + e.getMessage());
            }
            FetchResult result = fetcher.fetch(new FetchRequest(uri, validators.etag, validators.lastModified));
            return switch (result) {
                case FetchResult.Refused refused ->
                    fail(sourceId, token, validators, now, started, tally, refused.problem() + ": " + refused.reason());
                case FetchResult.NotModified nm ->
                    succeed(
                            sourceId,
                            token,
                            validators,
                            now,
                            started,
                            tally,
                            PollReport.Outcome.NOT_MODIFIED,
                            nm.etag(),
                            nm.lastModified());
                case FetchResult.Fetched fetched ->
                    validators.kind == SourceKind.WEB
                            ? readPage(sourceId, token, validators, now, started, tally, fetched)
                            : read(sourceId, token, validators, now, started, tally, fetched);
            };
        } catch (RuntimeException e) {
            log.warn("Polling source {} failed: {}", sourceId, e.toString());
            return fail(sourceId, token, validators, now, started, tally, "internal error: " + e);
        }
    }

    private PollReport read(
            String sourceId,
            String token,
            Validators validators,
            Instant now,
            long started,
            Tally tally,
            FetchResult.Fetched fetched) {
        FeedResult parsed = parser.parse(fetched.body(), fetched.charset());
        if (parsed instanceof FeedResult.NotAFeed(var reject)) {
            intake.deadLetter(
                    sourceId, 0, null, "the feed could not be read: " + reject.reason(), reject.excerpt(), true);
            tally.rejected++;
            return fail(sourceId, token, validators, now, started, tally, "not a readable feed: " + reject.reason());
        }
        FeedResult.Feed feed = (FeedResult.Feed) parsed;
        int index = 0;
        int articleBudget = properties.maxArticlesPerPoll();
        for (Parsed<FeedItem> entry : feed.entries()) {
            index++;
            tally.entries++;
            switch (entry) {
                case Parsed.Rejected<FeedItem> r -> {
                    intake.deadLetter(
                            sourceId,
                            index,
                            null,
                            "feed entry " + index + ": " + r.reject().reason(),
                            r.reject().excerpt(),
                            true);
                    tally.rejected++;
                    tally.problem("entry " + index + ": " + r.reject().reason());
                }
                case Parsed.Accepted<FeedItem> a -> {
                    FeedItem item = a.item();
                    if (stored(sourceId, item.id())) {
                        tally.duplicates++;
                        continue;
                    }
                    Article article = null;
                    if (wantsArticle(item)) {
                        if (articleBudget <= 0) {
                            tally.deferred++;
                            continue;
                        }
                        articleBudget--;
                        article = article(item, index, tally);
                    }
                    store(sourceId, feed, item, article, index, tally);
                }
            }
        }
        if (tally.entries > 0 && feed.entries().stream().allMatch(e -> e instanceof Parsed.Rejected)) {
            // a feed whose every entry is refused is broken, not quiet: count it against the source
            return fail(
                    sourceId,
                    token,
                    validators,
                    now,
                    started,
                    tally,
                    "all " + tally.entries + " entries were refused (see the dead letters)");
        }
        // Entries left for the next poll must be seen again: without validators the next GET reads the whole feed.
        boolean keepValidators = tally.deferred == 0;
        return succeed(
                sourceId,
                token,
                validators,
                now,
                started,
                tally,
                PollReport.Outcome.FETCHED,
                keepValidators ? fetched.etag() : null,
                keepValidators ? fetched.lastModified() : null);
    }

    /**
     * A watched page: read as an article (navigation, captions, credits and teasers removed) and stored as one item
     * whose id is the content hash of that text (the one the intake deduplicates by), so an unchanged page is a duplicate however the server answers the
     * conditional GET, a changed one a new item, and a page whose text moved little (a date, a counter) a
     * near-duplicate linked to the first copy rather than a new signal.
     */
    private PollReport readPage(
            String sourceId,
            String token,
            Validators validators,
            Instant now,
            long started,
            Tally tally,
            FetchResult.Fetched fetched) {
        tally.entries = 1;
        Article article = switch (extractor.extract(
                fetched.body(), fetched.charset(), fetched.uri().toString())) {
            case Parsed.Accepted<Article> a -> a.item();
            case Parsed.Rejected<Article> r -> {
                intake.deadLetter(
                        sourceId,
                        0,
                        null,
                        "the watched page could not be read: " + r.reject().reason(),
                        r.reject().excerpt(),
                        true);
                tally.rejected++;
                yield null;
            }
        };
        if (article == null) {
            return fail(
                    sourceId,
                    token,
                    validators,
                    now,
                    started,
                    tally,
                    "the watched page could not be read " + "(see the dead letters)");
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "page-" + IncomingItem.hash(article.text()).substring(0, 24));
        node.put("text", article.text());
        putIfPresent(node, "title", article.title());
        putIfPresent(node, "url", article.url());
        article.published().ifPresent(p -> node.put("published", p.toString()));
        putIfPresent(node, "source", validators.name);
        node.put("kind", "ARTICLE");
        String externalId = node.get("id").asString();
        if (stored(sourceId, externalId)) {
            tally.duplicates++;
        } else {
            keep(sourceId, node, externalId, 1, "the watched page", tally);
        }
        return succeed(
                sourceId,
                token,
                validators,
                now,
                started,
                tally,
                PollReport.Outcome.FETCHED,
                fetched.etag(),
                fetched.lastModified());
    }

    private boolean wantsArticle(FeedItem item) {
        return item.link() != null && !item.link().isBlank() && item.content().length() < properties.teaserChars();
    }

    private Article article(FeedItem item, int index, Tally tally) {
        URI link;
        try {
            link = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            tally.articleFailures++;
            tally.problem("entry " + index + ": the link is not a valid address");
            return null;
        }
        FetchResult page = fetcher.fetch(FetchRequest.of(link));
        if (!(page instanceof FetchResult.Fetched fetched)) {
            tally.articleFailures++;
            String why = page instanceof FetchResult.Refused r ? r.problem() + ": " + r.reason() : "no page";
            tally.problem("entry " + index + ": article page not read (" + why + "); the feed's text is kept");
            return null;
        }
        return switch (extractor.extract(
                fetched.body(), fetched.charset(), fetched.uri().toString())) {
            case Parsed.Accepted<Article> a -> {
                tally.articlesFetched++;
                yield a.item();
            }
            case Parsed.Rejected<Article> r -> {
                tally.articleFailures++;
                tally.problem("entry " + index + ": article page not used ("
                        + r.reject().reason() + "); the feed's text is kept");
                yield null;
            }
        };
    }

    private void store(String sourceId, FeedResult.Feed feed, FeedItem item, Article article, int index, Tally tally) {
        String text = article != null ? article.text() : item.text();
        String title = article != null && !article.title().isBlank() ? article.title() : item.title();
        if (text.isBlank()) {
            text = title;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("id", item.id());
        node.put("text", text);
        putIfPresent(node, "title", title);
        putIfPresent(node, "url", article != null ? article.url() : item.link());
        (article != null && article.published().isPresent() ? article.published() : item.published())
                .ifPresent(p -> node.put("published", p.toString()));
        putIfPresent(node, "source", item.author().isBlank() ? feed.title() : item.author());
        node.put("kind", "ARTICLE");
        ObjectNode author = feedAuthor(item);
        if (author != null) {
            node.set("author", author);
        }
        keep(sourceId, node, item.id(), index, "feed entry " + index, tally);
    }

    /**
     * The entry's author as the contract's {@code author} object, or null when the feed names none. RSS writes
     * {@code author} as "address (Name)": the name is kept as the name, the address as the handle. The platform is
     * the site the entry links to (its host), so the same byline on two sites is two authors. A byline
     * {@link org.vigil.shared.Author} refuses (too long, control characters) is left out: the article stays.
     */
    static ObjectNode feedAuthor(FeedItem item) {
        String written = item.author().strip();
        if (written.isEmpty()) {
            return null;
        }
        String handle = written;
        String name = written;
        java.util.regex.Matcher rss =
                java.util.regex.Pattern.compile("^(\\S+@\\S+)\\s*\\((.+)\\)$").matcher(written);
        if (rss.matches()) {
            handle = rss.group(1);
            name = rss.group(2).strip();
        }
        String host = host(item.link());
        String url = !item.authorUri().isBlank() && item.authorUri().matches("(?i)https?://\\S+")
                ? item.authorUri().strip()
                : null;
        try {
            org.vigil.shared.Author.of(handle, name, host, url);
        } catch (org.vigil.shared.InvalidInputException e) {
            // a byline Vigil cannot keep (too long, control characters): the article stays, without author
            return null;
        }
        ObjectNode author = JSON.createObjectNode();
        author.put("handle", handle);
        author.put("name", name);
        if (host != null) {
            author.put("platform", host);
        }
        if (url != null) {
            author.put("url", url);
        }
        return author;
    }

    private static String host(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String host = java.net.URI.create(link.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stores one entry or page through the intake and counts the outcome; a refusal goes to the dead letters. */
    private void keep(String sourceId, ObjectNode node, String externalId, int index, String what, Tally tally) {
        Parsed<IncomingItem> parsed = JsonLinesItems.fromJson(node, index, BulkLimits.DEFAULTS);
        Intake.Stored stored = intake.store(sourceId, parsed);
        switch (stored.outcome()) {
            case ACCEPTED -> tally.newItems++;
            case DUPLICATE -> tally.duplicates++;
            case REJECTED -> {
                intake.deadLetter(sourceId, index, externalId, what + ": " + stored.reason(), node.toString(), false);
                tally.rejected++;
                tally.problem(what + ": " + stored.reason());
            }
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.length() > 4000 ? value.substring(0, 4000) : value);
        }
    }

    private boolean stored(String sourceId, String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = ? AND external_id = ?")
                        .params(sourceId, externalId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private PollReport succeed(
            String sourceId,
            String token,
            Validators v,
            Instant now,
            long started,
            Tally tally,
            PollReport.Outcome outcome,
            String etag,
            String lastModified) {
        Instant next = now.plusSeconds(interval(v));
        PollReport report = report(sourceId, outcome, tally, null, now, next, 0, started);
        tx.executeWithoutResult(s -> jdbc.sql("""
                UPDATE source SET last_fetch_at = :now, last_success_at = :now, consecutive_failures = 0,
                    etag = :etag, last_modified = :lm, next_poll_at = :next, last_poll_summary = :summary,
                    lease_until = NULL, leased_by = NULL
                WHERE id = :id AND leased_by = :token""")
                .param("now", Sources.ts(now))
                .param("etag", cut(etag, 1000))
                .param("lm", cut(lastModified, 200))
                .param("next", Sources.ts(next))
                .param("summary", cut(report.summary(), 2000))
                .param("id", sourceId)
                .param("token", token)
                .update());
        return report;
    }

    private PollReport fail(
            String sourceId, String token, Validators v, Instant now, long started, Tally tally, String error) {
        int failures = v.failures + 1;
        Instant next = now.plus(backoff(interval(v), failures, properties.maxBackoff()));
        PollReport report = report(sourceId, PollReport.Outcome.FAILED, tally, error, now, next, failures, started);
        tx.executeWithoutResult(s -> {
            int updated = jdbc.sql("""
                    UPDATE source SET last_fetch_at = :now, consecutive_failures = :failures,
                        error_count = error_count + 1, last_error = :error, next_poll_at = :next,
                        last_poll_summary = :summary, lease_until = NULL, leased_by = NULL
                    WHERE id = :id AND leased_by = :token""")
                    .param("now", Sources.ts(now))
                    .param("failures", failures)
                    .param("error", cut(error, 2000))
                    .param("next", Sources.ts(next))
                    .param("summary", cut(report.summary(), 2000))
                    .param("id", sourceId)
                    .param("token", token)
                    .update();
            if (updated == 1 && failures >= properties.failingAfter()) {
                // published in this transaction: the event publication registry keeps it if a listener fails
                events.publishEvent(new SourceFailing(sourceId, v.name, failures, error, now));
            }
        });
        return report;
    }

    private static long interval(Validators v) {
        return v.interval > 0 ? v.interval : 900;
    }

    /**
     * The wait after {@code failures} consecutive failures: the interval doubled for each failure, at most
     * {@code cap} (but never less than the interval itself).
     */
    static Duration backoff(long intervalSeconds, int failures, Duration cap) {
        Duration base = Duration.ofSeconds(intervalSeconds);
        Duration limit = cap.compareTo(base) < 0 ? base : cap;
        Duration wait = base.multipliedBy(1L << Math.min(failures, 30));
        return wait.compareTo(limit) > 0 ? limit : wait;
    }

    private PollReport report(
            String sourceId,
            PollReport.Outcome outcome,
            Tally t,
            String error,
            Instant now,
            Instant next,
            int failures,
            long started) {
        return new PollReport(
                sourceId,
                outcome,
                t.entries,
                t.newItems,
                t.duplicates,
                t.rejected,
                t.deferred,
                t.articlesFetched,
                t.articleFailures,
                t.problems,
                error,
                now,
                next,
                failures,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record Validators(
            String etag, String lastModified, int failures, String url, int interval, String name, SourceKind kind) {}

    private static final class Tally {
        int entries;
        int newItems;
        int duplicates;
        int rejected;
        int deferred;
        int articlesFetched;
        int articleFailures;
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }
    }
}
