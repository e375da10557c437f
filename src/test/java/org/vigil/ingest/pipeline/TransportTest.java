package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** Which loops a process runs for each transport, and the errors a wrong setting gets. */
class TransportTest {

    private static Transport transport(String kind, boolean web, boolean analysing, String servers, int partitions) {
        MockEnvironment env = new MockEnvironment().withProperty("vigil.kafka.client.[security.protocol]", "SSL");
        return new Transport(
                kind,
                web ? new GenericWebApplicationContext() : new GenericApplicationContext(),
                env,
                analysing,
                servers,
                "vigil.items",
                "vigil-analysers",
                partitions,
                (short) 1,
                Duration.ofSeconds(45),
                "vigil");
    }

    @Test
    void embeddedServersPollTheOutboxAndNothingElseRuns() {
        Transport t = transport("embedded", true, true, "localhost:9092", 6);
        assertThat(t.embeddedWorker()).isTrue();
        assertThat(t.relay()).isFalse();
        assertThat(t.serverAnalyser()).isFalse();
        assertThat(transport("EMBEDDED", false, true, "", 6).embeddedWorker())
                .as("command-line context")
                .isFalse();
        assertThat(transport("embedded", true, false, "", 6).embeddedWorker())
                .as("worker disabled")
                .isFalse();
    }

    @Test
    void kafkaServersRelayAndAnalyseUnlessIntakeOnly() {
        Transport t = transport("kafka", true, true, "localhost:9092", 6);
        assertThat(t.embeddedWorker()).isFalse();
        assertThat(t.relay()).isTrue();
        assertThat(t.serverAnalyser()).isTrue();
        assertThat(t.kafka().client()).containsEntry("security.protocol", "SSL");

        Transport intakeOnly = transport("kafka", true, false, "localhost:9092", 6);
        assertThat(intakeOnly.relay()).isTrue();
        assertThat(intakeOnly.serverAnalyser()).isFalse();

        Transport cli = transport("kafka", false, true, "localhost:9092", 6);
        assertThat(cli.relay())
                .as("bin/vigil ingest leaves relaying to the server")
                .isFalse();
        assertThat(cli.serverAnalyser())
                .as("bin/vigil analyser starts its analyser itself")
                .isFalse();
    }

    @Test
    void wrongSettingsAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> transport("rabbit", true, true, "localhost:9092", 6))
                .hasMessageContaining("must be \"embedded\" or \"kafka\"")
                .hasMessageContaining("rabbit");
        assertThatThrownBy(() -> transport("kafka", true, true, " ", 6))
                .hasMessageContaining("VIGIL_KAFKA_BOOTSTRAP_SERVERS");
        assertThatThrownBy(() -> transport("kafka", true, true, "localhost:9092", 0))
                .hasMessageContaining("vigil.kafka.partitions must be at least 1");
    }
}
