package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 3, the seed scenario's bullets about mentions (seed texts and registry copied from shared/). */
class SeedMentionsTest {

    private static List<Mention> mentions(String file, String entityId) {
        String text = SeedRegistry.text(file);
        AnalysisResult r = SeedRegistry.engine().analyze(Document.of(file, text));
        r.mentions().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        return r.mentions().stream().filter(m -> m.entityId().equals(entityId)).toList();
    }

    @Test
    void seed002YerkhovIsMentionedAtEachSpellingAndErokhinAtMostLow() {
        List<Mention> yerkhov = mentions("002.txt", "yerkhov");
        for (String spelling : List.of("Yerkhov", "Erkhov", "Erokhov")) {
            assertThat(yerkhov).as(spelling).anySatisfy(m -> {
                assertThat(m.text()).endsWith(spelling);
                assertThat(m.confidence()).isGreaterThanOrEqualTo(0.5);
            });
        }
        assertThat(yerkhov)
                .filteredOn(m -> m.text().contains("Erokhin"))
                .allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.5));
        assertThat(yerkhov)
                .filteredOn(m -> m.text().contains("Yerkhov") || m.text().contains("Erkhov"))
                .allSatisfy(m -> assertThat(m.confidence()).isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void seed002NamesTheEmbassyAndItsPeople() {
        assertThat(mentions("002.txt", "ru-embassy-ankara")).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Russian embassy in Ankara");
            assertThat(m.confidence()).isGreaterThanOrEqualTo(0.9);
        });
        assertThat(mentions("002.txt", "karlov")).isNotEmpty();
        assertThat(mentions("002.txt", "kasimova")).isNotEmpty();
        assertThat(mentions("002.txt", "peskov")).isNotEmpty();
    }

    @Test
    void seed000MentionsLavrovAndKarlov() {
        assertThat(mentions("000.txt", "lavrov"))
                .hasSizeGreaterThanOrEqualTo(5)
                .anySatisfy(m -> assertThat(m.confidence()).isGreaterThanOrEqualTo(0.95));
        assertThat(mentions("000.txt", "karlov")).isNotEmpty();
        assertThat(mentions("000.txt", "yerkhov")).isEmpty();
    }
}
