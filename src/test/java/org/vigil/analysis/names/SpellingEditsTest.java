package org.vigil.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.Mention;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/** The learned spelling edits: names Russian writes by sound, one consonant away from the Latin letters. */
class SpellingEditsTest {

    private static String key(String word) {
        return Tokenizer.tokenize(word).pkey(0);
    }

    @Test
    void theEditIsNamedOnPhoneticKeySymbolsWithItsPosition() {
        assertThat(SpellingEdits.edit(key("Kurakichi"), key("Куракити"), SpellingEdits.CYRILLIC))
                .isEqualTo("c:F:C>t");
        assertThat(SpellingEdits.edit(key("Derot"), key("Деро"), SpellingEdits.CYRILLIC))
                .isEqualTo("c:F:t>");
        assertThat(SpellingEdits.edit(key("Taizan"), key("Таидзан"), SpellingEdits.CYRILLIC))
                .isEqualTo("c:M:>d");
        // same skeleton: not an edit (the skeleton index finds it); two edits: not one either
        assertThat(SpellingEdits.edit(key("Lavrov"), key("Лавров"), SpellingEdits.CYRILLIC))
                .isNull();
        assertThat(SpellingEdits.edit(key("Lavrov"), key("Лабунов"), SpellingEdits.CYRILLIC))
                .isNull();
    }

    @Test
    void soundEditsAreLikelyAndArbitraryConsonantChangesAreNot() {
        // ch read as t (Japanese through Russian) and a silent h join spellings of one name
        assertThat(SpellingEdits.quality(key("Kurakichi"), key("Куракити"), SpellingEdits.CYRILLIC))
                .isGreaterThan(0.7);
        assertThat(SpellingEdits.quality(key("Schkuhr"), key("Шкур"), SpellingEdits.CYRILLIC))
                .isGreaterThan(0.7);
        // g read as t, or m as r, is another name
        assertThat(SpellingEdits.quality(key("Kuragi"), key("Кураки"), SpellingEdits.CYRILLIC))
                .isZero();
        assertThat(SpellingEdits.quality(key("Lamrov"), key("Лавров"), SpellingEdits.CYRILLIC))
                .isZero();
    }

    private static Optional<Mention> find(AnalysisEngine engine, String text, String id) {
        List<Mention> all = engine.mentions(text);
        return all.stream().filter(m -> m.entityId().equals(id)).findFirst();
    }

    @ParameterizedTest
    @CsvSource({
        "Kurakichi,Посол Куракити заявил.",
        "Schkuhr,Посол Шкур заявил.",
        "Fujisono,Посол Фудзисоно заявил.",
        "Куракити,Ambassador Kurakichi said.",
        "Шкур,Ambassador Schkuhr said."
    })
    void aNameWrittenBySoundIsFoundAfterATitle(String registered, String text) {
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(
                List.of(),
                List.of(new PersonEntry("p", registered, PersonRole.AMBASSADOR, null, List.of(), List.of()))));
        assertThat(find(engine, text, "p"))
                .get()
                .extracting(Mention::confidence)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aNearSpellingAloneInRunningTextIsNotReported() {
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(
                List.of(),
                List.of(new PersonEntry("p", "Schkuhr", PersonRole.AMBASSADOR, null, List.of(), List.of()))));
        // no title, no given name, no other mention: one edit away is not enough
        assertThat(find(engine, "Вчера Шкур заявил.", "p")).isEmpty();
    }
}
