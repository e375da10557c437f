package org.vigil.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.language.LanguageIdentifier;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.analysis.threat.ThreatClassifier;

/**
 * The threats the ambassador quoted in seed 002, posted as replies to his embassy's account in four languages,
 * name no one: they are aimed at him because of whom they answer. Friendly and neutral replies are not threats.
 */
class RepliesToTheAmbassadorTest {

    private final TargetResolver resolver = new TargetResolver(SeedFixtures.registry());
    private final ThreatClassifier classifier = ThreatClassifier.loadDefault();

    private List<Target> analyse(String text, String account, ThreatAssessment[] out) {
        String language = LanguageIdentifier.shared().detect(text);
        ThreatAssessment assessment = classifier.assess(text, language, DocumentKind.POST);
        out[0] = assessment;
        Document doc = new Document("reply", text, null, null, null, null, language, DocumentKind.POST, account);
        return resolver.resolve(doc, List.of(), assessment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Farewell to life",
                "No one will mourn you",
                "It is time for you to burn up",
                "Farewell to life, ambassador.",
                "Прощайся с жизнью",
                "Никто не будет оплакивать тебя",
                "Пришло время тебе сгореть",
                "Hayata veda et",
                "Kimse senin için ağlamayacak",
                "Artık yanma zamanın geldi",
                "ودّع الحياة",
                "لن يبكي عليك أحد",
                "حان وقت احتراقك",
            })
    void theQuotedThreatsAreDirectThreatsAgainstTheAmbassador(String text) {
        ThreatAssessment[] assessment = new ThreatAssessment[1];
        List<Target> targets = analyse(text, "@RusEmbTurkey", assessment);

        assertThat(assessment[0].threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(assessment[0].threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(assessment[0].threat().evidence())
                .isNotEmpty()
                .allSatisfy(span ->
                        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text()));
        assertThat(targets).extracting(Target::entityId).containsExactlyInAnyOrder("yerkhov", "ru-embassy-ankara");
        assertThat(targets).allSatisfy(t -> assertThat(t.confidence()).isGreaterThan(0.6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "RusEmbTurkey",
                "@rusembturkey",
                "https://x.com/RusEmbTurkey",
            })
    void theAccountMatchesWithOrWithoutTheAtSignAndInAnyCase(String account) {
        ThreatAssessment[] assessment = new ThreatAssessment[1];
        assertThat(analyse("Farewell to life", account, assessment))
                .extracting(Target::entityId)
                .contains("yerkhov");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Thank you for the reception, Ambassador",
                "When is the consulate open?",
                "Great interview, looking forward to the exhibition next week!",
                "Спасибо за приём, господин посол",
                "Когда открыто консульство?",
                "Resepsiyon için teşekkürler, Sayın Büyükelçi",
                "Konsolosluk ne zaman açık?",
                "شكرا على حفل الاستقبال يا سعادة السفير",
                "متى تفتح القنصلية؟",
            })
    void friendlyAndNeutralRepliesAreNotThreats(String text) {
        ThreatAssessment[] assessment = new ThreatAssessment[1];
        List<Target> targets = analyse(text, "@RusEmbTurkey", assessment);

        assertThat(assessment[0].threat().level()).isEqualTo(ThreatLevel.NONE);
        assertThat(assessment[0].threat().categories()).isEmpty();
        assertThat(targets).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Farewell to life",
                "Прощайся с жизнью",
            })
    void aThreatInReplyToSomeoneOutsideTheRegistryHasNoRegistryTarget(String text) {
        ThreatAssessment[] assessment = new ThreatAssessment[1];
        assertThat(analyse(text, "@someone_else", assessment)).isEmpty();
        assertThat(assessment[0].threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
    }
}
