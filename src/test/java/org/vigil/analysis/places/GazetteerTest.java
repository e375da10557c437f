package org.vigil.analysis.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Document;
import org.vigil.analysis.Place;
import org.vigil.analysis.SeedRegistry;
import org.vigil.analysis.text.Tokenizer;

/** Issue 3, capability 6: cities and countries in many scripts, each with its ISO country. */
class GazetteerTest {

    private static List<Place> places(String text) {
        List<Place> found = Gazetteer.shared().find(Tokenizer.tokenize(text));
        found.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
        return found;
    }

    @Test
    void seed000NamesAnkaraAndMoscow() {
        List<Place> places = SeedRegistry.engine()
                .analyze(Document.of("000", SeedRegistry.text("000.txt")))
                .places();
        assertThat(places)
                .extracting(Place::text, Place::country)
                .contains(tuple("Ankara", "TR"), tuple("Moscow", "RU"));
    }

    @Test
    void citiesAndCountriesInSeveralScriptsAndCaseForms() {
        assertThat(places("Встреча в Москве и Анкаре, потом в Турции"))
                .extracting(Place::text, Place::country)
                .containsExactly(tuple("Москве", "RU"), tuple("Анкаре", "TR"), tuple("Турции", "TR"));
        assertThat(places("اجتماع في أنقرة وموسكو")).extracting(Place::country).containsExactly("TR", "RU");
        assertThat(places("Flights from New York to İstanbul and Ankara'da"))
                .extracting(Place::text, Place::country)
                .containsExactly(tuple("New York", "US"), tuple("İstanbul", "TR"), tuple("Ankara", "TR"));
        assertThat(places("Συνάντηση στην Αθήνα")).extracting(Place::country).containsExactly("GR");
        assertThat(places("Посольство в Нью-Йорке и в Вашингтоне; talks in Washington"))
                .extracting(Place::text, Place::country)
                .containsExactly(tuple("Нью-Йорке", "US"), tuple("Вашингтоне", "US"), tuple("Washington", "US"));
    }

    @Test
    void ordinaryWordsAreNotPlaces() {
        assertThat(places("we had turkey for dinner, a nice time, and then central heating"))
                .isEmpty();
        assertThat(places("Nice weather. Police said the Central Military Command met."))
                .isEmpty();
        assertThat(places("The Syrian army and Russian troops")).isEmpty();
    }

    @Test
    void theResourceIsCurrentWithTheKeyFunctions() {
        // the resource stores phonetic keys: if the key functions change without regenerating it, this fails
        assertThat(Gazetteer.shared().lookup(GazetteerBuilder.key("Ankara")))
                .isNotNull()
                .extracting(Gazetteer.Entry::country)
                .isEqualTo("TR");
        assertThat(Gazetteer.shared().lookup(GazetteerBuilder.key("أنقرة"))).isNotNull();
        assertThat(Gazetteer.shared().lookup(GazetteerBuilder.key("Москва")))
                .isNotNull()
                .extracting(Gazetteer.Entry::country)
                .isEqualTo("RU");
        assertThat(Gazetteer.shared().lookup(GazetteerBuilder.key("Damascus")))
                .isNotNull()
                .extracting(Gazetteer.Entry::country)
                .isEqualTo("SY");
    }
}
