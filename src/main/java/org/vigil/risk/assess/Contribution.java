package org.vigil.risk.assess;

import java.util.List;

/**
 * A named factor's points towards one category's score, with its reason in words and the evidence behind it.
 *
 * @param points added to the category's score (0 to 100 scale), never negative
 */
public record Contribution(
        String factor, org.vigil.risk.RiskCategory category, double points, String reason, List<Evidence> evidence) {

    public Contribution {
        if (points < 0 || Double.isNaN(points)) {
            throw new IllegalArgumentException("points must be zero or more, was " + points);
        }
        evidence = List.copyOf(evidence);
    }
}
