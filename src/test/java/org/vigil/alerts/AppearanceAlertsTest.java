package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.ThreatLevel;
import org.vigil.appearances.AppearanceThreatened;
import org.vigil.appearances.AppearanceUnready;
import org.vigil.risk.RiskLevel;

/**
 * The appearance alerts: a threat pointing at an upcoming appearance, and an imminent appearance at HIGH risk with
 * open checklist items, each raise an alert of at least HIGH to the mission's people, never to another mission's.
 */
class AppearanceAlertsTest extends AlertsTestBase {

    static long ids = 8_000_000L + (System.nanoTime() % 1000) * 1000;

    Optional<Long> alertFor(String refId) {
        return jdbc.sql("SELECT alert_id FROM alert_event WHERE ref_type = 'APPEARANCE' AND ref_id = ?")
                .param(refId)
                .query(Long.class)
                .optional();
    }

    long awaitAlert(String refId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> alertFor(refId), Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void aLowThreatPointingAtAnAppearanceStillRaisesAHighAlertToTheMissionOnly() {
        long appearance = ++ids;
        long signal = ++ids;
        publish(new AppearanceThreatened(
                appearance,
                "ru-embassy-ankara",
                "Alexei Yerkhov",
                "Opening of the exhibition",
                Instant.now().plus(Duration.ofDays(2)),
                signal,
                ThreatLevel.LOW,
                "the venue \u2018Contemporary Arts Centre\u2019"));
        long id = awaitAlert(appearance + "#signal" + signal);
        var row = jdbc.sql("SELECT kind, level_rank, title, link FROM alert WHERE id = ?")
                .param(id)
                .query((rs, n) -> List.of(
                        rs.getString("kind"), rs.getInt("level_rank"), rs.getString("title"), rs.getString("link")))
                .single();
        assertThat(row.get(0)).isEqualTo("APPEARANCE");
        assertThat((Integer) row.get(1)).isGreaterThanOrEqualTo(3);
        assertThat((String) row.get(2)).contains("Opening of the exhibition").contains("Alexei Yerkhov");
        assertThat(row.get(3)).isEqualTo("/appearances/" + appearance);
        assertThat(jdbc.sql("SELECT username FROM alert_recipient WHERE alert_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .contains("officer.ankara")
                .doesNotContain("officer.istanbul");
    }

    @Test
    void aCriticalThreatGivesACriticalAlertAndAnUnreadyAppearanceItsRiskLevel() {
        long appearance = ++ids;
        long signal = ++ids;
        publish(new AppearanceThreatened(
                appearance,
                "ru-embassy-ankara",
                "Alexei Yerkhov",
                "Reception",
                Instant.now().plus(Duration.ofDays(1)),
                signal,
                ThreatLevel.CRITICAL,
                "the date \u2018tomorrow\u2019"));
        long threat = awaitAlert(appearance + "#signal" + signal);
        assertThat(rank(threat)).isEqualTo(4);

        long unreadyAppearance = ++ids;
        Instant start = Instant.now().plus(Duration.ofHours(30));
        publish(new AppearanceUnready(unreadyAppearance, "ru-embassy-ankara", "Lecture", start, RiskLevel.HIGH, 61, 3));
        long unready = awaitAlert(unreadyAppearance + "@" + start);
        assertThat(rank(unready)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT detail FROM alert WHERE id = ?")
                        .param(unready)
                        .query(String.class)
                        .single())
                .contains("3 advance checklist item(s) still open");
    }

    int rank(long alertId) {
        return jdbc.sql("SELECT level_rank FROM alert WHERE id = ?")
                .param(alertId)
                .query(Integer.class)
                .single();
    }
}
