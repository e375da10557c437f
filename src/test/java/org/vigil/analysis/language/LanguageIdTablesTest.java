package org.vigil.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;

/** The identifier's words and letters come from the language folders, and a bad row names its file and line. */
class LanguageIdTablesTest {

    @TempDir
    Path dir;

    private Path folder(String code) throws IOException {
        Path f = Files.createDirectories(dir.resolve(code));
        Files.writeString(f.resolve("language.properties"), "name = " + code + "\nscript = Latin\n");
        return f;
    }

    private void load() {
        LanguageIdentifier.load(LanguageData.fromDirectory(dir), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    @Test
    void wordsAndLettersAreReadFromTheFolders() throws IOException {
        Files.writeString(folder("de").resolve("language-id-words.tsv"), "# two words\nword\nund\nnicht\n");
        Files.writeString(dir.resolve("de").resolve("language-id-letters.tsv"), "letter\tweight\nß\t3\n");
        Map<String, Integer> words = new HashMap<>();
        Map<Character, int[]> latin = new HashMap<>();
        LanguageIdentifier.load(LanguageData.fromDirectory(dir), words, latin, new HashMap<>());
        int de = LanguageIdentifier.latinCodes().indexOf("de");
        assertThat(words).containsOnlyKeys("und", "nicht").containsEntry("und", 1 << de);
        int[] expected = new int[LanguageIdentifier.latinCodes().size()];
        expected[de] = 3;
        assertThat(latin.get('ß')).containsExactly(expected);
    }

    @Test
    void aLetterWithABadWeightFailsWithItsFileAndLine() throws IOException {
        Files.writeString(folder("tr").resolve("language-id-letters.tsv"), "letter\tweight\nğ\t3\nş\theavy\n");
        assertThatThrownBy(this::load)
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith("tr/language-id-letters.tsv:3: column 'weight' is 'heavy'");
    }

    @Test
    void wordsOfALanguageTheIdentifierDoesNotVoteOnAreRejected() throws IOException {
        Files.writeString(folder("sv").resolve("language-id-words.tsv"), "word\noch\n");
        assertThatThrownBy(this::load)
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith("sv/language-id-words.tsv:2: the language identifier votes with words only");
    }

    @Test
    void aMalformedResourceTableFailsWithItsFileAndLine() {
        assertThatThrownBy(() -> org.vigil.analysis.lang.ResourceTable.of(
                        LanguageIdTablesTest.class, "/org/vigil/analysis/lang/malformed-table.tsv"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith("org/vigil/analysis/lang/malformed-table.tsv:4: the row has 3 cells");
        assertThatThrownBy(() -> org.vigil.analysis.lang.ResourceTable.of(LanguageIdTablesTest.class, "none.tsv"))
                .hasMessageContaining("org/vigil/analysis/language/none.tsv");
    }

    @Test
    void theShippedTablesKeepTheLetterVotes() {
        LanguageIdentifier id = LanguageIdentifier.shared();
        assertThat(id.detect("Привіт, як справи")).isEqualTo("uk");
        assertThat(id.detect("Съешь этих мягких булок")).isEqualTo("ru");
        assertThat(id.detect("¿Dónde está la embajada? Mañana")).isEqualTo("es");
    }
}
