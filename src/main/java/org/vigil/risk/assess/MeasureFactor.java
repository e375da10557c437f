package org.vigil.risk.assess;

import java.util.List;
import java.util.Locale;
import org.vigil.risk.ActiveMeasures.ActiveMeasure;

/**
 * Factor "implemented-measures": each measure implemented and not lifted removes its stated fraction of the
 * categories it mitigates. Several measures combine multiplicatively (residual = raw × Π(1 − reduction)) and
 * together never remove more than {@value RiskScorer#MAX_REDUCTION} of a category's score: protection lowers
 * the risk, it does not make the threat go away.
 */
public final class MeasureFactor {

    public static final String NAME = "implemented-measures";

    private MeasureFactor() {}

    public static List<Mitigation> apply(List<ActiveMeasure> measures) {
        return measures.stream()
                .filter(m -> m.reduction() > 0 && !m.mitigates().isEmpty())
                .map(m -> new Mitigation(
                        NAME,
                        m.mitigates(),
                        m.reduction(),
                        String.format(
                                Locale.ROOT,
                                "%s (%s), implemented %s: −%.0f%%",
                                m.name(),
                                m.code(),
                                m.implementedAt(),
                                m.reduction() * 100),
                        new Evidence("MEASURE", Long.toString(m.id()), m.name(), m.link())))
                .toList();
    }
}
