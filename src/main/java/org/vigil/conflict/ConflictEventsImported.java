package org.vigil.conflict;

import java.util.Set;

/**
 * Conflict events were stored by an import. Published in the import's last transaction; the risk module recomputes
 * the missions in these countries after commit.
 *
 * @param countryCodes the countries of the newly stored events
 */
public record ConflictEventsImported(Set<String> countryCodes, int stored) {

    public ConflictEventsImported {
        countryCodes = Set.copyOf(countryCodes);
    }
}
