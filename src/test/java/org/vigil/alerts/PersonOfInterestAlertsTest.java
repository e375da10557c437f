package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.interest.PersonOfInterestEscalated;
import org.vigil.interest.WarningBehaviour;

/**
 * The rule kind "person of interest escalates": an escalation of a person of interest targeting Ankara reaches the
 * inbox of Ankara's officers, at the escalation's level, and never Istanbul's.
 */
class PersonOfInterestAlertsTest extends AlertsTestBase {

    static long ids = 7_000_000L + (System.nanoTime() % 1000) * 1000;

    Optional<Long> alertFor(String refId) {
        return jdbc.sql("SELECT alert_id FROM alert_event WHERE ref_type = 'PERSON_OF_INTEREST' AND ref_id = ?")
                .param(refId)
                .query(Long.class)
                .optional();
    }

    String inbox(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/api/v1/alerts")
                        .param("mine", "true")
                        .param("size", "200")
                        .with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aRiseToCriticalWithANewApproachReachesAnkarasOfficersOnly() throws Exception {
        long poi = ++ids;
        Instant at = Instant.now();
        publish(new PersonOfInterestEscalated(
                poi,
                "@escalating_" + poi + " on x",
                Set.of("ru-embassy-ankara"),
                Set.of("yerkhov"),
                "MEDIUM",
                "CRITICAL",
                85,
                List.of(WarningBehaviour.APPROACH),
                false,
                "Approach, 1 item: \u201cwhere will the ambassador be\u201d (+25)",
                at));
        long id = await().atMost(Duration.ofSeconds(10))
                .until(() -> alertFor(poi + "@" + at), Optional::isPresent)
                .orElseThrow();
        var row = jdbc.sql("SELECT kind, level_rank, mission_id, title, detail, link FROM alert WHERE id = ?")
                .param(id)
                .query((rs, n) -> List.of(
                        rs.getString("kind"),
                        rs.getInt("level_rank"),
                        rs.getString("mission_id"),
                        rs.getString("title"),
                        rs.getString("detail"),
                        rs.getString("link")))
                .single();
        assertThat(row.get(0)).isEqualTo("PERSON_OF_INTEREST");
        assertThat(row.get(1)).isEqualTo(4);
        assertThat(row.get(2)).isEqualTo("ru-embassy-ankara");
        assertThat((String) row.get(3)).contains("@escalating_" + poi).contains("escalates to CRITICAL from MEDIUM");
        assertThat((String) row.get(4))
                .contains("New warning behaviour: Approach")
                .contains("where will the ambassador");
        assertThat(row.get(5)).isEqualTo("/persons-of-interest/" + poi);
        assertThat(jdbc.sql("SELECT username FROM alert_recipient WHERE alert_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .contains("officer.ankara", "head.ankara")
                .doesNotContain("officer.istanbul");
        assertThat(inbox(ANKARA)).contains("@escalating_" + poi);
        assertThat(inbox(ISTANBUL)).doesNotContain("@escalating_" + poi);
    }

    @Test
    void aBurstWithoutARiseIsStillAnAlertAndAnEscalationWithoutMissionsIsNone() {
        long poi = ++ids;
        Instant at = Instant.now();
        publish(new PersonOfInterestEscalated(
                poi,
                "@bursting_" + poi + " on x",
                Set.of("ru-embassy-ankara"),
                Set.of(),
                "HIGH",
                "HIGH",
                60,
                List.of(WarningBehaviour.ENERGY_BURST),
                true,
                "Energy burst, 6 items (+10)",
                at));
        long id = await().atMost(Duration.ofSeconds(10))
                .until(() -> alertFor(poi + "@" + at), Optional::isPresent)
                .orElseThrow();
        assertThat(jdbc.sql("SELECT title FROM alert WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("shows an energy burst");

        long nobody = ++ids;
        publish(new PersonOfInterestEscalated(
                nobody, "@nobody on x", Set.of(), Set.of(), "NONE", "HIGH", 50, List.of(), false, "", at));
        // the first alert raised after it is not for it: a person of interest targeting no mission alerts nobody
        long probe = ++ids;
        publish(new PersonOfInterestEscalated(
                probe,
                "@probe on x",
                Set.of("ru-embassy-ankara"),
                Set.of(),
                "NONE",
                "LOW",
                10,
                List.of(),
                false,
                "",
                at));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> alertFor(probe + "@" + at).isPresent());
        assertThat(alertFor(nobody + "@" + at)).isEmpty();
    }
}
