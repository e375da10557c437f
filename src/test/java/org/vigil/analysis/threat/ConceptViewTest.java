package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * Languages without threat labels and without threat patterns are read by the model's concept view, through the
 * concept forms generated from bilingual dictionaries: plain threats of killing are found, ordinary sentences are
 * not. Where a language has patterns, the concept view only confirms them.
 */
class ConceptViewTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ConceptViewTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static AnalysisResult post(String language, String text) {
        return engine.analyze(new Document("d", text, null, null, null, null, language, DocumentKind.POST, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Je vais tuer tous ces gens.",
                "de|Ich will sie alle umbringen.",
                "de|Ich werde dich töten.",
                "es|Quiero matar a todos ellos.",
                "it|Voglio uccidere tutti loro.",
                "nl|Ik wil ze allemaal doden.",
            })
    void plainThreatsOfKillingAreFoundWithoutPatterns(String language, String text) {
        AnalysisResult r = post(language, text);
        assertThat(r.threat().level()).as(text).isIn(ThreatLevel.MEDIUM, ThreatLevel.HIGH, ThreatLevel.CRITICAL);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Le musée ouvre demain à dix heures.",
                "fr|Tu viens au consulat demain ?",
                "de|Das Konsulat ist morgen geschlossen.",
                "es|La embajada abre a las nueve.",
                "pl|Ambasada jest dziś zamknięta.",
            })
    void ordinarySentencesAreNot(String language, String text) {
        assertThat(post(language, text).threat().level()).as(text).isEqualTo(ThreatLevel.NONE);
    }

    @Test
    void theConceptViewDecidesAloneOnlyWhereNoPatternsAreWritten() {
        assertThat(ThreatModel.conceptViewDecides("fr")).isTrue();
        assertThat(ThreatModel.conceptViewDecides("pl")).isTrue();
        assertThat(ThreatModel.conceptViewDecides("ru")).isFalse();
        assertThat(ThreatModel.conceptViewDecides("ar-eg"))
                .as("a dialect of a language with patterns")
                .isFalse();
        assertThat(ThreatModel.conceptViewDecides("en"))
                .as("English has its n-gram view")
                .isFalse();
    }

    @Test
    void theModelFileCarriesBothThresholds() {
        ThreatModel model = ThreatModel.loadDefault();
        assertThat(model.threshold).isBetween(0.1, 0.9);
        assertThat(model.conceptThreshold).isBetween(0.1, 0.95);
    }
}
