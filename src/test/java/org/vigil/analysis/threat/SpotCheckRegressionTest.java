package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * The lead's spot checks on the seed registry, end to end through the engine (real name matching), each with
 * variants in other wordings and languages: idioms are not threats, active-voice attacks have their victim as
 * target, impersonal futures are threats, the one compared with ("like Karlov") is not a target, and calls on
 * others to harm are incitement.
 */
class SpotCheckRegressionTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SpotCheckRegressionTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static AnalysisResult post(String text, String inReplyTo) {
        return engine.analyze(new Document("p", text, null, null, null, null, null, DocumentKind.POST, inReplyTo));
    }

    private static List<String> targets(AnalysisResult r) {
        return r.targets().stream().map(Target::entityId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "I will kill it at the gym today, the workout was killer.",
                "I'm going to murder this song at karaoke tonight",
                "You're killing me with these jokes",
                "I'll destroy you at chess tomorrow",
                "We are going to slaughter them in the finals",
                "Burning the midnight oil again before the exam",
                "Öldürdün beni gülmekten",
                "Gülmekten öldüm ya",
                "Она убила наповал своим платьем",
                "Ты меня убиваешь своими шутками",
                "Хоть убей, не понимаю этого",
                "Yiğidi öldür ama hakkını yeme, iyi oynadılar",
                "مت من الضحك",
            })
    void idiomsAndGamesAreNotThreats(String text) {
        AnalysisResult r = post(text, null);
        assertThat(r.threat().level()).as(r.threat().toString()).isEqualTo(ThreatLevel.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I will kill you", "We will kill you all", "I'm going to destroy you, traitor"})
    void realThreatsBesideTheIdiomsStay(String text) {
        assertThat(post(text, null).threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Mevlüt Mert Altıntaş shot Andrei Karlov in Ankara.",
                "The gunman killed Andrei Karlov at an art exhibition.",
                "An off-duty policeman assassinated Ambassador Karlov in 2016.",
                "Алтынташ застрелил Карлова в Анкаре.",
            })
    void activeVoiceAttacksTargetTheVictim(String text) {
        AnalysisResult r = post(text, null);
        assertThat(r.threat().categories()).contains(ThreatCategory.ATTACK);
        assertThat(targets(r)).contains("karlov").doesNotContain("yerkhov");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Altıntaş shot a video in Ankara.", "The minister attacked the plan in parliament."})
    void violentVerbsWithoutAPersonAreNoAttack(String text) {
        assertThat(post(text, null).threat().categories()).doesNotContain(ThreatCategory.ATTACK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Mevlüt Mert Altıntaş shot Andrei Karlov in Ankara.",
                "Şahin Yılmaz was shot and Karlov died in the hospital.",
            })
    void foreignNamesDoNotMakeAnEnglishSentenceForeign(String text) {
        assertThat(post(text, null).language()).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Посла Ерхова застрелят, как Карлова.",
                "Посла Ерхова убьют, как Карлова.",
                "Ambassador Yerkhov will be killed like Karlov",
                "Büyükelçi Yerkhov, Karlov gibi öldürülecek.",
                "سيقتلون السفير يرخوف مثل كارلوف",
            })
    void impersonalAndPassiveFuturesAreThreatsAndTheComparisonIsNoTarget(String text) {
        AnalysisResult r = post(text, null);
        assertThat(r.threat().categories()).containsAnyOf(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
        assertThat(r.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(targets(r)).contains("yerkhov").doesNotContain("karlov");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "We will kill you, ambassador, you will die like Karlov|-",
                "We will kill you, ambassador, you will die like Karlov|@RusEmbTurkey",
                "Тебя найдут, как нашли Карлова|@RusEmbTurkey",
                "Seni Karlov gibi öldüreceğiz|@RusEmbTurkey",
            })
    void theAddresseeIsWhomThePostAnswersNotTheOneComparedWith(String text, String inReplyTo) {
        AnalysisResult r = post(text, inReplyTo);
        assertThat(r.threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(targets(r)).doesNotContain("karlov");
        if (inReplyTo == null) {
            assertThat(targets(r)).doesNotContain("yerkhov");
        } else {
            assertThat(targets(r)).contains("yerkhov");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Someone should go to the Russian embassy in Ankara and teach them a lesson with fire.",
                "Who will go to the Russian embassy in Ankara and burn it down?",
                "Biri Ankara'daki Rus Büyükelçiliğine gidip orayı yakmalı.",
                "يجب على أحد أن يحرق السفارة الروسية في أنقرة",
            })
    void callsOnOthersToHarmAreIncitementAgainstTheMission(String text) {
        AnalysisResult r = post(text, null);
        assertThat(r.threat().categories()).contains(ThreatCategory.INCITEMENT);
        assertThat(r.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(targets(r)).contains("ru-embassy-ankara");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"Кто-нибудь должен пойти к посольству и сжечь его.", "Let's go to the embassy and set it on fire"
            })
    void callsOnOthersInOtherWordings(String text) {
        assertThat(post(text, null).threat().categories()).contains(ThreatCategory.INCITEMENT);
    }
}
