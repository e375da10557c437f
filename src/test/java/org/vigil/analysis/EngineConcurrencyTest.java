package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by threads, as the ingestion pipeline uses it, gives each thread the single-thread answer. */
class EngineConcurrencyTest {

    @Test
    void threadsSharingAnEngineGetTheSameResultsAsOneThread() throws Exception {
        AnalysisEngine engine = SeedRegistry.engine();
        List<String> texts = List.of(
                SeedRegistry.text("002.txt"),
                SeedRegistry.text("000.txt"),
                "Посол Алексей Ерхов: посольство России в Турции",
                "السفير يرخوف في أنقرة",
                "Rusya'nın Ankara Büyükelçiliği ve Büyükelçi Yerkhov",
                "Alexei Y\u0435rkh\u043Ev, Sergey Lavrov");
        List<List<Mention>> expected = texts.stream().map(engine::mentions).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 60; k++) {
                        int i = (k + offset) % texts.size();
                        if (!engine.mentions(texts.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
