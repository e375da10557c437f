package org.vigil.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.incidents.IncidentStatus.CLOSED;
import static org.vigil.incidents.IncidentStatus.OPEN;
import static org.vigil.incidents.IncidentStatus.UNDER_INVESTIGATION;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.TransitionTable;
import org.vigil.shared.ActionRefused;

/** An incident's transition table, and the refusals of the moves it does not have. */
class IncidentStatusTest {

    @Test
    void eachStatusMovesOnlyToItsNextStatuses() {
        assertThat(TransitionTable.of(IncidentStatus.class, IncidentStatus::transitions))
                .isEqualTo(Map.of(
                        OPEN,
                        Set.of(UNDER_INVESTIGATION, CLOSED),
                        UNDER_INVESTIGATION,
                        Set.of(CLOSED),
                        CLOSED,
                        Set.of(UNDER_INVESTIGATION)));
        assertThat(CLOSED.canMoveTo(OPEN))
                .as("a closed incident is reopened under investigation")
                .isFalse();
    }

    @Test
    void aMoveOutsideTheTableIsRefusedWithTheAllowedOnes() {
        assertThat(Incident.move(3, OPEN, CLOSED)).isEqualTo(CLOSED);
        assertThatThrownBy(() -> Incident.move(3, UNDER_INVESTIGATION, OPEN))
                .isInstanceOf(ActionRefused.class)
                .hasMessage("incident 3 is under investigation; it cannot go to open from there (allowed: [closed])");
        assertThatThrownBy(() -> Incident.move(3, CLOSED, CLOSED))
                .isInstanceOf(ActionRefused.class)
                .hasMessage("incident 3 is already closed; nothing to change");
    }
}
