package org.vigil.risk.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vigil.risk.RiskCategory;

/**
 * Factor "country-baseline": the analyst's standing assessment of the host country, per category, adds its score
 * as points. It is the floor of the picture before anything happens near the mission.
 */
public final class BaselineFactor {

    public static final String NAME = "country-baseline";

    /** An analyst's baseline for a country and category, with where it comes from and how recent that is. */
    public record Baseline(
            String countryCode,
            RiskCategory category,
            int score,
            String source,
            LocalDate sourceDate,
            String note,
            String setBy) {

        public Baseline {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("a baseline score is 0 to 100, was " + score);
            }
        }
    }

    private BaselineFactor() {}

    public static List<Contribution> apply(Collection<Baseline> baselines) {
        List<Contribution> out = new ArrayList<>();
        for (Baseline b : baselines) {
            if (b.score() == 0) {
                continue;
            }
            out.add(new Contribution(
                    NAME,
                    b.category(),
                    b.score(),
                    "Country baseline for " + b.countryCode() + ": " + b.score() + " (" + b.source() + ", "
                            + b.sourceDate() + ")",
                    List.of(new Evidence(
                            "BASELINE",
                            b.countryCode() + "/" + b.category().name(),
                            b.source() + ", " + b.sourceDate(),
                            "/api/v1/risk/baselines/" + b.countryCode()))));
        }
        return out;
    }
}
