package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/vigil analyser} refuses what it cannot do with a hint. Its real run (joining a consumer group and
 * analysing) is tested against a broker in {@code KafkaTransportTest}, as a separate JVM killed mid-stream.
 */
class AnalyserCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VigilCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withTheEmbeddedTransportItSaysToConfigureKafka() {
        assertThat(run("analyser")).isEqualTo(2);
        assertThat(err.toString()).contains("VIGIL_TRANSPORT=kafka").contains("VIGIL_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void itTakesNoArguments() {
        assertThat(run("analyser", "--fast")).isEqualTo(2);
        assertThat(err.toString()).contains("analyser takes no arguments").contains("usage: bin/vigil analyser");
    }

    @Test
    void theHelpListsIt() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("analyser", "VIGIL_TRANSPORT", "VIGIL_KAFKA_BOOTSTRAP_SERVERS");
    }
}
