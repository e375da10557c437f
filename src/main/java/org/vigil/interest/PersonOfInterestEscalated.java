package org.vigil.interest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person of interest escalated: its escalation level rose, it shows a warning behaviour it did not show before,
 * or a new energy burst. Published in the transaction of the re-assessment (listeners after commit see it once it is
 * durable).
 *
 * @param missionIds the missions it targets (directly or through their people): whose officers are to know
 * @param personIds the protected people it targets
 * @param fromLevel the escalation level before, {@code toLevel} after (NONE, LOW, MEDIUM, HIGH, CRITICAL)
 * @param newBehaviours the behaviours it shows now and did not before
 * @param burst whether one of them is an energy burst
 * @param reasons the escalation's factors in words
 */
public record PersonOfInterestEscalated(
        long personOfInterestId,
        String displayName,
        Set<String> missionIds,
        Set<String> personIds,
        String fromLevel,
        String toLevel,
        double score,
        List<WarningBehaviour> newBehaviours,
        boolean burst,
        String reasons,
        Instant at) {

    public PersonOfInterestEscalated {
        missionIds = Set.copyOf(missionIds);
        personIds = Set.copyOf(personIds);
        newBehaviours = List.copyOf(newBehaviours);
    }

    /** Whether the level rose (NONE below LOW below MEDIUM below HIGH below CRITICAL). */
    public boolean raised() {
        return org.vigil.analysis.ThreatLevel.valueOf(toLevel)
                        .compareTo(org.vigil.analysis.ThreatLevel.valueOf(fromLevel))
                > 0;
    }
}
