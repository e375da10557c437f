package org.vigil.signals;

import java.util.List;
import java.util.Set;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;

/**
 * A new signal was stored. Published in the transaction that stores it, so listeners that run after commit
 * ({@code @ApplicationModuleListener}, {@code @TransactionalEventListener}) see it only once it is durable, and
 * Spring Modulith's event publication registry keeps it until each listener has handled it.
 *
 * @param missionIds the missions the signal is linked to (targeted or mentioned, and the missions of linked people)
 * @param personIds the people it is linked to
 */
public record SignalDetected(
        long signalId,
        Set<String> missionIds,
        Set<String> personIds,
        ThreatLevel level,
        List<ThreatCategory> categories) {

    public SignalDetected {
        missionIds = Set.copyOf(missionIds);
        personIds = Set.copyOf(personIds);
        categories = List.copyOf(categories);
    }
}
