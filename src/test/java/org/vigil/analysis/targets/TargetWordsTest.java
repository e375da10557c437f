package org.vigil.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.TestLanguages;

/** The words of speech and comparison are target-words.tsv of the language folders. */
class TargetWordsTest {

    @TempDir
    Path dir;

    private Path folder(String code) throws IOException {
        return TestLanguages.folder(dir, code);
    }

    private static Mention karlov(String text) {
        int at = text.indexOf("Karlov");
        return new Mention("karlov", EntityType.PERSON, "Karlov", at, at + 6, 0.9);
    }

    @Test
    void aComparisonWordAddedInALanguageFolderMakesTheComparedNoTarget() throws IOException {
        String text = "Du kommer att dö liksom Karlov.";
        TargetResolver shipped = new TargetResolver(SeedFixtures.registry());
        assertThat(shipped.isComparison(text, karlov(text))).isFalse();

        Files.writeString(folder("sv").resolve("target-words.tsv"), "use\tform\nas\tliksom\n");
        TargetResolver withSwedish = new TargetResolver(SeedFixtures.registry(), LanguageData.load(dir));
        assertThat(withSwedish.isComparison(text, karlov(text))).isTrue();
        // the shipped languages' words are still there
        String english = "You will die like Karlov.";
        assertThat(withSwedish.isComparison(english, karlov(english))).isTrue();
    }

    @Test
    void aFormThatIsNoRegularExpressionFailsWithItsFileAndLine() throws IOException {
        Files.writeString(folder("xx").resolve("target-words.tsv"), "# words\nuse\tform\nas\tliksom\nlike\tsom(\n");
        assertThatThrownBy(() -> new TargetResolver(SeedFixtures.registry(), LanguageData.load(dir)))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith("xx/target-words.tsv:4: column 'form' is not a regular expression");
    }

    @Test
    void anUnknownUseFailsWithItsFileAndLine() throws IOException {
        Files.writeString(folder("xx").resolve("target-words.tsv"), "use\tform\nsimile\tliksom\n");
        assertThatThrownBy(() -> new TargetResolver(SeedFixtures.registry(), LanguageData.load(dir)))
                .hasMessageStartingWith("xx/target-words.tsv:2: column 'use' is 'simile'");
    }
}
