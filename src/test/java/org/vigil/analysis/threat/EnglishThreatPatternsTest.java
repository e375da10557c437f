package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.ThreatAssessment.Finding;

/**
 * English threat forms that the development fold showed the patterns missing (calls to kill "that bitch", passive
 * calls with "needs to" or "has to", wishes that someone drowns), and the negations and self-harm that they must
 * not read as threats.
 */
class EnglishThreatPatternsTest {

    private static List<ThreatCategory> categories(String text) {
        return ThreatLexicon.shared().scan(text).stream().map(Finding::category).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "KILL THAT BITCH",
                "Hang this traitor for treason",
                "Euthanise him",
                "Minnesota needs to be BOMBED",
                "putin is a psycho and has to be killed",
                "They should all be exterminated",
                "I hope he drowns!!!!",
                "I hope they hang him",
                "We will torture them without mercy",
                "We should just hang all these women.",
                "Kill all the diplomats in Ankara.",
                "Shoot them all",
            })
    void callsAndWishesOfHarmAreThreats(String text) {
        assertThat(categories(text)).containsAnyOf(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "I will not shoot you, just damage your lawn.",
                "We will never kill anyone",
                "I'm going to kill myself if this goes on",
                "Immigrants do not deserve to be tortured like that.",
                "They don't have to be shot to fight for gun control",
                "Kill that idea before it spreads",
                "Please do not kill him, he is innocent!",
                "They did not kill him, he escaped through the back door.",
                "Kill all the lights before you leave the office.",
                "I need to kill all the bugs in this code before the release.",
            })
    void negationsSelfHarmAndThingsAreNotThreats(String text) {
        assertThat(categories(text)).doesNotContain(ThreatCategory.DIRECT_THREAT, ThreatCategory.INCITEMENT);
    }
}
