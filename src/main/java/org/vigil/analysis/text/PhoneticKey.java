package org.vigil.analysis.text;

/**
 * Keys that make one name's spellings meet. The phonetic key ({@link #of}) rewrites a folded word so that the
 * romanisation systems agree: BGN/PCGN "Yerkhov", ICAO/GOST "Erkhov", French "Ierkhov" and German "Jerchow" all
 * become {@code erHov} or {@code erCov} (upper-case letters stand for one sound written with several letters: C ch,
 * H kh/h, S sh, Z zh, T ts, J dzh). The skeleton ({@link #skeleton}) keeps only consonants and merges the
 * sounds that scripts confuse (C/H/g, f/v, p/b, s/z/ts/sh), so it also meets Arabic spellings, which write few vowels; it is
 * the index key, and candidates found by it are then scored on the phonetic key.
 */
public final class PhoneticKey {

    /**
     * The Latin spellings of the Arabic article that a word marked with it loses, longest first: the {@code latin}
     * column of the ar folder's article-prefixes.tsv.
     */
    private static final java.util.List<String> ARTICLES =
            org.vigil.analysis.lang.LanguageData.shared().rows("article-prefixes").stream()
                    .map(row -> row.get("latin").strip())
                    .distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .toList();

    private PhoneticKey() {}

    /** The phonetic key of a folded (lower-case ASCII) word; {@code arabicArticle}: an Arabic word with al-. */
    public static String of(String f, boolean arabicArticle) {
        return of(f, arabicArticle, arabicArticle);
    }

    /**
     * The phonetic key of a folded word; {@code arabicArticle} strips the article al-, {@code arabicScript} reads
     * the letter waw between vowels as the consonant w.
     */
    public static String of(String f, boolean arabicArticle, boolean arabicScript) {
        int n = f.length();
        int i = 0;
        if (arabicArticle) {
            for (String article : ARTICLES) {
                if (n >= 2 * article.length() && f.startsWith(article)) {
                    i = article.length();
                    break;
                }
            }
        }
        StringBuilder o = new StringBuilder(n);
        while (i < n) {
            char c = f.charAt(i);
            int rest = n - i;
            if (rest >= 4 && f.startsWith("tsch", i)) {
                o.append('C');
                i += 4;
                continue;
            }
            if (rest >= 3) {
                if (f.startsWith("sch", i)) {
                    o.append('S');
                    i += 3;
                    continue;
                }
                if (f.startsWith("tch", i) || f.startsWith("tsh", i)) {
                    o.append('C');
                    i += 3;
                    continue;
                }
                if (f.startsWith("cci", i) || f.startsWith("cce", i)) {
                    o.append('C'); // Italian: Barocci, in Cyrillic Barochchi
                    i += 2;
                    continue;
                }
                if (f.startsWith("dzh", i)) {
                    o.append('J');
                    i += 3;
                    continue;
                }
            }
            if (rest >= 2) {
                char d = f.charAt(i + 1);
                String two = null;
                switch (c) {
                    case 's' -> two = d == 'h' ? "S" : null;
                    case 'c' ->
                        two = d == 'h'
                                ? "C"
                                : d == 'z' ? "C" : d == 'k' ? "k" : d == 'e' || d == 'i' || d == 'y' ? "s" : null;
                    case 'k' -> two = d == 'h' ? "H" : null;
                    case 'z' -> two = d == 'h' ? "Z" : null;
                    case 't' -> two = d == 's' || d == 'z' ? "T" : d == 'h' ? "t" : null;
                    case 'd' -> two = d == 'j' ? "J" : d == 'h' ? "d" : null;
                    case 'p' -> two = d == 'h' ? "f" : null;
                    case 'g' -> two = d == 'h' ? "g" : null;
                    case 'o' -> two = d == 'u' || d == 'o' ? "u" : null; // French ou, English oo
                    default -> two = null;
                }
                if (two != null) {
                    o.append(two);
                    i += 2;
                    continue;
                }
            }
            if ((c == 'y' || c == 'j')
                    && rest >= 2
                    && f.charAt(i + 1) == 'o'
                    && o.length() > 0
                    && !isVowel(o.charAt(o.length() - 1))
                    && o.charAt(o.length() - 1) != 'i') {
                // Cyrillic yo after a consonant: BGN writes yo (Kovalyov, Fyodor, Semyon), ICAO and GOST e (Kovalev,
                // Fedor)
                o.append('e');
                i += 2;
                continue;
            }
            switch (c) {
                case 'h' -> o.append('H');
                case 'c', 'q' -> o.append('k');
                case 'w' -> o.append('v');
                case 'x' -> o.append("ks");
                case 'y', 'j' -> o.append('i');
                default -> o.append(c);
            }
            i++;
        }
        // Arabic script writes w and the vowel u with one letter: between two vowels it is the consonant
        for (int k = 1; arabicScript && k + 1 < o.length(); k++) {
            if (o.charAt(k) == 'u'
                    && isVowel(o.charAt(k - 1))
                    && o.charAt(k - 1) != 'u'
                    && isVowel(o.charAt(k + 1))
                    && o.charAt(k + 1) != 'u') {
                o.setCharAt(k, 'v');
            }
        }
        // vowels: a glide i before e at the start (Ye-, Je-, Ie-) and between vowels is not written everywhere
        StringBuilder p = new StringBuilder(o.length());
        int m = o.length();
        for (int k = 0; k < m; k++) {
            char c = o.charAt(k);
            if (c == 'i') {
                char next = k + 1 < m ? o.charAt(k + 1) : 0;
                if (k == 0 && next == 'e') {
                    continue;
                }
                if (p.length() > 0 && isVowel(p.charAt(p.length() - 1)) && isVowel(next) && next != 'i') {
                    continue;
                }
            }
            if (p.length() > 0 && p.charAt(p.length() - 1) == c) {
                continue;
            }
            p.append(c);
        }
        return p.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The consonant skeleton of a phonetic key. */
    public static String skeleton(String pkey) {
        StringBuilder b = new StringBuilder(pkey.length());
        for (int k = 0; k < pkey.length(); k++) {
            char c = pkey.charAt(k);
            if (isVowel(c)) {
                continue;
            }
            char m = switch (c) {
                case 'C' -> 'H';
                case 'f' -> 'v';
                case 'p' -> 'b';
                case 'Z', 'S', 'T', 'z' -> 's';
                case 'g' -> 'H';
                case 'J' -> 'H';
                default -> c;
            };
            if (b.length() > 0 && b.charAt(b.length() - 1) == m) {
                continue;
            }
            b.append(m);
        }
        return b.toString();
    }

    /**
     * A distance between two phonetic keys that charges little for what transliteration changes (a vowel, C for H,
     * f for v) and a full unit for a different consonant. 0 means the same key.
     */
    public static double distance(String a, String b) {
        return distance(a, b, Double.MAX_VALUE);
    }

    /** {@link #distance(String, String)}, or some value above {@code limit} as soon as it is sure to exceed it. */
    public static double distance(String a, String b, double limit) {
        int n = a.length(), m = b.length();
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        if (Math.abs(n - m) * 0.5 > limit) {
            return limit + 1;
        }
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double sub = prev[j - 1] + substitution(ca, cb);
                double del = prev[j] + indel(ca);
                double ins = cur[j - 1] + indel(cb);
                cur[j] = Math.min(sub, Math.min(del, ins));
            }
            double rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static double indel(char c) {
        return isVowel(c) ? 0.5 : c == 'H' ? 0.6 : 1.0;
    }

    private static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        boolean va = isVowel(a), vb = isVowel(b);
        if (va && vb) {
            return 0.35;
        }
        if (similar(a, b)) {
            return 0.3; // includes J and i: j as a glide or as dzh
        }
        return 1;
    }

    private static final boolean[][] SIMILAR = new boolean[128][128];

    static {
        for (String pair : new String[] {
            "CH", "CS", "CT", "fv", "bp", "sz", "Ss", "SZ", "Tz", "Ts", "Zz", "Jg", "Ji", "dt", "gk", "Hg", "Hk", "Hh",
            "kq"
        }) {
            SIMILAR[pair.charAt(0)][pair.charAt(1)] = true;
            SIMILAR[pair.charAt(1)][pair.charAt(0)] = true;
        }
    }

    /** Whether two consonant symbols of the phonetic key are ones transliteration confuses (C and H, f and v...). */
    public static boolean similarLetters(char a, char b) {
        return similar(a, b);
    }

    private static boolean similar(char a, char b) {
        return a < 128 && b < 128 && SIMILAR[a][b];
    }
}
