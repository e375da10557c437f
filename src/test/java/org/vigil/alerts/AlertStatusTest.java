package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.AlertStatus.ACKNOWLEDGED;
import static org.vigil.alerts.AlertStatus.NEW;
import static org.vigil.alerts.AlertStatus.RESOLVED;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.TransitionTable;

/** An alert's transition table: new, acknowledged, resolved, and nothing back. */
class AlertStatusTest {

    @Test
    void eachStatusMovesOnlyToItsNextStatuses() {
        assertThat(TransitionTable.of(AlertStatus.class, AlertStatus::transitions))
                .isEqualTo(Map.of(
                        NEW, Set.of(ACKNOWLEDGED, RESOLVED), ACKNOWLEDGED, Set.of(RESOLVED), RESOLVED, Set.of()));
        assertThat(ACKNOWLEDGED.canMoveTo(NEW)).isFalse();
        assertThat(RESOLVED.canMoveTo(ACKNOWLEDGED))
                .as("a repeat opens a new alert instead")
                .isFalse();
    }

    @Test
    void onlyAResolvedAlertIsFinal() {
        assertThat(NEW.isFinal()).isFalse();
        assertThat(ACKNOWLEDGED.isFinal()).isFalse();
        assertThat(RESOLVED.isFinal()).isTrue();
    }

    @Test
    void assigningANewAlertAcknowledgesIt() {
        assertThat(NEW.assigned()).isEqualTo(ACKNOWLEDGED);
        assertThat(ACKNOWLEDGED.assigned()).isEqualTo(ACKNOWLEDGED);
    }
}
