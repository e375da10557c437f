package org.vigil.risk.assess;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.conflict.ConflictEventsImported;
import org.vigil.risk.RiskInputsChanged;
import org.vigil.signals.SignalDetected;

/**
 * Evidence arrived: recompute the missions it concerns. Runs after the publisher's transaction committed, from
 * Spring Modulith's event publication registry, so that a failed recomputation is retried and none is lost.
 */
@Component
class RiskTriggers {

    private final RiskAssessor assessor;
    private final RiskWork work;

    RiskTriggers(RiskAssessor assessor, RiskWork work) {
        this.assessor = assessor;
        this.work = work;
    }

    @ApplicationModuleListener
    void on(SignalDetected event) {
        if (event.level() == org.vigil.analysis.ThreatLevel.NONE) {
            return; // a quiet signal neither adds points nor counts towards a surge
        }
        // coalesced: signals within the window cost the mission one recomputation, on one instance (RiskWork)
        event.missionIds().forEach(id -> work.request(id, "signal #" + event.signalId()));
    }

    @ApplicationModuleListener
    void on(RiskInputsChanged event) {
        assessor.request(event.missionId(), event.reason() == null ? "inputs changed" : event.reason());
    }

    @ApplicationModuleListener
    void on(ConflictEventsImported event) {
        assessor.recomputeCountries(event.countryCodes(), event.stored() + " conflict events imported");
    }
}
