package org.vigil.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * A news report of an attack, a storming, arson or a protest at a mission is read in any language whose concept
 * forms carry the event (generated from the dictionaries, met through the stemmer), when a word for a post is in the
 * same sentence: the mission of that sentence is the target. The sentences are the team's own.
 */
class ArticleEventsTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ArticleEventsTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static AnalysisResult read(String language, DocumentKind kind, String text) {
        return engine.analyze(new Document("a", text, null, null, null, null, language, kind, null));
    }

    private static java.util.List<String> targets(String language, String text) {
        return read(language, DocumentKind.ARTICLE, text).targets().stream()
                .map(Target::entityId)
                .toList();
    }

    @Test
    void aReportedAttackOnTheMissionInItsSentenceMakesItTheTargetInSeveralLanguages() {
        assertThat(targets(
                        "fr",
                        "Des centaines de manifestants ont attaqué lundi l'ambassade de Russie à Ankara. La police a"
                                + " dispersé la foule."))
                .containsExactly("ru-embassy-ankara");
        assertThat(targets(
                        "es",
                        "Un grupo de manifestantes asaltó la embajada rusa en Ankara el martes. Nadie resultó herido."))
                .containsExactly("ru-embassy-ankara");
        assertThat(targets(
                        "de",
                        "Unbekannte haben in der Nacht einen Brandsatz auf das russische Generalkonsulat in Istanbul"
                                + " geworfen. Verletzt wurde niemand."))
                .containsExactly("ru-consulate-istanbul");
        assertThat(targets("ar", "هاجم مسلحون السفارة الروسية في أنقرة مساء الاثنين. ولم تقع إصابات."))
                .containsExactly("ru-embassy-ankara");
    }

    @Test
    void aProtestAtTheMissionIsAProtestFinding() {
        AnalysisResult r = read(
                "tr",
                DocumentKind.ARTICLE,
                "Bir grup, Rusya'nın Ankara Büyükelçiliği önünde protesto düzenledi. Polis önlem aldı.");
        assertThat(r.threat().categories()).contains(ThreatCategory.PROTEST);
        assertThat(r.targets()).extracting(Target::entityId).containsExactly("ru-embassy-ankara");
    }

    @Test
    void aProtestAtAnotherStatesEmbassyIsNotOurMission() {
        assertThat(targets(
                        "fr",
                        "Des centaines de manifestants ont attaqué lundi l'ambassade de France à Ankara. La police a"
                                + " dispersé la foule."))
                .isEmpty();
    }

    @Test
    void theOfficialWhoSpeaksOfTheAttackIsNotATarget() {
        assertThat(targets(
                        "en",
                        "Kremlin spokesman Dmitry Peskov said that a crowd had stormed the Russian embassy in Ankara"
                                + " overnight."))
                .contains("ru-embassy-ankara")
                .doesNotContain("peskov");
    }

    @Test
    void postsAndQuietArticlesAreNotReadAsReports() {
        assertThat(read(
                                "fr",
                                DocumentKind.POST,
                                "Des centaines de manifestants ont attaqué lundi l'ambassade de Russie à Ankara.")
                        .targets())
                .isEmpty();
        AnalysisResult quiet = read(
                "de",
                DocumentKind.ARTICLE,
                "Die russische Botschaft in Ankara lud am Montag zu einem Empfang. Der Botschafter sprach über Kultur.");
        assertThat(quiet.threat().level()).isEqualTo(ThreatLevel.NONE);
        assertThat(quiet.targets()).isEmpty();
    }
}
