package org.vigil.analysis.threat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.TestLanguages;

/** Concept forms written from bilingual dictionaries in the dictd format, and the review that corrects them. */
class ConceptFormsGeneratorTest {

    @TempDir
    Path dir;

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static String b64(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.insert(0, BASE64.charAt(n % 64));
            n /= 64;
        } while (n > 0);
        return b.toString();
    }

    /** A dictd dictionary: headword, then its entry body. */
    private void dictionary(Path dicts, String name, String... entries) throws IOException {
        StringBuilder index = new StringBuilder();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = 0; i < entries.length; i += 2) {
            byte[] entry = (entries[i] + " /x/\n" + entries[i + 1] + "\n").getBytes(UTF_8);
            index.append(entries[i])
                    .append('\t')
                    .append(b64(text.size()))
                    .append('\t')
                    .append(b64(entry.length))
                    .append('\n');
            text.write(entry);
        }
        Files.writeString(dicts.resolve(name + ".index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dicts.resolve(name + ".dict.dz")))) {
            out.write(text.toByteArray());
        }
    }

    private LanguageData languages(String review) throws IOException {
        Path langs = Files.createDirectories(dir.resolve("langs"));
        Files.writeString(TestLanguages.folder(langs, "en").resolve("concept-seeds.tsv"), """
                concept\tword\tpos\treverse
                kill\tkill\tany\tyes
                die\tdie\tv\tno
                """);
        Path fr = TestLanguages.folder(langs, "fr", "name = French\nscript = Latin\nstemmer = snowball:french\n");
        if (review != null) {
            Files.writeString(fr.resolve("concept-forms-review.tsv"), "concept\tform\taction\treason\n" + review);
        }
        return LanguageData.fromDirectory(langs);
    }

    private Path dictionaries() throws IOException {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        dictionary(
                dicts,
                "freedict-eng-fra",
                "kill",
                "1. tuer <v>, abattre <v>, rectifier\n2. faire mourir",
                "die",
                "dé <n>\n   Note: a game piece",
                "die",
                "mourir <v>, décéder <v>");
        dictionary(
                dicts,
                "freedict-fra-eng",
                "tuer",
                "kill, slay",
                "abattre",
                "fell, shoot down",
                "assassiner",
                "to murder; kill",
                "dé",
                "die <n>");
        return dicts;
    }

    private static List<String> forms(List<String[]> rows) {
        return rows.stream().map(r -> r[0] + ":" + r[1]).toList();
    }

    @Test
    void translationsConfirmedBackAndHeadwordsGlossedBySeedsAreKept() throws IOException {
        List<String[]> rows = ConceptFormsGenerator.generate(
                languages(null), dictionaries(), "fr", new PrintStream(OutputStream.nullOutputStream()));
        // tuer: both ways; assassiner: glossed "kill" by the French-English side; rectifier: unknown there, kept;
        // abattre: the French-English side glosses it otherwise; dé: the noun, not the verb "die"; the phrase
        // "faire mourir" is not one word
        assertThat(forms(rows))
                .containsExactlyInAnyOrder(
                        "kill:assassiner", "kill:rectifier", "kill:tuer", "die:décéder", "die:mourir");
    }

    @Test
    void theReviewStrikesWrongSensesAndAddsMissingForms() throws IOException {
        List<String[]> rows = ConceptFormsGenerator.generate(
                languages("""
                kill\trectifier\tstrike\tsense
                *\tdécéder\tstrike\tregister
                kill\tzigouiller\tadd\tmissing-from-dictionary
                """), dictionaries(), "fr", new PrintStream(OutputStream.nullOutputStream()));
        assertThat(forms(rows))
                .containsExactlyInAnyOrder("kill:assassiner", "kill:tuer", "kill:zigouiller", "die:mourir");
    }

    @Test
    void writtenFileNamesItsSourceAndLicence() throws IOException {
        Path file = dir.resolve("concept-forms.tsv");
        ConceptFormsGenerator.write(
                List.<String[]>of(new String[] {"kill", "tuer", "kill", "eng-fra fra-eng"}),
                "fr",
                Path.of("/usr/share/dictd"),
                file);
        String text = Files.readString(file);
        assertThat(text)
                .contains(
                        "GPL-2.0-or-later",
                        "bin/vigil concepts fr",
                        "concept\tform\tseeds?\tsources\n",
                        "kill\ttuer\tkill\teng-fra fra-eng\n");
    }

    @Test
    void aBadReviewRowOrAMissingDictionaryIsReportedClearly() throws IOException {
        Path dicts = dictionaries();
        LanguageData bad = languages("kill\ttuer\tremove\tsense\n");
        assertThatThrownBy(() -> ConceptFormsGenerator.generate(
                        bad, dicts, "fr", new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("fr/concept-forms-review.tsv:2");
        Path empty = Files.createDirectories(dir.resolve("none"));
        assertThatThrownBy(() -> ConceptFormsGenerator.generate(
                        languages(null), empty, "fr", new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dict-freedict-eng-fra");
    }
}
