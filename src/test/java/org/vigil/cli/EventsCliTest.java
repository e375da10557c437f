package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** bin/vigil events import on real sample files of the three datasets, as an operator runs it. */
class EventsCliTest extends FileDatabaseCliTest {

    private static Path sample(String name) {
        return Path.of("src/test/resources/ingest/events", name);
    }

    @Test
    void importsTheThreeDatasetsReportsRejectsWithTheirLineAndARerunStoresNothingTwice() throws Exception {
        Path ucdp = dir.resolve("ucdp.jsonl");
        Files.writeString(ucdp, """
                {"id": 900001, "start_date": "2022-06-16", "location_root_name": "Syria", "location_where_name": "Douma town", "latitude": 33.57, "longitude": 36.40, "deaths_low": 2, "side_a_name": "Government of Syria", "side_b_name": "IS"}
                {"start_date": "2022-06-16", "location_root_name": "Syria"}
                {"id": 900002, "start_date": "2022-06-17", "location_root_name": "Atlantis"}
                {"id": 900003, "start_date": "2022-06-18", "location_root_name": "Mexico", "deaths_low": 0}
                """);
        int code = run(
                "events",
                "import",
                ucdp.toString(),
                sample("acled-sample.csv").toString(),
                sample("gdelt-sample.export.CSV").toString(),
                sample("ucdp-ged-sample.csv").toString());
        String summary = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(summary + errors).isEqualTo(3);
        assertThat(errors).contains("ucdp.jsonl: line 2: id is missing", "ucdp.jsonl: line 3:", "Atlantis");
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "vigil", ""));
        long stored = db.queryForObject("SELECT COUNT(*) FROM conflict_event", Long.class);
        assertThat(summary).contains("imported 4 file(s):", stored + " accepted", "0 duplicates");
        assertThat(db.queryForList("SELECT DISTINCT dataset FROM conflict_event", String.class))
                .containsExactlyInAnyOrder("UCDP_GED", "ACLED", "GDELT");
        assertThat(db.queryForObject(
                        "SELECT place FROM conflict_event WHERE dataset = 'UCDP_GED' AND external_id = " + "'900001'",
                        String.class))
                .isEqualTo("Douma town");
        assertThat(db.queryForObject(
                        "SELECT fatalities FROM conflict_event WHERE external_id = '900001'", Integer.class))
                .isEqualTo(2);
        assertThat(db.queryForObject(
                        "SELECT COUNT(*) FROM dead_letter WHERE source_id = 'conflict-events'", Long.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM audit_entries WHERE action = 'IMPORT_EVENTS'", Long.class))
                .isEqualTo(4);

        code = run(
                "events",
                "import",
                ucdp.toString(),
                sample("acled-sample.csv").toString(),
                sample("gdelt-sample.export.CSV").toString(),
                sample("ucdp-ged-sample.csv").toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 accepted", stored + " duplicates");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM conflict_event", Long.class))
                .isEqualTo(stored);
    }

    @Test
    void usageMistakesSayWhatToDo() {
        assertThat(run("events")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bin/vigil events import");
        assertThat(run("events", "import", dir.resolve("missing.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
        assertThat(run("events", "import", "--format", "shapefile", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("acled", "gdelt");
    }
}
