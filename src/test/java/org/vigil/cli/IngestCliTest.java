package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** bin/vigil ingest on small files against an embedded database file, as an operator runs it. */
class IngestCliTest extends FileDatabaseCliTest {

    @Test
    void ingestsJsonLinesAndCsvReportsRejectsAndSkipsWhatIsStoredOnARerun() throws Exception {
        Path jsonl = dir.resolve("replies.jsonl");
        Files.writeString(jsonl, """
                {"id": "r1", "text": "Farewell to life", "kind": "POST", "inReplyTo": "@RusEmbTurkey"}
                {"id": "r2", "text": "No one will mourn you", "kind": "POST", "inReplyTo": "@RusEmbTurkey"}

                {"id": "r3"}
                {"id": "r4", "text": "It is time for you to burn up", "kind": "POST", "inReplyTo": "@RusEmbTurkey"}
                """);
        Path csv = dir.resolve("posts.csv");
        Files.writeString(csv, """
                id,text,kind
                c1,"Queue at the consulate, again",POST
                c2,"Farewell to life",POST
                """);

        assertThat(run("ingest", jsonl.toString(), csv.toString())).isEqualTo(3);
        assertThat(out.toString())
                .contains("ingested 2 file(s) into file-import: 6 read, 4 accepted, " + "1 duplicates, 1 rejected");
        assertThat(err.toString())
                .contains("replies.jsonl: line 4:")
                .contains("text")
                .contains("read, ")
                .contains("items/s");

        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "vigil", ""));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM item", Long.class)).isEqualTo(4);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM item_outbox", Long.class))
                .as("queued for the server's worker")
                .isEqualTo(4);
        assertThat(db.queryForObject("SELECT position FROM dead_letter", Integer.class))
                .isEqualTo(4);

        // re-running resumes: nothing stored twice
        assertThat(run("ingest", jsonl.toString(), csv.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("6 read, 0 accepted, 5 duplicates, 1 rejected");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM item", Long.class)).isEqualTo(4);

        Path clean = dir.resolve("clean.jsonl");
        Files.writeString(clean, "{\"id\": \"n1\", \"text\": \"The embassy is closed on Friday\"}\n");
        assertThat(run("ingest", clean.toString(), "--source", "file-import")).isZero();
        assertThat(out.toString()).contains("1 accepted");
    }

    @Test
    void usageMistakesExitWith2() throws Exception {
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(err.toString()).contains("usage: bin/vigil ingest FILE");
        assertThat(run("ingest", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "hello");
        assertThat(run("ingest", txt.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(".jsonl");
        Path ok = dir.resolve("ok.jsonl");
        Files.writeString(ok, "{\"id\": \"1\", \"text\": \"x\"}\n");
        assertThat(run("ingest", ok.toString(), "--source", "nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("no source 'nowhere'");
    }
}
