package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.threat.Concepts.Concept;

/**
 * Turns a text into hashed sparse features for the linear model: words, word pairs, character 3- and 4-grams
 * within words (so that misspellings and inflections share weight), and the cross-lingual {@link Concepts} with
 * their pairs within three words (the view without n-grams, used for languages without threat labels, has the
 * pairs only). N-gram features share a weight of 1/√n so that long and short texts compare;
 * concept features count 1 each. {@code String.hashCode} is specified by the language, so features and hence the
 * trained model are the same on every JVM.
 */
final class Features {

    static final int BITS = 18;
    static final int DIM = 1 << BITS;
    private static final int BIAS = 0;
    private static final int MAX_WORD = 24;
    static final int MAX_CHAR_GRAM = 4;

    /** A sparse vector: indices (may repeat) and values. */
    record Vector(int[] index, float[] value) {}

    private Features() {}

    /**
     * The letter folds of the language folders ({@code letter-folds.tsv}: Russian yo as ye, the Arabic alef forms
     * as one alef, the Turkish dotted capital I as i, ...): a letter to its replacement, "" to drop it.
     */
    private static final Map<Character, String> FOLDS = folds();

    private static Map<Character, String> folds() {
        Map<Character, String> out = new HashMap<>();
        for (Table.Row row : LanguageData.shared().rows("letter-folds")) {
            String from = row.get("from");
            if (from.length() != 1) {
                throw row.error("column 'from' is '" + from + "': one letter");
            }
            if (out.put(from.charAt(0), row.get("to")) != null) {
                throw row.error("the letter '" + from + "' is folded twice");
            }
        }
        return out;
    }

    /**
     * Lower case, with the language folders' letter folds, without Arabic vowel marks (U+064B to U+0652), and
     * typographic apostrophes as {@code '}.
     */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String fold = FOLDS.get(c);
            if (fold != null) {
                sb.append(fold);
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC' -> sb.append('\'');
                default -> {
                    if (c >= 0x064B && c <= 0x0652) {
                        continue;
                    }
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
        return sb.toString();
    }

    /** Words of a normalised text; handles become "@user" and addresses "url". */
    static List<String> words(String normalised) {
        List<String> out = new ArrayList<>();
        int n = normalised.length();
        int i = 0;
        while (i < n) {
            char c = normalised.charAt(i);
            if (c == '@' || normalised.startsWith("http", i) || normalised.startsWith("www.", i)) {
                int start = i;
                while (i < n && !Character.isWhitespace(normalised.charAt(i))) {
                    i++;
                }
                out.add(c == '@' && i - start > 1 ? "@user" : "url");
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n
                        && (Character.isLetterOrDigit(normalised.charAt(i))
                                || normalised.charAt(i) == '\''
                                        && i + 1 < n
                                        && Character.isLetter(normalised.charAt(i + 1)))) {
                    i++;
                }
                out.add(normalised.substring(start, i));
                continue;
            }
            i++;
        }
        return out;
    }

    /** Concepts of harm: a text with none of them threatens no violence, whatever else it says. */
    private static final java.util.Set<Concept> HARM = java.util.EnumSet.of(
            Concept.KILL,
            Concept.DIE,
            Concept.BURN,
            Concept.WEAPON,
            Concept.HANG,
            Concept.BLOOD,
            Concept.HELL,
            Concept.MOURN,
            Concept.FAREWELL,
            Concept.HURT);

    /**
     * Whether a word of the text names a harm (killing, hurting, dying, burning, a weapon, a noose, blood, hell, a
     * grave), with the generated forms of {@code language} (null: the hand-written forms only).
     */
    static boolean mentionsHarm(String text, String language) {
        for (String w : words(normalise(text))) {
            for (Concept c : Concepts.of(w, language)) {
                if (HARM.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Features of a text. With {@code ngrams} false only the bias and the concepts are produced: that is the view
     * of a text in a language the model has no threat labels for.
     */
    static Vector extract(String text, boolean ngrams) {
        return extract(text, ngrams, null);
    }

    /** As {@link #extract(String, boolean)}, with the generated concept forms of the text's language. */
    static Vector extract(String text, boolean ngrams, String language) {
        List<String> words = words(normalise(text));
        IntList idx = new IntList();
        IntList conceptIdx = new IntList();
        List<List<Concept>> concepts = new ArrayList<>(words.size());
        for (String w : words) {
            concepts.add(Concepts.of(w, language));
        }
        if (ngrams) {
            String prev = "<s>";
            for (String w : words) {
                idx.add(hash("w|", w));
                idx.add(hash2("b|", prev, w));
                prev = w;
                if (w.length() <= MAX_WORD) {
                    String padded = " " + w + " ";
                    for (int n = 3; n <= MAX_CHAR_GRAM; n++) {
                        for (int i = 0; i + n <= padded.length(); i++) {
                            idx.add(hashRange("c|", padded, i, i + n));
                        }
                    }
                }
            }
            idx.add(hash2("b|", prev, "</s>"));
        }
        for (int i = 0; i < words.size(); i++) {
            for (Concept c : concepts.get(i)) {
                if (c.isEvent()) {
                    continue; // the event concepts are the article reader's, not features the model was trained on
                }
                conceptIdx.add(hash("k|", c.name()));
                for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                    for (Concept d : concepts.get(j)) {
                        if (d != c && !d.isEvent()) {
                            conceptIdx.add(hash2("kk|", c.name(), d.name()));
                        }
                    }
                }
            }
        }
        int n = idx.size;
        int[] index = new int[1 + n + conceptIdx.size];
        float[] value = new float[index.length];
        index[0] = BIAS;
        value[0] = 1f;
        float scale = n == 0 ? 0f : (float) (1 / Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            index[1 + i] = idx.data[i];
            value[1 + i] = scale;
        }
        for (int i = 0; i < conceptIdx.size; i++) {
            index[1 + n + i] = conceptIdx.data[i];
            value[1 + n + i] = 1f;
        }
        return new Vector(index, value);
    }

    private static int mix(int h) {
        h *= 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        int i = h >>> (32 - BITS);
        return i == BIAS ? 1 : i;
    }

    private static int hash(String ns, String s) {
        return mix(ns.hashCode() * 31 + s.hashCode());
    }

    private static int hash2(String ns, String a, String b) {
        return mix((ns.hashCode() * 31 + a.hashCode()) * 31 + b.hashCode() + 7);
    }

    private static int hashRange(String ns, String s, int from, int to) {
        int h = ns.hashCode();
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    private static final class IntList {
        int[] data = new int[64];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }
    }
}
