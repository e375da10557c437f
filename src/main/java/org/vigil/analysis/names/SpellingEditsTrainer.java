package org.vigil.analysis.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;

/**
 * Learns {@link SpellingEdits} from the TRAINING pairs only: names_wikidata English-Russian and English-Arabic
 * except the validation tenth (English name's hashCode mod 10 == 7), google_ar2en's train file and anetac's train
 * file. For every pair whose skeletons differ by one consonant edit the edit is counted as a spelling; for each pair
 * the Latin name is also compared with {@value #NEGATIVES_PER_PAIR} other pairs' names picked at random (fixed seed),
 * and an edit between those counts as one between different names. The ratio of the two rates (with half a count
 * added to the second) is the edit's likelihood ratio. Deterministic: the same data give the same file.
 */
public final class SpellingEditsTrainer {

    static final int NEGATIVES_PER_PAIR = 40;
    /** Edits seen fewer times than this joining two spellings are not kept (too rare to estimate). */
    static final int MIN_COUNT = 4;

    private static final int VALIDATION_SPLIT = 7;

    private SpellingEditsTrainer() {}

    private record Pair(String latin, String other, char script) {}

    /** Writes the model (tab-separated: edit, count in spellings, count in different names, ratio) to {@code out}. */
    public static void learn(Path data, PrintStream out) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("names_wikidata/wd_russian_16"), StandardCharsets.UTF_8)) {
            wikidata(line, SpellingEdits.CYRILLIC, pairs);
        }
        for (String line : Files.readAllLines(data.resolve("names_wikidata/wd_arabic_16"), StandardCharsets.UTF_8)) {
            wikidata(line, SpellingEdits.ARABIC, pairs);
        }
        for (String line : Files.readAllLines(data.resolve("google_ar2en/ar2en-train.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                add(f[1], f[0], SpellingEdits.ARABIC, pairs);
            }
        }
        List<String> ar = Files.readAllLines(data.resolve("anetac/train.ar"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(data.resolve("anetac/train.en"), StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(ar.size(), en.size()); i++) {
            add(en.get(i), ar.get(i), SpellingEdits.ARABIC, pairs);
        }
        Map<String, int[]> counts = new TreeMap<>();
        int spellings = 0, different = 0;
        for (Pair p : pairs) {
            spellings++;
            String e = SpellingEdits.edit(p.latin, p.other, p.script);
            if (e != null) {
                counts.computeIfAbsent(e, k -> new int[2])[0]++;
            }
        }
        SplittableRandom random = new SplittableRandom(20261124L);
        for (Pair p : pairs) {
            for (int k = 0; k < NEGATIVES_PER_PAIR; k++) {
                Pair q = pairs.get(random.nextInt(pairs.size()));
                if (q == p || q.script != p.script || q.latin.equals(p.latin) || q.other.equals(p.other)) {
                    continue;
                }
                different++;
                String e = SpellingEdits.edit(p.latin, q.other, p.script);
                if (e != null) {
                    counts.computeIfAbsent(e, x -> new int[2])[1]++;
                }
            }
        }
        out.println(
                "# Spelling edits between a Latin name's phonetic key and its Cyrillic (c) or Arabic (a) spelling,");
        out.println("# learned by SpellingEditsTrainer (bin/vigil eval --learn-edits FILE) from the training pairs: "
                + spellings + " spellings, " + different + " pairs of different names.");
        out.println("# edit\tin spellings\tin different names\tlikelihood ratio");
        for (Map.Entry<String, int[]> c : counts.entrySet()) {
            int pos = c.getValue()[0], neg = c.getValue()[1];
            if (pos < MIN_COUNT) {
                continue;
            }
            double ratio = ((double) pos / spellings) / ((neg + 0.5) / different);
            out.printf(Locale.ROOT, "%s\t%d\t%d\t%.1f%n", c.getKey(), pos, neg, ratio);
        }
    }

    private static void wikidata(String line, char script, List<Pair> pairs) {
        String[] f = line.split("\t");
        if (f.length < 2) {
            return;
        }
        String latin = f[0].strip();
        if (Math.floorMod(latin.hashCode(), 10) == VALIDATION_SPLIT) {
            return; // the validation tenth: never seen by training
        }
        add(latin, f[1].replace(" ", ""), script, pairs);
    }

    private static void add(String latin, String other, char script, List<Pair> pairs) {
        String a = singleKey(latin), b = singleKey(other);
        if (a != null && b != null) {
            pairs.add(new Pair(a, b, script));
        }
    }

    /** The phonetic key of a one-word name, or null for a name of several words or none. */
    private static String singleKey(String name) {
        Tokens t = Tokenizer.tokenize(name.strip());
        return t.size() == 1 && !t.pkey(0).isEmpty() ? t.pkey(0) : null;
    }
}
