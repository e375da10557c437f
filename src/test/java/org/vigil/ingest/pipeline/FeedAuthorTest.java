package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.bulk.BulkLimits;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.bulk.JsonLinesItems;
import org.vigil.ingest.feeds.FeedItem;
import org.vigil.ingest.feeds.FeedParser;
import org.vigil.ingest.feeds.FeedResult;
import tools.jackson.databind.node.ObjectNode;

/** A feed entry's author elements become the item's author, as the intake keeps it. */
class FeedAuthorTest {

    private static List<FeedItem> items(String xml) {
        FeedResult result = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty());
        return ((FeedResult.Feed) result).items();
    }

    private static IncomingItem stored(FeedItem item) {
        ObjectNode node =
                tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        node.put("id", item.id());
        node.put("text", item.text());
        ObjectNode author = FeedPoller.feedAuthor(item);
        if (author != null) {
            node.set("author", author);
        }
        return ((Parsed.Accepted<IncomingItem>) JsonLinesItems.fromJson(node, 1, BulkLimits.DEFAULTS)).item();
    }

    @Test
    void atomAuthorNameAndUriRssAuthorAndDublinCoreCreator() {
        FeedItem atom = items("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                  <entry><id>e1</id><title>One</title><link href="https://News.Example.org/a"/>
                    <author><name>Irina K.</name><uri>https://news.example.org/irina</uri></author>
                    <summary>text one</summary></entry></feed>""").getFirst();
        assertThat(atom.author()).isEqualTo("Irina K.");
        assertThat(atom.authorUri()).isEqualTo("https://news.example.org/irina");
        IncomingItem a = stored(atom);
        assertThat(a.author().handle()).isEqualTo("Irina K.");
        assertThat(a.author().platform()).as("the site the entry links to").isEqualTo("news.example.org");
        assertThat(a.author().url()).isEqualTo("https://news.example.org/irina");

        List<FeedItem> rss = items("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>W</title>
                  <item><guid>r1</guid><title>Two</title><link>https://wire.example/2</link>
                    <author>desk@wire.example (Wire Desk)</author><description>text two</description></item>
                  <item><guid>r2</guid><title>Three</title><link>https://wire.example/3</link>
                    <dc:creator>Ahmet Y.</dc:creator><description>text three</description></item>
                  <item><guid>r3</guid><title>Four</title><description>no author</description></item>
                </channel></rss>""");
        IncomingItem two = stored(rss.get(0));
        assertThat(two.author().handle()).isEqualTo("desk@wire.example");
        assertThat(two.author().name()).isEqualTo("Wire Desk");
        assertThat(stored(rss.get(1)).author().name()).isEqualTo("Ahmet Y.");
        assertThat(stored(rss.get(2)).author())
                .as("no author element, no author")
                .isNull();
    }

    @Test
    void aBylineVigilCannotKeepLeavesTheArticleWithoutAuthor() {
        FeedItem item = new FeedItem(
                "x1", "Title", "https://a.example/1", Optional.empty(), "text", "", "n".repeat(500), List.of());
        assertThat(FeedPoller.feedAuthor(item)).isNull();
        assertThat(stored(item).text()).isEqualTo("text");
    }
}
