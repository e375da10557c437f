package org.vigil.analysis.text;

import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Splits a text into words for matching. A word is a run of letters, digits and combining marks; zero-width and
 * bidi formatting characters are carried inside a word without ending it (so "Yer\u200Bkhov" is one word), control
 * characters and punctuation end it. Apostrophes end a word, so Turkish suffixes ("Ankara'da", "Rusya'nın") leave
 * the name itself as a word.
 */
public final class Tokenizer {

    /** Words longer than this are not names or places; they are kept with an empty key so offsets stay right. */
    private static final int MAX_WORD = 64;

    private Tokenizer() {}

    public static Tokens tokenize(String text) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        int gapFlags = Tokens.SENTENCE_BEFORE; // the first word starts a sentence
        boolean handle = false;
        boolean onlyDot = false;
        String previous = null;
        StringBuilder key = new StringBuilder(32);
        while (i < n) {
            char c = text.charAt(i);
            String f = Romanizer.fold(c);
            if (f == null || f.isEmpty() && !startsWord(c)) {
                int g = gapFlag(c);
                if (g == Tokens.SENTENCE_BEFORE && (gapFlags & Tokens.SENTENCE_BEFORE) == 0) {
                    onlyDot = c == '.';
                } else if (g == Tokens.SENTENCE_BEFORE) {
                    onlyDot = false;
                }
                gapFlags |= g;
                handle = c == '@' || c == '#';
                i++;
                continue;
            }
            // a word starts at i (a visible word character)
            int s = i;
            int lastVisible = i;
            int latin = 0, cyr = 0, greek = 0, arabic = 0, upper = 0, letters = 0, digits = 0;
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                String g = Romanizer.fold(d);
                if (g == null) {
                    break;
                }
                if (Character.getType(d) != Character.FORMAT) {
                    lastVisible =
                            j; // soft and hard signs, ain and marks belong to the word's text though not to its key
                }
                if (!g.isEmpty()) {
                    if (Character.isLetter(d)) {
                        letters++;
                        if (Character.isUpperCase(d)) {
                            upper++;
                        }
                        if (d < 0x250 || d >= 0x1E00 && d < 0x1F00) {
                            latin++;
                        } else if (d >= 0x400 && d < 0x530) {
                            cyr++;
                        } else if (d >= 0x370 && d < 0x400 || d >= 0x1F00 && d < 0x2000) {
                            greek++;
                        } else if (d >= 0x600 && d < 0x700 || d >= 0x750 && d < 0x780 || d >= 0xFB50 && d <= 0xFEFC) {
                            arabic++;
                        }
                    } else if (Character.isDigit(d)) {
                        digits++;
                    }
                }
                j++;
            }
            int e = lastVisible + 1;
            byte script;
            if (letters == 0) {
                script = digits > 0 ? Tokens.DIGITS : Tokens.OTHER;
            } else if (arabic * 2 >= letters) {
                script = Tokens.ARABIC;
            } else if (latin >= cyr && latin >= greek && latin > 0) {
                script = Tokens.LATIN;
            } else if (cyr >= greek && cyr > 0) {
                script = Tokens.CYRILLIC;
            } else if (greek > 0) {
                script = Tokens.GREEK;
            } else {
                script = Tokens.OTHER;
            }
            boolean mixed = (latin > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) > 1;
            key.setLength(0);
            if (e - s <= MAX_WORD) {
                for (int k = s; k < e; k++) {
                    char d = text.charAt(k);
                    if (mixed) {
                        d = Homoglyphs.toScript(d, script);
                    }
                    String g = Romanizer.fold(d);
                    if (g != null) {
                        key.append(g);
                    }
                }
            }
            int flags = gapFlags;
            if (onlyDot
                    && previous != null
                    && abbreviation(previous, t.size() > 0 ? t.end[t.size - 1] - t.start[t.size - 1] : 0)) {
                // "A. Yerkhov", "Mr. Yerkhov": the full stop ends an initial or a title, not a sentence
                flags &= ~Tokens.SENTENCE_BEFORE;
            }
            if (handle) {
                flags |= Tokens.HANDLE;
            }
            char first = text.charAt(s);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                flags |= Tokens.CAPITALISED;
            }
            if (upper >= 2 && upper == letters) {
                flags |= Tokens.ALL_CAPS;
            }
            if (script == Tokens.ARABIC && hasArticle(text, s, e)) {
                flags |= Tokens.ARABIC_ARTICLE;
            }
            if (e < n && text.charAt(e) == '.') {
                flags |= Tokens.DOT_AFTER;
            }
            t.add(s, e, key.toString(), script, flags);
            gapFlags = 0;
            handle = false;
            onlyDot = false;
            previous = t.fold[t.size - 1];
            i = j;
        }
        return t;
    }

    /** A letter that adds nothing to a key but begins a word: Arabic ain (Umar, Abd), a hard or soft sign. */
    private static boolean startsWord(char c) {
        return Character.isLetter(c);
    }

    /** Whether the word [s, e) starts with one of the Arabic article's spellings and has two letters more. */
    private static boolean hasArticle(String text, int s, int e) {
        for (String prefix : ARTICLES) {
            if (e - s > prefix.length() + 1 && text.startsWith(prefix, s)) {
                return true;
            }
        }
        return false;
    }

    /** The Arabic article's spellings at the start of a word: the ar folder's article-prefixes.tsv. */
    private static final java.util.List<String> ARTICLES = LanguageData.shared().rows("article-prefixes").stream()
            .map(row -> row.get("prefix").strip())
            .toList();

    /** Folds of the words after which a full stop ends no sentence: the language folders' token-abbreviations. */
    private static final java.util.Set<String> ABBREVIATIONS = abbreviations();

    private static java.util.Set<String> abbreviations() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Table.Row row : LanguageData.shared().rows("token-abbreviations")) {
            String fold = Romanizer.romanize(row.get("abbreviation").strip());
            if (fold.isEmpty()) {
                throw row.error("column 'abbreviation' is '" + row.get("abbreviation") + "': it has no letters");
            }
            out.add(fold);
        }
        return java.util.Set.copyOf(out);
    }

    private static boolean abbreviation(String fold, int length) {
        return length == 1 || ABBREVIATIONS.contains(fold);
    }

    private static int gapFlag(char c) {
        switch (c) {
            case '.', '!', '?', ';', '\n', '\r', '\u2029', '\u2028', '\u061F', '\u06D4', '\u3002', '\u2026', '|':
                return Tokens.SENTENCE_BEFORE;
            case ',',
                    ':',
                    '(',
                    ')',
                    '[',
                    ']',
                    '"',
                    '\u00AB',
                    '\u00BB',
                    '\u201C',
                    '\u201D',
                    '\u201E',
                    '\u2013',
                    '\u2014',
                    '\u060C',
                    '/',
                    '\'',
                    '\u2019':
                return Tokens.PUNCT_BEFORE;
            default:
                return 0;
        }
    }
}
