package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The registry and audit commands against one embedded database file, as a user runs them. */
class VigilCliTest extends FileDatabaseCliTest {

    @Test
    void importsExportsAndVerifiesTheAuditTrail() throws Exception {
        Path seed = Path.of("src/main/resources/demo/seed-registry.json");
        assertThat(run("registry", "import", seed.toString())).isZero();
        assertThat(out.toString()).contains("missions: 3 created").contains("people: 5 created");
        assertThat(run("registry", "import", seed.toString())).isZero();
        assertThat(out.toString()).contains("3 unchanged").contains("5 unchanged");

        Path exported = dir.resolve("export.json");
        assertThat(run("registry", "export", "--output", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("\"ru-embassy-ankara\"", "\"yerkhov\"", "\"@RusEmbTurkey\"");

        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).startsWith("audit trail intact:");

        new JdbcTemplate(new DriverManagerDataSource(url, "vigil", ""))
                .update("UPDATE audit_entries SET entity_id = 'someone-else' WHERE seq = 2");
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("BROKEN at entry 2").contains("altered");
    }

    @Test
    void anInvalidFileIsRefusedWholeWithEveryProblem() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"missions": [{"id": "ok-mission", "kind": "EMBASSY", "name": "Fine", "sendingCountry": "RU",
                  "hostCountry": "NO"},
                 {"id": "m2", "kind": "EMBASSY", "name": "Bad", "sendingCountry": "RU", "hostCountry": "Norway"}],
                 "people": [{"id": "p", "name": "", "role": "STAFF"}]}""");
        assertThat(run("registry", "import", bad.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("nothing was written")
                .contains("missions[1] (m2).hostCountry")
                .contains("people[0] (p).name");
        assertThat(run("registry", "export")).isZero();
        assertThat(out.toString()).doesNotContain("ok-mission");
    }

    @Test
    void analyzeRunsTheEngineWithoutTheApplication() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, """
                {"id": "a", "text": "Farewell to life", "inReplyTo": "@RusEmbTurkey"}
                {"id": "b"}
                """);
        Path results = dir.resolve("results.jsonl");
        assertThat(run(
                        "analyze",
                        "--registry",
                        "src/main/resources/demo/seed-registry.json",
                        "--input",
                        docs.toString(),
                        "--output",
                        results.toString()))
                .isEqualTo(3);
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"a\"").contains("\"DIRECT_THREAT\"", "\"yerkhov\"");
        assertThat(lines.get(1)).contains("\"line\":2", "\"error\"");
        assertThat(run("analyze", "--registry", dir.resolve("none.json").toString()))
                .isEqualTo(2);
    }

    @Test
    void usageMistakesExitWith2AndSayWhatToDo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("usage: bin/vigil");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command \"frobnicate\"");
        assertThat(run("registry", "import")).isEqualTo(2);
        assertThat(err.toString()).contains("usage: bin/vigil registry import FILE");
        assertThat(run("registry", "import", dir.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("registry import FILE", "audit verify", "analyze --registry");
    }
}
