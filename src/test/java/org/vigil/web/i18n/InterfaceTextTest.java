package org.vigil.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.vigil.shared.web.Labels;

/**
 * The interface's text lives in the message bundles: both bundles have the same keys, every key a template names
 * exists, every constant a page labels has its words, and no template shows English outside a message expression.
 *
 * <p>The template check parses every template (jsoup) and reads what a person would see: text nodes, and the
 * attributes people read (title, placeholder, aria-label, alt, data-confirm, a button's value), plus the quoted
 * words and literal substitutions inside {@code th:text}-like expressions. Text an expression replaces (a
 * {@code th:text} element's prototype content) and code samples ({@code <code>}, {@code <pre>}) are not read.
 */
class InterfaceTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * Words that are the same in every language: the product's name and the language switch's codes (each
     * language is offered under its own code).
     */
    static final Set<String> PROPER_NAMES = Set.of("Vigil", "EN", "RU");

    /**
     * Templates whose text is not moved yet: the appearance pages, which another change is rewriting this round
     * (docs/pages.md, "Languages of the interface", says so). Remove an entry once its text is in the bundles.
     */
    static final Set<String> NOT_YET_MOVED = Set.of("appearances/calendar.html", "appearances/show.html");

    /** An identifier, address or example value (ru-embassy-ankara, https://…, @account, 10.20.0.0/16): no words. */
    static final Pattern IDENTIFIER =
            Pattern.compile("[a-z0-9@._/:-]*[-@./:][a-z0-9@._/:-]*(,\\s*[a-z0-9@._/:-]*[-@./:][a-z0-9@._/:-]*)*");

    static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");
    static final Set<String> SKIP_SUBTREE =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "sec:authentication");
    static final Set<String> READ_ATTRIBUTES =
            Set.of("title", "placeholder", "aria-label", "alt", "data-confirm", "label");
    static final Set<String> TEXT_EXPRESSIONS = Set.of(
            "th:text", "th:utext", "th:title", "th:placeholder", "th:aria-label", "th:alt", "th:attr", "th:value");

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        assertThat(english).as("the English bundle").hasSizeGreaterThan(700);
        assertThat(new TreeSet<>(russian.stringPropertyNames()))
                .as("keys of messages_ru.properties")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(russian.getProperty(key)).as("Russian %s", key).isNotBlank();
        }
    }

    @Test
    void theRussianBundleIsRussian() throws IOException {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
        long translated = russian.stringPropertyNames().stream()
                .filter(k -> cyrillic.matcher(russian.getProperty(k)).find())
                .count();
        // names (Vigil, PDF, CSV feeds, time patterns, example identifiers) stay as they are
        assertThat(translated).as("Russian messages").isGreaterThan(english.size() * 9 / 10);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = bundle("messages.properties");
        Pattern key = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = key.matcher(Files.readString(template));
            while (m.find()) {
                if (!english.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys without a message").isEmpty();
    }

    @Test
    void everyConstantAPageLabelsHasItsWordsInBothLanguages() throws Exception {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        List<String> missing = new ArrayList<>();
        for (String name : List.of(
                "org.vigil.shared.Role",
                "org.vigil.measures.MeasureState",
                "org.vigil.measures.HostRequestStatus",
                "org.vigil.measures.CostClass",
                "org.vigil.incidents.IncidentStatus",
                "org.vigil.incidents.IncidentType",
                "org.vigil.alerts.AlertKind",
                "org.vigil.alerts.AlertStatus",
                "org.vigil.alerts.Channel",
                "org.vigil.risk.RiskLevel",
                "org.vigil.risk.RiskCategory",
                "org.vigil.analysis.ThreatLevel",
                "org.vigil.analysis.ThreatCategory",
                "org.vigil.registry.MissionStatus",
                "org.vigil.registry.PersonStatus",
                "org.vigil.shared.registryfile.MissionKind",
                "org.vigil.shared.registryfile.PersonRole",
                "org.vigil.appearances.AppearanceKind",
                "org.vigil.appearances.CheckStatus",
                "org.vigil.appearances.CheckItem",
                "org.vigil.appearances.Readiness",
                "org.vigil.appearances.Publicity")) {
            for (Object constant : Class.forName(name).getEnumConstants()) {
                String key = Labels.key((Enum<?>) constant);
                if (!english.containsKey(key) || !russian.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("constants without words").isEmpty();
    }

    @Test
    void noTemplateShowsEnglishOutsideAMessage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            if (NOT_YET_MOVED.contains(name)) {
                continue;
            }
            Element root = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            visit(root, name, found);
        }
        assertThat(found).as("visible English in templates, not in the bundles").isEmpty();
    }

    @Test
    void theCheckFindsEnglishWhereItIs() {
        List<String> found = new ArrayList<>();
        Element page = Jsoup.parse("""
                <main><h1>[[#{signals.list.signals}]]</h1><p>Nothing here.</p>
                <input th:placeholder="#{x}"><input placeholder="Search people">
                <span th:text="${ok} ? 'Done' : #{x}">prototype is not read</span>
                <span th:text="|${n} in a row|">x</span><code>GET /api/v1</code> Vigil</main>""", "", Parser.htmlParser());
        visit(page, "sample.html", found);
        assertThat(found)
                .containsExactly(
                        "sample.html: text \"Nothing here.\"",
                        "sample.html: placeholder=\"Search people\"",
                        "sample.html: th:text literal 'Done'",
                        "sample.html: th:text literal | in a row|");
    }

    private static void visit(Node node, String template, List<String> found) {
        if (node instanceof TextNode text) {
            String visible = text.getWholeText().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", " ");
            if (hasWords(visible)) {
                found.add(template + ": text \"" + visible.strip().replaceAll("\\s+", " ") + "\"");
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("code") || tag.equals("pre") || tag.equals("script") || tag.equals("style")) {
            return;
        }
        for (Attribute a : element.attributes()) {
            String key = a.getKey();
            boolean read = READ_ATTRIBUTES.contains(key)
                    || (key.equals("value")
                            && tag.equals("input")
                            && Set.of("submit", "button").contains(element.attr("type")));
            if (read && !element.hasAttr("th:" + key) && hasWords(a.getValue())) {
                found.add(template + ": " + key + "=\"" + a.getValue() + "\"");
            }
            if (TEXT_EXPRESSIONS.contains(key)) {
                literals(a.getValue()).forEach(l -> found.add(template + ": " + key + " literal " + l));
            }
        }
        boolean skip = !tag.equals("html") && SKIP_SUBTREE.stream().anyMatch(element::hasAttr);
        if (!skip) {
            element.childNodes().forEach(child -> visit(child, template, found));
        }
    }

    /** The quoted words and literal substitutions of an expression that a person would read. */
    static List<String> literals(String expression) {
        List<String> out = new ArrayList<>();
        // |…|: the text around ${…}, #{…} and *{…}
        Matcher sub = Pattern.compile("\\|([^|]*)\\|").matcher(expression);
        while (sub.find()) {
            String outside = sub.group(1).replaceAll("[$#*]\\{[^}]*}", "");
            boolean address = outside.startsWith("?") || outside.startsWith("/");
            if (!address && hasWords(outside)) {
                out.add("|" + outside + "|");
            }
        }
        String withoutSubstitutions = expression.replaceAll("\\|[^|]*\\|", "");
        // '…' not compared with (== 'PROPOSED'), not a map key (errors['name']), not a message key
        // ('count.signals', 'signal.status.')
        Matcher quoted = Pattern.compile("(==|!=|\\[)?\\s*'([^']*)'").matcher(withoutSubstitutions);
        while (quoted.find()) {
            String literal = quoted.group(2);
            boolean messageKey = literal.matches("[a-z][\\w-]*(\\.[\\w-]*)+");
            if (quoted.group(1) == null && !messageKey && hasWords(literal)) {
                out.add("'" + literal + "'");
            }
        }
        return out;
    }

    static boolean hasWords(String text) {
        String t = org.jsoup.parser.Parser.unescapeEntities(text, false).strip();
        if (t.isEmpty() || IDENTIFIER.matcher(t).matches()) {
            return false;
        }
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            if (!PROPER_NAMES.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Locale russian() {
        return Locale.forLanguageTag("ru");
    }
}
