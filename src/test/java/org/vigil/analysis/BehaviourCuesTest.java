package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.analysis.BehaviourCues.Behaviour;
import org.vigil.analysis.lang.LanguageData;

/** The warning-behaviour cues of the shipped language files, in English, Russian, Turkish and Arabic. */
class BehaviourCuesTest {

    private final BehaviourCues cues = BehaviourCues.shared();

    private List<Behaviour> of(String text, String language) {
        return cues.cues(text, language).stream()
                .map(BehaviourCues.Cue::behaviour)
                .toList();
    }

    @Test
    void approachQuestionsInFourLanguages() {
        assertThat(of("Where will the ambassador be on Friday?", "en")).containsExactly(Behaviour.APPROACH);
        assertThat(of("When does he arrive at the airport?", "en")).containsExactly(Behaviour.APPROACH);
        assertThat(of(
                        "\u0413\u0434\u0435 \u043e\u043d \u0431\u0443\u0434\u0435\u0442 \u0437\u0430\u0432\u0442\u0440\u0430?",
                        "ru"))
                .containsExactly(Behaviour.APPROACH);
        assertThat(of("B\u00fcy\u00fckel\u00e7i yar\u0131n nerede olacak?", "tr"))
                .containsExactly(Behaviour.APPROACH);
        assertThat(of(
                        "\u0623\u064a\u0646 \u0633\u064a\u0643\u0648\u0646 \u0627\u0644\u0633\u0641\u064a\u0631 \u063a\u062f\u0627\u061f",
                        "ar"))
                .containsExactly(Behaviour.APPROACH);
    }

    @Test
    void aConceptWordMatchesTheSecondPersonOfAnyForm() {
        // "where will you be": YOU is the engine's concept, not a word of the file
        assertThat(of("Where will you be tomorrow, ambassador?", "en")).containsExactly(Behaviour.APPROACH);
        // Turkish "where will you be": the person ending carries YOU (concept-affixes.tsv)
        assertThat(of("Nerede olacaks\u0131n?", "tr")).containsExactly(Behaviour.APPROACH);
    }

    @Test
    void identificationLeakageAndLastResort() {
        assertThat(of("Do not forget Aleppo, Altintas was a hero", "en")).containsExactly(Behaviour.IDENTIFICATION);
        assertThat(of("I have decided. You will all see soon.", "en")).containsExactly(Behaviour.LEAKAGE);
        assertThat(of("I have nothing left to lose, there is no other way", "en"))
                .containsExactly(Behaviour.LAST_RESORT);
        assertThat(of("Kaybedecek bir \u015feyim yok", "tr")).containsExactly(Behaviour.LAST_RESORT);
        assertThat(of(
                        "\u041c\u043d\u0435 \u043d\u0435\u0447\u0435\u0433\u043e \u0442\u0435\u0440\u044f\u0442\u044c",
                        "ru"))
                .containsExactly(Behaviour.LAST_RESORT);
    }

    @Test
    void ordinaryTextHasNoCue() {
        assertThat(of("The embassy hosted a reception for the national day.", "en"))
                .isEmpty();
        assertThat(of("What a lovely exhibition, thank you", "en")).isEmpty();
        assertThat(of("", "en")).isEmpty();
        assertThat(of(null, null)).isEmpty();
    }

    @Test
    void secondPersonIsReadThroughTheEngine() {
        assertThat(cues.addressesSomeone("We will find you", "en")).isTrue();
        assertThat(cues.addressesSomeone("He will be found", "en")).isFalse();
    }

    @Test
    void aBadRowFailsWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path xx = dir.resolve("xx");
        Files.createDirectories(xx);
        Files.writeString(xx.resolve("language.properties"), "name = Test\nscript = Latin\n");
        Files.writeString(xx.resolve("behaviour-cues.tsv"), "behaviour\tform\tmatch?\napproach\twhere {NOWHERE}\n");
        assertThatThrownBy(() -> BehaviourCues.of(LanguageData.fromDirectory(dir)))
                .hasMessageContaining("behaviour-cues.tsv:2")
                .hasMessageContaining("names no concept");
    }
}
