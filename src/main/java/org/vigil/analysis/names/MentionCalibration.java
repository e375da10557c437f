package org.vigil.analysis.names;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.analysis.lang.ResourceTable;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokens;

/**
 * The calibration of person mention confidence: a monotone map from the matcher's score to the share of mentions
 * at that score that are right, for each script of the name and each kind of evidence the matcher read
 * ({@link Evidence}: a full name, a surname (alone or with a title or an earlier mention), a namesake, a word
 * several registry people share), fitted
 * by isotonic regression (pool-adjacent-violators) on the development half of the names-in-prose set
 * ({@link ProseEvaluation}) and shipped as {@code mention-calibration.tsv} beside this class ({@code bin/vigil eval
 * --fit-calibration FILE} writes it). Each side of the reporting level ({@value #REPORTING}) is fitted apart and kept
 * on its side, so the calibration changes how sure a mention is, never whether it is firm. A fitted block of scores maps to the share right in it; between two blocks the
 * map is linear; outside the fitted scores it keeps the nearest block's value. A script or evidence the file has no
 * map for uses the map of every script for that evidence, then the map of everything ({@value #ALL}). Immutable and
 * thread-safe; {@link #apply} allocates nothing.
 */
public final class MentionCalibration {

    static final String RESOURCE = "mention-calibration.tsv";
    static final String ALL = "all";

    /** What the matcher read to score a mention: the calibration is fitted for each kind apart. */
    public enum Evidence {
        /** The given name (or its initial) with the surname. */
        FULL,
        /**
         * A surname without the given name, alone or with a title, role word or earlier full mention: one map, so that
         * what raises the matcher's score (the support) never lowers the confidence.
         */
        SURNAME,
        /** A surname after another person's given name. */
        NAMESAKE,
        /** A word that reads as several registry people about equally well (whatever else supports it). */
        RIVALS
    }

    /** A script and evidence need this many mentions in the fit to get their own map; else a pooled one is used. */
    static final int MIN_MENTIONS = 40;

    /** Calibrated confidences are kept within these bounds: a weak match keeps a low confidence rather than none. */
    static final double MIN = 0.01;

    static final double MAX = 0.99;

    /**
     * The level from which the contract's consumers take a mention as firm (docs/analysis-engine.md): a score at or
     * above it stays at or above it, a score below stays below ({@value #BELOW} at most). So which mentions are firm
     * is what the matcher decides; the calibration says how sure each is on either side.
     */
    public static final double REPORTING = 0.5;

    static final double BELOW = 0.49;

    /** No calibration: the matcher's score is the confidence (for fitting the map itself). */
    public static final MentionCalibration NONE = new MentionCalibration(Map.of());

    private static final MentionCalibration SHARED = load();

    private static final int SCRIPTS = 5, POOLED = 4;

    /**
     * The maps by {@link #slot}: for each, the blocks' lowest and highest scores and their calibrated values.
     */
    private final double[][][] maps;

    private MentionCalibration(Map<Integer, double[][]> maps) {
        this.maps = new double[SCRIPTS * (Evidence.values().length + 1)][][];
        maps.forEach((slot, m) -> this.maps[slot] = m);
    }

    /** The map shipped with the engine. */
    public static MentionCalibration shared() {
        return SHARED;
    }

    /** Whether this calibration changes scores at all. */
    public boolean isIdentity() {
        for (double[][] m : maps) {
            if (m != null) {
                return false;
            }
        }
        return true;
    }

    private static int scriptSlot(byte script) {
        return switch (script) {
            case Tokens.LATIN -> 0;
            case Tokens.CYRILLIC -> 1;
            case Tokens.ARABIC -> 2;
            case Tokens.GREEK -> 3;
            default -> POOLED;
        };
    }

    /** The slot of a script (0-3, or {@value #POOLED} for every script) and an evidence (null: every evidence). */
    private static int slot(int scriptSlot, Evidence evidence) {
        return (evidence == null ? Evidence.values().length : evidence.ordinal()) * SCRIPTS + scriptSlot;
    }

    /**
     * The calibrated confidence of a mention whose matcher score is {@code score}, its name written in {@code
     * script} and read with this evidence.
     */
    public double apply(byte script, Evidence evidence, double score) {
        boolean above = score >= REPORTING;
        double[][] map = maps[slot(scriptSlot(script), evidence)];
        if (!covers(map, above)) {
            map = maps[slot(POOLED, evidence)];
        }
        if (!covers(map, above)) {
            map = maps[slot(POOLED, null)];
        }
        if (!covers(map, above)) {
            return above ? score : Math.min(BELOW, score);
        }
        double[] lo = map[0], hi = map[1], y = map[2];
        int n = y.length;
        double v;
        if (score <= hi[0]) {
            v = y[0];
        } else if (score >= lo[n - 1]) {
            v = y[n - 1];
        } else {
            // the first block whose highest score reaches the score
            int a = 0, b = n - 1;
            while (a < b) {
                int m = (a + b) >>> 1;
                if (hi[m] < score) {
                    a = m + 1;
                } else {
                    b = m;
                }
            }
            v = score >= lo[a] ? y[a] : y[a - 1] + (y[a] - y[a - 1]) * (score - hi[a - 1]) / (lo[a] - hi[a - 1]);
        }
        // the reporting decision is the matcher's: calibration moves no mention across the reporting level
        return above ? Math.max(REPORTING, Math.min(MAX, v)) : Math.max(MIN, Math.min(BELOW, v));
    }

    /** Whether a map was fitted on this side of the reporting level (it has a block there). */
    private static boolean covers(double[][] map, boolean above) {
        return map != null && (above ? map[0][map[0].length - 1] >= REPORTING : map[1][0] < REPORTING);
    }

    /**
     * Reads a calibration table (columns script, evidence, from, to, calibrated, mentions; the blocks of one map in
     * increasing score, their values not falling).
     */
    static MentionCalibration of(Table table) {
        table.requireColumns("script", "evidence", "from", "to", "calibrated", "mentions");
        Map<Integer, List<double[]>> points = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            String name = row.get("script").strip().toLowerCase(Locale.ROOT);
            int script;
            if (name.equals(ALL)) {
                script = POOLED;
            } else {
                byte b = CommonWords.scriptOf(name);
                if (b == Tokens.OTHER) {
                    throw row.error("the script '" + name + "' is none of latin, cyrillic, arabic, greek or " + ALL);
                }
                script = scriptSlot(b);
            }
            String ev = row.get("evidence").strip().toUpperCase(Locale.ROOT);
            Evidence evidence = ev.equals("ALL") ? null : row.choice("evidence", Evidence.class);
            double from = row.number("from", 0, 1), to = row.number("to", 0, 1);
            double calibrated = row.number("calibrated", 0, 1);
            if (to < from) {
                throw row.error(
                        "the block's scores run from " + from + " to " + to + ": 'to' must not be below 'from'");
            }
            List<double[]> list = points.computeIfAbsent(slot(script, evidence), s -> new ArrayList<>());
            if (!list.isEmpty()) {
                double[] last = list.get(list.size() - 1);
                if (from <= last[1] || calibrated < last[2]) {
                    throw row.error("the blocks of " + name + " " + ev.toLowerCase(Locale.ROOT) + " must follow each "
                            + "other in score and not fall in calibrated value (a calibration map is monotone): "
                            + from + "-" + to + " -> " + calibrated + " after " + last[0] + "-" + last[1] + " -> "
                            + last[2]);
                }
            }
            list.add(new double[] {from, to, calibrated});
        }
        Map<Integer, double[][]> maps = new LinkedHashMap<>();
        points.forEach((slot, list) -> {
            double[][] m = new double[3][list.size()];
            for (int k = 0; k < list.size(); k++) {
                for (int c = 0; c < 3; c++) {
                    m[c][k] = list.get(k)[c];
                }
            }
            maps.put(slot, m);
        });
        return new MentionCalibration(maps);
    }

    private static MentionCalibration load() {
        return of(ResourceTable.of(MentionCalibration.class, RESOURCE));
    }

    /** One fitted block: its lowest and highest score, the share right in it, and its size. */
    record Block(double from, double to, double calibrated, int mentions) {}

    /**
     * Isotonic regression by pool-adjacent-violators: the scores sorted, equal scores one block, adjacent blocks
     * pooled while the earlier one is right at least as often as the later. Deterministic.
     */
    static List<Block> fit(double[] scores, boolean[] right) {
        Integer[] order = new Integer[scores.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // blocks: lowest score, highest score, number right, count
        List<double[]> blocks = new ArrayList<>();
        for (Integer k : order) {
            double s = scores[k];
            double r = right[k] ? 1 : 0;
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[1] == s) {
                last[2] += r;
                last[3]++;
            } else {
                blocks.add(new double[] {s, s, r, 1});
            }
            while (blocks.size() >= 2) {
                double[] b = blocks.get(blocks.size() - 1), a = blocks.get(blocks.size() - 2);
                if (a[2] / a[3] < b[2] / b[3]) {
                    break;
                }
                a[1] = b[1];
                a[2] += b[2];
                a[3] += b[3];
                blocks.remove(blocks.size() - 1);
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (double[] b : blocks) {
            out.add(new Block(b[0], b[1], b[2] / b[3], (int) b[3]));
        }
        return out;
    }

    /** One scored mention for the fit: the script's name, the evidence, the matcher's score, whether it was right. */
    record Scored(String script, Evidence evidence, double score, boolean right) {}

    /**
     * Writes the table for these scored mentions: a map for each script and evidence with at least {@value
     * #MIN_MENTIONS} mentions, for each evidence over every script, and for everything.
     */
    static void write(PrintStream out, List<Scored> mentions, String provenance) {
        out.println(
                "# Calibration of person mention confidence (org.vigil.analysis.names.MentionCalibration): for each");
        out.println("# script of the name and each evidence the matcher read, isotonic regression (pool-adjacent-");
        out.println(
                "# violators) of whether a mention was right on the matcher's score; a row is one pooled block: its");
        out.println("# lowest and highest score, the share of its mentions that were right, and how many there were.");
        out.println("# Generated, do not edit: " + provenance);
        out.println("script\tevidence\tfrom\tto\tcalibrated\tmentions");
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Scored m : mentions) {
            groups.computeIfAbsent(
                            m.script() + "\t" + m.evidence().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(m);
        }
        for (Evidence e : Evidence.values()) {
            for (Scored m : mentions) {
                if (m.evidence() == e) {
                    groups.computeIfAbsent(ALL + "\t" + e.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(m);
                }
            }
        }
        groups.put(ALL + "\t" + ALL, mentions);
        List<String> keys = new ArrayList<>(groups.keySet());
        java.util.Collections.sort(keys);
        for (String key : keys) {
            List<Scored> rows = groups.get(key);
            if (rows.size() < MIN_MENTIONS && !key.equals(ALL + "\t" + ALL)) {
                continue;
            }
            // each side of the reporting level is fitted apart and kept on its side: isotonic regression bounded
            // so that no mention crosses the level (with such bounds the fit is the unbounded one clipped)
            for (boolean above : new boolean[] {false, true}) {
                List<Scored> side = new ArrayList<>();
                for (Scored m : rows) {
                    if (m.score() >= REPORTING == above) {
                        side.add(m);
                    }
                }
                double[] s = new double[side.size()];
                boolean[] r = new boolean[side.size()];
                for (int k = 0; k < s.length; k++) {
                    s[k] = side.get(k).score();
                    r[k] = side.get(k).right();
                }
                for (Block b : fit(s, r)) {
                    double c = above
                            ? Math.max(REPORTING, b.calibrated())
                            : Math.max(MIN, Math.min(BELOW, b.calibrated()));
                    out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%.4f\t%d%n", key, b.from(), b.to(), c, b.mentions());
                }
            }
        }
    }
}
