package org.vigil.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract's command line: exit codes, error records, order, streaming, hostile input. */
class AnalyzeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path registry;

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyRegistry() throws Exception {
        registry = dir.resolve("registry.json");
        try (InputStream in = AnalyzeCommandTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            Files.copy(in, registry);
        }
    }

    private record Run(int exit, List<JsonNode> records, String stderr) {}

    private static Run run(byte[] input, String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[extra.length + 2];
        args[0] = "--registry";
        args[1] = registry.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        int exit = AnalyzeCommand.run(
                args,
                new ByteArrayInputStream(input),
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));
        return new Run(exit, parse(out.toString(UTF_8)), err.toString(UTF_8));
    }

    private static Run run(String input) {
        return run(input.getBytes(UTF_8));
    }

    private static List<JsonNode> parse(String lines) {
        return lines.lines().map(JSON::readTree).toList();
    }

    @Test
    void allGoodLinesGiveExitZeroAndEveryContractField() {
        Run r = run("""
                {"id": "a", "text": "Ambassador Alexei Yerkhov spoke at the Russian embassy in Ankara."}
                {"id": "b", "text": "Nothing to see here.", "kind": "POST", "language": "en"}
                """);
        assertThat(r.exit).isZero();
        assertThat(r.stderr).isEmpty();
        assertThat(r.records).hasSize(2);
        JsonNode a = r.records.get(0);
        assertThat(a.get("id").asString()).isEqualTo("a");
        for (String field : List.of("language", "mentions", "threat", "targets", "places")) {
            assertThat(a.has(field)).as(field).isTrue();
        }
        assertThat(a.get("threat").has("score")).isTrue();
        assertThat(a.get("threat").has("level")).isTrue();
        assertThat(a.get("threat").get("categories").isArray()).isTrue();
        assertThat(a.get("threat").get("evidence").isArray()).isTrue();
        String text = "Ambassador Alexei Yerkhov spoke at the Russian embassy in Ankara.";
        for (JsonNode m : a.get("mentions")) {
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                    .isEqualTo(m.get("text").asString());
        }
        assertThat(a.get("mentions"))
                .extracting(m -> m.get("entityId").asString())
                .contains("yerkhov", "ru-embassy-ankara");
        assertThat(a.get("places")).extracting(p -> p.get("country").asString()).contains("TR");
        JsonNode b = r.records.get(1);
        assertThat(b.get("language").asString()).isEqualTo("en");
        assertThat(b.get("mentions").isEmpty()).isTrue();
        assertThat(b.get("targets").isArray()).isTrue();
        assertThat(b.get("places").isArray()).isTrue();
    }

    @Test
    void theAuthorIsPassedThroughUnchangedAndABadOneIsReportedForItsLine() {
        Run r = run("""
                {"id": "p", "text": "Alexei Yerkhov", "author": {"handle": "@Someone", "name": "Ünal", "platform": "x", "url": "https://x.com/Someone", "extra": [1]}}
                {"id": "q", "text": "Alexei Yerkhov", "author": "@someone"}
                {"id": "s", "text": "Alexei Yerkhov", "author": null}
                """);
        assertThat(r.exit).isEqualTo(3);
        JsonNode author = r.records.get(0).get("author");
        assertThat(author)
                .isEqualTo(
                        JSON.readTree(
                                "{\"handle\": \"@Someone\", \"name\": \"Ünal\", \"platform\": \"x\", \"url\": \"https://x.com/Someone\", \"extra\": [1]}"));
        assertThat(r.records.get(0).get("mentions"))
                .extracting(m -> m.get("entityId").asString())
                .contains("yerkhov");
        assertThat(r.records.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(r.records.get(1).get("error").asString()).contains("\"author\" must be an object");
        assertThat(r.records.get(2).has("author")).isFalse();
        assertThat(r.records.get(2).get("mentions")).isNotEmpty();
    }

    @Test
    void badLinesGetAnErrorRecordInPlaceAndTheRestIsAnalysed() {
        String tenMb = "x".repeat(10 * 1024 * 1024);
        String input = String.join(
                        "\n",
                        "{\"id\": \"1\", \"text\": \"Alexei Yerkhov\"}",
                        "this is not json",
                        "{\"text\": \"no id\"}",
                        "{\"id\": \"4\"}",
                        "{\"id\": \"5\", \"text\": 42}",
                        "[1, 2]",
                        "{\"id\": \"7\", \"text\": \"" + tenMb + "\"}",
                        "{\"id\": \"8\", \"text\": \"Sergey Lavrov\"}")
                + "\n";
        Run r = run(input);
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.records).hasSize(8);
        assertThat(r.records.get(0).get("id").asString()).isEqualTo("1");
        for (int line = 2; line <= 7; line++) {
            JsonNode e = r.records.get(line - 1);
            assertThat(e.get("line").asInt()).isEqualTo(line);
            assertThat(e.get("error").asString()).isNotBlank();
            assertThat(r.stderr).contains("line " + line + ":");
        }
        assertThat(r.records.get(1).get("error").asString()).contains("not valid JSON");
        assertThat(r.records.get(2).get("error").asString()).contains("id");
        assertThat(r.records.get(3).get("error").asString()).contains("text");
        assertThat(r.records.get(6).get("error").asString()).contains("limit");
        assertThat(r.records.get(7).get("mentions"))
                .extracting(m -> m.get("entityId").asString())
                .contains("lavrov");
    }

    @Test
    void invalidUtf8IsReplacedAndTheDocumentStillAnalysed() {
        byte[] head = "{\"id\": \"u\", \"text\": \"bad \u00ff".getBytes(UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = " Alexei Yerkhov\"}\n".getBytes(UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Run r = run(all);
        assertThat(r.exit).isZero();
        assertThat(r.records.get(0).get("mentions"))
                .extracting(m -> m.get("entityId").asString())
                .contains("yerkhov");
    }

    @Test
    void controlCharactersBidiMarksZeroWidthAndHomoglyphs() {
        Run r = run("""
                {"id": "c", "text": "\\u0001\\u0007 threat \\u0000 to Alexei Yerkhov\\u001b"}
                {"id": "r", "text": "\\u202bتهديد للسفير يرخوف\\u202c \\u200f"}
                {"id": "z", "text": "Alexei Yer\\u200bkhov and \\ufeffLavrov"}
                {"id": "h", "text": "Alexei Y\\u0435rkh\\u043ev"}
                """);
        assertThat(r.exit).isZero();
        for (JsonNode rec : r.records) {
            assertThat(rec.get("mentions"))
                    .as(rec.get("id").asString())
                    .extracting(m -> m.get("entityId").asString())
                    .contains("yerkhov");
        }
    }

    @Test
    void usageAndRegistryErrorsExitTwoAndAnalyseNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, UTF_8), e = new PrintStream(err, true, UTF_8);
        InputStream in = new ByteArrayInputStream("{\"id\":\"a\",\"text\":\"x\"}\n".getBytes(UTF_8));
        assertThat(AnalyzeCommand.run(new String[] {}, in, o, e)).isEqualTo(2);
        assertThat(AnalyzeCommand.run(new String[] {"--registry"}, in, o, e)).isEqualTo(2);
        assertThat(AnalyzeCommand.run(new String[] {"--registry", registry.toString(), "--frobnicate"}, in, o, e))
                .isEqualTo(2);
        assertThat(AnalyzeCommand.run(
                        new String[] {"--registry", dir.resolve("missing.json").toString()}, in, o, e))
                .isEqualTo(2);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"missions\": [{\"id\": \"x\", \"kind\": \"CASTLE\"}]}");
        assertThat(AnalyzeCommand.run(new String[] {"--registry", broken.toString()}, in, o, e))
                .isEqualTo(2);
        assertThat(AnalyzeCommand.run(
                        new String[] {
                            "--registry",
                            registry.toString(),
                            "--input",
                            dir.resolve("nope.jsonl").toString()
                        },
                        in,
                        o,
                        e))
                .isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(UTF_8)).contains("--registry is required", "unknown argument", "not found", "CASTLE");
    }

    @Test
    void filesForInputAndOutput() throws Exception {
        Path input = dir.resolve("docs.jsonl");
        Path output = dir.resolve("results.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            b.append("{\"id\": \"d")
                    .append(i)
                    .append("\", \"text\": \"Sergey Lavrov number ")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(input, b);
        int exit = AnalyzeCommand.run(
                new String[] {
                    "--registry", registry.toString(), "--input", input.toString(), "--output", output.toString()
                },
                InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        List<JsonNode> records = parse(Files.readString(output));
        assertThat(records).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(records.get(i).get("id").asString()).isEqualTo("d" + i);
        }
    }

    @Test
    void resultsStreamOutOneByOneWhileInputIsStillOpen() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        PipedOutputStream sink = new PipedOutputStream();
        PipedInputStream results = new PipedInputStream(sink, 1 << 16);
        // own threads: the common pool may have a single worker on a small machine
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> AnalyzeCommand.run(
                        new String[] {"--registry", registry.toString()},
                        stdin,
                        new PrintStream(sink, true, UTF_8),
                        new PrintStream(new ByteArrayOutputStream())),
                threads);
        BufferedReader reader = new BufferedReader(new InputStreamReader(results, UTF_8));
        feed.write("{\"id\": \"first\", \"text\": \"Alexei Yerkhov\"}\n".getBytes(UTF_8));
        feed.flush();
        // the first result arrives before the second document is even written
        String first = CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return reader.readLine();
                            } catch (Exception ex) {
                                throw new IllegalStateException(ex);
                            }
                        },
                        threads)
                .get(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertThat(JSON.readTree(first).get("id").asString()).isEqualTo("first");
        feed.write("{\"id\": \"second\", \"text\": \"Sergey Lavrov\"}\n".getBytes(UTF_8));
        feed.close();
        assertThat(JSON.readTree(reader.readLine()).get("id").asString()).isEqualTo("second");
        assertThat(exit.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        threads.shutdown();
    }
}
