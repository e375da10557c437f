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
    void theRussianTaggerGivesPersonTenseAndMoodAsConcepts() {
        // the ending says "I will": future, first person; the lemma "ubit'" is a generated form of kill
        assertThat(Concepts.of(Features.normalise("убью"), "ru")).contains(Concept.KILL, Concept.WE, Concept.FUTURE);
        // imperative, second person: addressed to "you"
        assertThat(Concepts.of(Features.normalise("сдохни"), "ru")).contains(Concept.DIE, Concept.YOU);
        // the past tense is neither "I will" nor "you": "he killed" is a report
        assertThat(Concepts.of(Features.normalise("убил"), "ru"))
                .contains(Concept.KILL)
                .doesNotContain(Concept.FUTURE, Concept.YOU, Concept.WE);
        // a pronoun in any case is the person it names
        assertThat(Concepts.of(Features.normalise("тобою"), "ru")).contains(Concept.YOU);
        // without the language the tagger is not asked
        assertThat(Concepts.of(Features.normalise("убью"), null)).doesNotContain(Concept.FUTURE);
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
