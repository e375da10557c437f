package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.threat.Concepts.Concept;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * Constructions over concepts: one row for every language, read through each language's concept forms. The seed
 * story's three threats, in the languages the seed scenario must hold in, are threats at HIGH or above against the
 * Ambassador as replies to the embassy's account; the same concepts without the one addressed, or spread over a long sentence, are not.
 */
class ThreatConstructionsTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ThreatConstructionsTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static AnalysisResult reply(String text) {
        return engine.analyze(
                new Document("t", text, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Farewell to life",
                "en|No one will mourn you",
                "en|It is time for you to burn up",
                "ru|Прощай, жизнь",
                "ru|Никто не будет тебя оплакивать",
                "ru|Тебе пора сгореть",
                "tr|Elveda hayat",
                "tr|Kimse sana ağlamayacak",
                "tr|Yanma vaktin geldi"
            })
    void theSeedsThreatsAreHighInEachLanguageOfTheScenario(String language, String text) {
        AnalysisResult r = reply(text);
        assertThat(r.language()).isEqualTo(language);
        assertThat(r.threat().level()).as(text + " -> " + r.threat()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(r.targets()).extracting(Target::entityId).as(text).contains("yerkhov");
    }

    @Test
    void aConstructionReadsALanguageWithoutAPatternOfItThroughTheConceptFormsOfThatLanguage() {
        // French has no threat patterns: the dictionary-generated forms of nobody, mourn and you are all it has
        assertThat(ThreatModel.patternLanguages(org.vigil.analysis.lang.LanguageData.shared()))
                .doesNotContain("fr");
        List<ThreatAssessment.Finding> found =
                ThreatConstructions.shared().find("Personne ne te pleurera", "fr", DocumentKind.POST);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().score()).isGreaterThanOrEqualTo(ThreatClassifier.HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the concepts without anyone addressed: a report about a factory
                "en|Nobody mourned the old factory when it closed, and life went on.",
                // time and life without burning or farewell: "time to go, life is beautiful"
                "ru|Пора ехать, время не ждёт, жизнь прекрасна",
                // you, time and burn, but far apart in a long sentence about a barbecue
                "en|You said last time that the charcoal at the picnic by the lake would never burn properly"
            })
    void theSameConceptsWithoutTheConstructionAreNoThreat(String language, String text) {
        assertThat(ThreatConstructions.shared().find(text, language, DocumentKind.POST))
                .as(text)
                .isEmpty();
    }

    @Test
    void theWindowIsCountedInWords() {
        List<List<Concept>> words = List.of(
                List.of(Concept.YOU), List.of(), List.of(), List.of(), List.of(Concept.TIME), List.of(Concept.BURN));
        Set<Concept> needed = Set.of(Concept.YOU, Concept.TIME, Concept.BURN);
        assertThat(ThreatConstructions.within(words, needed, 6)).isTrue();
        assertThat(ThreatConstructions.within(words, needed, 5)).isFalse();
    }

    @Test
    void aMalformedRowFailsWithTheFileTheLineAndWhatIsWrong() {
        String header = "construction\tconcepts\twindow\tcategory\tweight\n";
        assertThatThrownBy(() -> ThreatConstructions.parse(header + "a\tyou wrath\t4\tDIRECT_THREAT\t0.7\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining(ThreatConstructions.FILE + ":2:")
                .hasMessageContaining("'wrath', which is no concept");
        assertThatThrownBy(() -> ThreatConstructions.parse(header + "a\tyou\t4\tDIRECT_THREAT\t0.7\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("combines at least two");
        assertThatThrownBy(() -> ThreatConstructions.parse(header + "a\tyou die\t1\tDIRECT_THREAT\t0.7\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> ThreatConstructions.parse(header + "a\tyou die\t4\tTHREATISH\t0.7\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("category");
    }
}
