package org.vigil.risk.assess;

import java.util.Set;
import org.vigil.risk.RiskCategory;

/** An implemented measure: removes {@code reduction} (0 to 1) of the listed categories' score. */
public record Mitigation(
        String factor, Set<RiskCategory> categories, double reduction, String reason, Evidence evidence) {

    public Mitigation {
        categories = Set.copyOf(categories);
        if (reduction < 0 || reduction > 1) {
            throw new IllegalArgumentException("reduction must be between 0 and 1, was " + reduction);
        }
    }
}
