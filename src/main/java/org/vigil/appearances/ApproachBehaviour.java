package org.vigil.appearances;

import java.time.Instant;
import java.util.List;

/**
 * Extension point, not a factor yet: persons of interest whose behaviour shows an approach toward a protected
 * person (persons of interest are built separately, issue 13). The appearance risk is to weigh what an
 * implementation reports as the factor {@code persons-of-interest}; today nothing implements or calls this
 * interface, so the factor is neither computed nor shown (docs/appearances.md, "Extension point").
 */
public interface ApproachBehaviour {

    /** Persons of interest approaching the person in {@code [from, to)}, most concerning first. */
    List<Approach> toward(String personId, Instant from, Instant to);

    /**
     * @param points 0 to 30, how much the approach weighs
     * @param reason in words, for the explanation
     * @param link the page of the person of interest
     */
    record Approach(String personOfInterestId, String name, double points, String reason, String link) {}
}
