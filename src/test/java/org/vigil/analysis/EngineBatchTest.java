package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's batch API gives each document what {@link AnalysisEngine#analyze} gives it, in the same order. */
class EngineBatchTest {

    @Test
    void aBatchGivesEachDocumentItsOwnResultInOrder() {
        AnalysisEngine engine = SeedRegistry.engine();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(Document.of(
                    "d" + i,
                    switch (i % 4) {
                        case 0 -> SeedRegistry.text("002.txt");
                        case 1 -> "I will kill the ambassador in Ankara " + i;
                        case 2 -> "Lovely weather for the garden party " + i;
                        default -> "Ambassador Yerkhov opened the exhibition " + i;
                    }));
        }
        AnalysisEngine.Batch batch = engine.analyzeAll(docs);

        assertThat(batch.size()).isEqualTo(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            assertThat(batch.errors().get(i)).isNull();
            assertThat(batch.results().get(i)).isEqualTo(engine.analyze(docs.get(i)));
        }
    }
}
