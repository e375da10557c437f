package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.BehaviourCues.Behaviour;

/**
 * The per-behaviour quality of the text cues of the warning behaviours that words show (identification, leakage,
 * approach, last resort), measured on real posts annotated by reading ({@code behaviour-posts.tsv} and its README in
 * this package; docs/persons-of-interest.md, "Quality, measured"). A post is split into dev or test by a hash of its
 * behaviour, dataset and row, fixed before the cues were run on it; the test half is frozen by its SHA-256. The
 * figures are printed; the test fails when a behaviour's precision or recall on the test half falls under its floor
 * (a little below the figure measured once, at the end of the tuning on dev). No data outside the test resources is
 * needed.
 */
class BehaviourPostsTest {

    /** The SHA-256 of the test half's rows, as written in docs/persons-of-interest.md. */
    static final String TEST_HALF = "9bd9e0a3f9c42d3ffed71c97a77914027942b1d5f918bf088d5355a3bbbbe8c1";

    record Post(Behaviour behaviour, boolean positive, String dataset, String row, String language, String text) {
        boolean test() {
            return Character.digit(
                                    sha256("behaviour-posts:" + behaviour + ":" + dataset + ":" + row)
                                            .charAt(0),
                                    16)
                            % 2
                    == 1;
        }
    }

    record Figures(int tp, int fp, int fn, int positives, int negatives) {
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return positives == 0 ? 0 : tp / (double) positives;
        }
    }

    /**
     * The floors of precision and recall on the test half, per behaviour: a little below the figures of the one run
     * of the test half (identification 0.72 and 0.43, leakage 0.74 and 0.59, approach 0.70 and 0.41, last resort 0.69
     * and 0.44).
     */
    static final Map<Behaviour, double[]> FLOORS = new EnumMap<>(Map.of(
            Behaviour.IDENTIFICATION, new double[] {0.65, 0.40},
            Behaviour.LEAKAGE, new double[] {0.70, 0.55},
            Behaviour.APPROACH, new double[] {0.65, 0.35},
            Behaviour.LAST_RESORT, new double[] {0.65, 0.40}));

    @Test
    void theCuesOfEachBehaviourReachTheirFloorsOnTheFrozenTestHalf() throws IOException {
        List<Post> posts = posts();
        StringBuilder testRows = new StringBuilder();
        for (String line : lines()) {
            Post p = parse(line);
            if (p.test()) {
                testRows.append(line).append('\n');
            }
        }
        assertThat(sha256(testRows.toString()))
                .as("the frozen test half changed")
                .isEqualTo(TEST_HALF);
        for (Behaviour b : Behaviour.values()) {
            assertThat(posts.stream().filter(p -> p.behaviour() == b && p.positive()))
                    .as("positives of " + b)
                    .hasSizeGreaterThanOrEqualTo(30);
            assertThat(posts.stream().filter(p -> p.behaviour() == b && !p.positive()))
                    .as("negatives of " + b)
                    .hasSizeGreaterThanOrEqualTo(80);
        }
        BehaviourCues cues = BehaviourCues.shared();
        Map<Behaviour, Figures> dev = figures(posts, false, cues);
        Map<Behaviour, Figures> test = figures(posts, true, cues);
        report("dev", dev);
        if (Boolean.getBoolean("vigil.eval.errors")) {
            // the dev half's misses and false alarms, for tuning the cue files (never the test half's)
            for (Post p : posts) {
                boolean fires =
                        cues.cues(p.text(), p.language()).stream().anyMatch(c -> c.behaviour() == p.behaviour());
                if (!p.test() && fires != p.positive()) {
                    System.out.println((fires ? "false alarm " : "miss ") + p.behaviour() + " " + p.text());
                }
            }
        }
        if (Boolean.getBoolean("vigil.eval.test")) {
            report("test", test);
        }
        for (Behaviour b : Behaviour.values()) {
            assertThat(test.get(b).precision()).as("test precision of " + b).isGreaterThanOrEqualTo(FLOORS.get(b)[0]);
            assertThat(test.get(b).recall()).as("test recall of " + b).isGreaterThanOrEqualTo(FLOORS.get(b)[1]);
        }
    }

    @Test
    void aNegativeNeighbourOfEachBehaviourIsNotReadAsIt() {
        BehaviourCues cues = BehaviourCues.shared();
        // close negatives the set's rules name: news of an attack, a schedule without intent, a wish that others act
        assertThat(cues.cues("Active shooter reported downtown, police respond", "en"))
                .noneMatch(c -> c.behaviour() == Behaviour.IDENTIFICATION);
        assertThat(cues.cues("What time does the museum open on Sunday?", "en"))
                .noneMatch(c -> c.behaviour() == Behaviour.APPROACH);
        assertThat(cues.cues("Military is the only way to fix the courts", "en"))
                .noneMatch(c -> c.behaviour() == Behaviour.LAST_RESORT);
    }

    static Map<Behaviour, Figures> figures(List<Post> posts, boolean test, BehaviourCues cues) {
        Map<Behaviour, int[]> counts = new EnumMap<>(Behaviour.class);
        for (Post p : posts) {
            if (p.test() != test) {
                continue;
            }
            boolean fires = cues.cues(p.text(), p.language()).stream().anyMatch(c -> c.behaviour() == p.behaviour());
            int[] c = counts.computeIfAbsent(p.behaviour(), k -> new int[5]);
            if (fires && p.positive()) {
                c[0]++;
            } else if (fires) {
                c[1]++;
            } else if (p.positive()) {
                c[2]++;
            }
            c[p.positive() ? 3 : 4]++;
        }
        Map<Behaviour, Figures> out = new EnumMap<>(Behaviour.class);
        counts.forEach((b, c) -> out.put(b, new Figures(c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    static void report(String half, Map<Behaviour, Figures> figures) {
        figures.forEach((b, f) -> System.out.printf(
                Locale.ROOT,
                "%s %-15s positives %3d negatives %3d  tp %3d fp %3d fn %3d  precision %.2f recall %.2f%n",
                half,
                b,
                f.positives(),
                f.negatives(),
                f.tp(),
                f.fp(),
                f.fn(),
                f.precision(),
                f.recall()));
    }

    static List<Post> posts() throws IOException {
        List<Post> out = new ArrayList<>();
        for (String line : lines()) {
            out.add(parse(line));
        }
        return out;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = BehaviourPostsTest.class.getResourceAsStream("behaviour-posts.tsv")) {
            assertThat(in).as("behaviour-posts.tsv on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertThat(lines.getFirst()).startsWith("behaviour\tlabel\tdataset\trow\tlanguage\ttext");
            return lines.subList(1, lines.size()).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    private static Post parse(String line) {
        String[] f = line.split("\t", 6);
        assertThat(f).as("six columns: " + line).hasSize(6);
        assertThat(f[1]).as("label 0 or 1: " + line).isIn("0", "1");
        assertThat(f[2])
                .as("dataset of ../shared/data: " + line)
                .isIn("threatgram101", "olid_en", "hatecheck_en", "ru_toxic", "offenseval_tr", "osact4_ar");
        return new Post(Behaviour.valueOf(f[0]), f[1].equals("1"), f[2], f[3], f[4], f[5]);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
