package org.vigil.analysis.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;

/**
 * The words by which a news article names its place, from the language folders: the words for a country's capital
 * ({@value #CAPITALS}.tsv: "capital", "stolitsa", "başkent", "al-asima", transliterated here) and the formats of agency datelines
 * ({@value #DATELINES}.tsv: "KABUL (Reuters) -", "KABUL, 5 sentyabrya /TASS/" in Cyrillic). Read when the engine is built, so a
 * malformed row fails at start-up with its file and line. Immutable.
 */
final class ArticleWords {

    static final String CAPITALS = "capital-words", DATELINES = "dateline-patterns";

    /** How far into the text a dateline may end. */
    private static final int DATELINE_REACH = 120;

    private final List<String> capitalKeys = new ArrayList<>();
    private final List<Pattern> datelines = new ArrayList<>();

    ArticleWords(LanguageData data) {
        for (Table t : data.tables(CAPITALS)) {
            t.requireColumns("form");
        }
        for (Table t : data.tables(DATELINES)) {
            t.requireColumns("pattern");
        }
        for (Table.Row row : data.rows(CAPITALS)) {
            Tokens t = Tokenizer.tokenize(row.get("form").strip());
            if (t.size() != 1 || t.pkey(0).length() < 3) {
                throw row.error("column 'form' is '" + row.get("form") + "': expected one word whose phonetic key has "
                        + "three letters or more");
            }
            capitalKeys.add(t.pkey(0));
        }
        for (Table.Row row : data.rows(DATELINES)) {
            String regex = row.get("pattern").strip();
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw row.error(
                        "column 'pattern' is not a regular expression: " + e.getDescription() + " in '" + regex + "'");
            }
            if (!regex.contains("(?<place>")) {
                throw row.error("column 'pattern' has no group named 'place' (the dateline's city): '" + regex + "'");
            }
            datelines.add(p);
        }
    }

    /** Whether word i of a text is a word for a capital city. */
    boolean isCapital(Tokens t, int i) {
        String k = t.pkey(i);
        for (String c : capitalKeys) {
            if (k.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** The place a dateline at the start of the text names, as [start, end) of the text, or null. */
    int[] dateline(String text) {
        String head = text.substring(0, Math.min(text.length(), DATELINE_REACH + 40));
        for (Pattern p : datelines) {
            Matcher m = p.matcher(head);
            if (m.lookingAt() && m.end() <= DATELINE_REACH + 40 && m.start("place") >= 0) {
                return new int[] {m.start("place"), m.end("place")};
            }
        }
        return null;
    }
}
