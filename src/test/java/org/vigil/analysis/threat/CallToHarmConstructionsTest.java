package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.Concepts.Concept;

/**
 * The call-to-harm constructions (a call to act, then killing, hurting, hanging or burning within four words) over
 * the concepts of every language, and the reviewed strikes of construction-strikes.tsv that keep a judgement
 * ("deserve") from counting as a call. Sentences written for this test.
 */
class CallToHarmConstructionsTest {

    private static List<ThreatAssessment.Finding> find(String language, String text) {
        return ThreatConstructions.shared().find(text, language, DocumentKind.POST);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ru|Таких надо убивать сразу",
                "ru|Его нужно бить до крови",
                "tr|Bu hainleri idam etmek lazım",
                "tr|Hepsini öldürmek gerek"
            })
    void aCallToHarmIsIncitementInEachLanguageWithTheConcepts(String language, String text) {
        List<ThreatAssessment.Finding> found = find(language, text);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found).extracting(ThreatAssessment.Finding::category).containsOnly(ThreatCategory.INCITEMENT);
        assertThat(found.getFirst().score()).isGreaterThanOrEqualTo(ThreatClassifier.HIGH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a judgement, not a call: deserve is struck from call in constructions
                "fr|Il mérite de brûler, écrit le chroniqueur",
                "es|Merece ser castigado, dijo el juez",
                // a call without harm
                "en|You must come to the reception at the residence",
                "ru|Нам надо прийти на приём к восьми",
                "tr|Resepsiyona gelmen lazım",
                // a call and a harm word too far apart to be one call
                "en|We should invite the mayor, who spoke at length last year about the fire that burned the mill"
            })
    void aJudgementOrACallWithoutHarmIsNoCallToHarm(String language, String text) {
        assertThat(find(language, text)).as(text).isEmpty();
    }

    @Test
    void inEnglishTheWordModelWeighsACallNotTheConstruction() {
        // the call rows are for the concept view: English has the word model trained on English threats
        assertThat(find("en", "Somebody should kill the consul before Friday")).isEmpty();
        assertThat(find("en", "We must kill this bill in committee")).isEmpty();
        assertThat(find("en", "He deserves a prize for the concert")).isEmpty();
        assertThat(find("en", "You must come to the reception at the residence"))
                .isEmpty();
    }

    @Test
    void theStrikeRemovesTheConceptFromConstructionsOnlyNotFromTheLearnedModel() {
        // English "deserve" (a hand-written prefix, every text) and Spanish "merecer" (a generated form, met
        // through the Spanish stemmer) stay CALL for the model's features and are no call in a construction
        assertThat(Concepts.of("deserves", "en")).contains(Concept.CALL);
        assertThat(Concepts.inConstructions("deserves", "en")).doesNotContain(Concept.CALL);
        assertThat(Concepts.of("merece", "es")).contains(Concept.CALL);
        assertThat(Concepts.inConstructions("merece", "es")).doesNotContain(Concept.CALL);
        // the calls themselves are untouched
        assertThat(Concepts.inConstructions("should", "en")).contains(Concept.CALL);
        assertThat(Concepts.inConstructions("deserves", "en")).isEqualTo(List.of());
    }
}
