package org.vigil.analysis.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.vigil.analysis.text.PhoneticKey;

/**
 * The consonant edits by which Russian and Arabic spell a foreign name by sound rather than by letter, learned from
 * the training pairs of names_wikidata, google_ar2en and anetac (see {@link SpellingEditsTrainer} and
 * docs/eval-names.md, "Model card: spelling edits"): a silent letter not written (Kahle, Russian Kale: h;
 * Débat, Deba: final t), a letter added (Fujisono, Fudzisono: d; Asquini, Askvini: v), a letter read another way
 * (Kurakichi, Kurakiti: ch as t). A name whose consonant skeleton differs from a word's by exactly one such edit
 * is a candidate;
 * the edit's likelihood ratio (how much more often it joins two spellings of one name than two different names)
 * decides whether, and how well, the word spells the name. Edits are keyed on the phonetic-key symbols, not on the
 * merged skeleton letters, so that ch read as t is an edit and g read as t (a different name) is not.
 */
public final class SpellingEdits {

    /** Scripts of the non-Latin side of an edit. */
    public static final char CYRILLIC = 'c', ARABIC = 'a';

    /** Edits below this likelihood ratio are not spellings of one name. */
    static final double MIN_RATIO = 300;

    /** Quality lost per unit of phonetic-key distance beyond the edit itself (vowels written differently). */
    static final double SLOPE = 0.15;

    private static final String RESOURCE = "/org/vigil/analysis/names/spelling-edits.tsv";

    private static final Map<String, Double> RATIOS = load();

    /** The skeleton letter of each phonetic-key symbol (0 for a vowel), as {@link PhoneticKey#skeleton} maps it. */
    private static final char[] SKELETON_LETTER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            String sk = PhoneticKey.skeleton(String.valueOf(c));
            SKELETON_LETTER[c] = sk.isEmpty() ? 0 : sk.charAt(0);
        }
    }

    private SpellingEdits() {}

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = SpellingEdits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the spelling-edit model " + RESOURCE + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], Double.parseDouble(f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * The one consonant edit that turns the Latin spelling's key into the other script's, as a model key
     * ({@code script:position:latin>other}, position I initial, M medial, F final, an empty side for an insertion or
     * deletion), or null when the two keys' skeletons are equal or differ by more than one edit.
     */
    public static String edit(String latinKey, String otherKey, char otherScript) {
        StringBuilder ao = new StringBuilder(), as = new StringBuilder();
        StringBuilder bo = new StringBuilder(), bs = new StringBuilder();
        runs(latinKey, ao, as);
        runs(otherKey, bo, bs);
        int n = as.length(), m = bs.length();
        if (Math.abs(n - m) > 1 || Math.max(n, m) < NameIndex.MIN_EDIT_SKELETON) {
            return null;
        }
        int p = 0;
        while (p < n && p < m && as.charAt(p) == bs.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < n - p && s < m - p && as.charAt(n - 1 - s) == bs.charAt(m - 1 - s)) {
            s++;
        }
        int la = n - p - s, lb = m - p - s;
        if (la > 1 || lb > 1 || la + lb == 0) {
            return null;
        }
        char pos = p == 0 ? 'I' : s == 0 ? 'F' : 'M';
        return otherScript + ":" + pos + ":" + (la == 1 ? String.valueOf(ao.charAt(p)) : "") + ">"
                + (lb == 1 ? String.valueOf(bo.charAt(p)) : "");
    }

    /** Consonant runs of a phonetic key: each run's skeleton letter and the key symbol it was written with. */
    private static void runs(String key, StringBuilder original, StringBuilder skeleton) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char k = c < 128 ? SKELETON_LETTER[c] : c;
            if (k == 0) {
                continue;
            }
            if (skeleton.length() > 0 && skeleton.charAt(skeleton.length() - 1) == k) {
                continue;
            }
            skeleton.append(k);
            original.append(c);
        }
    }

    /** The learned likelihood ratio of an edit key, or 0 for an edit never seen joining two spellings of a name. */
    public static double ratio(String editKey) {
        return editKey == null ? 0 : RATIOS.getOrDefault(editKey, 0.0);
    }

    /**
     * How well a word spells a name whose skeleton is one edit away: 0 when the edit is not a learned spelling edit,
     * else 0.76 or 0.8 by the edit's likelihood ratio, less when the vowels differ too. Such a reading is reported
     * only with support (a title, a given name, another mention), as every near spelling is.
     */
    static double quality(String latinKey, String otherKey, char otherScript) {
        double r = ratio(edit(latinKey, otherKey, otherScript));
        if (r < MIN_RATIO) {
            return 0;
        }
        double q = r >= 1000 ? 0.8 : 0.76;
        // the edit itself costs about 1 on the phonetic keys; what the vowels add tells rival readings apart
        double d = PhoneticKey.distance(latinKey, otherKey, 4);
        return d > 3 ? 0 : q - SLOPE * Math.max(0, d - 1.0);
    }
}
