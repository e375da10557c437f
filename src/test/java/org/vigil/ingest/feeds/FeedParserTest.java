package org.vigil.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Reject;

class FeedParserTest {

    final FeedParser parser = new FeedParser();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/ingest/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    FeedResult.Feed feed(String name) throws IOException {
        FeedResult result = parser.parse(resource(name), Optional.empty());
        assertThat(result).isInstanceOf(FeedResult.Feed.class);
        return (FeedResult.Feed) result;
    }

    @Test
    void rssWithCdataHtmlBecomesTextWithoutScripts() throws IOException {
        FeedResult.Feed feed = feed("rss-cdata.xml");
        assertThat(feed.format()).isEqualTo("RSS 2.0");
        assertThat(feed.title()).isEqualTo("Anadolu Wire & Partners — World");
        assertThat(feed.rejects()).isEmpty();
        List<FeedItem> items = feed.items();
        assertThat(items).hasSize(3);

        FeedItem first = items.get(0);
        assertThat(first.id()).isEqualTo("wire-2020-02-05-0017");
        assertThat(first.link()).isEqualTo("https://wire.example/world/2020/02/kremlin-ambassador-safety");
        assertThat(first.published()).contains(Instant.parse("2020-02-05T07:00:00Z"));
        assertThat(first.author()).isEqualTo("Staff reporter");
        assertThat(first.summary())
                .isEqualTo("Moscow is confident that Ankara will ensure the safety of Alexei Yerkhov.");
        assertThat(first.content())
                .contains("Russian ambassador Alexei Yerkhov.\n\n“Farewell to life,” one message read.");
        assertThat(first.summary() + first.content()).doesNotContain("alert", "steal", "color:red", "<");

        FeedItem second = items.get(1);
        assertThat(second.link())
                .as("relative link resolved against the channel link, not atom:link self")
                .isEqualTo("https://wire.example/world/2020/02/protest-embassy");
        assertThat(second.id()).isEqualTo(second.link());
        assertThat(second.published()).contains(Instant.parse("2020-02-06T23:30:00Z"));
        assertThat(second.summary()).isEqualTo("Dozens gathered outside the embassy & chanted slogans.");

        FeedItem third = items.get(2);
        assertThat(third.link()).isEqualTo("https://wire.example/world/2020/02/guid-permalink");
        assertThat(third.published()).contains(Instant.parse("2020-02-07T08:15:00Z"));
    }

    @Test
    void atomWithXhtmlAndHtmlContent() throws IOException {
        FeedResult.Feed feed = feed("atom-xhtml.xml");
        assertThat(feed.format()).isEqualTo("Atom");
        assertThat(feed.title()).isEqualTo("Diplomatic Security Digest");
        List<FeedItem> items = feed.items();
        assertThat(items).hasSize(2);
        FeedItem first = items.get(0);
        assertThat(first.title()).isEqualTo("Threats against the Russian ambassador in Ankara");
        assertThat(first.link()).isEqualTo("https://digest.example/2020/02/threats-ankara");
        assertThat(first.published()).contains(Instant.parse("2020-02-05T07:00:00.250Z"));
        assertThat(first.author()).isEqualTo("Irina K.");
        assertThat(first.content())
                .isEqualTo("Alexei Yerkhov said he began to receive threats in social networks."
                        + "\n\nQuotes: “No one will mourn you” & “It is time for you to burn up”.");
        assertThat(first.text()).isEqualTo(first.content());

        FeedItem second = items.get(1);
        assertThat(second.published())
                .as("updated stands in for a missing published")
                .contains(Instant.parse("2020-02-06T09:00:00Z"));
        assertThat(second.content()).isEqualTo("Escaped <b> markup");
    }

    @Test
    void badEntriesAreRejectedWithReasonsAndTheRestGoesOn() throws IOException {
        FeedResult.Feed feed = feed("mixed.xml");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Good one", "Odd date", "Good two");
        assertThat(feed.rejects())
                .extracting(Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r).contains("neither a guid/id nor a link"),
                        r -> assertThat(r).contains("javascript:alert(document.cookie)", "not an absolute http"),
                        r -> assertThat(r).contains("no title and no text"));
        assertThat(feed.rejects().get(0).excerpt()).contains("nothing identifies it");
        FeedItem odd = feed.items().get(1);
        assertThat(odd.published()).isEmpty();
        assertThat(odd.warnings()).containsExactly("unreadable date 'le 8 février 2020'");
        assertThat(feed.items().get(2).published()).contains(Instant.parse("2020-02-08T09:30:00Z"));
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() throws IOException {
        FeedResult result = parser.parse(resource("xxe.xml"), Optional.empty());
        assertThat(result).isInstanceOfSatisfying(FeedResult.NotAFeed.class, n -> {
            assertThat(n.reject().reason()).contains("XXE");
            assertThat(n.reject().excerpt()).contains("file:///etc/passwd");
        });
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws IOException {
        long start = System.nanoTime();
        FeedResult result = parser.parse(resource("billion-laughs.xml"), Optional.empty());
        assertThat(result)
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("billion laughs"));
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger hits = new AtomicInteger();
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:"
                    + server.getAddress().getPort()
                    + "/evil.dtd\"><rss version=\"2.0\"><channel><title>T</title><item><title>Old RSS</title>"
                    + "<link>https://old.example/1</link></item></channel></rss>";
            FeedResult result = parser.parse(xml);
            assertThat(result)
                    .isInstanceOfSatisfying(
                            FeedResult.Feed.class,
                            f -> assertThat(f.items())
                                    .extracting(FeedItem::title)
                                    .containsExactly("Old RSS"));
            assertThat(hits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void invalidUtf8IsOneRejectWithTheOffset() throws IOException {
        byte[] good = resource("mixed.xml");
        byte[] bad = good.clone();
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("First good");
        bad[at] = (byte) 0xC0; // an overlong-encoding lead byte: never valid UTF-8
        assertThat(parser.parse(bad, Optional.empty()))
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("invalid UTF-8", "byte " + at));
    }

    @Test
    void notXmlAtAllIsOneReject() {
        assertThat(parser.parse("{\"items\": []}"))
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("not XML"));
        assertThat(parser.parse("<!DOCTYPE html><html><body>Sign in</body></html>"))
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("web page"));
        assertThat(parser.parse("<rss><channel><title>x</channel>"))
                .isInstanceOfSatisfying(
                        FeedResult.Feed.class, f -> assertThat(f.rejects()).hasSize(1));
        assertThat(parser.parse("<<<>>>"))
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("not well-formed XML at line 1"));
    }

    @Test
    void aFeedThatBreaksOffKeepsTheEntriesBefore() throws IOException {
        FeedResult.Feed feed = feed("truncated.xml");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Complete entry");
        assertThat(feed.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("stops being well-formed XML at line 12", "1 entries before it");
        });
    }

    @Test
    void limitsOnSizeAndEntries() {
        FeedParser small = new FeedParser(new FeedParser.Limits(10_000, 2, 50));
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Many</title>");
        for (int i = 0; i < 4; i++) {
            xml.append("<item><title>Entry ")
                    .append(i)
                    .append("</title><link>https://m.example/")
                    .append(i)
                    .append("</link><description>")
                    .append(i == 1 ? "x".repeat(80) : "short")
                    .append("</description></item>");
        }
        xml.append("</channel></rss>");
        FeedResult.Feed feed = (FeedResult.Feed) small.parse(xml.toString());
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Entry 0");
        assertThat(feed.rejects())
                .extracting(Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r).contains("over the limit of 50"),
                        r -> assertThat(r).contains("more than 2 entries"));
        assertThat(small.parse(
                        ("<rss>" + "x".repeat(20_000) + "</rss>").getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOfSatisfying(
                        FeedResult.NotAFeed.class,
                        n -> assertThat(n.reject().reason()).contains("over the limit of 10000 bytes"));
    }
}
