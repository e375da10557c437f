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
 * non-threats. The development fold (whole ThreatGram channels and HateCheck template families, disjoint from
 * training and from validation, see {@link TrainingData}) is never trained on by the threat head: the decision
 * threshold is chosen on it with the whole classifier, and so were the {@link Settings}. Abuse head: every
 * offensive-or-not row of all four languages, all features.
 */
public final class ThreatTrainer {

    /**
     * What can be varied in training, each choice made on the development fold (see the model card for what each
     * gave). {@code positiveWeight} scales the loss of threat rows; {@code offensiveWeight} that of the English
     * offensive-language rows used as non-threats; {@code l2} shrinks the weights of the features an example
     * touches; {@code average} keeps the average of the weights over all steps instead of the last ones.
     */
    record Settings(
            int threatEpochs,
            double learningRate,
            double l2,
            boolean average,
            double positiveWeight,
            double offensiveWeight) {
        static final Settings CHOSEN = new Settings(12, 0.1, 0, false, 1, 1);
    }

    static final int ABUSE_EPOCHS = 4;
    static final double LEARNING_RATE = 0.1;

    record Sample(Features.Vector x, int y, float weight) {}

    /** The rows as the trainer uses them: threat-head vectors, the development fold, abuse-head vectors. */
    record Prepared(
            List<Sample> threatTrain,
            List<Sample> offensiveNonThreats,
            List<Example> development,
            List<Sample> abuseTrain,
            List<Example> offensiveDevelopment) {}

    /** A threshold and what it gives on the development fold. */
    record Choice(double threshold, ThreatEvaluation.Score score) {}

    private ThreatTrainer() {}

    /** Trains on the data under {@code dataDir} and writes the model to {@code out}. */
    public static void train(Path dataDir, long seed, Path out, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        Prepared data = prepare(dataDir, seed, progress);
        Settings settings = Settings.CHOSEN;
        float[] threat = fitThreat(data, settings, seed, progress);
        progress.printf("abuse head: %d training rows%n", data.abuseTrain().size());
        float[] abuse =
                fit(data.abuseTrain(), ABUSE_EPOCHS, LEARNING_RATE, 0, false, new Random(seed + 1), "abuse", progress);
        Choice choice = chooseThreshold(threat, abuse, seed, data.development());
        ThreatEvaluation.Score s = choice.score();
        progress.printf(
                "threshold %.2f (development F1 %.3f, precision %.3f, recall %.3f on %d rows)%n",
                choice.threshold(),
                s.f1(),
                s.precision(),
                s.recall(),
                data.development().size());
        Choice concept = chooseConceptThreshold(threat, data.development(), data.offensiveDevelopment());
        ThreatEvaluation.Score c = concept.score();
        progress.printf(
                "concept-view threshold %.2f (development F1 %.3f, precision %.3f, recall %.3f, read as a"
                        + " language without n-grams)%n",
                concept.threshold(), c.f1(), c.precision(), c.recall());

        ThreatModel model = new ThreatModel(threat, abuse, choice.threshold(), concept.threshold(), seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        progress.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    static Prepared prepare(Path dataDir, long seed, PrintStream progress) {
        return prepare(TrainingData.load(dataDir, seed, progress), dataDir, progress, null);
    }

    /** As above from rows already read, leaving out every row of the language {@code leftOut} (null: none). */
    static Prepared prepare(List<Example> rows, Path dataDir, PrintStream progress, String leftOut) {
        progress.println("reading training data from " + dataDir);
        List<Example> all = leftOut == null
                ? rows
                : rows.stream().filter(e -> !e.language().equals(leftOut)).toList();
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
        // The evaluation sets of issue 11, both halves, in every language that has one.
        for (String lang : ThreatEvaluation.evalLanguages()) {
            for (String half : TrainingData.EVAL_HALVES) {
                for (TrainingData.EvalRow r : TrainingData.evalSet(lang, half)) {
                    handLabelled.add(TrainingData.key(r.example().text()));
                }
            }
        }

        List<Sample> threatTrain = new ArrayList<>();
        List<Sample> offensive = new ArrayList<>();
        List<Example> dev = new ArrayList<>();
        List<Sample> abuseTrain = new ArrayList<>();
        List<Example> offensiveDev = new ArrayList<>();
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
            if (e.abuse() != TrainingData.UNKNOWN) {
                abuseTrain.add(new Sample(Features.extract(e.text(), true, e.language()), e.abuse(), 1f));
            }
            if (e.threat() != TrainingData.UNKNOWN) {
                if (e.development()) {
                    dev.add(e);
                    continue;
                }
                threatTrain.add(new Sample(Features.extract(e.text(), true, e.language()), e.threat(), 1f));
                threatTrain.add(new Sample(Features.extract(e.text(), false, e.language()), e.threat(), 1f));
                continue;
            }
            if (patternSaysThreat(e.text())) {
                skippedUnlabelled++;
                continue;
            }
            if (e.development()) {
                offensiveDev.add(e);
                continue;
            }
            if (e.language().equals("en")) {
                offensive.add(new Sample(Features.extract(e.text(), true, e.language()), 0, 1f));
            } else {
                Features.Vector concepts = Features.extract(e.text(), false, e.language());
                if (concepts.index().length > 1) {
                    threatTrain.add(new Sample(concepts, 0, 1f));
                }
            }
        }
        progress.printf(
                "threat head: %d training vectors, %d development rows; left out %d rows where a pattern"
                        + " fires and %d hand-labelled validation rows%n",
                threatTrain.size() + offensive.size(), dev.size(), skippedUnlabelled, skippedHandLabelled);
        return new Prepared(threatTrain, offensive, dev, abuseTrain, offensiveDev);
    }

    /** The threat head with the given settings; the order of examples is fixed by the seed. */
    static float[] fitThreat(Prepared data, Settings settings, long seed, PrintStream progress) {
        List<Sample> samples = new ArrayList<>(
                data.threatTrain().size() + data.offensiveNonThreats().size());
        for (Sample s : data.threatTrain()) {
            samples.add(s.y() == 1 ? new Sample(s.x(), 1, (float) settings.positiveWeight()) : s);
        }
        for (Sample s : data.offensiveNonThreats()) {
            samples.add(new Sample(s.x(), 0, (float) settings.offensiveWeight()));
        }
        return fit(
                samples,
                settings.threatEpochs(),
                settings.learningRate(),
                settings.l2(),
                settings.average(),
                new Random(seed),
                "threat",
                progress);
    }

    private static boolean patternSaysThreat(String text) {
        for (ThreatAssessment.Finding f : ThreatLexicon.shared().scan(text)) {
            if (f.category() == ThreatCategory.DIRECT_THREAT || f.category() == ThreatCategory.INCITEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logistic regression by AdaGrad. With {@code average}, the weights returned are the mean of the weights after
     * every step (kept lazily: each change d at step c adds c·d to a second array, and the mean is w − u/c).
     */
    static float[] fit(
            List<Sample> samples,
            int epochs,
            double learningRate,
            double l2,
            boolean average,
            Random random,
            String name,
            PrintStream progress) {
        float[] w = new float[Features.DIM];
        float[] g2 = new float[Features.DIM];
        double[] u = average ? new double[Features.DIM] : null;
        java.util.Arrays.fill(g2, 1e-6f);
        List<Sample> order = new ArrayList<>(samples);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            double loss = 0;
            double weightSum = 0;
            for (Sample s : order) {
                double p = ThreatModel.probability(w, s.x());
                double pc = Math.min(1 - 1e-9, Math.max(1e-9, p));
                loss -= s.weight() * (s.y() == 1 ? Math.log(pc) : Math.log(1 - pc));
                weightSum += s.weight();
                double g = (p - s.y()) * s.weight();
                int[] idx = s.x().index();
                float[] val = s.x().value();
                for (int i = 0; i < idx.length; i++) {
                    int j = idx[i];
                    double gi = g * val[i] + l2 * w[j];
                    g2[j] += (float) (gi * gi);
                    float delta = (float) (-learningRate * gi / Math.sqrt(g2[j]));
                    w[j] += delta;
                    if (u != null) {
                        u[j] += step * (double) delta;
                    }
                }
                step++;
            }
            progress.printf("  %s epoch %d/%d: log loss %.4f%n", name, epoch, epochs, loss / weightSum);
        }
        if (u != null) {
            for (int j = 0; j < w.length; j++) {
                w[j] = (float) (w[j] - u[j] / step);
            }
        }
        return w;
    }

    /**
     * The probability threshold with the best F1 on the development fold, for the decision the classifier makes at
     * run time: each development row is read as a post by the whole classifier (patterns, idioms, model) with the
     * candidate threshold, and counts as a threat when it finds a DIRECT_THREAT or INCITEMENT, as in
     * {@link ThreatEvaluation}. On a tie the lower threshold wins.
     */
    static Choice chooseThreshold(float[] threat, float[] abuse, long seed, List<Example> dev) {
        Choice best = null;
        for (int step = 10; step <= 90; step++) {
            double t = step / 100.0;
            ThreatClassifier classifier = new ThreatClassifier(new ThreatModel(threat, abuse, t, 1, seed));
            ThreatEvaluation.Score score = ThreatEvaluation.score(classifier, dev);
            if (best == null || score.f1() > best.score().f1()) {
                best = new Choice(t, score);
            }
        }
        return best;
    }

    /**
     * The threshold of the concept view: the development rows read as the model reads a language without threat
     * labels (concepts and their pairs only, a word of harm required); the best F1 on the English threat rows among
     * thresholds whose precision there is at least {@value #CONCEPT_MIN_PRECISION} and whose false alarms on the
     * offensive-language development rows of every language (insults, slurs, violent words that threaten no one:
     * the hard case of real traffic) stay at most {@value #CONCEPT_MAX_FALSE_ALARMS}. On a tie the higher
     * threshold wins.
     */
    static Choice chooseConceptThreshold(float[] threat, List<Example> dev, List<Example> offensiveDev) {
        double[] p = conceptView(threat, dev);
        double[] q = conceptView(threat, offensiveDev);
        Choice best = null;
        for (int step = 95; step >= 10; step--) {
            double t = step / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i = 0; i < dev.size(); i++) {
                boolean predicted = p[i] >= t;
                boolean actual = dev.get(i).threat() == 1;
                tp += predicted && actual ? 1 : 0;
                fp += predicted && !actual ? 1 : 0;
                fn += !predicted && actual ? 1 : 0;
                tn += !predicted && !actual ? 1 : 0;
            }
            int alarms = 0;
            for (double v : q) {
                alarms += v >= t ? 1 : 0;
            }
            ThreatEvaluation.Score score = new ThreatEvaluation.Score(tp, fp, fn, tn);
            if (score.precision() >= CONCEPT_MIN_PRECISION
                    && alarms <= CONCEPT_MAX_FALSE_ALARMS * Math.max(1, q.length)
                    && (best == null || score.f1() > best.score().f1())) {
                best = new Choice(t, score);
            }
        }
        return best != null ? best : new Choice(0.95, new ThreatEvaluation.Score(0, 0, 0, 0));
    }

    /** Concept-view probabilities of rows, 0 where no word of harm is there (the view then finds nothing). */
    private static double[] conceptView(float[] threat, List<Example> rows) {
        double[] p = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Example e = rows.get(i);
            p[i] = Features.mentionsHarm(e.text(), e.language())
                    ? ThreatModel.probability(threat, Features.extract(e.text(), false, e.language()))
                    : 0;
        }
        return p;
    }

    /** The most false alarms the concept view may raise on offensive-language development rows. */
    static final double CONCEPT_MAX_FALSE_ALARMS = 0.02;

    /** The least precision the concept view must reach on the development fold. */
    static final double CONCEPT_MIN_PRECISION = 0.85;
}
