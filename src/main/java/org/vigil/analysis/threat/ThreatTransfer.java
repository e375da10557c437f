package org.vigil.analysis.threat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.analysis.threat.TrainingData.Example;

/**
 * How far the concept view carries to a language it has not seen: for each language with hand-labelled threat rows
 * (Russian, Turkish, Arabic), the threat head is trained again with every row of that language left out, and the
 * language's hand-labelled rows are read by the concept view alone, as a language without threat patterns and
 * without labels is read at run time (its generated concept forms, a word of harm required, the concept-view
 * threshold chosen on the English development fold). Printed by {@code bin/vigil eval --transfer}.
 */
public final class ThreatTransfer {

    private ThreatTransfer() {}

    public static void run(Path dataDir, long seed, PrintStream out, PrintStream progress) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<Example> rows = TrainingData.load(dataDir, seed, quiet);
        out.println("Threat detection by the concept view alone (no patterns, no n-grams), leave-one-language-out:"
                + " the language's rows left out of training; hand-labelled rows of all four sets");
        out.println("set           rows threats | precision  recall     F1  false alarms | concept threshold");
        for (String language : List.of("ru", "tr", "ar")) {
            progress.println("transfer: training without " + language);
            ThreatTrainer.Prepared data = ThreatTrainer.prepare(rows, dataDir, quiet, language);
            float[] w = ThreatTrainer.fitThreat(data, ThreatTrainer.Settings.CHOSEN, seed, quiet);
            double threshold = ThreatTrainer.chooseConceptThreshold(w, data.development(), data.offensiveDevelopment())
                    .threshold();
            List<Example> all = new ArrayList<>();
            String[] names = {"", " blind", " blind2", " blind3"};
            List<List<Example>> sets = List.of(
                    TrainingData.handLabelled(language),
                    TrainingData.handLabelledBlind(language),
                    TrainingData.handLabelledBlind2(language),
                    TrainingData.handLabelledBlind3(language));
            for (int k = 0; k < sets.size(); k++) {
                all.addAll(sets.get(k));
                print(out, language + names[k], sets.get(k), w, threshold, language);
            }
            print(out, language + " all", all, w, threshold, language);
        }
    }

    private static void print(
            PrintStream out, String set, List<Example> labelled, float[] w, double threshold, String language) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Example e : labelled) {
            boolean predicted = Features.mentionsHarm(e.text(), language)
                    && ThreatModel.probability(w, Features.extract(e.text(), false, language)) >= threshold;
            boolean actual = e.threat() == 1;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
            tn += !predicted && !actual ? 1 : 0;
            if (DIAGNOSE && set.equals(language) && predicted != actual) {
                System.err.println((actual ? "MISS\t" : "FA\t") + e.text().replace('\n', ' '));
            }
        }
        ThreatEvaluation.Score s = new ThreatEvaluation.Score(tp, fp, fn, tn);
        out.printf(
                Locale.ROOT,
                "%-11s %6d %7d | %9.3f %7.3f %6.3f %12.1f%% | %.2f%n",
                set,
                labelled.size(),
                tp + fn,
                s.precision(),
                s.recall(),
                s.f1(),
                100.0 * fp / Math.max(1, fp + tn),
                threshold);
    }

    /** With -Dvigil.transfer.diagnose=true, the misses and false alarms of the development rows (not the blind). */
    private static final boolean DIAGNOSE = Boolean.getBoolean("vigil.transfer.diagnose");
}
