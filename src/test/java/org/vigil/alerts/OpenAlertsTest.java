package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalDetected;

/** The open alerts per mission that the map shows: counted within the caller's scope, resolved ones left out. */
class OpenAlertsTest extends AlertsTestBase {

    @Autowired
    OpenAlerts openAlerts;

    private long open(Scope scope, String missionId) {
        return Optional.ofNullable(openAlerts.perMission(scope).get(missionId))
                .map(OpenAlerts.MissionAlerts::open)
                .orElse(0L);
    }

    @Test
    void aCriticalThreatAlertCountsForItsMissionOnlyWithinScopeAndNotOnceResolved() throws Exception {
        SignalDetected signal = threat("ru-embassy-ankara", ThreatLevel.CRITICAL);
        publish(signal);
        long id = awaitAlertOf(signal);

        Scope ankara = Scope.of(List.of("ru-embassy-ankara"));
        OpenAlerts.MissionAlerts mine = openAlerts.perMission(ankara).get("ru-embassy-ankara");
        assertThat(mine).isNotNull();
        assertThat(mine.open()).isPositive();
        assertThat(mine.highest()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(openAlerts.perMission(Scope.all())).containsKey("ru-embassy-ankara");
        // Istanbul's officer learns nothing of Ankara's alerts, and no scope at all sees none
        assertThat(openAlerts.perMission(Scope.of(List.of("ru-consulate-istanbul"))))
                .doesNotContainKey("ru-embassy-ankara");
        assertThat(openAlerts.perMission(Scope.none())).isEmpty();

        long before = open(ankara, "ru-embassy-ankara");
        mvc.perform(post("/api/v1/alerts/" + id + "/resolve").with(ANKARA)).andExpect(status().isOk());
        assertThat(open(ankara, "ru-embassy-ankara")).isEqualTo(before - 1);
    }
}
