package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.threat.ThreatEvaluation.Score;
import org.vigil.analysis.threat.TrainingData.EvalRow;
import org.vigil.analysis.threat.TrainingData.Example;

/**
 * The issue-11 threat evaluation sets of Russian, Turkish and Arabic (validation/eval12): the test halves are the
 * frozen files whose SHA-256 docs/model-card.md gives, the halves share no text with each other or with the earlier
 * validation files, and the committed classifier's figures on the test halves stay at or above what was reported
 * (floors a little below the reported figures; ceilings a little above the reported false-alarm rates).
 */
class ThreatEvaluationSetsTest {

    /** SHA-256 of the frozen test halves, as in docs/model-card.md. */
    private static final Map<String, String> TEST_SHA256 = Map.of(
            "ru", "cf29044eb419d9e2ec9cbdd99aa63787f9b4346f0c0915b180491313acd0cb2c",
            "tr", "a50971db5b6756f03801a149e2d06f6d4a379459f538abac14167c1768134933",
            "ar", "8402acbe992c2a1a82f3834c7f20d5d0782a3bff14b97e07cb1a7d274d57db9d");

    @Test
    void theTestHalvesAreTheFrozenFiles() throws IOException, NoSuchAlgorithmException {
        for (Map.Entry<String, String> e : TEST_SHA256.entrySet()) {
            String resource = "/org/vigil/analysis/threat/validation/eval12/" + e.getKey() + "-test.tsv";
            try (InputStream in = ThreatEvaluationSetsTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertThat(HexFormat.of().formatHex(digest)).as(resource).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void theLanguagesWithASetAreFoundFromTheFiles() {
        assertThat(ThreatEvaluation.evalLanguages()).containsExactlyInAnyOrder("ru", "tr", "ar");
    }

    @Test
    void everyRowHasItsProvenanceAndNoTextIsInTwoPlaces() {
        Set<String> earlier = new HashSet<>();
        for (String lang : List.of("ru", "tr", "ar")) {
            for (List<Example> set : List.of(
                    TrainingData.handLabelled(lang),
                    TrainingData.handLabelledBlind(lang),
                    TrainingData.handLabelledBlind2(lang),
                    TrainingData.handLabelledBlind3(lang))) {
                set.forEach(x -> earlier.add(TrainingData.key(x.text())));
            }
        }
        Map<String, Set<String>> datasets =
                Map.of("ru", Set.of("ru_toxic"), "tr", Set.of("offenseval_tr"), "ar", Set.of("osact4", "lhsab"));
        for (String lang : List.of("ru", "tr", "ar")) {
            Set<String> seen = new HashSet<>();
            int threats = 0;
            int rows = 0;
            for (String half : TrainingData.EVAL_HALVES) {
                for (EvalRow r : TrainingData.evalSet(lang, half)) {
                    rows++;
                    threats += r.example().threat();
                    assertThat(datasets.get(lang)).contains(r.example().dataset());
                    assertThat(r.record()).as(r.example().text()).matches("(id:\\d+|[\\w.-]+:\\d+)");
                    assertThat(Set.of("word", "random", "narrow", "construction"))
                            .contains(r.draw());
                    String key = TrainingData.key(r.example().text());
                    assertThat(seen.add(key)).as("twice in %s: %s", lang, key).isTrue();
                    assertThat(earlier)
                            .as("already in an earlier validation file")
                            .doesNotContain(key);
                }
            }
            assertThat(rows).as(lang).isGreaterThan(600);
            assertThat(threats).as(lang).isGreaterThan(20);
        }
    }

    /**
     * The figures reported in docs/model-card.md (test halves, run once on 2026-12-07): Arabic 12 of 37 threats found
     * (recall 0.324) with 7 of 297 non-threats flagged (2.4%); Russian 0 of 10 with 2 of 288 (0.7%); Turkish 0 of 13
     * with 2 of 702 (0.3%). Russian and Turkish recall is zero, so for them only the false alarms have a ceiling.
     */
    @Test
    void theCommittedClassifierKeepsItsFiguresOnTheTestHalves() {
        ThreatClassifier classifier = ThreatClassifier.loadDefault();
        Score ar = score(classifier, "ar");
        Score ru = score(classifier, "ru");
        Score tr = score(classifier, "tr");
        assertThat(ar.tp() + ar.fn()).isEqualTo(37);
        assertThat(ar.recall()).isGreaterThanOrEqualTo(0.29);
        assertThat(ar.falseAlarmRate()).isLessThanOrEqualTo(0.035);
        assertThat(ru.tp() + ru.fn()).isEqualTo(10);
        assertThat(ru.falseAlarmRate()).isLessThanOrEqualTo(0.015);
        assertThat(tr.tp() + tr.fn()).isEqualTo(13);
        assertThat(tr.falseAlarmRate()).isLessThanOrEqualTo(0.01);
    }

    private static Score score(ThreatClassifier classifier, String lang) {
        List<Example> rows = TrainingData.evalSet(lang, "test").stream()
                .map(EvalRow::example)
                .toList();
        return ThreatEvaluation.score(classifier, rows);
    }
}
