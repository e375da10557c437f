package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.analysis.threat.Concepts.Concept;

/** The concept forms and affixes of the language folders, as the threat model sees a word. */
class ConceptsTest {

    private static java.util.List<Concept> of(String word) {
        return Concepts.of(Features.normalise(word));
    }

    @Test
    void inflectedFormsMeetTheirConceptByPrefixOrRoot() {
        assertThat(of("killing")).containsExactly(Concept.KILL);
        assertThat(of("убийца")).contains(Concept.KILL);
        assertThat(of("والقتل")).contains(Concept.KILL);
    }

    @Test
    void affixesCarryTenseAndPerson() {
        // Turkish future tense with the second person ending: "you will die"
        assertThat(of("öleceksin")).contains(Concept.DIE, Concept.FUTURE, Concept.YOU);
        // Arabic future prefix with "we" and the object suffix "you": "we will kill you"
        assertThat(of("سنقتلك")).contains(Concept.KILL, Concept.FUTURE, Concept.WE, Concept.YOU);
        // the object suffix alone on a word that names no concept is nothing
        assertThat(of("كتابك")).isEmpty();
    }

    @Test
    void lettersAreFoldedBeforeLookUp() {
        assertThat(Features.normalise("ЁЖ İ أ")).isEqualTo("еж i ا");
        assertThat(of("Смёртью")).contains(Concept.DIE);
    }

    @Test
    void ordinaryWordsNameNoConcept() {
        assertThat(of("embassy")).isEmpty();
        assertThat(of("посольство")).isEmpty();
    }

    private static java.util.List<Concept> of(String word, String language) {
        return Concepts.of(Features.normalise(word), language);
    }

    @Test
    void generatedFormsMeetInflectionsThroughTheLanguagesStemmer() {
        assertThat(of("tuerai", "fr")).contains(Concept.KILL);
        assertThat(of("getötet", "de")).isEmpty();
        assertThat(of("töten", "de")).contains(Concept.KILL);
        assertThat(of("matarán", "es")).contains(Concept.KILL);
        assertThat(of("zabijać", "pl")).contains(Concept.KILL);
        assertThat(of("umierać", "pl")).contains(Concept.DIE);
        // the same word in a language without generated forms, or with no language, is not looked up there
        assertThat(of("tuerai", "en")).isEmpty();
        assertThat(of("tuerai", null)).isEmpty();
    }

    @Test
    void aWordThatIsAFormItselfTakesOnlyThatFormsConcepts() {
        // French "tu" (you) and "tuer" (kill) share the stem "tu"
        assertThat(of("tu", "fr")).containsExactly(Concept.YOU);
        assertThat(of("tué", "fr")).contains(Concept.KILL);
    }

    @Test
    void aDialectReadsItsParentLanguagesForms() {
        assertThat(Concepts.hasForms("ar-eg")).isTrue();
        assertThat(of("السكين", "ar-eg")).isEqualTo(of("السكين", "ar")).contains(Concept.WEAPON);
    }
}
