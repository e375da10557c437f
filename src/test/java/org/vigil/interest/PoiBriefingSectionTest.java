package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.analysis.ThreatLevel;
import org.vigil.briefing.BriefingSection;
import org.vigil.briefing.BriefingSection.Request;
import org.vigil.shared.Author;
import org.vigil.signals.SignalLookup.AuthoredSignal;

/**
 * The daily briefing names the persons of interest that are new in its period, rose in it, or whose stored escalation is HIGH or
 * above, for its missions only; a quiet older record and a closed one are left out.
 */
@SpringBootTest
@Tag("db")
class PoiBriefingSectionTest {

    private static final String ANKARA = "ru-embassy-ankara";
    private static final String ISTANBUL = "ru-consulate-istanbul";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonsOfInterest persons;

    @Autowired
    List<BriefingSection> sections;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private long person(String handle, Instant at) {
        persons.record(new AuthoredSignal(
                4_000_000_000L + (long) (Math.random() * 1_000_000_000L),
                new Author(handle, null, "x", null),
                "ru",
                ThreatLevel.HIGH,
                "NEW",
                Set.of(ANKARA),
                Set.of(ANKARA),
                Map.of("yerkhov", Optional.of(ANKARA)),
                at));
        long id = jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE person_of_interest SET created_at = ? WHERE id = ?")
                .params(PoiCasework.ts(at), id)
                .update();
        return id;
    }

    private void escalation(long id, String level, double score) {
        jdbc.sql("UPDATE person_of_interest SET escalation_level = ?, escalation_score = ? WHERE id = ?")
                .params(level, score, id)
                .update();
    }

    private void change(long id, Instant at, String from, double fromScore, String to, double toScore) {
        jdbc.sql("INSERT INTO poi_escalation_change (poi_id, changed_at, from_level, to_level, from_score, to_score,"
                        + " reason) VALUES (?, ?, ?, ?, ?, ?, 'test')")
                .params(id, PoiCasework.ts(at), from, to, fromScore, toScore)
                .update();
    }

    @Test
    void namesTheNewTheRisingAndTheEscalatingOfItsMissions() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long fresh = person("brief_new_" + u, now.minus(Duration.ofHours(3)));
        long high = person("brief_high_" + u, now.minus(Duration.ofDays(10)));
        escalation(high, "HIGH", 72);
        long quiet = person("brief_quiet_" + u, now.minus(Duration.ofDays(10)));
        escalation(quiet, "MODERATE", 40);
        // rose from low to moderate this morning: named although below high
        long rising = person("brief_rising_" + u, now.minus(Duration.ofDays(10)));
        escalation(rising, "MODERATE", 45);
        change(rising, now.minus(Duration.ofHours(5)), "LOW", 20, "MODERATE", 45);
        // fell from high to moderate in the period, rose only before it: neither is a rise in the period
        long falling = person("brief_falling_" + u, now.minus(Duration.ofDays(10)));
        escalation(falling, "MODERATE", 38);
        change(falling, now.minus(Duration.ofDays(3)), "MODERATE", 40, "HIGH", 70);
        change(falling, now.minus(Duration.ofHours(2)), "HIGH", 70, "MODERATE", 38);
        long closed = person("brief_closed_" + u, now.minus(Duration.ofDays(10)));
        escalation(closed, "CRITICAL", 90);
        jdbc.sql("UPDATE person_of_interest SET status = 'CLOSED', closed_reason = 'NOT_A_THREAT' WHERE id = ?")
                .param(closed)
                .update();

        PoiBriefingSection section = sections.stream()
                .filter(s -> s instanceof PoiBriefingSection)
                .map(PoiBriefingSection.class::cast)
                .findFirst()
                .orElseThrow();
        Request daily = new Request(ANKARA, List.of(ANKARA), now.minus(Duration.ofDays(1)), now);
        BriefingSection.Section s = section.contribute(daily).orElseThrow();
        String table = s.rows().toString();
        assertThat(table).contains("@brief_new_" + u + " on x", "@brief_high_" + u + " on x");
        assertThat(table).doesNotContain("brief_quiet_" + u, "brief_closed_" + u, "brief_falling_" + u);
        assertThat(s.rows().stream()
                        .filter(r -> r.getFirst().contains("brief_rising_" + u))
                        .findFirst()
                        .orElseThrow()
                        .get(1))
                .isEqualTo("Rose from low to moderate in the period");
        assertThat(s.lead()).containsPattern("[1-9][0-9]* rose in the period");
        List<String> highRow = s.rows().stream()
                .filter(r -> r.getFirst().contains("brief_high_" + u))
                .findFirst()
                .orElseThrow();
        assertThat(highRow.get(1)).isEqualTo("Escalation high (score 72 of 100)");
        assertThat(highRow.get(2)).contains("Alexei Yerkhov");
        assertThat(highRow.get(3)).as("no item in the period").isEqualTo("0");
        List<String> newRow = s.rows().stream()
                .filter(r -> r.getFirst().contains("brief_new_" + u))
                .findFirst()
                .orElseThrow();
        assertThat(newRow.get(1)).isEqualTo("New person of interest");
        assertThat(newRow.get(3)).isEqualTo("1");
        // escalation first
        assertThat(s.rows().indexOf(highRow)).isLessThan(s.rows().indexOf(newRow));
        assertThat(section.summary(daily).getFirst().lines()).anyMatch(l -> l.contains("brief_high_" + u));

        // Istanbul's briefing names none of Ankara's persons of interest
        Request istanbul = new Request(ISTANBUL, List.of(ISTANBUL), now.minus(Duration.ofDays(1)), now);
        assertThat(section.contribute(istanbul).orElseThrow().rows().toString()).doesNotContain(u);
    }
}
