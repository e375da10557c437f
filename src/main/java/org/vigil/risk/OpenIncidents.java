package org.vigil.risk;

import java.time.Instant;
import java.util.List;

/** SPI: the incidents still open at a mission, implemented by the incidents module. */
public interface OpenIncidents {

    List<OpenIncident> openAt(String missionId);

    /**
     * @param type attack, threat received, protest, intrusion, surveillance, suspicious package or other
     *        (lower-case words, as the incidents module names them)
     * @param severity 1 (low) to 4 (critical)
     * @param link the page that shows the incident, for the risk explanation
     */
    record OpenIncident(
            long id, String missionId, String type, int severity, Instant occurredAt, String title, String link) {}
}
