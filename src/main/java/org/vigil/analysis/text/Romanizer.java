package org.vigil.analysis.text;

import org.vigil.analysis.lang.ResourceTable;
import org.vigil.analysis.lang.Table;

/**
 * Folds one character to lower-case ASCII so that one key serves every script a name is written in: Latin with or
 * without diacritics, Cyrillic (a scientific-style romanisation that the phonetic key then reconciles with
 * BGN/PCGN, ICAO, GOST, French and German spellings), Arabic and Persian (consonants and long vowels), Greek;
 * others kept as they are. The table is filled once at class load from the JDK's canonical decompositions and the
 * rows of {@code org/vigil/analysis/text/romanization.tsv}; at run time folding is an array lookup. (ICU's transliterators cost about a second to initialise;
 * the tests use ICU's BGN/PCGN and other systems to check that names spelled by them are still found.)
 */
public final class Romanizer {

    /** The letters and their folds (script data), a resource beside this class. */
    static final String RESOURCE = "romanization.tsv";

    private static final int LIMIT = 0x2000;
    private static final String[] TABLE = new String[LIMIT];
    /** Marks a character that is dropped from keys but does not break a token (combining marks, format chars). */
    static final String DROP = "";

    static {
        for (int c = 0; c < LIMIT; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.FORMAT) {
                TABLE[c] = DROP;
            } else if (c < 0x80) {
                TABLE[c] = Character.isLetterOrDigit(c) ? String.valueOf((char) Character.toLowerCase(c)) : null;
            } else if (!Character.isLetterOrDigit(c)) {
                TABLE[c] = null;
            } else if (c < 0x0370 || c >= 0x1E00 && c < 0x1F00 || c >= 0x1F00) {
                // Latin with diacritics, and polytonic Greek: the base letter of the canonical decomposition
                TABLE[c] = decomposed((char) c);
            } else if (Character.isDigit(c)) {
                TABLE[c] = String.valueOf(Character.digit(c, 10));
            } else {
                TABLE[c] = String.valueOf((char) Character.toLowerCase(c));
            }
        }
        letters();
        greek();
        for (char c = 0x0660; c <= 0x0669; c++) {
            TABLE[c] = String.valueOf((char) ('0' + (c - 0x0660)));
        }
        for (char c = 0x06F0; c <= 0x06F9; c++) {
            TABLE[c] = String.valueOf((char) ('0' + (c - 0x06F0)));
        }
    }

    /** The rows of {@value #RESOURCE}, in order: each letter of a row folds to the row's Latin letters. */
    private static void letters() {
        java.util.Set<Character> given = new java.util.HashSet<>();
        for (Table.Row row : ResourceTable.of(Romanizer.class, RESOURCE)
                .requireColumns("letters")
                .rows()) {
            String letters = row.get("letters").strip();
            String latin = row.get("latin").strip();
            if (!latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw row.error("column 'latin' is '" + latin + "': expected lower-case ASCII letters (or nothing, "
                        + "for a letter dropped from keys)");
            }
            for (int i = 0; i < letters.length(); i++) {
                char c = letters.charAt(i);
                if (c >= LIMIT || Character.isSurrogate(c)) {
                    throw row.error(
                            "'" + c + "' is outside the folded range (below U+" + Integer.toHexString(LIMIT) + ")");
                }
                if (!given.add(c)) {
                    throw row.error("'" + c + "' is folded by an earlier row already");
                }
                TABLE[c] = latin.isEmpty() ? DROP : latin;
            }
        }
    }

    private Romanizer() {}

    private static String decomposed(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = Character.toLowerCase(d.charAt(0));
        if (base >= 0x370 && base < 0x400) {
            return String.valueOf(base); // Greek: mapped by greek() below, then looked up again
        }
        return base < 0x80 ? String.valueOf(base) : String.valueOf(Character.toLowerCase(c));
    }

    /** Accented and polytonic Greek letters: the fold of the base letter of their canonical decomposition. */
    private static void greek() {
        // accented and polytonic letters: the base letter of the canonical decomposition
        for (int c = 0x370; c < LIMIT; c++) {
            if (c == 0x400) {
                c = 0x1F00;
            }
            String v = TABLE[c];
            if (v != null && !v.isEmpty() && v.charAt(0) >= 0x80 && Character.isLetter(c)) {
                String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFD);
                String base = TABLE[d.charAt(0)];
                if (base != null && !base.isEmpty() && base.charAt(0) < 0x80) {
                    TABLE[c] = base;
                }
            }
        }
    }

    /**
     * The ASCII fold of {@code c}: a lower-case string (possibly several letters), {@link #DROP} ("") for a
     * character that belongs to a word but adds nothing to its key, or null for a character that is not part of a
     * word.
     */
    public static String fold(char c) {
        if (c < LIMIT) {
            return TABLE[c];
        }
        if (c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2069 || c == 0xFEFF) {
            return DROP;
        }
        if (Character.isSurrogate(c)) {
            return null;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
            return DROP;
        }
        if (c >= 0xFB50 && c <= 0xFEFC) {
            // Arabic presentation forms: fold through their compatibility decomposition.
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                String f = d.charAt(i) < LIMIT ? TABLE[d.charAt(i)] : null;
                if (f != null) {
                    b.append(f);
                }
            }
            return b.toString();
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return fold((char) (c - 0xFEE0));
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
    }

    /** The ASCII fold of a whole string, keeping only word characters. */
    public static String romanize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            String f = fold(s.charAt(i));
            if (f != null) {
                b.append(f);
            }
        }
        return b.toString();
    }
}
