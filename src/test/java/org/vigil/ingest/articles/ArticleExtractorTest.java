package org.vigil.ingest.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.HtmlText;
import org.vigil.ingest.Parsed;

/**
 * Article pages built from the seed texts 000 and 002 (copied into the test resources), laid out the way the news
 * sites that carried them lay out pages: the story must come out whole, and the furniture must not.
 */
class ArticleExtractorTest {

    final ArticleExtractor extractor = new ArticleExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/ingest/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed's non-empty lines, whitespace-normalised as the extractor writes text. */
    static List<String> seedLines(String name) throws IOException {
        return Arrays.stream(resource(name).split("\n"))
                .map(HtmlText::normalise)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    Article extract(String page, String url) throws IOException {
        Parsed<Article> result = extractor.extract(resource(page), url);
        assertThat(result).isInstanceOf(Parsed.Accepted.class);
        return ((Parsed.Accepted<Article>) result).item();
    }

    @Test
    void sputnikPageKeepsTheStoryAndDropsCaptionsCreditsAndTeasers() throws IOException {
        Article article = extract("sputnik-000.html", "https://sputniknews.example/russia/201702121050595/");
        List<String> seed = seedLines("seed-000.txt");
        assertThat(article.title()).isEqualTo(seed.get(2));
        assertThat(article.published()).contains(Instant.parse("2017-02-12T11:37:00Z"));
        // The story is exactly the seed's body paragraphs, in order.
        assertThat(article.text())
                .isEqualTo(String.join(
                        "\n\n",
                        List.of(
                                seed.get(5),
                                seed.get(9),
                                seed.get(10),
                                seed.get(11),
                                seed.get(15),
                                seed.get(16),
                                seed.get(17),
                                seed.get(18))));
        assertThat(article.text())
                .contains(
                        "assassination of Russian Ambassador to Turkey Andrey Karlov",
                        "Karlov was shot by Turkish off-duty police officer Mevlut Mert Altintas",
                        "Sergey Lavrov");
        assertThat(article.text())
                .doesNotContain(
                        "© Sputnik",
                        "Natalia Seliverstova",
                        "© AP Photo",
                        "Burhan Ozbilici",
                        "Maksim Blinov",
                        "Lavrov: Attempts to Recruit",
                        "Russia Cooperates With Turkey in Ambassador Karlov’s Murder Investigation",
                        "moments before a gunman opened fire on him",
                        "Smolenskaya-Sennaya Square",
                        "news conference in Rome",
                        "Register",
                        "Most read",
                        "Subscribe",
                        "All rights reserved",
                        "Facebook",
                        "dataLayer",
                        "font-family");
    }

    @Test
    void agencyPageDropsAlsoOnTopicAndReadAlsoBlocks() throws IOException {
        Article article = extract("agency-002.html", "https://agency.example/world/20200205/threats-idlib");
        List<String> seed = seedLines("seed-002.txt");
        assertThat(article.title()).isEqualTo(seed.get(0));
        assertThat(article.published()).contains(Instant.parse("2020-02-05T10:46:00Z"));
        int also = seed.indexOf("Also on topic");
        List<String> story = new java.util.ArrayList<>(seed.subList(2, also));
        story.addAll(seed.subList(also + 3, seed.size()));
        assertThat(article.text()).isEqualTo(String.join("\n\n", story));
        assertThat(article.text())
                .contains(
                        "“Farewell to life,” “No one will mourn you,” “It is time for you to burn up,”",
                        "Alexei Yerkhov",
                        "Alexey Erkhov",
                        "Irina Kasimova",
                        "Andrei Karlov",
                        "Mevlut Merth Altıntash");
        assertThat(article.text())
                .doesNotContain(
                        "Also on topic",
                        "Сирийская правительственная армия",
                        "Restraining influence",
                        "Damascus was forced to start a military operation",
                        "Читайте также",
                        "Дело об убийстве посла",
                        "Read also",
                        "Idlib: a timeline",
                        "Photo: Sputnik",
                        "© 2020",
                        "Politics",
                        "05.02.2020 13:46",
                        "Home");
    }

    @Test
    void aStoryContainerNamedAfterItsSidebarIsKept() throws IOException {
        String html =
                resource("agency-002.html").replace("<main>", "<main class=\"layout has-sidebar with-comments\">");
        Parsed<Article> result = extractor.extract(html, "https://agency.example/world/1");
        assertThat(result)
                .isInstanceOfSatisfying(
                        Parsed.Accepted.class,
                        a -> assertThat(((Article) a.item()).text())
                                .contains("Farewell to life")
                                .doesNotContain("Also on topic"));
    }

    @Test
    void aCanonicalLinkNamesTheArticle() {
        String html = "<html><head><link rel=canonical href=\"/world/story-1\"><title>T</title></head><body><article>"
                + "<p>" + "A long enough paragraph about a protest outside the embassy. ".repeat(3) + "</p>"
                + "</article></body></html>";
        Parsed<Article> result = extractor.extract(html, "https://site.example/amp/world/story-1?utm=x");
        assertThat(result)
                .isInstanceOfSatisfying(
                        Parsed.Accepted.class,
                        a -> assertThat(((Article) a.item()).url()).isEqualTo("https://site.example/world/story-1"));
    }

    @Test
    void aPageWithoutAStoryIsARejectWithTheReason() {
        String html = "<html><body><nav><a href=/>Home</a></nav><p>Subscribe to read.</p>"
                + "<footer>© Example</footer></body></html>";
        assertThat(extractor.extract(html, "https://x.example/"))
                .isInstanceOfSatisfying(
                        Parsed.Rejected.class,
                        r -> assertThat(r.reject().reason()).contains("no article text found"));
    }

    @Test
    void bytesAreDecodedByTheDeclaredCharsetAndBadBytesAreRejected() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Угрозы послу</title></head><body><article>"
                + "<p>Посольство России в Анкаре усилило охрану из-за угроз послу Алексею Ерхову, сообщила пресс-служба.</p>"
                + "</article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
        assertThat(extractor.extract(bytes, Optional.empty(), "https://ru.example/1"))
                .isInstanceOfSatisfying(
                        Parsed.Accepted.class,
                        a -> assertThat(((Article) a.item()).text()).contains("Алексею Ерхову"));
        byte[] broken = "<html><body><p>caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(extractor.extract(broken, Optional.of("utf-8"), "https://x.example/"))
                .isInstanceOfSatisfying(
                        Parsed.Rejected.class,
                        r -> assertThat(r.reject().reason()).contains("invalid UTF-8"));
    }

    @Test
    void safeHtmlKeepsNoScriptOrHandler() {
        String cleaned = HtmlText.safeHtml("<p onclick=\"x()\">Hi <a href=\"javascript:alert(1)\">link</a>"
                + "<a href=\"https://ok.example/\">ok</a><script>steal()</script><img src=x onerror=y()></p>");
        assertThat(cleaned).doesNotContain("onclick", "javascript:", "script", "onerror", "<img");
        assertThat(cleaned).contains("<a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer\">ok</a>");
    }
}
