package org.vigil.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.SeedRegistry;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.TestLanguages;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.shared.registryfile.RegistryFile;

/** The name readers' words are the language folders' tables: a language is added, or broken, without Java. */
class NameWordsTest {

    @TempDir
    Path dir;

    private Path folder(String code) throws IOException {
        return TestLanguages.folder(dir, code);
    }

    private static double confidence(NameWords words, String text) {
        RegistryFile registry = SeedRegistry.registry();
        PersonMatcher matcher = new PersonMatcher(new NameIndex(registry, key -> false, words));
        return matcher.find(Tokenizer.tokenize(text)).stream()
                .filter(m -> m.type() == EntityType.PERSON && m.entityId().equals("yerkhov"))
                .mapToDouble(Mention::confidence)
                .max()
                .orElse(0);
    }

    @Test
    void aTitleAddedInALanguageFolderMakesTheSurnameAloneAMention() throws IOException {
        String text = "Gestern sprach Ambassadören Yerkhov mit der Presse.";
        double before = confidence(NameWords.shared(), text);

        Files.writeString(
                folder("sv").resolve("titles.tsv"),
                "# Swedish role words\nword\trole\n" + "ambassadören\tambassador\n");
        double after = confidence(NameWords.of(LanguageData.load(dir)), text);

        // a role word that fits the registry role (AMBASSADOR) is the context a surname alone needs
        assertThat(after).isGreaterThanOrEqualTo(0.85).isGreaterThan(before);
    }

    @Test
    void aFunctionWordAddedInALanguageFolderIsNoNamesakesFirstName() throws IOException {
        // "Igår" capitalised before the surname reads as a namesake's first name until it is a function word
        String text = "Igår Yerkhov talade.";
        double before = confidence(NameWords.shared(), text);
        Files.writeString(folder("sv").resolve("function-words.tsv"), "word\nigår\n");
        double after = confidence(NameWords.of(LanguageData.load(dir)), text);
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void aMissionWordAddedInALanguageFolderFindsTheMission() throws IOException {
        RegistryFile registry = SeedRegistry.registry();
        String text = "Demonstranter samlades vid Rysslands beskickning i Ankara.";
        Files.writeString(folder("sv").resolve("mission-words.tsv"), "kind\tform\nembassy\tbeskickning\n");
        var tokens = Tokenizer.tokenize(text);
        List<Mention> before = new MissionMatcher(registry, Gazetteer.shared())
                .find(tokens, Gazetteer.shared().match(tokens));
        List<Mention> found = new MissionMatcher(registry, Gazetteer.shared(), NameWords.of(LanguageData.load(dir)))
                .find(tokens, Gazetteer.shared().match(tokens));
        assertThat(before).extracting(Mention::entityId).doesNotContain("ru-embassy-ankara");
        assertThat(found).extracting(Mention::entityId).contains("ru-embassy-ankara");
    }

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of(
                        "titles.tsv",
                        "word\trole\nambassadör\tambassador\nkonsul\tconsul-generall\n",
                        "xx/titles.tsv:3: column 'role' names 'consul-generall'"),
                Arguments.of(
                        "mission-words.tsv",
                        "# posts\nkind\tform\nembassy\tambassad\nlegation\tlegat\n",
                        "xx/mission-words.tsv:4: column 'kind' is 'legation'"),
                Arguments.of(
                        "surname-endings.tsv",
                        "key\tuse\tclass?\nov\tsuffix\tov\nова\tsuffix\n",
                        "xx/surname-endings.tsv:3: the key"),
                Arguments.of(
                        "abbreviations.tsv",
                        "abbreviation\tcountry\nUSA\tUSA\n",
                        "xx/abbreviations.tsv:2: column 'country' is 'USA'"),
                Arguments.of(
                        "country-words.tsv",
                        "form\tposition\trole\ni\tbefore\thost\nav\tafter\tsender\n",
                        "xx/country-words.tsv:3: column 'role' is 'sender'"),
                Arguments.of(
                        "function-words.tsv",
                        "word\tnote?\noch\n\tno word\n",
                        "xx/function-words.tsv:3: the row has no value in column 'word', which is required"),
                Arguments.of(
                        "name-particles.tsv",
                        "word\tarticle?\nvan\nal\tmaybe\n",
                        "xx/name-particles.tsv:3: column 'article' is 'maybe'"),
                Arguments.of(
                        "latin-readings.tsv",
                        "rank\tfrom\tto\tcase\n1\tj\tdj\tkeep\n2\tnh lh\tni\tlower\n",
                        "xx/latin-readings.tsv:3: columns 'from' and 'to' have 2 and 1 letter groups"),
                Arguments.of(
                        "mission-plurals.tsv",
                        "ending\nies\nar ter\n",
                        "xx/mission-plurals.tsv:3: column 'ending' is 'ar ter'"));
    }

    @ParameterizedTest
    @MethodSource("malformedRows")
    void aMalformedRowFailsWithItsFileAndLine(String file, String content, String message) throws IOException {
        Files.writeString(folder("xx").resolve(file), content);
        assertThatThrownBy(() -> NameWords.of(LanguageData.load(dir)))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theShippedTablesLoad() {
        NameWords words = NameWords.shared();
        assertThat(words.titles.of(Tokenizer.tokenize("ambassador").pkey(0))).isNotNull();
        assertThat(words.isArticle("al")).isTrue();
        assertThat(words.surnames.suffixClass("ierHova")).isEqualTo("ov");
    }
}
