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
     * @param implementedAt when it was put in place
     * @param reviewedAt when a review last kept it in place, or null when it has never been reviewed: the risk
     *        module trusts a measure at full strength for a review period after the later of the two, and less
     *        and less after that (docs/risk.md, "Measures decay")
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
            Instant reviewedAt,
            String link) {

        public ActiveMeasure {
            mitigates = Set.copyOf(mitigates);
            if (reduction < 0 || reduction > 1) {
                throw new IllegalArgumentException("reduction must be between 0 and 1, was " + reduction);
            }
        }

        /** A measure that has never been reviewed. */
        public ActiveMeasure(
                long id,
                String missionId,
                String code,
                String name,
                Set<RiskCategory> mitigates,
                double reduction,
                Instant implementedAt,
                String link) {
            this(id, missionId, code, name, mitigates, reduction, implementedAt, null, link);
        }

        /** Since when the measure has stood unchecked: its last review, or its implementation. */
        public Instant trustedSince() {
            return reviewedAt != null && (implementedAt == null || reviewedAt.isAfter(implementedAt))
                    ? reviewedAt
                    : implementedAt;
        }
    }
}
