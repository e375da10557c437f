package org.vigil.risk;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** SPI: the protective measures implemented and not lifted at a mission, implemented by the measures module. */
public interface ActiveMeasures {

    List<ActiveMeasure> activeAt(String missionId);

    /**
     * @param code the catalogue code (for example {@code SPECIAL_FORCES})
     * @param mitigates the categories whose residual risk the measure lowers
     * @param reduction the fraction (0 to 1) of those categories' score the measure removes
     * @param link the page that shows the measure, for the risk explanation
     */
    record ActiveMeasure(
            long id,
            String missionId,
            String code,
            String name,
            Set<RiskCategory> mitigates,
            double reduction,
            Instant implementedAt,
            String link) {

        public ActiveMeasure {
            mitigates = Set.copyOf(mitigates);
            if (reduction < 0 || reduction > 1) {
                throw new IllegalArgumentException("reduction must be between 0 and 1, was " + reduction);
            }
        }
    }
}
