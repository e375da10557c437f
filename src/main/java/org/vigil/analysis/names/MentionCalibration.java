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
 * at that score that are right, per script of the name, fitted by isotonic regression (pool-adjacent-violators) on
 * the development half of the names-in-prose set ({@link ProseEvaluation}) and shipped as
 * {@code mention-calibration.tsv} beside this class ({@code bin/vigil eval --fit-calibration FILE} writes it). Between
 * two fitted points the map is linear, so different scores stay in order; below the first point it runs down to
 * (0, 0), above the last up to (1, 1). A script the file has no points for uses the points of every script together
 * ({@value #ALL}). Immutable and thread-safe; {@link #apply} allocates nothing.
 */
public final class MentionCalibration {

    static final String RESOURCE = "mention-calibration.tsv";
    static final String ALL = "all";

    /** A script needs this many mentions in the fit to get its own map; else it uses the pooled one. */
    static final int MIN_MENTIONS = 300;

    /** Calibrated confidences are kept within these bounds: a weak match keeps a low confidence rather than none. */
    static final double MIN = 0.01;

    static final double MAX = 0.99;

    /** No calibration: the matcher's score is the confidence (for fitting the map itself). */
    public static final MentionCalibration NONE = new MentionCalibration(Map.of());

    private static final MentionCalibration SHARED = load();

    /** Per script of {@link Tokens} (and -1 for the pooled map): fitted scores and their calibrated values. */
    private final Map<Byte, double[][]> maps;

    private MentionCalibration(Map<Byte, double[][]> maps) {
        this.maps = maps;
    }

    /** The map shipped with the engine. */
    public static MentionCalibration shared() {
        return SHARED;
    }

    /** Whether this calibration changes scores at all. */
    public boolean isIdentity() {
        return maps.isEmpty();
    }

    /** The calibrated confidence of a mention whose matcher score is {@code score}, its name written in {@code script}. */
    public double apply(byte script, double score) {
        double[][] map = maps.get(script);
        if (map == null) {
            map = maps.get((byte) -1);
            if (map == null) {
                return score;
            }
        }
        double[] x = map[0], y = map[1];
        int n = x.length;
        double v;
        if (score <= x[0]) {
            v = x[0] <= 0 ? y[0] : y[0] * Math.max(0, score) / x[0];
        } else if (score >= x[n - 1]) {
            v = x[n - 1] >= 1 ? y[n - 1] : y[n - 1] + (1 - y[n - 1]) * (Math.min(1, score) - x[n - 1]) / (1 - x[n - 1]);
        } else {
            int k = Arrays.binarySearch(x, score);
            if (k >= 0) {
                v = y[k];
            } else {
                int hi = -k - 1, lo = hi - 1;
                v = y[lo] + (y[hi] - y[lo]) * (score - x[lo]) / (x[hi] - x[lo]);
            }
        }
        return Math.max(MIN, Math.min(MAX, v));
    }

    /** Reads a calibration table (columns script, score, calibrated; rows of one script in increasing score). */
    static MentionCalibration of(Table table) {
        table.requireColumns("script", "score", "calibrated", "mentions");
        Map<Byte, List<double[]>> points = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            String name = row.get("script").strip().toLowerCase(Locale.ROOT);
            byte script = name.equals(ALL) ? -1 : CommonWords.scriptOf(name);
            if (script == Tokens.OTHER) {
                throw row.error("the script '" + name + "' is none of latin, cyrillic, arabic, greek or " + ALL);
            }
            double score = row.number("score", 0, 1), calibrated = row.number("calibrated", 0, 1);
            List<double[]> list = points.computeIfAbsent(script, s -> new ArrayList<>());
            if (!list.isEmpty()) {
                double[] last = list.get(list.size() - 1);
                if (score <= last[0] || calibrated < last[1]) {
                    throw row.error("the rows of script '" + name + "' must rise in score and not fall in calibrated "
                            + "value (a calibration map is monotone): " + score + " -> " + calibrated + " after "
                            + last[0] + " -> " + last[1]);
                }
            }
            list.add(new double[] {score, calibrated});
        }
        Map<Byte, double[][]> maps = new LinkedHashMap<>();
        points.forEach((script, list) -> {
            double[][] m = new double[2][list.size()];
            for (int k = 0; k < list.size(); k++) {
                m[0][k] = list.get(k)[0];
                m[1][k] = list.get(k)[1];
            }
            maps.put(script, m);
        });
        return new MentionCalibration(Map.copyOf(maps));
    }

    private static MentionCalibration load() {
        return of(ResourceTable.of(MentionCalibration.class, RESOURCE));
    }

    /** One fitted point: the mean score of a pooled block, the share right in it, and its size. */
    record Point(double score, double calibrated, int mentions) {}

    /**
     * Isotonic regression by pool-adjacent-violators: the scores sorted, equal scores one block, adjacent blocks
     * pooled while the earlier one is right at least as often as the later; each block becomes one point. Deterministic.
     */
    static List<Point> fit(double[] scores, boolean[] right) {
        Integer[] order = new Integer[scores.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // blocks: sum of scores, sum right, count
        List<double[]> blocks = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            double s = scores[order[k]];
            double r = right[order[k]] ? 1 : 0;
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[3] == s) {
                last[0] += s;
                last[1] += r;
                last[2]++;
            } else {
                blocks.add(new double[] {s, r, 1, s});
            }
            while (blocks.size() >= 2) {
                double[] b = blocks.get(blocks.size() - 1), a = blocks.get(blocks.size() - 2);
                if (a[1] / a[2] < b[1] / b[2]) {
                    break;
                }
                a[0] += b[0];
                a[1] += b[1];
                a[2] += b[2];
                a[3] = b[3];
                blocks.remove(blocks.size() - 1);
            }
        }
        List<Point> out = new ArrayList<>(blocks.size());
        for (double[] b : blocks) {
            out.add(new Point(b[0] / b[2], b[1] / b[2], (int) b[2]));
        }
        return out;
    }

    /**
     * Writes the table for these scored mentions ({@code [script, score, right]} rows): one map per script with at
     * least {@value #MIN_MENTIONS} mentions, and the pooled map.
     */
    static void write(PrintStream out, Map<String, List<double[]>> byScript, String provenance) {
        out.println(
                "# Calibration of person mention confidence (org.vigil.analysis.names.MentionCalibration): for each");
        out.println(
                "# script of the name, isotonic regression (pool-adjacent-violators) of whether a mention was right on");
        out.println(
                "# the matcher's score; a row is one pooled block: its mean score, the share of its mentions that were");
        out.println("# right, and how many there were. Generated, do not edit: " + provenance);
        out.println("script\tscore\tcalibrated\tmentions");
        List<double[]> all = new ArrayList<>();
        byScript.values().forEach(all::addAll);
        Map<String, List<double[]>> maps = new LinkedHashMap<>();
        byScript.forEach((script, rows) -> {
            if (rows.size() >= MIN_MENTIONS) {
                maps.put(script, rows);
            }
        });
        maps.put(ALL, all);
        maps.forEach((script, rows) -> {
            double[] s = new double[rows.size()];
            boolean[] r = new boolean[rows.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = rows.get(k)[0];
                r[k] = rows.get(k)[1] > 0;
            }
            for (Point p : fit(s, r)) {
                out.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%d%n", script, p.score(), p.calibrated(), p.mentions());
            }
        });
    }
}
