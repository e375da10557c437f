package org.vigil.risk.assess;

import java.time.Instant;
import java.util.Set;
import org.vigil.risk.RiskCategory;

/**
 * A measure in place: removes {@code reduction} (0 to 1) of the listed categories' score now; {@code stated} is
 * what it removes when fresh or just reviewed (the catalogue's fraction), {@code reduction} what is left of it;
 * {@code since} when the measure was put in place (null when not known), which tells the threats it answered from
 * those that came after it ({@link SevereThreatFloor}).
 */
public record Mitigation(
        String factor,
        Set<RiskCategory> categories,
        double reduction,
        double stated,
        Instant since,
        String reason,
        Evidence evidence) {

    public Mitigation {
        categories = Set.copyOf(categories);
        if (reduction < 0 || reduction > 1 || stated < reduction || stated > 1) {
            throw new IllegalArgumentException(
                    "reduction must be between 0 and the stated " + stated + ", was " + reduction);
        }
    }
}
