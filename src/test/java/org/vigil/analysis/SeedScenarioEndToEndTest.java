package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bullet of issue 3's seed scenario, through the public engine exactly as the pipeline and the command call
 * it: nothing placed by hand, mentions, threat, targets and places all found by the engine.
 */
class SeedScenarioEndToEndTest {

    private static final AnalysisEngine ENGINE = SeedRegistry.engine();

    private static AnalysisResult analyse(String file) {
        return ENGINE.analyze(Document.of(file, SeedRegistry.text(file)));
    }

    private static List<String> targetIds(AnalysisResult r) {
        return r.targets().stream().map(Target::entityId).toList();
    }

    @Test
    void seed002() {
        AnalysisResult r = analyse("002.txt");
        String text = SeedRegistry.text("002.txt");
        List<Mention> yerkhov = r.mentions().stream()
                .filter(m -> m.entityId().equals("yerkhov"))
                .toList();
        for (String spelling : List.of("Yerkhov", "Erkhov", "Erokhov")) {
            assertThat(yerkhov)
                    .as(spelling)
                    .anySatisfy(m -> assertThat(m.text()).endsWith(spelling));
        }
        assertThat(yerkhov)
                .filteredOn(m -> m.text().contains("Erokhin"))
                .allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.5));
        assertThat(targetIds(r))
                .contains("yerkhov", "ru-embassy-ankara", "karlov")
                .doesNotContain("lavrov", "peskov");
        assertThat(r.threat().categories()).contains(ThreatCategory.REPORTED_THREAT, ThreatCategory.ATTACK);
        for (String quoted : List.of("Farewell to life", "No one will mourn you", "It is time for you to burn up")) {
            int at = text.indexOf(quoted);
            assertThat(r.threat().evidence())
                    .as(quoted)
                    .anySatisfy(s -> assertThat(s.start() < at + quoted.length() && at < s.end())
                            .isTrue());
        }
        r.threat()
                .evidence()
                .forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void seed000() {
        AnalysisResult r = analyse("000.txt");
        assertThat(r.threat().categories()).contains(ThreatCategory.ATTACK);
        assertThat(targetIds(r)).contains("karlov").doesNotContain("lavrov");
        assertThat(r.mentions()).extracting(Mention::entityId).contains("lavrov");
        assertThat(r.places())
                .extracting(Place::text, Place::country)
                .contains(tuple("Ankara", "TR"), tuple("Moscow", "RU"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Farewell to life",
                "No one will mourn you",
                "It is time for you to burn up",
                "Прощайся с жизнью",
                "Никто не будет оплакивать тебя",
                "Пришло время тебе сгореть",
                "Hayata veda et",
                "Kimse senin için ağlamayacak",
                "Artık yanma zamanın geldi"
            })
    void theQuotedThreatsAsRepliesToTheEmbassyAccountAreDirectThreatsAgainstYerkhov(String reply) {
        AnalysisResult r = ENGINE.analyze(
                new Document("reply", reply, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
        assertThat(r.threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(r.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(targetIds(r)).contains("yerkhov", "ru-embassy-ankara");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thank you for the reception, Ambassador",
                "Спасибо за приём, господин посол",
                "Resepsiyon için teşekkürler, Sayın Büyükelçi",
                "When is the consulate open?"
            })
    void friendlyOrNeutralRepliesAreNotThreats(String reply) {
        AnalysisResult r = ENGINE.analyze(
                new Document("reply", reply, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
        assertThat(r.threat().level()).isEqualTo(ThreatLevel.NONE);
        assertThat(r.targets()).isEmpty();
    }
}
