package org.vigil.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Mention;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/** The evidence rules for names in running text, on the matcher's own scores (before calibration). */
class NamesInProseTest {

    private static PersonMatcher matcher(PersonEntry... people) {
        return new PersonMatcher(
                new NameIndex(new RegistryFile(List.of(), List.of(people)), Gazetteer.shared()::isPlaceOrNationality),
                MentionCalibration.NONE);
    }

    private static PersonEntry ambassador(String id, String name) {
        return new PersonEntry(id, name, PersonRole.AMBASSADOR, null, List.of(), List.of());
    }

    private static double score(PersonMatcher m, String text, String id) {
        return m.find(Tokenizer.tokenize(text)).stream()
                .filter(x -> x.entityId().equals(id))
                .mapToDouble(Mention::confidence)
                .max()
                .orElse(0.0);
    }

    @Test
    void withoutCapitalsATitleSupportsOnlyTheNameNextToItOrAcrossPlaceAndGrammarWords() {
        PersonMatcher m = matcher(ambassador("yerkhov", "Alexei Yerkhov"));
        double titled = score(m, "قال السفير يرخوف أمس", "yerkhov");
        double alone = score(m, "قال يرخوف أمس", "yerkhov");
        assertThat(titled).isGreaterThanOrEqualTo(0.8);
        // a nationality word between the title and the name: still the title's name
        assertThat(score(m, "قال السفير الروسي يرخوف أمس", "yerkhov")).isEqualTo(titled);
        // ordinary words between them: the title speaks of someone else, the surname stands alone
        assertThat(score(m, "قال السفير إن الحل عند يرخوف", "yerkhov"))
                .isEqualTo(alone)
                .isLessThan(titled);
        // with capitals the words between are told apart by their case, as before
        assertThat(score(m, "The ambassador met with Yerkhov yesterday", "yerkhov"))
                .isGreaterThan(score(m, "They met with Yerkhov yesterday", "yerkhov"));
    }

    @Test
    void aWordOfOnePersonsFullNameIsNotAnotherPersonsSurnameAlone() {
        PersonMatcher m = matcher(ambassador("lucarelli", "Raffaele Lucarelli"), ambassador("marco", "Marco Raffaele"));
        String text = "Ambassador Raffaele Lucarelli said nothing.";
        assertThat(score(m, text, "lucarelli")).isGreaterThanOrEqualTo(0.9);
        assertThat(score(m, text, "marco")).isZero();
        // the same word standing alone after a title is still that surname
        assertThat(score(m, "Ambassador Raffaele said nothing.", "marco")).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void withoutCapitalsTwoOrdinaryWordsTogetherAreNoFullName() {
        // both words are frequent ordinary words of Arabic (big, talk) by the language's word frequencies
        PersonMatcher m = matcher(ambassador("kabir", "كبير كلام"));
        assertThat(score(m, "هذا كبير كلام فقط", "kabir")).isLessThan(0.5);
        // with a title it is the person
        assertThat(score(m, "هذا السفير كبير كلام فقط", "kabir")).isGreaterThanOrEqualTo(0.5);
    }
}
