package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;

/** The threat patterns are the rows of the language folders: a new folder's rows are used, a bad row is named. */
class ThreatPatternsTest {

    private static final String HEADER = "category\tweight?\ttarget?\tpattern\tobject?\tnote?\n";

    @TempDir
    Path dir;

    /** A language folder under {@link #dir} with its properties: name, script and more lines. */
    private Path folder(String code, String name, String script, String more) throws IOException {
        Path f = Files.createDirectories(dir.resolve(code));
        return Files.writeString(
                        f.resolve("language.properties"), "name = " + name + "\nscript = " + script + "\n" + more)
                .getParent();
    }

    private Path swedish() throws IOException {
        return folder("sv", "Swedish", "Latin", "stemmer = snowball:swedish\n");
    }

    @Test
    void aPatternOfANewLanguageFolderIsUsed() throws IOException {
        Path sv = swedish();
        Files.writeString(
                sv.resolve("threat-macros.tsv"), "name\tregex\tnote?\nYOU\t(?:dig|er)\tthe object pronouns\n");
        Files.writeString(
                sv.resolve("threat-patterns.tsv"),
                "# a test pattern\n" + HEADER
                        + "direct-threat\t0.9\taddressee\t{B}(?:jag{S}ska{S}döda{S}{YOU}){E}\n"
                        + "idiom\t\t\t{B}(?:döda{S}tiden){E}\n");

        ThreatLexicon lexicon = ThreatLexicon.from(LanguageData.load(dir));

        String text = "Jag ska döda dig i morgon";
        assertThat(lexicon.scan(text)).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(ThreatCategory.DIRECT_THREAT);
            assertThat(f.span().text()).isEqualTo("Jag ska döda dig");
            assertThat(f.score()).isEqualTo(0.9);
            assertThat(f.slot()).isEqualTo(Slot.ADDRESSEE);
        });
        assertThat(lexicon.scanAll("vi ska döda tiden").idioms())
                .extracting(s -> s.text())
                .containsExactly("döda tiden");
        // through the classifier too, and the shipped languages' patterns are still there
        ThreatClassifier classifier = new ThreatClassifier(null, lexicon);
        assertThat(classifier.assess(text, "sv", null).threat().level()).isEqualTo(ThreatLevel.CRITICAL);
        assertThat(lexicon.scan("we will kill you"))
                .extracting(Finding::category)
                .contains(ThreatCategory.DIRECT_THREAT);
        // the shared lexicon, built from the shipped folders only, knows no Swedish
        assertThat(ThreatLexicon.shared().scan(text)).isEmpty();
    }

    @Test
    void aDialectUsesItsLanguagesMacrosAndAnotherScriptRunsOnItsLetters() throws IOException {
        Path el = folder("el", "Greek", "Greek", "");
        Files.writeString(el.resolve("threat-macros.tsv"), "name\tregex\tnote?\nKILL\tσκοτώσ\\p{L}{0,3}\n");
        Path north = folder("el-north", "Northern Greek", "Greek", "parent = el\n");
        Files.writeString(
                north.resolve("threat-patterns.tsv"), HEADER + "incitement\t0.8\tnearest\t{B}(?:{KILL}{S}τους){E}\n");

        ThreatLexicon lexicon = ThreatLexicon.from(LanguageData.fromDirectory(dir));

        assertThat(lexicon.scan("Σκοτώστε τους!"))
                .extracting(Finding::category)
                .containsExactly(ThreatCategory.INCITEMENT);
        assertThat(lexicon.rules())
                .singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo("el-north/threat-patterns.tsv:2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "bad category|thret\t0.9\taddressee\t{B}kill|:3: column 'category' is 'thret': expected one of direct-threat,",
                "weight out of range|direct-threat\t1.5\taddressee\t{B}kill|:3: column 'weight' is '1.5': expected a number from 0.0 to 1.0",
                "no weight|attack\t\tnearest\t{B}kill|:3: a pattern of category 'attack' needs a weight (0 to 1) and a target",
                "bad target|attack\t0.5\tbehind\t{B}kill|:3: column 'target' is 'behind': expected one of object_after,",
                "idiom with a weight|idiom\t0.5\t\t{B}kill|:3: an idiom is no evidence: leave its weight and target empty",
                "regex that does not compile|attack\t0.5\tnearest\t{B}(?:kill|:3: column 'pattern' does not compile",
                "unknown macro|attack\t0.5\tnearest\t{B}(?:{KILLS})|:3: column 'pattern' uses the unknown macro {KILLS}",
                "unknown macro in the object|attack\t0.5\tnearest\t{B}shot\t{PEOPLE}|:3: column 'object' uses the unknown macro {PEOPLE}",
            })
    void aMalformedPatternRowFailsWithItsFileAndLine(String what, String row, String message) throws IOException {
        Path sv = swedish();
        Files.writeString(sv.resolve("threat-patterns.tsv"), HEADER + "attack\t0.5\tnearest\t{B}fine\n" + row + "\n");
        LanguageData data = LanguageData.fromDirectory(dir);
        assertThatThrownBy(() -> ThreatLexicon.from(data))
                .as(what)
                .isInstanceOf(LanguageDataException.class)
                .hasMessageStartingWith("sv/threat-patterns.tsv" + message);
    }

    @Test
    void aMalformedMacroFailsWithItsFileAndLine() throws IOException {
        Path sv = swedish();
        Files.writeString(sv.resolve("threat-patterns.tsv"), HEADER);
        Files.writeString(sv.resolve("threat-macros.tsv"), "name\tregex\tnote?\nOK\tx\nB\t\\b\n");
        assertThatThrownBy(() -> ThreatLexicon.from(LanguageData.fromDirectory(dir)))
                .hasMessage("sv/threat-macros.tsv:3: the macro B is already defined (it is built in)");
        Files.writeString(sv.resolve("threat-macros.tsv"), "name\tregex\tnote?\nOK\tx\nBAD\t(?:x{LATER}\n");
        assertThatThrownBy(() -> ThreatLexicon.from(LanguageData.fromDirectory(dir)))
                .hasMessageStartingWith("sv/threat-macros.tsv:3: column 'regex' uses the unknown macro {LATER}");
        Files.writeString(sv.resolve("threat-macros.tsv"), "name\tregex\tnote?\nOK\tx\nBAD\t[x\n");
        assertThatThrownBy(() -> ThreatLexicon.from(LanguageData.fromDirectory(dir)))
                .hasMessageStartingWith("sv/threat-macros.tsv:3: column 'regex' does not compile");
    }

    @Test
    void theCommonWordsAndAbbreviationsAreReadFromTheFoldersToo() throws IOException {
        Path sv = swedish();
        Files.writeString(sv.resolve("threat-common-words.tsv"), "word\tnote?\ndig\n");
        Files.writeString(sv.resolve("sentence-abbreviations.tsv"), "abbreviation\tnote?\nBl.a\tbland annat\n");
        LanguageData data = LanguageData.fromDirectory(dir);
        assertThat(Anchors.commonWords(data)).containsExactly("dig");
        assertThat(Sentences.abbreviations(data)).containsExactly("bl.a");
        // the shipped ones
        assertThat(Sentences.abbreviations()).contains("mr", "u.s");
        assertThat(Sentences.isBoundaryAfter("Mr. Yerkhov came.", 2)).isFalse();

        Files.writeString(sv.resolve("threat-common-words.tsv"), "word\tnote?\ndig\nto words\n");
        Files.writeString(sv.resolve("sentence-abbreviations.tsv"), "abbreviation\tnote?\nt.ex.\n");
        LanguageData bad = LanguageData.fromDirectory(dir);
        assertThatThrownBy(() -> Anchors.commonWords(bad))
                .hasMessageStartingWith("sv/threat-common-words.tsv:3: column 'word' is 'to words'");
        assertThatThrownBy(() -> Sentences.abbreviations(bad))
                .hasMessageStartingWith("sv/sentence-abbreviations.tsv:2: column 'abbreviation' is 't.ex.'");
    }
}
