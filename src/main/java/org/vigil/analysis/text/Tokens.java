package org.vigil.analysis.text;

/**
 * The words of one text, in struct-of-arrays form (cheap to build and to scan, as the matcher runs on every
 * document). Offsets are Java String indices into the original text (UTF-16 units, end exclusive): invisible
 * characters (zero-width, bidi marks, soft hyphen) inside a word stay inside its span but not in its key, and a
 * Cyrillic or Greek look-alike inside a Latin word (or the reverse) is read as the letter it imitates.
 */
public final class Tokens {

    /** Script of a word's letters. */
    public static final byte OTHER = 0, LATIN = 1, CYRILLIC = 2, ARABIC = 3, GREEK = 4, DIGITS = 5;

    /** The word starts with an upper-case letter. */
    public static final int CAPITALISED = 1;
    /** Every letter of the word (two or more) is upper-case. */
    public static final int ALL_CAPS = 2;
    /** A full stop follows the word immediately. */
    public static final int DOT_AFTER = 4;
    /** A sentence or line ends between the previous word and this one. */
    public static final int SENTENCE_BEFORE = 8;
    /** A comma, colon, dash, bracket or quote separates the previous word from this one. */
    public static final int PUNCT_BEFORE = 16;
    /** An {@code @} or {@code #} directly precedes the word. */
    public static final int HANDLE = 32;
    /** An Arabic word written with the article, alone or after wa-, bi-, fa-, ka-, li- (the ar folder's article-prefixes.tsv). */
    public static final int ARABIC_ARTICLE = 64;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] fold;
    String[] pkey;
    String[] ckey;
    byte[] script;
    int[] flags;

    Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        fold = new String[capacity];
        pkey = new String[capacity];
        ckey = new String[capacity];
        script = new byte[capacity];
        flags = new int[capacity];
    }

    void add(int s, int e, String f, byte sc, int fl) {
        if (size == start.length) {
            int n = size * 2 + 8;
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            fold = java.util.Arrays.copyOf(fold, n);
            pkey = java.util.Arrays.copyOf(pkey, n);
            ckey = java.util.Arrays.copyOf(ckey, n);
            script = java.util.Arrays.copyOf(script, n);
            flags = java.util.Arrays.copyOf(flags, n);
        }
        start[size] = s;
        end[size] = e;
        fold[size] = f;
        script[size] = sc;
        flags[size] = fl;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** The word folded to lower-case ASCII (see {@link Romanizer}). */
    public String fold(int i) {
        return fold[i];
    }

    /** The word's phonetic key (see {@link PhoneticKey#of}). */
    /** The phonetic keys of all tokens, space-separated: the key of a multi-word name. */
    public String pkeys() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(pkey(i));
        }
        return b.toString();
    }

    public String pkey(int i) {
        String p = pkey[i];
        if (p == null) {
            boolean article = (flags[i] & ARABIC_ARTICLE) != 0;
            if (script[i] == ARABIC) {
                p = PhoneticKey.of(fold[i], article, true);
            } else {
                // words repeat across texts (Zipf): their keys are computed once and shared, up to a bound
                p = KEYS.get(fold[i]);
                if (p == null) {
                    p = PhoneticKey.of(fold[i], false);
                    if (KEYS.size() < KEY_CACHE_LIMIT) {
                        KEYS.put(fold[i], p);
                    }
                }
            }
            pkey[i] = p;
        }
        return p;
    }

    private static final int KEY_CACHE_LIMIT = 300_000;
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The word's consonant skeleton (see {@link PhoneticKey#skeleton}). */
    public String ckey(int i) {
        String c = ckey[i];
        if (c == null) {
            c = PhoneticKey.skeleton(pkey(i));
            ckey[i] = c;
        }
        return c;
    }

    public byte script(int i) {
        return script[i];
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** The original text of word i. */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Whether a sentence boundary lies between words a and b (a &lt; b). */
    public boolean sentenceBetween(int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if ((flags[k] & SENTENCE_BEFORE) != 0) {
                return true;
            }
        }
        return false;
    }
}
