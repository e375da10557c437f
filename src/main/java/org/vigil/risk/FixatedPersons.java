package org.vigil.risk;

import java.time.Instant;
import java.util.List;

/**
 * SPI: the active persons of interest fixated on a mission or on its people, implemented by the persons-of-interest
 * module; the factor {@code persons-of-interest} of the mission's risk weighs them (docs/risk.md).
 */
public interface FixatedPersons {

    /** Those whose fixation on the mission (or its people) was last observed at or after {@code since}. */
    List<Fixated> on(String missionId, Instant since);

    /**
     * @param escalationLevel NONE, LOW, MEDIUM, HIGH or CRITICAL
     * @param reason what the fixation is, in words
     * @param link the page of the person of interest
     */
    record Fixated(
            long id,
            String name,
            String escalationLevel,
            double escalationScore,
            Instant lastObserved,
            String reason,
            String link) {}
}
