package org.vigil.incidents;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vigil.risk.OpenIncidents;

/** The risk module's view of the incidents still open at a mission (open or under investigation). */
@Component
class OpenIncidentsAtMissions implements OpenIncidents {

    private final Incidents incidents;

    OpenIncidentsAtMissions(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<OpenIncident> openAt(String missionId) {
        return incidents.activeAt(missionId).stream()
                .map(i -> new OpenIncident(
                        i.id(),
                        i.missionId(),
                        i.type().word(),
                        i.severity(),
                        i.occurredAt(),
                        i.title(),
                        "/incidents/" + i.id()))
                .toList();
    }
}
