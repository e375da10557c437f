package org.vigil.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigil.SharedData;

/** bin/vigil eval and bin/vigil bench, run as the launcher runs them (no Spring). */
class EvalAndBenchCommandTest {

    @Test
    void evalReportsNameMatchingPerScriptPairOnTheSharedDataSets() {
        Path data = SharedData.require("names_wikidata").getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = EvalCommand.run(
                new String[] {"--data", data.toString()},
                InputStream.nullInputStream(),
                new PrintStream(out, true, UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        String report = out.toString(UTF_8);
        assertThat(exit).isZero();
        assertThat(report)
                .contains(
                        "Latin -> Cyrillic",
                        "Cyrillic -> Latin",
                        "Latin -> Arabic",
                        "Arabic -> Latin",
                        "google_ar2en",
                        "anetac",
                        "Threat detection");
        // every row: precision at least 0.95 and no more than 5% false matches on hard negatives
        Matcher row = Pattern.compile("\\| \\d+ \\| \\d+ \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+)% \\|")
                .matcher(report);
        int rows = 0;
        while (row.find()) {
            rows++;
            assertThat(Double.parseDouble(row.group(1))).as(row.group()).isGreaterThanOrEqualTo(0.95);
            assertThat(Double.parseDouble(row.group(3))).as(row.group()).isGreaterThanOrEqualTo(0.8);
            assertThat(Double.parseDouble(row.group(4))).as(row.group()).isLessThanOrEqualTo(5.0);
        }
        assertThat(rows).isEqualTo(8);
        // full names and namesakes: a namesake (another registry first name before the surname) rarely passes 0.5
        Matcher namesakes = Pattern.compile("\\| (\\d+) \\| ([0-9.]+) \\| \\d+ \\| ([0-9.]+)% \\|")
                .matcher(report);
        int namesakeRows = 0;
        while (namesakes.find()) {
            namesakeRows++;
            assertThat(Double.parseDouble(namesakes.group(2)))
                    .as(namesakes.group())
                    .isGreaterThanOrEqualTo(0.6);
            assertThat(Double.parseDouble(namesakes.group(3)))
                    .as(namesakes.group())
                    .isLessThanOrEqualTo(15.0);
        }
        assertThat(namesakeRows).isEqualTo(6);
    }

    @Test
    void evalWithoutDataSaysWhereToPointIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EvalCommand.run(
                new String[] {"--data", "/nonexistent/vigil-data"},
                InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--data", "VIGIL_DATA");
    }

    @Test
    void benchPrintsTheComparisonTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = BenchCommand.run(
                new String[] {"--people", "300", "--missions", "30", "--seconds", "0.2"},
                InputStream.nullInputStream(),
                new PrintStream(out, true, UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        assertThat(out.toString(UTF_8))
                .contains("Vigil matcher", "Lucene Monitor", "posts/s per core", "articles/s per core", "heap used");
        assertThat(BenchCommand.run(
                        new String[] {"--frobnicate"},
                        InputStream.nullInputStream(),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }
}
