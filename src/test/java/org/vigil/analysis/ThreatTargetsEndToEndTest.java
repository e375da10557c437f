package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threats and their targets through the whole engine (names found by the matcher, not placed by hand), in the
 * languages the seed scenario tests leave out, and the target rules of the contract in news language.
 */
class ThreatTargetsEndToEndTest {

    private static final AnalysisEngine ENGINE = SeedRegistry.engine();

    private static AnalysisResult reply(String text) {
        return ENGINE.analyze(
                new Document("reply", text, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
    }

    private static List<String> targetIds(AnalysisResult r) {
        return r.targets().stream().map(Target::entityId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ودّع الحياة", "لن يبكي عليك أحد", "حان وقت احتراقك"})
    void theQuotedThreatsInArabicAreDirectThreatsAgainstYerkhov(String text) {
        AnalysisResult r = reply(text);
        assertThat(r.language()).isEqualTo("ar");
        assertThat(r.threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(r.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(targetIds(r)).containsExactlyInAnyOrder("yerkhov", "ru-embassy-ankara");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Когда открыто консульство?",
                "Konsolosluk ne zaman açık?",
                "شكرا على حفل الاستقبال يا سعادة السفير",
                "متى تفتح القنصلية؟"
            })
    void friendlyAndNeutralRepliesInOtherLanguagesAreNotThreats(String text) {
        AnalysisResult r = reply(text);
        assertThat(r.threat().level()).isEqualTo(ThreatLevel.NONE);
        assertThat(r.targets()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Alexei Yerkhov, we will find you and you will pay for Idlib.|yerkhov",
                "Ambassador Yerkhov should be hanged for what he did.|yerkhov",
            })
    void aThreatThatNamesAProtectedPersonIsAimedAtThemWithoutAReply(String text, String target) {
        AnalysisResult r =
                ENGINE.analyze(new Document("post", text, null, null, null, null, null, DocumentKind.POST, null));
        assertThat(r.threat().categories()).containsAnyOf(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
        assertThat(targetIds(r)).contains(target, "ru-embassy-ankara");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Foreign Minister Sergey Lavrov said the assassination of Ambassador Andrei Karlov was a provocation.|karlov|lavrov",
                "Dmitry Peskov said that Andrei Karlov was shot dead at an exhibition in Ankara.|karlov|peskov",
            })
    void theVictimOfAReportedAttackIsTheTargetNotTheOfficialWhoSpeaksOfIt(String text, String victim, String speaker) {
        AnalysisResult r =
                ENGINE.analyze(new Document("news", text, null, null, null, null, "en", DocumentKind.ARTICLE, null));
        assertThat(r.threat().categories()).contains(ThreatCategory.ATTACK);
        assertThat(targetIds(r)).contains(victim).doesNotContain(speaker);
        assertThat(r.mentions()).extracting(Mention::entityId).contains(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Foreign Minister Sergey Lavrov said that threats over Idlib were unacceptable.",
                "Dmitry Peskov commented on the death threats in an interview on Sunday.",
            })
    void anOfficialWhoSpeaksOfThreatsIsNotTheirTarget(String text) {
        AnalysisResult r =
                ENGINE.analyze(new Document("news", text, null, null, null, null, "en", DocumentKind.ARTICLE, null));
        assertThat(r.threat().categories()).contains(ThreatCategory.REPORTED_THREAT);
        assertThat(r.mentions()).isNotEmpty();
        assertThat(r.targets()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Protesters gathered outside the Russian embassy in Ankara on Sunday, chanting slogans about Idlib.",
                "Demonstrators burned flags in front of the Russian embassy in Ankara.",
            })
    void aProtestAtAMissionMakesTheMissionTheTarget(String text) {
        AnalysisResult r =
                ENGINE.analyze(new Document("news", text, null, null, null, null, "en", DocumentKind.ARTICLE, null));
        assertThat(r.threat().categories()).contains(ThreatCategory.PROTEST);
        assertThat(targetIds(r)).contains("ru-embassy-ankara");
        assertThat(r.threat().level()).isLessThanOrEqualTo(ThreatLevel.MEDIUM);
    }
}
