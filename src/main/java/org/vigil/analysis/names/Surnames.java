package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.List;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.PhoneticKey;

/**
 * How close a written word is to a registry surname, on phonetic keys: inflection (case endings, feminine forms),
 * transliteration leftovers (a vowel more or less), and the one difference that makes a different real surname
 * rather than another spelling: a different surname suffix (Erokhin is not Erkhov). The endings and suffixes are
 * {@code surname-endings.tsv} of the language folders.
 */
final class Surnames {

    static final String TABLE = "surname-endings";

    /** Case endings of surnames and given names, on phonetic keys, longest first. */
    final String[] endings;
    /** Endings that carry a consonant, so that the inflected word's skeleton differs from the surname's. */
    final String[] consonantEndings;
    /** Surname suffixes in the order they are tried, and the class of each. */
    private final String[] suffixes;

    private final String[] classes;
    /** Endings of patronymics, which stand between a given name and the surname. */
    private final String[] patronymics;

    /** What a short name (four letters or fewer) spelled with its own consonants but other vowels loses. */
    static final double SHORT_SAME_SKELETON = 0.15;

    private enum Use {
        CASE,
        CASE_CONSONANT,
        SUFFIX,
        PATRONYMIC
    }

    Surnames(LanguageData data) {
        List<String> end = new ArrayList<>(),
                cons = new ArrayList<>(),
                suf = new ArrayList<>(),
                cls = new ArrayList<>(),
                pat = new ArrayList<>();
        for (Table t : data.tables(TABLE)) {
            t.requireColumns("key", "use");
            boolean hasClass = t.columns().contains("class");
            for (Table.Row row : t.rows()) {
                String key = row.get("key").strip();
                if (!key.matches("[a-zA-Z]+")) {
                    throw row.error("the key '" + key + "' is not a phonetic key (letters a-z, and C H S Z T J for "
                            + "ch kh sh zh ts dzh)");
                }
                Use use = row.choice("use", Use.class);
                switch (use) {
                    case CASE -> end.add(key);
                    case CASE_CONSONANT -> {
                        end.add(key);
                        cons.add(key);
                    }
                    case SUFFIX -> {
                        suf.add(key);
                        String c = hasClass ? row.get("class").strip() : "";
                        cls.add(c.isEmpty() ? key : c);
                    }
                    case PATRONYMIC -> pat.add(key);
                }
            }
        }
        endings = end.toArray(String[]::new);
        consonantEndings = cons.toArray(String[]::new);
        suffixes = suf.toArray(String[]::new);
        classes = cls.toArray(String[]::new);
        patronymics = pat.toArray(String[]::new);
    }

    /** Whether a key ends as a patronymic does (and is long enough to be one). */
    boolean isPatronymic(String k) {
        if (k.length() <= 5) {
            return false;
        }
        for (String p : patronymics) {
            if (k.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The surname suffix class of a key, or null: ov and ev (Russian yo and ye) are one class, as are masculine and
     * feminine.
     */
    String suffixClass(String k) {
        for (int i = 0; i < suffixes.length; i++) {
            String s = suffixes[i];
            if (k.endsWith(s) && k.length() >= s.length() + 2) {
                return classes[i];
            }
        }
        return null;
    }

    /** The key without its surname suffix, or the key itself when it has none. */
    String stem(String k) {
        for (String s : suffixes) {
            if (k.endsWith(s) && k.length() >= s.length() + 2) {
                return k.substring(0, k.length() - s.length());
            }
        }
        return k;
    }

    /**
     * How well a word (phonetic key {@code d}) spells surname {@code s}: 1 the same key, about 0.95 an inflected
     * form or another romanisation, 0.85 a near spelling (a vowel more or
     * less), 0.45 a different consonant (a similar but different name), 0.3 a different Slavic suffix, 0 no match.
     */
    double quality(String d, String s, boolean arabicScript) {
        if (arabicScript) {
            // Arabic writes few vowels: compare consonant skeletons, allowing a one-letter prefix (w, b, l, f, k)
            String sk = PhoneticKey.skeleton(s);
            String dk = PhoneticKey.skeleton(d);
            if (dk.equals(sk)) {
                // same consonants: the written vowels (long vowels in Arabic) tell near namesakes apart
                return 0.95 - 0.03 * Math.min(3, PhoneticKey.distance(d, s, 3));
            }
            if (dk.replace('s', 'H').equals(sk.replace('s', 'H'))) {
                return 0.85; // ch written as sh (French and Arabic spellings) or the reverse
            }
            if (d.length() > 3 && PhoneticKey.skeleton(d.substring(1)).equals(sk)) {
                return 0.88;
            }
            return 0;
        }
        if (Math.abs(d.length() - s.length()) > 4) {
            return 0;
        }
        double best = score(d, s);
        if (best >= 1) {
            return 1;
        }
        boolean feminine = s.endsWith("a") && s.length() > 3;
        for (String e : endings) {
            int baseLength = d.length() - e.length();
            if (baseLength >= 3 && baseLength >= s.length() - 2 && baseLength <= s.length() + 1 && d.endsWith(e)) {
                String base = d.substring(0, d.length() - e.length());
                best = Math.max(best, 0.97 * score(base, s));
                if (feminine) {
                    best = Math.max(best, 0.95 * score(base, s.substring(0, s.length() - 1)));
                }
            }
        }
        return best;
    }

    /**
     * {@link #quality} between an Arabic spelling and a Latin one, with the vowels compared as Arabic writes them:
     * a long vowel (alif, waw, ya) stands for a Latin vowel of its kind (a; o or u; i or e), short vowels are not
     * written, so among the many names that share consonants the one whose vowels Arabic would write so ranks first.
     */
    double arabicLatinQuality(String d, String s, boolean wordArabic) {
        String ar = wordArabic ? d : s, la = wordArabic ? s : d;
        String sk = PhoneticKey.skeleton(s);
        String dk = PhoneticKey.skeleton(d);
        if (dk.equals(sk)) {
            return 0.95 - vowelPenalty(arabicVowelDistance(ar, la));
        }
        if (ar.length() > 3 && ar.charAt(ar.length() - 1) == 'H' && la.charAt(la.length() - 1) != 'H') {
            // a final heh for the final vowel of a foreign name: Lwbh Laube, Kafyh Café
            String bare = ar.substring(0, ar.length() - 1);
            if (PhoneticKey.skeleton(bare).equals(PhoneticKey.skeleton(la))) {
                return 0.95 * (0.95 - vowelPenalty(arabicVowelDistance(bare + "e", la)));
            }
        }
        return quality(d, s, true);
    }

    /** Quality lost per unit of Arabic-Latin vowel distance (up to 3). */
    static final double VOWEL_SLOPE = 0.05;

    private static double vowelPenalty(double d) {
        return VOWEL_SLOPE * Math.min(3, d);
    }

    /** An edit distance between an Arabic key and a Latin key that knows which vowels Arabic writes. */
    static double arabicVowelDistance(String ar, String la) {
        int n = ar.length(), m = la.length();
        double[][] c = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                if (i > 0) { // a letter of the Arabic spelling with no Latin counterpart
                    char a = ar.charAt(i - 1);
                    best = c[i - 1][j] + (isVowel(a) ? (i == 1 ? 0.2 : 0.6) : 1.0);
                }
                if (j > 0) { // a Latin letter not written in Arabic: a short vowel costs little
                    char l = la.charAt(j - 1);
                    best = Math.min(best, c[i][j - 1] + (isVowel(l) ? 0.15 : l == 'H' ? 0.6 : 1.0));
                }
                if (i > 0 && j > 0) {
                    char a = ar.charAt(i - 1), l = la.charAt(j - 1);
                    double sub;
                    if (a == l) {
                        sub = 0;
                    } else if (isVowel(a) && isVowel(l)) {
                        sub = vowelClass(a) == vowelClass(l) ? 0.05 : a == 'a' && l == 'e' ? 0.3 : 0.5;
                    } else if (!isVowel(a)
                            && !isVowel(l)
                            && PhoneticKey.skeleton(String.valueOf(a))
                                    .equals(PhoneticKey.skeleton(String.valueOf(l)))) {
                        sub = 0.1;
                    } else {
                        sub = 1.0;
                    }
                    best = Math.min(best, c[i - 1][j - 1] + sub);
                }
                c[i][j] = best;
            }
        }
        return c[n][m];
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char vowelClass(char v) {
        return switch (v) {
            case 'o', 'u' -> 'u';
            case 'e', 'i' -> 'i';
            default -> 'a';
        };
    }

    /** Only vowels differ: another transliteration (0.75); a consonant differs: a similar but different name. */
    private static double nearSpelling(String d, String s) {
        return PhoneticKey.skeleton(d).equals(PhoneticKey.skeleton(s)) ? 0.75 : 0.45;
    }

    private double score(String d, String s) {
        if (d.equals(s)) {
            return 1;
        }
        String cd = suffixClass(d), cs = suffixClass(s);
        if (cd != null && cs != null && !cd.equals(cs)) {
            return PhoneticKey.distance(stem(d), stem(s), 1.0) <= 1.0 ? 0.3 : 0;
        }
        double dist = PhoneticKey.distance(d, s, 1.6);
        double q = dist <= 0.35
                ? 0.95
                : dist <= 0.7
                        ? 0.85
                        : dist <= 1.0
                                ? nearSpelling(d, s)
                                : dist <= 1.6 && PhoneticKey.skeleton(d).equals(PhoneticKey.skeleton(s)) ? 0.7 : 0;
        if (q == 0 && dist > 1.6) {
            // four consonants or more in the same order: vowels written by sound (Truesdale Trusdeyl, Lariboisière
            // Laribuazyer in Russian) are still this name
            String sk = PhoneticKey.skeleton(s);
            if (sk.length() >= 4 && sk.equals(PhoneticKey.skeleton(d)) && PhoneticKey.distance(d, s, 3.0) <= 3.0) {
                q = 0.65;
            }
        }
        if (q > 0 && dist > 0 && s.length() <= 4) {
            // a short name is easily spelled by chance; less so when its consonants are the same (Neal, Russian Nil)
            q -= PhoneticKey.skeleton(d).equals(PhoneticKey.skeleton(s)) ? SHORT_SAME_SKELETON : 0.2;
        }
        return q;
    }
}
