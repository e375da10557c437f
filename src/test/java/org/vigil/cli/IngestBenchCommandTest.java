package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/vigil bench ingest: its options, its refusals, and the shape of its report after a run of a few seconds (the
 * figures themselves are measured by running the benchmark, not by a test). The short run is a real one: a server in
 * this JVM on an H2 file database, pushes over HTTP, the analyser, and signals counted from the database.
 */
class IngestBenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return VigilCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badOptionsAreRefusedWithTheUsageAndExitCode2() {
        assertThat(run("bench", "ingest", "--threads", "many")).isEqualTo(2);
        assertThat(err()).contains("--threads takes a number, not 'many'").contains("usage: bin/vigil bench ingest");
        assertThat(run("bench", "ingest", "--fast", "1")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--fast'");
        assertThat(run("bench", "ingest", "--batch", "5000")).isEqualTo(2);
        assertThat(err()).contains("at most 1000 items");
        assertThat(run("bench", "ingest", "--rate", "0")).isEqualTo(2);
        assertThat(err()).contains("--rate must be above 0");
        assertThat(run("bench", "ingest", "--seconds")).isEqualTo(2);
        assertThat(err()).contains("--seconds needs a value");
        assertThat(run("bench", "ingest", "--help")).isZero();
        assertThat(out()).contains("usage: bin/vigil bench ingest");
    }

    @Test
    void aShortRunReportsThroughputAndLatencyAndStoresASignalForEveryAcceptedPost() {
        int code = run(
                "bench",
                "ingest",
                "--seconds",
                "2",
                "--threads",
                "2",
                "--batch",
                "20",
                "--rate",
                "40",
                "--latency-seconds",
                "2",
                "--latency-batch",
                "4");

        assertThat(code).as(err()).isZero();
        assertThat(err())
                .contains(
                        "Starting Vigil on an embedded H2 file database",
                        "Throughput: 2 client threads",
                        "Latency: 40 items/s in batches of 4");
        String report = out();
        for (String row : List.of(
                "| push throughput, posts/s |",
                "| analysed into signals, posts/s",
                "| posts pushed, stored and analysed per CPU-second |",
                "| p50 |",
                "| p95 |",
                "| p99 |",
                "| max |")) {
            assertThat(report).contains(row);
        }
        Matcher stored = Pattern.compile("\\| signals stored / posts accepted \\| ([\\d,]+) / ([\\d,]+) \\|")
                .matcher(report);
        assertThat(stored.find()).as(report).isTrue();
        assertThat(Long.parseLong(stored.group(2).replace(",", ""))).isPositive();
        Matcher analysed = Pattern.compile("\\| posts analysed / posts accepted \\| ([\\d,]+) / ([\\d,]+) \\|")
                .matcher(report);
        assertThat(analysed.find()).as(report).isTrue();
        assertThat(analysed.group(1))
                .as("every accepted post analysed (a signal or a quiet item)")
                .isEqualTo(analysed.group(2));
        assertThat(report).contains("| offered rate held | ");
        Matcher sent = Pattern.compile("\\| sent, items/s \\| ([\\d,]+) of 40 offered \\|")
                .matcher(report);
        assertThat(sent.find()).as(report).isTrue();
        Matcher items = Pattern.compile("\\| items \\| ([\\d,]+) in").matcher(report);
        assertThat(items.find()).isTrue();
        assertThat(Long.parseLong(items.group(1).replace(",", "")))
                .as("items measured for latency")
                .isPositive();
        assertThat(report).contains("| duplicates, rejected | 0, 0 |");
    }
}
