package org.vigil.analysis.text;

import java.util.Arrays;

/**
 * Folds one character to lower-case ASCII so that one key serves every script a name is written in: Latin with or
 * without diacritics, Cyrillic (a scientific-style romanisation that the phonetic key then reconciles with
 * BGN/PCGN, ICAO, GOST, French and German spellings), Arabic and Persian (consonants and long vowels), Greek;
 * others kept as they are. The table is filled once at class load from the JDK's canonical decompositions and the
 * tables below; at run time folding is an array lookup. (ICU's transliterators cost about a second to initialise;
 * the tests use ICU's BGN/PCGN and other systems to check that names spelled by them are still found.)
 */
public final class Romanizer {

    private static final int LIMIT = 0x2000;
    private static final String[] TABLE = new String[LIMIT];
    /** Marks a character that is dropped from keys but does not break a token (combining marks, format chars). */
    static final String DROP = "";

    static {
        for (int c = 0; c < LIMIT; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
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
        pairs("æÆ", "ae", "œŒ", "oe", "øØ", "o", "đĐ", "d", "ðÐ", "d", "þÞ", "th", "łŁ", "l", "ħĦ", "h", "ŋŊ", "n",
                "ŧŦ", "t", "ĸ", "k", "ŀĿ", "l", "ɨ", "i", "ʼ", DROP);
        greek();
        // Latin letters whose plain ASCII fold would merge sounds that other scripts keep apart.
        put("čćĉ", "ch");
        put("ČĆĈ", "ch");
        put("šśŝ", "sh");
        put("ŠŚŜ", "sh");
        put("žźż", "zh");
        put("ŽŹŻ", "zh");
        put("ßẞ", "ss");
        put("şŞ", "sh");
        put("çÇ", "ch");
        put("ıİ", "i");
        put("ğĞ", "g");
        cyrillic();
        arabic();
    }

    private Romanizer() {
    }

    private static String decomposed(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = Character.toLowerCase(d.charAt(0));
        if (base >= 0x370 && base < 0x400) {
            return String.valueOf(base); // Greek: mapped by greek() below, then looked up again
        }
        return base < 0x80 ? String.valueOf(base) : String.valueOf(Character.toLowerCase(c));
    }

    private static void greek() {
        pairs("αΑ", "a", "βΒ", "v", "γΓ", "g", "δΔ", "d", "εΕ", "e", "ζΖ", "z", "ηΗ", "i", "θΘ", "th", "ιΙ", "i",
                "κΚ", "k", "λΛ", "l", "μΜ", "m", "νΝ", "n", "ξΞ", "x", "οΟ", "o", "πΠ", "p", "ρΡ", "r", "σςΣ", "s",
                "τΤ", "t", "υΥ", "y", "φΦ", "f", "χΧ", "ch", "ψΨ", "ps", "ωΩ", "o");
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

    private static void put(String chars, String value) {
        for (int i = 0; i < chars.length(); i++) {
            TABLE[chars.charAt(i)] = value;
        }
    }

    private static void pairs(String... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            put(kv[i], kv[i + 1]);
        }
    }

    private static void cyrillic() {
        pairs("аА", "a", "бБ", "b", "вВ", "v", "гГ", "g", "дД", "d", "еЕ", "e", "ёЁ", "e", "жЖ", "zh", "зЗ", "z",
                "иИ", "i", "йЙ", "y", "кК", "k", "лЛ", "l", "мМ", "m", "нН", "n", "оО", "o", "пП", "p", "рР", "r",
                "сС", "s", "тТ", "t", "уУ", "u", "фФ", "f", "хХ", "kh", "цЦ", "ts", "чЧ", "ch", "шШ", "sh",
                "щЩ", "shch", "ъЪ", DROP, "ыЫ", "y", "ьЬ", DROP, "эЭ", "e", "юЮ", "yu", "яЯ", "ya",
                // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh
                "іІ", "i", "їЇ", "yi", "єЄ", "ye", "ґҐ", "g", "ўЎ", "u", "јЈ", "j", "љЉ", "l", "њЊ", "n",
                "ћЋ", "ch", "ђЂ", "dj", "џЏ", "dzh", "ѓЃ", "g", "ќЌ", "k", "ѕЅ", "dz", "әӘ", "a", "ғҒ", "g",
                "қҚ", "k", "ңҢ", "n", "өӨ", "o", "ұҰ", "u", "үҮ", "u", "һҺ", "h");
    }

    private static void arabic() {
        // Arabic script writes consonants and long vowels; short vowels (harakat) are marks and are dropped.
        pairs("اأإآٱءئؤى", "a", "ب", "b", "پ", "p", "ت", "t", "ة", "a", "ث", "th", "ج", "dj", "چ", "ch", "ح", "h",
                "خ", "kh", "د", "d", "ذ", "dh", "ر", "r", "ز", "z", "ژ", "zh", "س", "s", "ش", "sh", "ص", "s",
                "ض", "d", "ط", "t", "ظ", "z", "ع", DROP, "غ", "gh", "ف", "f", "ڤ", "v", "ق", "k", "ك", "k",
                "ک", "k", "گ", "g", "ل", "l", "م", "m", "ن", "n", "ه", "h", "ۀ", "a", "و", "u", "ي", "i", "ی", "i",
                "ې", "e", "ـ", DROP);
        for (char c = 0x0660; c <= 0x0669; c++) {
            TABLE[c] = String.valueOf((char) ('0' + (c - 0x0660)));
        }
        for (char c = 0x06F0; c <= 0x06F9; c++) {
            TABLE[c] = String.valueOf((char) ('0' + (c - 0x06F0)));
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

    static String[] tableCopy() {
        return Arrays.copyOf(TABLE, TABLE.length);
    }
}
