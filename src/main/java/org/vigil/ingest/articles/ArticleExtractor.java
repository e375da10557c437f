package org.vigil.ingest.articles;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.ingest.HtmlText;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.feeds.FeedDates;
import org.vigil.ingest.fetch.TextDecoding;

/**
 * Reduces an article page to title, date and body text with jsoup. Title and date are read first (Open Graph and
 * article meta tags, JSON-LD, the first h1, time elements). Then everything that is not the story is removed:
 * scripts and styles, navigation, header, footer, aside, forms; figures, captions and photo blocks; credit lines
 * ("© Sputnik/ …", "Photo: …", "AP Photo/ …"); blocks introduced by "Also on topic", "Read also" and their kin in other
 * languages (the language folders' article-link-markers.tsv and article-credit-patterns.tsv); link-dense teaser and tag blocks; elements whose class or id names such furniture. The body is
 * the element holding the most paragraph text. Thread-safe.
 */
public final class ArticleExtractor {

    /** Defaults: pages up to 5,000,000 characters; a body of fewer than 80 characters is no article. */
    public record Limits(int maxChars, int minBodyChars) {
        public static final Limits DEFAULTS = new Limits(5_000_000, 80);
    }

    private static final String FURNITURE = "script,style,noscript,template,iframe,object,embed,svg,canvas,nav,"
            + "header,footer,aside,form,button,input,select,textarea,label,figure,figcaption,picture,video,audio,"
            + "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[aria-hidden=true],[hidden]";

    /** Class or id words of page furniture, matched as whole words between -, _ or spaces. */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(nav|navbar|menu|breadcrumbs?|"
            + "share|sharing|social|related|teasers?|inject|promo|advert|ads?|banner|newsletter|subscribe|comments?|"
            + "sidebar|widget|tags|footer|header|byline|caption|credits?|copyright|cookie|popup|modal|readmore|"
            + "recommended|outbrain|taboola)(?:$|[-_\\s])");

    /**
     * Phrases that introduce a block of links to other stories, in the languages of Vigil's sources: the rows of
     * the language folders' {@code article-link-markers.tsv}.
     */
    private static final List<String> MARKERS = LanguageData.shared().rows("article-link-markers").stream()
            .map(row -> row.get("phrase").strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();

    /**
     * A line that credits a picture rather than telling the story: a copyright sign, or one of the language folders'
     * {@code article-credit-patterns.tsv}.
     */
    private static final Pattern CREDIT = credits();

    private static Pattern credits() {
        StringBuilder alternatives = new StringBuilder("©|\\(c\\)\\s");
        for (Table.Row row : LanguageData.shared().rows("article-credit-patterns")) {
            String p = row.get("pattern").strip();
            try {
                Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw row.error("column 'pattern' is not a regular expression: " + e.getDescription());
            }
            alternatives.append("|(?:").append(p).append(')');
        }
        return Pattern.compile("(?iu)^\\s*(" + alternatives + ")");
    }

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

    private final Limits limits;

    public ArticleExtractor(Limits limits) {
        this.limits = limits;
    }

    public ArticleExtractor() {
        this(Limits.DEFAULTS);
    }

    /** From fetched bytes, decoded strictly (byte-order mark, header charset, meta charset, else UTF-8). */
    public Parsed<Article> extract(byte[] body, Optional<String> headerCharset, String url) {
        return switch (TextDecoding.decode(body, headerCharset)) {
            case TextDecoding.Decoded.Text text -> extract(text.text(), url);
            case TextDecoding.Decoded.Undecodable bad ->
                Parsed.rejected(Reject.of(
                        bad.reason(), new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1)));
        };
    }

    public Parsed<Article> extract(String html, String url) {
        if (html.length() > limits.maxChars()) {
            return Parsed.rejected(Reject.of(
                    "the page is " + html.length() + " characters, over the limit of " + limits.maxChars(), html));
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String title = title(doc);
        Optional<Instant> published = published(doc);
        String canonical = doc.select("link[rel=canonical][href]").stream()
                .map(e -> e.absUrl("href"))
                .filter(h -> h.matches("(?i)https?://\\S+"))
                .findFirst()
                .orElse(url);

        Element root = doc.body();
        root.select(FURNITURE).remove();
        removeNamedFurniture(root);
        removeMarkedBlocks(root);
        removePhotoBlocks(root);
        removeCredits(root);
        removeLinkDenseBlocks(root);

        Element body = root.selectFirst("[itemprop=articleBody]");
        if (body == null) {
            body = densest(root);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : HtmlText.text(body).split("\n\n")) {
            String t = p.strip();
            if (!t.isEmpty() && !t.equals(title) && !CREDIT.matcher(t).find() && !isMarker(t)) {
                paragraphs.add(t);
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (text.length() < limits.minBodyChars()) {
            return Parsed.rejected(Reject.of(
                    "no article text found: " + text.length() + " characters remain once "
                            + "navigation, captions and teasers are removed (fewer than " + limits.minBodyChars() + ")",
                    title + " " + text));
        }
        return Parsed.accepted(new Article(title, published, text, canonical));
    }

    private static String title(Document doc) {
        for (String query : List.of("meta[property=og:title]", "meta[name=twitter:title]")) {
            Element meta = doc.selectFirst(query);
            if (meta != null && !meta.attr("content").isBlank()) {
                return HtmlText.normalise(meta.attr("content"));
            }
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return HtmlText.normalise(h1.text());
        }
        return HtmlText.normalise(doc.title());
    }

    private static Optional<Instant> published(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String query : List.of(
                "meta[property=article:published_time]",
                "meta[itemprop=datePublished]",
                "meta[name=pubdate]",
                "meta[name=publishdate]",
                "meta[name=publish-date]",
                "meta[name=date]",
                "meta[name=dc.date.issued]",
                "meta[name=DC.date.issued]",
                "meta[name=dc.date]")) {
            doc.select(query).forEach(e -> candidates.add(e.attr("content")));
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(ld.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        doc.select("[itemprop=datePublished][datetime], article time[datetime], time[datetime]")
                .forEach(e -> candidates.add(e.attr("datetime")));
        return candidates.stream()
                .map(FeedDates::parse)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static void removeNamedFurniture(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root
                    && (FURNITURE_NAME.matcher(e.className()).find()
                            || FURNITURE_NAME.matcher(e.id()).find())
                    && !holdsAStory(e)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * Pages name their main container after what it sits beside ("has-sidebar", "with-comments"): an element
     * holding long, mostly unlinked text is kept whatever its class says.
     */
    private static boolean holdsAStory(Element e) {
        int length = e.text().length();
        if (length < 1500) {
            return false;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return linked < length * 0.3;
    }

    /** A short element whose own text is a marker takes with it the small block it introduces. */
    private static void removeMarkedBlocks(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root
                    || !isMarker(e.ownText())
                            && !(isMarker(e.text()) && e.text().length() < 40)) {
                continue;
            }
            Element block = e;
            while (block.parent() != null
                    && block.parent() != root
                    && !block.parent().is("main,article")
                    && block.parent().text().length() < 1000) {
                block = block.parent();
            }
            if (block.text().length() < 1000) {
                doomed.add(block);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isMarker(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
        t = t.replaceAll("[:.…»>\\s]+$", "");
        if (t.isEmpty()) {
            return false;
        }
        for (String marker : MARKERS) {
            if (t.equals(marker) || t.startsWith(marker + ":") || t.startsWith(marker + " :")) {
                return true;
            }
        }
        return false;
    }

    /** An image with a little text around it is a photo with its caption and credit, not part of the story. */
    private static void removePhotoBlocks(Element root) {
        for (Element img : root.select("img")) {
            Element block = img.parent();
            while (block != null && block != root && !block.isBlock()) {
                block = block.parent();
            }
            if (block != null && block != root && block.text().length() < 400 && !block.is("main,article")) {
                block.remove();
            } else {
                img.remove();
            }
        }
    }

    private static void removeCredits(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select("p,div,span,small,em,i,cite,li")) {
            String text = e.text();
            if (text.length() < 200 && CREDIT.matcher(text).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Lists of links (teasers, tags, "most read") are blocks whose text is mostly link text. */
    private static void removeLinkDenseBlocks(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select("div,ul,ol,section,table,dl")) {
            int length = e.text().length();
            if (length == 0 || length > 600) {
                continue;
            }
            int linked = 0;
            for (Element a : e.select("a")) {
                linked += a.text().length();
            }
            if (linked > length * 0.6) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The element whose paragraphs hold the most text (each paragraph counts fully for its parent, half above). */
    private static Element densest(Element root) {
        Map<Element, Double> score = new HashMap<>();
        for (Element p : root.select("p,blockquote,pre")) {
            int length = p.text().length();
            if (length < 25 || p.parent() == null) {
                continue;
            }
            score.merge(p.parent(), (double) length, Double::sum);
            if (p.parent().parent() != null) {
                score.merge(p.parent().parent(), length / 2.0, Double::sum);
            }
        }
        return score.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(root);
    }
}
