package org.vigil.analysis.threat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.TrainingData.Example;

/**
 * Trains the two heads of the {@link ThreatModel} by logistic regression with per-feature AdaGrad steps, in a
 * shuffled order fixed by the seed, so that the same data and seed give the same file byte for byte.
 *
 * <p>Threat head: English rows with threat labels (ThreatGram, HateCheck), each seen twice, once with all its
 * features and once with its concept features only, so that the concepts alone learn to predict threats; English
 * offensive rows (OLID, Davidson) as non-threats with all features; Russian, Turkish and Arabic offensive rows that
 * contain at least one concept word as non-threats with concept features only, which is the view the model has of
 * those languages at run time. Rows where a threat pattern fires are unlabelled for threat and left out of the
 * non-threats. A tenth of the English threat rows is a development fold on which the decision threshold is chosen
 * (best F1 of "a pattern fired or the model reached the threshold"), never trained on. Abuse head: every
 * offensive-or-not row of all four languages, all features.
 */
public final class ThreatTrainer {

    static final int THREAT_EPOCHS = 12;
    static final int ABUSE_EPOCHS = 4;
    static final double LEARNING_RATE = 0.1;

    private record Sample(Features.Vector x, int y) {
    }

    private ThreatTrainer() {
    }

    /** Trains on the data under {@code dataDir} and writes the model to {@code out}. */
    public static void train(Path dataDir, long seed, Path out, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        progress.println("reading training data from " + dataDir);
        List<Example> all = TrainingData.load(dataDir, seed, progress);
        Set<String> handLabelled = new HashSet<>();
        for (String lang : List.of("ru", "tr", "ar")) {
            for (Example e : TrainingData.handLabelled(lang)) {
                handLabelled.add(TrainingData.key(e.text()));
            }
            for (Example e : TrainingData.handLabelledBlind(lang)) {
                handLabelled.add(TrainingData.key(e.text()));
            }
            for (Example e : TrainingData.handLabelledBlind2(lang)) {
                handLabelled.add(TrainingData.key(e.text()));
            }
            for (Example e : TrainingData.handLabelledBlind3(lang)) {
                handLabelled.add(TrainingData.key(e.text()));
            }
        }

        List<Sample> threatTrain = new ArrayList<>();
        List<Example> dev = new ArrayList<>();
        int skippedUnlabelled = 0;
        int skippedHandLabelled = 0;
        for (Example e : all) {
            if (e.validation()) {
                continue;
            }
            if (handLabelled.contains(TrainingData.key(e.text()))) {
                skippedHandLabelled++;
                continue;
            }
            if (e.threat() != TrainingData.UNKNOWN) {
                if (TrainingData.bucket(seed, "dev:" + e.text(), 10) == 0) {
                    dev.add(e);
                    continue;
                }
                threatTrain.add(new Sample(Features.extract(e.text(), true), e.threat()));
                threatTrain.add(new Sample(Features.extract(e.text(), false), e.threat()));
                continue;
            }
            if (patternSaysThreat(e.text())) {
                skippedUnlabelled++;
                continue;
            }
            if (e.language().equals("en")) {
                threatTrain.add(new Sample(Features.extract(e.text(), true), 0));
            } else {
                Features.Vector concepts = Features.extract(e.text(), false);
                if (concepts.index().length > 1) {
                    threatTrain.add(new Sample(concepts, 0));
                }
            }
        }
        progress.printf("threat head: %d training vectors, %d development rows; left out %d rows where a pattern"
                + " fires and %d hand-labelled validation rows%n", threatTrain.size(), dev.size(), skippedUnlabelled,
                skippedHandLabelled);
        float[] threat = fit(threatTrain, THREAT_EPOCHS, new Random(seed), "threat", progress);

        double threshold = chooseThreshold(threat, dev, progress);

        List<Sample> abuseTrain = new ArrayList<>();
        for (Example e : all) {
            if (!e.validation() && e.abuse() != TrainingData.UNKNOWN
                    && !handLabelled.contains(TrainingData.key(e.text()))) {
                abuseTrain.add(new Sample(Features.extract(e.text(), true), e.abuse()));
            }
        }
        progress.printf("abuse head: %d training rows%n", abuseTrain.size());
        float[] abuse = fit(abuseTrain, ABUSE_EPOCHS, new Random(seed + 1), "abuse", progress);

        ThreatModel model = new ThreatModel(threat, abuse, threshold, seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        progress.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static boolean patternSaysThreat(String text) {
        for (ThreatAssessment.Finding f : ThreatLexicon.scan(text)) {
            if (f.category() == ThreatCategory.DIRECT_THREAT || f.category() == ThreatCategory.INCITEMENT) {
                return true;
            }
        }
        return false;
    }

    private static float[] fit(List<Sample> samples, int epochs, Random random, String name, PrintStream progress) {
        float[] w = new float[Features.DIM];
        float[] g2 = new float[Features.DIM];
        java.util.Arrays.fill(g2, 1e-6f);
        List<Sample> order = new ArrayList<>(samples);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            double loss = 0;
            for (Sample s : order) {
                double p = ThreatModel.probability(w, s.x());
                double pc = Math.min(1 - 1e-9, Math.max(1e-9, p));
                loss -= s.y() == 1 ? Math.log(pc) : Math.log(1 - pc);
                double g = p - s.y();
                int[] idx = s.x().index();
                float[] val = s.x().value();
                for (int i = 0; i < idx.length; i++) {
                    double gi = g * val[i];
                    g2[idx[i]] += (float) (gi * gi);
                    w[idx[i]] -= (float) (LEARNING_RATE * gi / Math.sqrt(g2[idx[i]]));
                }
            }
            progress.printf("  %s epoch %d/%d: log loss %.4f%n", name, epoch, epochs, loss / order.size());
        }
        return w;
    }

    /**
     * The probability threshold with the best F1 on the development fold (English, all features) for the decision
     * the classifier makes: a threat pattern fired, or the model's probability reached the threshold.
     */
    private static double chooseThreshold(float[] w, List<Example> dev, PrintStream progress) {
        double[] p = new double[dev.size()];
        boolean[] pattern = new boolean[dev.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = ThreatModel.probability(w, Features.extract(dev.get(i).text(), true));
            pattern[i] = patternSaysThreat(dev.get(i).text());
        }
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 10; step <= 90; step++) {
            double t = step / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < p.length; i++) {
                // The decision at run time: a pattern, or the model at the threshold.
                boolean predicted = pattern[i] || p[i] >= t;
                boolean actual = dev.get(i).threat() == 1;
                tp += predicted && actual ? 1 : 0;
                fp += predicted && !actual ? 1 : 0;
                fn += !predicted && actual ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        progress.printf("threshold %.2f (development F1 %.3f on %d rows)%n", best, bestF1, dev.size());
        return best;
    }
}
