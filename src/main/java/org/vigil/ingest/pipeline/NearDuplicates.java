package org.vigil.ingest.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.ingest.bulk.IncomingItem;

/**
 * Syndicated copies: the same story from several outlets, a wire text with another headline, a footer or a few
 * words changed. Texts of at least {@link #MIN_WORDS} words are reduced to 3-word shingles (after the same
 * normalisation as the content hash, keeping letters and digits only) and a 64-value MinHash signature; 16 bands
 * of 4 values each index the item (locality-sensitive hashing). Two texts sharing a band are candidates, and a
 * candidate whose signatures agree in at least {@link #THRESHOLD} of the positions (the estimated Jaccard
 * similarity of their shingle sets) is a near-duplicate. With these numbers a pair at similarity 0.7 becomes a
 * candidate with probability 1 - (1 - 0.7^4)^16 ≈ 0.99; a pair at 0.3 with probability 0.12, and is then
 * refused by the signature comparison.
 *
 * <p>Shorter texts (posts, replies) are never near-duplicates: the same three words from two accounts are two
 * people threatening, which is a signal each time.
 */
final class NearDuplicates {

    static final int MIN_WORDS = 25;
    static final double THRESHOLD = 0.7;
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = x;
        }
    }

    private NearDuplicates() {}

    /** The signature, or null for a text too short to compare. */
    static int[] signature(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return null;
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xCBF29CE484222325L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = mix(h ^ words.get(j).hashCode()) * 31 + j - i;
            }
            shingles.add(mix(h));
        }
        int[] sig = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            long min = Long.MAX_VALUE;
            for (long s : shingles) {
                long v = mix(s ^ SEEDS[k]);
                if (Long.compareUnsigned(v, min) < 0) {
                    min = v;
                }
            }
            sig[k] = (int) (min >>> 32);
        }
        return sig;
    }

    static List<String> bands(int[] sig) {
        List<String> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            bands.add(b + ":" + Long.toHexString(h));
        }
        return bands;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    static String encode(int[] sig) {
        if (sig == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(HASHES * 8);
        for (int v : sig) {
            String hex = Integer.toHexString(v);
            out.append("0".repeat(8 - hex.length())).append(hex);
        }
        return out.toString();
    }

    static int[] decode(String encoded) {
        if (encoded == null || encoded.length() != HASHES * 8) {
            return null;
        }
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = Integer.parseUnsignedInt(encoded, i * 8, i * 8 + 8, 16);
        }
        return sig;
    }

    private static List<String> words(String text) {
        String n = IncomingItem.normalise(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
