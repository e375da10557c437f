package org.vigil.appearances;

import java.time.Instant;
import java.util.List;

/**
 * Extension point: persons of interest whose behaviour shows an approach toward a protected person (interest in
 * their location, schedule, venue, route, residence). {@link AppearanceRiskService} asks every implementation for
 * approaches toward the appearance's person over the signals' window and weighs them as the factor {@code
 * persons-of-interest} (at most 30 points); the persons-of-interest module implements it (docs/appearances.md,
 * "Extension point").
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
