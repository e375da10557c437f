package org.vigil.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * A news article's targets come from its headline and body together: "the embassy" is the mission of the
 * nationality the article names, in the city or capital it names ("the Turkish capital" is Ankara, from the
 * country data), a dateline sets the place. The articles are the team's own text.
 */
class ArticleTargetsTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ArticleTargetsTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static List<String> targets(String title, String text) {
        AnalysisResult r =
                engine.analyze(new Document("a", text, title, null, null, null, "en", DocumentKind.ARTICLE, null));
        return r.targets().stream().map(Target::entityId).toList();
    }

    @Test
    void theEmbassyInACapitalNamedByItsCountryIsTheMissionThere() {
        assertThat(targets(
                        "Russian embassy attacked in the Turkish capital",
                        "Protesters threw stones and petrol bombs at the embassy on Monday and tried to set the gate on "
                                + "fire, police said."))
                .contains("ru-embassy-ankara")
                .doesNotContain("ru-consulate-istanbul");
    }

    @Test
    void theDatelineSetsThePlaceOfTheMissionTheBodyNames() {
        assertThat(targets(
                        "Consulate attacked",
                        "ISTANBUL (Reuters) - A man opened fire on the Russian consulate "
                                + "general on Tuesday, wounding a guard, officials said."))
                .contains("ru-consulate-istanbul")
                .doesNotContain("ru-embassy-ankara");
    }
}
