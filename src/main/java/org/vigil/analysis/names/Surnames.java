package org.vigil.analysis.names;

import org.vigil.analysis.text.PhoneticKey;

/**
 * How close a written word is to a registry surname, on phonetic keys: inflection (Russian and Ukrainian case
 * endings, feminine forms), transliteration leftovers (a vowel more or less), and the one difference that makes a
 * different real surname rather than another spelling: a different Slavic surname suffix (Erokhin is not Erkhov).
 */
final class Surnames {

    /** Case endings of Russian and Ukrainian nouns and adjectival surnames, on phonetic keys, longest first. */
    static final String[] ENDINGS = {"ogo", "ego", "omu", "emu", "ami", "oi", "ei", "om", "em", "im", "iH", "a", "u",
        "e", "i", "o"};
    /** Endings that carry a consonant, so that the inflected word's skeleton differs from the surname's. */
    static final String[] CONSONANT_ENDINGS = {"ogo", "ego", "omu", "emu", "ami", "om", "em", "im", "iH"};

    private static final String[] SUFFIXES = {"ovna", "evna", "oviC", "eviC", "enko", "ska", "ski", "ova", "eva",
        "ina", "ov", "ev", "in", "iuk", "uk"};

    private Surnames() {
    }

    /** The surname suffix class of a key, or null: ov and ev (ё/е) are one class, as are masculine and feminine. */
    static String suffixClass(String k) {
        for (String s : SUFFIXES) {
            if (k.endsWith(s) && k.length() >= s.length() + 2) {
                return switch (s) {
                    case "ov", "ev", "ova", "eva" -> "ov";
                    case "in", "ina" -> "in";
                    case "ski", "ska" -> "ski";
                    case "iuk", "uk" -> "uk";
                    default -> s;
                };
            }
        }
        return null;
    }

    /** The key without its surname suffix, or the key itself when it has none. */
    static String stem(String k) {
        for (String s : SUFFIXES) {
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
    static double quality(String d, String s, boolean arabicScript) {
        if (arabicScript) {
            // Arabic writes few vowels: compare consonant skeletons, allowing a one-letter prefix (و ب ل ف ك)
            String sk = PhoneticKey.skeleton(s);
            String dk = PhoneticKey.skeleton(d);
            if (dk.equals(sk)) {
                return 0.93;
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
        for (String e : ENDINGS) {
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

    private static double score(String d, String s) {
        if (d.equals(s)) {
            return 1;
        }
        String cd = suffixClass(d), cs = suffixClass(s);
        if (cd != null && cs != null && !cd.equals(cs)) {
            return PhoneticKey.distance(stem(d), stem(s), 1.0) <= 1.0 ? 0.3 : 0;
        }
        double dist = PhoneticKey.distance(d, s, 1.0);
        double q = dist <= 0.35 ? 0.95 : dist <= 0.7 ? 0.85 : dist <= 1.0 ? 0.45 : 0;
        if (q > 0 && dist > 0 && s.length() <= 4) {
            q -= 0.2;
        }
        return q;
    }
}
