package org.vigil.analysis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.Document;
import org.vigil.shared.registryfile.RegistryFile;

/** Every table shipped in a language folder is read by some reader: no file lies unused. */
class ShippedLanguagesTest {

    private static final Path FOLDERS = Path.of("src/main/resources/org/vigil/analysis/lang");

    /** Readers outside the engine: the article extractor of the intake and the gazetteer's build tool. */
    private static final List<String> OTHER_READERS =
            List.of("org.vigil.ingest.articles.ArticleExtractor", "org.vigil.analysis.places.GazetteerBuilder");

    @Test
    void everyShippedTableIsReadWhenTheEngineRuns() throws IOException, ClassNotFoundException {
        for (String reader : OTHER_READERS) {
            Class.forName(reader, true, getClass().getClassLoader());
        }
        // the concept seeds and reviews are read by `bin/vigil concepts`, which writes the concept forms
        org.vigil.analysis.threat.ConceptFormsGenerator.checkTables(LanguageData.shared());
        // the relative dates and event words are read by the appearances' risk, through AppearanceCues
        org.vigil.analysis.AppearanceCues.shared();
        // the behaviour cues are read by the persons of interest, through BehaviourCues
        org.vigil.analysis.BehaviourCues.shared();
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(List.of(), List.of()));
        for (String text : List.of(
                "Ambassador Yerkhov: we will kill you.",
                "Посол Ерхов, прощайся с жизнью.",
                "Büyükelçi Yerkhov öleceksin.",
                "سنقتلك يا سفير",
                "L'ambassadeur de Russie à Ankara.",
                "Je vais te tuer.",
                "Ich werde dich töten.",
                "Te voy a matar.",
                "Vou te matar.",
                "Ti ucciderò.",
                "Ik ga je doden.",
                "Zabiję cię.",
                "मैं तुम्हें मार दूँगा")) {
            engine.analyze(Document.of("d", text));
        }
        List<String> unread = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FOLDERS)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String code = f.getParent().getFileName().toString();
                String table = f.getFileName().toString().replaceFirst("\\.tsv$", "");
                Language language = LanguageData.shared().language(code).orElse(null);
                if (language == null) {
                    folders.add(code);
                } else if (!language.tablesRead().contains(table)) {
                    unread.add(code + "/" + table + ".tsv");
                }
            }
        }
        assertThat(folders)
                .as("folders with tables that languages.txt does not list")
                .isEmpty();
        assertThat(unread)
                .as("tables no reader asks for (misnamed, or left over)")
                .isEmpty();
    }

    @Test
    void theJarShipsLinguasModelOfEveryLanguageTheIdentifierAsksItFor() throws IOException {
        // the jar takes only these models from Lingua's 75 (pom.xml, lingua.models); a Latin-script folder whose
        // model is left out would be told by its words alone in production, though the tests, reading all of
        // Lingua, would not notice
        String pom = Files.readString(Path.of("pom.xml"));
        int from = pom.indexOf("<lingua.models>");
        String models = pom.substring(from, pom.indexOf("</lingua.models>", from));
        assertThat(models).contains("language-models/ru/**", "language-models/uk/**");
        LanguageData.shared().languages().stream()
                .filter(l -> l.script().equalsIgnoreCase("Latin") && l.parent().isEmpty())
                .forEach(l -> assertThat(models)
                        .as("pom.xml lingua.models ships the models of " + l.code())
                        .contains(
                                "language-models/" + l.code() + "/unigrams.json",
                                "language-models/" + l.code() + "/bigrams.json",
                                "language-models/" + l.code() + "/trigrams.json"));
    }
}
