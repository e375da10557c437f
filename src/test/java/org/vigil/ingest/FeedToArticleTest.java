package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.articles.Article;
import org.vigil.ingest.articles.ArticleExtractor;
import org.vigil.ingest.feeds.FeedItem;
import org.vigil.ingest.feeds.FeedParser;
import org.vigil.ingest.feeds.FeedResult;
import org.vigil.ingest.fetch.AllowList;
import org.vigil.ingest.fetch.FetchLimits;
import org.vigil.ingest.fetch.FetchRequest;
import org.vigil.ingest.fetch.FetchResult;
import org.vigil.ingest.fetch.HostResolver;
import org.vigil.ingest.fetch.SafeFetcher;

/**
 * The pieces as the pipeline will chain them, against a local server: a gzipped windows-1251 feed is fetched and
 * parsed, its entry's link is fetched through a redirect and reduced to the story, and the next poll with the
 * stored validators costs a 304. One entry links to the cloud metadata address and is refused, not fetched.
 */
class FeedToArticleTest {

    HttpServer server;
    String base;
    int articleRequests;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ru/rss.xml", ex -> {
            if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            String rss = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
                    + "<title>Лента</title><link>" + base + "/ru/</link>"
                    + "<item><title>Угрозы послу России в Анкаре</title><link>/ru/a/1</link>"
                    + "<guid isPermaLink=\"false\">ru-1</guid><pubDate>Wed, 05 Feb 2020 13:46:00 +0300</pubDate>"
                    + "<description>Посол получил угрозы.</description></item>"
                    + "<item><title>Bait</title><link>http://169.254.169.254/latest/meta-data/</link>"
                    + "<description>Points at the metadata service.</description></item>"
                    + "</channel></rss>";
            byte[] body = gzip(rss.getBytes(Charset.forName("windows-1251")));
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.getResponseHeaders().add("ETag", "\"feed-1\"");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/ru/a/1", ex -> {
            ex.getResponseHeaders().add("Location", "/ru/articles/2020/02/05/threats.html");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/ru/articles/", ex -> {
            articleRequests++;
            String page = "<html><head><meta charset=utf-8><title>Угрозы послу</title></head><body>"
                    + "<nav><a href=/>Главная</a></nav><article><h1>Угрозы послу России в Анкаре</h1>"
                    + "<p>Посол России в Турции Алексей Ерхов заявил, что начал получать угрозы в социальных сетях.</p>"
                    + "<p>«Прощайся с жизнью», — говорилось в одном из сообщений.</p>"
                    + "<p>Читайте также: <a href=/x>Турция усилила охрану посольства</a></p>"
                    + "<p>© РИА Новости / Илья Питалев</p></article><footer>© 2020</footer></body></html>";
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void pollParseFollowAndExtract() {
        HostResolver noDns = host -> {
            throw new java.net.UnknownHostException(host);
        };
        try (SafeFetcher fetcher = new SafeFetcher(AllowList.of("127.0.0.1/32"), FetchLimits.DEFAULTS, noDns)) {
            FetchResult.Fetched feedResponse =
                    (FetchResult.Fetched) fetcher.fetch(FetchRequest.of(base + "/ru/rss.xml"));
            FeedResult.Feed feed =
                    (FeedResult.Feed) new FeedParser().parse(feedResponse.body(), feedResponse.charset());
            assertThat(feed.title()).isEqualTo("Лента");
            List<FeedItem> items = feed.items();
            assertThat(items)
                    .extracting(FeedItem::id)
                    .containsExactly("ru-1", "http://169.254.169.254/latest/meta-data/");

            FetchResult page =
                    fetcher.fetch(FetchRequest.of(URI.create(items.get(0).link())));
            assertThat(page)
                    .isInstanceOfSatisfying(
                            FetchResult.Fetched.class,
                            f -> assertThat(f.redirects()).hasSize(1));
            FetchResult.Fetched fetchedPage = (FetchResult.Fetched) page;
            Parsed<Article> article = new ArticleExtractor()
                    .extract(
                            fetchedPage.body(),
                            fetchedPage.charset(),
                            fetchedPage.uri().toString());
            assertThat(article).isInstanceOfSatisfying(Parsed.Accepted.class, a -> {
                Article story = (Article) a.item();
                assertThat(story.title()).isEqualTo("Угрозы послу России в Анкаре");
                assertThat(story.text())
                        .isEqualTo(
                                "Посол России в Турции Алексей Ерхов заявил, что начал получать "
                                        + "угрозы в социальных сетях.\n\n«Прощайся с жизнью», — говорилось в одном из сообщений.");
            });

            assertThat(fetcher.fetch(FetchRequest.of(URI.create(items.get(1).link()))))
                    .isInstanceOfSatisfying(
                            FetchResult.Refused.class,
                            r -> assertThat(r.reason()).contains("cloud metadata address 169.254.169.254"));
            assertThat(articleRequests).isEqualTo(1);

            FetchResult again = fetcher.fetch(new FetchRequest(
                    URI.create(base + "/ru/rss.xml"), feedResponse.etag(), feedResponse.lastModified()));
            assertThat(again).isInstanceOf(FetchResult.NotModified.class);
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
