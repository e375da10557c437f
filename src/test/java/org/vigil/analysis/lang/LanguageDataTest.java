package org.vigil.analysis.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageDataTest {

    @TempDir
    Path dir;

    private Path folder(String code, String properties) throws IOException {
        return TestLanguages.folder(dir, code, properties);
    }

    @Test
    void aLanguageIsAFolder() throws IOException {
        Path sv = folder("sv", "name = Swedish\nscript = Latin\nstemmer = snowball:swedish\n");
        Files.writeString(
                sv.resolve("titles.tsv"),
                "# role words\nword\trole\tnote?\nambassadör\tambassador\n"
                        + "\nkonsul\tconsul_general\tthe short form\n");

        LanguageData data = LanguageData.load(dir);

        Language swedish = data.language("sv").orElseThrow();
        assertThat(swedish.name()).isEqualTo("Swedish");
        assertThat(swedish.stemmer().stem("ambassadörerna"))
                .isEqualTo(swedish.stemmer().stem("ambassadören"));
        assertThat(data.rows("titles"))
                .filteredOn(r -> r.language().equals("sv"))
                .extracting(r -> r.get("word"), r -> r.line(), r -> r.get("note"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ambassadör", 3, ""),
                        org.assertj.core.groups.Tuple.tuple("konsul", 5, "the short form"));
        // the shipped languages are there too
        assertThat(data.language("ru")).isPresent();
    }

    @Test
    void aDialectNamesItsLanguage() throws IOException {
        folder("xx", "name = X\nscript = Latin\n");
        folder("xx-north", "name = Northern X\nscript = Latin\nparent = xx\n");
        LanguageData data = LanguageData.fromDirectory(dir);
        assertThat(data.dialects("xx")).containsExactly("xx-north");
        assertThat(data.stemmer("xx").stem("words")).isEqualTo("words");
    }

    @Test
    void aMalformedRowFailsWithItsFileAndLine() throws IOException {
        Path xx = folder("xx", "name = X\nscript = Latin\n");
        Files.writeString(xx.resolve("titles.tsv"), "word\trole\nfine\tambassador\nno-role\t\n");
        LanguageData data = LanguageData.fromDirectory(dir);
        assertThatThrownBy(() -> data.rows("titles"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessage("xx/titles.tsv:3: the row has no value in column 'role', which is required");
    }

    @Test
    void aStrayTabOrABadHeaderIsNamed() {
        assertThatThrownBy(() -> Table.parse("xx", "xx/t.tsv", "a\tb\n1\t2\t3\n"))
                .hasMessageStartingWith("xx/t.tsv:2: the row has 3 cells but the header names 2 columns");
        assertThatThrownBy(() -> Table.parse("xx", "xx/t.tsv", "# only\nWord\trole\n"))
                .hasMessageStartingWith("xx/t.tsv:2: the header's column 1 is 'Word'");
        assertThatThrownBy(() -> Table.parse("xx", "xx/t.tsv", "# nothing but comments\n"))
                .hasMessage("xx/t.tsv: the file has no header line naming its columns");
    }

    @Test
    void anUnknownStemmerOrKeyOrEncodingFailsAtLoad() throws IOException {
        folder("xx", "name = X\nscript = Latin\nstemmer = snowball:klingon\n");
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("xx/language.properties")
                .hasMessageContaining("no Snowball stemmer 'klingon'");

        folder("xx", "name = X\nscript = Latin\nstemer = none\n");
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir)).hasMessageContaining("unknown key 'stemer'");

        Path xx = folder("xx", "name = X\nscript = Latin\n");
        Files.write(xx.resolve("titles.tsv"), new byte[] {'w', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        LanguageData data = LanguageData.fromDirectory(dir);
        assertThatThrownBy(() -> data.rows("titles")).hasMessage("xx/titles.tsv: is not valid UTF-8");
    }

    @Test
    void aTaggerIsADictionaryOnTheClassPathOrTheLoadFailsSayingWhich() throws IOException {
        folder("xx", "name = X\nscript = Latin\ntagger = treetagger:xx\n");
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("xx/language.properties")
                .hasMessageContaining("tagger 'treetagger:xx' is unknown");
        folder("xx", "name = X\nscript = Latin\ntagger = morfologik:/no/such/xx.dict\n");
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir))
                .hasMessageContaining("/no/such/xx.dict is not on the class path");
        // a folder can name the shipped Russian dictionary: readings are lemma and tag features
        folder("xx", "name = X\nscript = Cyrillic\ntagger = morfologik:/org/languagetool/resource/ru/russian.dict\n");
        Tagger tagger =
                LanguageData.fromDirectory(dir).language("xx").orElseThrow().tagger();
        assertThat(tagger.read("убью")).anySatisfy(r -> {
            assertThat(r.lemma()).isEqualTo("убить");
            assertThat(r.features()).contains("VB", "Fut", "P1");
        });
        assertThat(tagger.read("qwxz")).isEmpty();
    }

    @Test
    void aFolderWithoutPropertiesIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("xx"));
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir))
                .hasMessageStartingWith("xx/language.properties: is missing");
    }

    @Test
    void aFolderWhoseNameIsNoLanguageCodeIsRefused() throws IOException {
        folder("Swedish", "name = Swedish\nscript = Latin\n");
        assertThatThrownBy(() -> LanguageData.fromDirectory(dir))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("'Swedish' is not a language code");
    }

    @Test
    void everyShippedLanguageLoadsWithItsMorphology() {
        LanguageData data = LanguageData.load(null);
        assertThat(data.languages())
                .extracting(Language::code)
                .contains("en", "ru", "uk", "tr", "ar", "fr", "de", "es", "pt", "it", "nl", "pl", "hi");
        assertThat(data.dialects("ar")).contains("ar-eg", "ar-lev", "ar-gulf");
        for (Language l : data.languages()) {
            assertThat(l.stemmer().stem("x")).as(l.code()).isNotNull();
        }
        // case and verb forms meet on one key
        Stemmer ru = data.stemmer("ru");
        assertThat(ru.stem("посольства")).isEqualTo(ru.stem("посольство"));
        Stemmer uk = data.stemmer("uk");
        assertThat(uk.stem("посольства")).isEqualTo("посольство");
        Stemmer tr = data.stemmer("tr");
        assertThat(tr.stem("büyükelçiliği")).isEqualTo(tr.stem("büyükelçilik"));
        // the definite article and attached conjunction go
        Stemmer ar = data.stemmer("ar");
        assertThat(ar.stem("والسفارة")).isEqualTo(ar.stem("سفارة"));
        Stemmer pl = data.stemmer("pl");
        assertThat(pl.stem("ambasadzie")).isEqualTo(pl.stem("ambasada"));
    }
}
