package org.vigil.risk.assess;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.vigil.risk.ActiveMeasures.ActiveMeasure;

/**
 * Factor "implemented-measures": each measure in place removes a fraction of the categories it mitigates (the
 * risk it was taken against): its stated fraction while it is fresh or recently reviewed, less as it goes
 * unreviewed ({@link MeasureDecay}). Several measures combine multiplicatively (residual = raw × Π(1 − reduction))
 * and together never remove more than {@value RiskScorer#MAX_REDUCTION} of a category's score: protection lowers
 * the risk, it does not make the threat go away.
 */
public final class MeasureFactor {

    public static final String NAME = "implemented-measures";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MeasureFactor() {}

    public static List<Mitigation> apply(List<ActiveMeasure> measures, Instant now, MeasureDecay decay) {
        return measures.stream()
                .filter(m -> m.reduction() > 0 && !m.mitigates().isEmpty())
                .map(m -> {
                    double strength = decay.strength(m.trustedSince(), now);
                    return new Mitigation(
                            NAME,
                            m.mitigates(),
                            m.reduction() * strength,
                            m.reduction(),
                            m.implementedAt(),
                            reason(m, strength, now, decay),
                            new Evidence("MEASURE", Long.toString(m.id()), m.name(), m.link()));
                })
                .toList();
    }

    private static String reason(ActiveMeasure m, double strength, Instant now, MeasureDecay decay) {
        StringBuilder s =
                new StringBuilder(String.format(Locale.ROOT, "%s, implemented %s", m.name(), day(m.implementedAt())));
        if (m.reviewedAt() != null) {
            s.append(", reviewed ").append(day(m.reviewedAt()));
        }
        if (strength >= 0.995) {
            return s.append(String.format(Locale.ROOT, ": −%.0f%%", m.reduction() * 100))
                    .toString();
        }
        long days = Duration.between(m.trustedSince(), now).toDays();
        return s.append(String.format(
                        Locale.ROOT,
                        ": −%.0f%% of its stated −%.0f%%, not reviewed for %d days "
                                + "(full strength for %d days, then halving every %d)",
                        m.reduction() * strength * 100,
                        m.reduction() * 100,
                        days,
                        decay.reviewPeriod().toDays(),
                        decay.halfLife().toDays()))
                .toString();
    }

    private static String day(Instant at) {
        return at == null ? "(date unknown)" : DAY.format(at.atZone(ZoneOffset.UTC));
    }
}
