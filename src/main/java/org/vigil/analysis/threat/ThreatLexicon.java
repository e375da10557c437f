package org.vigil.analysis.threat;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.analysis.Span;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;

/**
 * Threat patterns, each with the category it is evidence of, a weight (how sure the phrase alone makes us, in
 * [0, 1]) and where its target stands relative to it. The patterns are data: the rows of each language folder's
 * {@code threat-patterns.tsv} (English, Russian, Turkish and Arabic so far), read by {@link ThreatPatterns}.
 *
 * <p>The learned model only knows English threats; these patterns are how threat language is carried into the
 * other languages, and how news language (reported threats, attacks, plots, protests) is told apart, which no
 * training set here labels. A pattern runs only on texts that have letters of its language's script.
 */
final class ThreatLexicon {

    /**
     * One pattern. {@code category} null marks an idiom ("kill it", "you're killing me"): its matches are not evidence
     * but cancel the findings they overlap, and the model does not read them. {@code object}, when set, must match
     * the original (not folded) text right after the phrase: the phrase counts only with a person as its object.
     * {@code source} is the file and line it was read from.
     */
    record Rule(
            ThreatCategory category,
            Slot slot,
            double weight,
            UnicodeScript script,
            Pattern pattern,
            Pattern object,
            String source) {}

    /** The findings, and the idioms that were set aside, both in text order. */
    record Scan(List<Finding> findings, List<Span> idioms) {}

    /** How far from an anchor a phrase may reach, in UTF-16 units. */
    private static final int WINDOW = 80;

    private static volatile ThreatLexicon shared;

    private final List<Rule> rules;
    private final Anchors anchors;
    private final Set<UnicodeScript> scripts;

    private ThreatLexicon(List<Rule> rules, Set<String> commonWords) {
        this.rules = List.copyOf(rules);
        this.anchors =
                new Anchors(rules.stream().map(r -> r.pattern().pattern()).toList(), commonWords);
        Set<UnicodeScript> s = EnumSet.noneOf(UnicodeScript.class);
        rules.forEach(r -> s.add(r.script()));
        this.scripts = s;
    }

    /** The patterns of {@link LanguageData#shared()}, read once. */
    static ThreatLexicon shared() {
        ThreatLexicon l = shared;
        if (l == null) {
            synchronized (ThreatLexicon.class) {
                l = shared;
                if (l == null) {
                    l = from(LanguageData.shared());
                    shared = l;
                }
            }
        }
        return l;
    }

    /** The patterns of these language folders; a malformed table fails here with its file and line. */
    static ThreatLexicon from(LanguageData data) {
        return new ThreatLexicon(ThreatPatterns.load(data), Anchors.commonWords(data));
    }

    /** The rules, in the order they are tried. */
    List<Rule> rules() {
        return rules;
    }

    private static void collect(
            Matcher m, int from, int to, String text, Rule rule, List<Finding> out, List<Span> idioms) {
        m.region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // Trim whitespace the optional parts may have taken in.
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= start) {
                continue;
            }
            if (rule.category() == null) {
                idioms.add(Span.of(text, start, end));
            } else if (rule.object() == null
                    || rule.object()
                            .matcher(text)
                            .region(end, Math.min(text.length(), end + 80))
                            .lookingAt()) {
                out.add(new Finding(rule.category(), Span.of(text, start, end), rule.weight(), rule.slot()));
            }
        }
    }

    /**
     * Every match of every pattern whose script occurs in the text, in text order. Invisible characters (zero-width
     * spaces and joiners, direction marks, soft hyphens) do not hide a phrase: they are skipped while matching and
     * the evidence spans still point into the original text.
     */
    List<Finding> scan(String text) {
        return scanAll(text).findings();
    }

    /** As {@link #scan(String)}, with the idioms that cancelled findings or are to be hidden from the model. */
    Scan scanAll(String text) {
        int invisible = 0;
        for (int i = 0; i < text.length(); i++) {
            invisible += isInvisible(text.charAt(i)) ? 1 : 0;
        }
        if (invisible == 0) {
            return scan(text, true);
        }
        StringBuilder visible = new StringBuilder(text.length() - invisible);
        int[] original = new int[text.length() - invisible];
        for (int i = 0; i < text.length(); i++) {
            if (!isInvisible(text.charAt(i))) {
                original[visible.length()] = i;
                visible.append(text.charAt(i));
            }
        }
        Scan inner = scan(visible.toString(), true);
        List<Finding> out = new ArrayList<>();
        for (Finding f : inner.findings()) {
            int start = original[f.span().start()];
            int end = original[f.span().end() - 1] + 1;
            out.add(new Finding(f.category(), Span.of(text, start, end), f.score(), f.slot()));
        }
        List<Span> idioms = new ArrayList<>();
        for (Span i : inner.idioms()) {
            idioms.add(Span.of(text, original[i.start()], original[i.end() - 1] + 1));
        }
        return new Scan(out, idioms);
    }

    static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2064'
                || c == '\uFEFF'
                || c == '\u00AD';
    }

    /** Folds the letters of a regular expression, leaving escapes ({@code \\s}, {@code \\p{L}}) alone. */
    static String foldRegex(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                out.append(c).append(next);
                i++;
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    int close = regex.indexOf('}', i);
                    out.append(regex, i + 1, close + 1);
                    i = close;
                }
                continue;
            }
            out.append(Anchors.fold(c));
        }
        return out.toString();
    }

    /**
     * The scripts of the patterns that the text has letters of. Latin, Cyrillic and Arabic are the ranges the
     * patterns of those scripts were written for (Latin letters below U+0250, the Cyrillic block and its
     * supplement, the Arabic block and its presentation forms); any other script by its Unicode letters.
     */
    private Set<UnicodeScript> scriptsIn(String text) {
        Set<UnicodeScript> present = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < text.length() && present.size() < scripts.size(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            UnicodeScript s;
            if (c < 0x0250) {
                s = Character.isLetter(c) ? UnicodeScript.LATIN : null;
            } else if (c >= 0x0400 && c < 0x0530) {
                s = UnicodeScript.CYRILLIC;
            } else if (c >= 0x0600 && c < 0x0700 || c >= 0xFB50 && c < 0xFF00) {
                s = UnicodeScript.ARABIC;
            } else {
                s = Character.isLetter(c) ? UnicodeScript.of(c) : null;
                if (s == UnicodeScript.LATIN || s == UnicodeScript.CYRILLIC || s == UnicodeScript.ARABIC) {
                    s = null;
                }
            }
            if (s != null && scripts.contains(s)) {
                present.add(s);
            }
        }
        return present;
    }

    /** As {@link #scan(String)}; {@code filtered} false runs every pattern (to check that the filter loses nothing). */
    Scan scan(String text, boolean filtered) {
        Set<UnicodeScript> present = scriptsIn(text);
        List<Finding> out = new ArrayList<>();
        List<Span> idioms = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Anchors.fold(chars[i]);
        }
        String folded = new String(chars);
        int[][] hits = filtered ? anchors.hits(folded) : null;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!present.contains(rule.script()) || filtered && hits[r] == null) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            if (!filtered || hits[r].length == 0) {
                collect(m, 0, text.length(), text, rule, out, idioms);
                continue;
            }
            // Only around the anchors: a phrase is shorter than WINDOW on either side of its anchor.
            int[] at = hits[r];
            int from = Math.max(0, at[0] - WINDOW);
            int to = Math.min(text.length(), at[0] + WINDOW);
            for (int k = 1; k < at.length; k++) {
                int s = Math.max(0, at[k] - WINDOW);
                if (s <= to) {
                    to = Math.min(text.length(), at[k] + WINDOW);
                } else {
                    collect(m, from, to, text, rule, out, idioms);
                    from = s;
                    to = Math.min(text.length(), at[k] + WINDOW);
                }
            }
            collect(m, from, to, text, rule, out, idioms);
        }
        if (!idioms.isEmpty()) {
            // A finding inside or across an idiom ("I will kill" in "I will kill it at the gym") is no evidence.
            out.removeIf(f -> idioms.stream()
                    .anyMatch(i ->
                            f.span().start() < i.end() && i.start() < f.span().end()));
            idioms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Scan(out, idioms);
    }
}
