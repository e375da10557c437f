package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.SharedData;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.ThreatAssessment.Finding;

class ThreatLexiconTest {

    private static List<ThreatCategory> categories(String text) {
        return ThreatLexicon.shared().scan(text).stream().map(Finding::category).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Inflected and suffixed forms are threats too.
                "Мы тебя убьём, посол",
                "Я вас найду",
                "Сдохни, предатель",
                "Seni öldüreceğiz",
                "Kafanı keseceğiz",
                "Geberin hepiniz",
                "سنقتلكم جميعا",
                "يا رب تموت",
                "والله لأقتلك",
                "رح اقتلك",
                "Я тебя урою",
                "Canını alacağım",
                "we're going to hunt you down",
                "You will be shot",
            })
    void threatsInEachLanguage(String text) {
        assertThat(categories(text)).containsAnyOf(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Verbs that threaten only with a personal object, idioms, and self-directed pleas.
                "İtfaiyeci olduğum gün kurban keseceğim",
                "Hayata yeniden başlamanın bir yolunu bulacağız",
                "İstediğin kadar yaşa, nasıl olsa birgün öleceksin",
                "Бензина больше сожгу, чем сэкономлю",
                "Когда убьют, тогда и приходите",
                "هيا اقتلوني يا أنجاس",
                "We need to end these corporations",
                "I will quote some of the statements",
            })
    void harmlessUsesAreNotThreats(String text) {
        assertThat(categories(text)).doesNotContain(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Fare\u200Bwell to life|Fare\u200Bwell to life",
                "\u202BПрощайся с жиз\u200Dнью\u202C|Прощайся с жиз\u200Dнью",
                "ودّع\u200F الحياة|ودّع\u200F الحياة",
            })
    void invisibleCharactersDoNotHideAThreat(String text, String evidence) {
        List<Finding> findings = ThreatLexicon.shared().scan(text);
        assertThat(findings).extracting(Finding::category).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(findings).extracting(f -> f.span().text()).contains(evidence);
        for (Finding f : findings) {
            assertThat(text.substring(f.span().start(), f.span().end()))
                    .isEqualTo(f.span().text());
        }
    }

    @Test
    void evidenceIsTheExactSubstringAtItsOffsets() {
        String text = "🙂 @RusEmbTurkey\u200B Прощайся с жизнью! No one will mourn you.";
        List<Finding> findings = ThreatLexicon.shared().scan(text);
        assertThat(findings).hasSizeGreaterThanOrEqualTo(2);
        for (Finding f : findings) {
            assertThat(text.substring(f.span().start(), f.span().end()))
                    .isEqualTo(f.span().text());
        }
    }

    /**
     * The anchor filter only skips patterns that cannot match: on real rows from every training set, filtered and
     * unfiltered scans give the same findings.
     */
    @Test
    void theAnchorFilterLosesNothingOnRealData() {
        Path data = SharedData.require("threatgram101").getParent();
        List<TrainingData.Example> rows = TrainingData.load(data, 1, null);
        int checked = 0;
        for (int i = 0; i < rows.size(); i += 4) {
            String text = rows.get(i).text();
            assertThat(ThreatLexicon.shared().scan(text, true))
                    .as(text)
                    .isEqualTo(ThreatLexicon.shared().scan(text, false));
            checked++;
        }
        assertThat(checked).isGreaterThan(20_000);
    }

    /** Megabytes of hostile text (no spaces, every anchor repeated, invisible characters) cost linear time. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"ölüm", "kill ", "убью", "سنقتلك", "threats to ", "\u200B\u202Ekill"})
    void hostileRepetitionFinishesQuickly(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            ThreatClassifier.loadDefault().assess(text, null, null);
        });
    }
}
