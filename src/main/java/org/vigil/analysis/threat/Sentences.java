package org.vigil.analysis.threat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Sentence bounds, good enough to keep a finding and the entity it is aimed at within one sentence. A sentence ends
 * at a line break, or at . ! ? … followed by space and then a capital, a quote or a non-Latin letter; common
 * abbreviations ("Mr.", "Dec."), the rows of every language folder's {@value #ABBREVIATIONS_TABLE}, do not
 * end one. Quotes are not tracked: a quoted threat belongs to the sentence
 * that reports it, which is what target resolution wants.
 */
public final class Sentences {

    static final String ABBREVIATIONS_TABLE = "sentence-abbreviations";

    private static final Set<String> ABBREVIATIONS = abbreviations(LanguageData.shared());

    private Sentences() {}

    /**
     * The abbreviations of every language folder, in lower case: the lists of all languages apply to every text,
     * whose language is not known here.
     */
    static Set<String> abbreviations(LanguageData data) {
        Set<String> out = new HashSet<>();
        for (Table table : data.tables(ABBREVIATIONS_TABLE)) {
            table.requireColumns("abbreviation", "note");
            for (Table.Row row : table.rows()) {
                String a = row.get("abbreviation").strip().toLowerCase(Locale.ROOT);
                if (a.isEmpty()
                        || !a.codePoints().allMatch(c -> Character.isLetter(c) || c == '.')
                        || a.endsWith(".")) {
                    throw row.error("column 'abbreviation' is '" + a + "': an abbreviation is letters (and inner "
                            + "full stops, as in u.s), written without its final full stop");
                }
                out.add(a);
            }
        }
        return Set.copyOf(out);
    }

    /** The abbreviations in use (read when the engine starts). */
    static Set<String> abbreviations() {
        return ABBREVIATIONS;
    }

    /** Start (inclusive) of the sentence containing {@code offset}. */
    public static int start(String text, int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if (isBoundaryAfter(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End (exclusive) of the sentence containing {@code offset}. */
    public static int end(String text, int offset) {
        for (int i = Math.max(offset, 0); i < text.length(); i++) {
            if (isBoundaryAfter(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Whether a sentence ends with the character at {@code i}. */
    static boolean isBoundaryAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        // U+061F is the Arabic question mark.
        if (c != '.' && c != '!' && c != '?' && c != '…' && c != '\u061F' && c != '。') {
            return false;
        }
        int j = i + 1;
        // Closing quotes and brackets belong to the sentence they close.
        while (j < text.length() && "\"'”’»)".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        boolean startsSentence = Character.isUpperCase(next)
                || "\"“«„'‘(".indexOf(next) >= 0
                || Character.isLetter(next) && !Character.isLowerCase(next) && !Character.isUpperCase(next);
        if (!startsSentence) {
            return false;
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
                w--;
            }
            String word = text.substring(w, i).toLowerCase(Locale.ROOT);
            // "Mr." and single initials ("A. Yerkhov") do not end a sentence.
            if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
