package org.vigil.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.StreamingInput;

class BulkReadersTest {

    static InputStream resource(String name) {
        return BulkReadersTest.class.getResourceAsStream("/ingest/bulk/" + name);
    }

    static List<IncomingItem> accepted(List<Parsed<IncomingItem>> all) {
        return all.stream()
                .<IncomingItem>mapMulti((p, out) -> {
                    if (p instanceof Parsed.Accepted<IncomingItem> a) {
                        out.accept(a.item());
                    }
                })
                .toList();
    }

    static List<Reject> rejects(List<Parsed<IncomingItem>> all) {
        return all.stream()
                .<Reject>mapMulti((p, out) -> {
                    if (p instanceof Parsed.Rejected<IncomingItem> r) {
                        out.accept(r.reject());
                    }
                })
                .toList();
    }

    @Test
    void jsonLinesGiveItemsAndPreciseRejects() throws IOException {
        List<Parsed<IncomingItem>> all;
        try (InputStream in = resource("docs.jsonl")) {
            all = new JsonLinesItems(in).stream().toList();
        }
        List<IncomingItem> items = accepted(all);
        assertThat(items).extracting(IncomingItem::id).containsExactly("doc-1", "post-2", "3", "doc-14");
        IncomingItem first = items.get(0);
        assertThat(first.title()).isEqualTo("Threats over Idlib");
        assertThat(first.url()).isEqualTo("https://news.example/idlib");
        assertThat(first.published()).isEqualTo("2020-02-05T10:00:00Z");
        assertThat(first.source()).isEqualTo("ria-en");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.kind()).isEqualTo("ARTICLE");
        assertThat(items.get(1).inReplyTo()).isEqualTo("@RusEmbTurkey");
        assertThat(items.get(2).text()).isEqualTo("Посольство России в Анкаре усилило охрану.");
        assertThat(first.contentHash())
                .hasSize(64)
                .as("the same text with other spacing and case hashes alike")
                .isEqualTo(items.get(3).contentHash())
                .isNotEqualTo(items.get(1).contentHash());

        assertThat(rejects(all))
                .extracting(Reject::line, Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r.toList()).first().isEqualTo(5L),
                        r -> assertThat(r.toList()).containsExactly(6L, "text is missing; every document needs a text"),
                        r -> assertThat(r.toList()).containsExactly(7L, "id is missing; every document needs an id"),
                        r -> assertThat(r.toList()).first().isEqualTo(8L),
                        r -> assertThat((String) r.toList().get(1)).contains("control character U+0007"),
                        r -> assertThat((String) r.toList().get(1)).contains("'TWEET' is neither ARTICLE nor POST"),
                        r -> assertThat((String) r.toList().get(1)).contains("'last tuesday' is not an ISO-8601"),
                        r -> assertThat((String) r.toList().get(1)).contains("not JSON", "Duplicate"),
                        r -> assertThat((String) r.toList().get(1)).contains("text must be a string, not array"),
                        r -> assertThat((String) r.toList().get(1)).contains("unpaired surrogate"));
        assertThat(rejects(all).get(0).reason()).startsWith("not JSON");
        assertThat(rejects(all).get(0).excerpt()).isEqualTo("this is not json");
        assertThat(rejects(all).get(3).reason()).contains("not a JSON object");
    }

    @Test
    void invalidUtf8IsRejectedOnItsLineAndTheNextLineIsRead() {
        byte[] good = "{\"id\":\"a\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1); // Latin-1 é
        byte[] input = concat(good, bad, good);
        List<Parsed<IncomingItem>> all =
                new JsonLinesItems(new ByteArrayInputStream(input)).stream().toList();
        assertThat(accepted(all)).hasSize(2);
        assertThat(rejects(all)).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("invalid UTF-8 at byte 22", "0xE9");
        });
    }

    @Test
    void textOverTheLimitAndOverlongLinesAreRejected() {
        BulkLimits small = new BulkLimits(100, 400, 50);
        String input = "{\"id\":\"a\",\"text\":\"" + "я".repeat(60) + "\"}\n" // 120 bytes of text
                + "{\"id\":\"b\",\"text\":\"" + "x".repeat(500) + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"fits\"}\n";
        List<Parsed<IncomingItem>> all = new JsonLinesItems(
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), small)
                .stream().toList();
        assertThat(accepted(all)).extracting(IncomingItem::id).containsExactly("c");
        assertThat(rejects(all))
                .extracting(Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r).contains("text is 120 bytes, over the limit of 100"),
                        r -> assertThat(r).contains("line is 520 bytes long, over the limit of 400"));
    }

    @Test
    void csvWithQuotedMultiLineFields() throws IOException {
        List<Parsed<IncomingItem>> all;
        try (InputStream in = resource("docs.csv")) {
            all = new CsvItems(in).stream().toList();
        }
        List<IncomingItem> items = accepted(all);
        assertThat(items).extracting(IncomingItem::id).containsExactly("a1", "a2", "a6");
        assertThat(items.get(0).title()).isEqualTo("Threats, again");
        assertThat(items.get(0).text()).isEqualTo("Line one of the text\nline two with \"quotes\" and, commas");
        assertThat(items.get(0).kind()).isEqualTo("ARTICLE");
        assertThat(items.get(1).title()).isNull();
        assertThat(items.get(2).published()).isEqualTo("2020-02-06");
        assertThat(rejects(all))
                .extracting(Reject::line, Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r.toList())
                                .containsExactly(
                                        5L,
                                        "the record has 7 fields but the header has 6; check the commas and quotes"),
                        r -> assertThat(r.toList()).containsExactly(6L, "id is missing; every document needs an id"),
                        r -> assertThat((String) r.toList().get(1)).contains("text after a closing quote in field 2"));
    }

    @Test
    void jsonAndCsvCarryTheAuthorNormalisedAndABadOneIsRefusedWithItsField() {
        String json = """
                {"id": "1", "text": "hello", "author": {"handle": "@Yerkhov", "name": "Yerkhov", "platform": "X"}}
                {"id": "2", "text": "no author here"}
                {"id": "3", "text": "bad", "author": {"handle": "a\\u0007b", "platform": "x"}}
                {"id": "4", "text": "bad", "author": "@someone"}
                """;
        List<Parsed<IncomingItem>> all = new JsonLinesItems(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .stream().toList();
        List<IncomingItem> items = accepted(all);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).author().accountKey()).isEqualTo("x:yerkhov");
        assertThat(items.get(1).author())
                .as("an item without author stays an item")
                .isNull();
        assertThat(rejects(all))
                .extracting(Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r).contains("author.handle").contains("U+0007"),
                        r -> assertThat(r).contains("author must be an object"));

        String csv = "id,text,authorHandle,AUTHORPLATFORM,authorUrl\n1,hello,@RusEmbTurkey,twitter,https://x.com/r\n";
        IncomingItem row = accepted(new CsvItems(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                        .stream().toList())
                .getFirst();
        assertThat(row.author().handle()).isEqualTo("rusembturkey");
        assertThat(row.author().platform()).isEqualTo("x");
        assertThat(row.author().url()).isEqualTo("https://x.com/r");
    }

    @Test
    void csvWithoutTheRequiredColumnsIsOneReject() {
        String input = "identifier,body\n1,hello\n2,world\n";
        List<Parsed<IncomingItem>> all = new CsvItems(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .stream().toList();
        assertThat(all).singleElement().isInstanceOfSatisfying(Parsed.Rejected.class, r -> {
            assertThat(r.reject().line()).isEqualTo(1);
            assertThat(r.reject().reason()).contains("must name the columns id and text");
        });
    }

    @Test
    void aCsvQuoteLeftOpenIsCutOffAtTheRecordLimit() {
        StringBuilder input = new StringBuilder("id,text\nq1,\"never closed\n");
        for (int i = 0; i < 100; i++) {
            input.append("more text ").append(i).append('\n');
        }
        List<Parsed<IncomingItem>> all = new CsvItems(
                        new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
                        new BulkLimits(1000, 300, 50))
                .stream().toList();
        assertThat(rejects(all)).first().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("quoted field is not closed within 300 characters");
        });
    }

    @Test
    void manyLinesStreamThroughWithoutBeingHeld() {
        long lines = 300_000;
        InputStream generated = StreamingInput.lines(
                lines,
                n -> n % 30_000 == 7
                        ? "garbage line " + n
                        : "{\"id\":\"g-" + n + "\",\"text\":\"post number " + n + " near the embassy\"}");
        AtomicLong ok = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        new JsonLinesItems(generated).forEachRemaining(p -> {
            switch (p) {
                case Parsed.Accepted<IncomingItem> a -> ok.incrementAndGet();
                case Parsed.Rejected<IncomingItem> r -> bad.incrementAndGet();
            }
        });
        assertThat(ok.get()).isEqualTo(lines - 10);
        assertThat(bad.get()).isEqualTo(10);
    }

    @Test
    void aPushedDocumentMeetsTheSameRules() {
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        Parsed<IncomingItem> good = JsonLinesItems.fromJson(
                json.readTree(
                        "{\"id\":\"tw-1\",\"text\":\"Farewell to life\",\"kind\":\"POST\",\"inReplyTo\":\"@RusEmbTurkey\"}"),
                1,
                BulkLimits.DEFAULTS);
        assertThat(good)
                .isInstanceOfSatisfying(
                        Parsed.Accepted.class,
                        a -> assertThat(((IncomingItem) a.item()).inReplyTo()).isEqualTo("@RusEmbTurkey"));
        Parsed<IncomingItem> bad = JsonLinesItems.fromJson(json.readTree("{\"id\":\"tw-2\"}"), 2, BulkLimits.DEFAULTS);
        assertThat(bad).isInstanceOfSatisfying(Parsed.Rejected.class, r -> {
            assertThat(r.reject().line()).isEqualTo(2);
            assertThat(r.reject().reason()).contains("text is missing");
        });
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
