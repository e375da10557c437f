package org.vigil.risk.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.assess.Assessment.Driver;
import org.vigil.risk.assess.RiskViews.CountryComparison;
import org.vigil.risk.assess.RiskViews.CountryRiskView;
import org.vigil.risk.assess.RiskViews.LevelView;

/**
 * How a mission's level relates to its host country's. Decision: they are two different questions and are not
 * forced equal. The country level is the country as a whole (the analyst's baseline and every conflict event
 * anywhere in it); the mission level is the risk at the mission (the same baseline, the conflict events within
 * {@value ConflictEventFactor#RADIUS_KM} km, the threats against it and its people, its open incidents, less its
 * measures). A mission may be below its country where the fighting is far from the capital or measures are in
 * force, and above it where threats target it. What is never left unsaid is the difference: this explains it, per
 * the category that makes the country's level, factor by factor.
 */
final class CountryRelation {

    static final String NOTE = "A country's level is the country as a whole: its baseline and the conflict events "
            + "anywhere in it. A mission's level is the risk at the mission: the same baseline, the conflict events "
            + "within " + (int) ConflictEventFactor.RADIUS_KM + " km, the threats against it and its people and "
            + "its open incidents, less its measures. The two differ where conflict is far from the mission, "
            + "threats target it, or measures are in force; each mission's page says why.";

    private CountryRelation() {}

    static CountryComparison compare(
            LevelView missionOverall, List<LevelView> missionCategories, CountryRiskView country) {
        LevelView countryOverall = country.overall();
        int diff = missionOverall.level().rank() - countryOverall.level().rank();
        String relation = diff < 0 ? "BELOW_COUNTRY" : diff == 0 ? "AT_COUNTRY" : "ABOVE_COUNTRY";
        List<String> explanation = new ArrayList<>();
        // the category that makes the level of the higher of the two
        RiskCategory category = worst(diff > 0 ? missionCategories : country.categories());
        String name = category == null ? "" : words(category);
        if (diff == 0) {
            explanation.add(
                    String.format(Locale.ROOT, "The mission is at its country's level, %s.", countryOverall.level()));
        } else {
            explanation.add(String.format(
                    Locale.ROOT,
                    "The mission is %s (%d), %s its country %s (%s, %d): %s.",
                    missionOverall.level(),
                    missionOverall.score(),
                    diff < 0 ? "below" : "above",
                    country.name(),
                    countryOverall.level(),
                    countryOverall.score(),
                    diff < 0
                            ? "the country's level is the country as " + "a whole, the mission's the risk where it is"
                            : "threats or incidents at the mission " + "weigh more than the country as a whole"));
        }
        LevelView c = category == null ? null : find(country.categories(), category);
        LevelView m = category == null ? null : find(missionCategories, category);
        if (c != null && m != null) {
            explanation.add(String.format(Locale.ROOT, "%s: country %d from %s.", name, c.score(), parts(c.drivers())));
            StringBuilder mission = new StringBuilder(
                    String.format(Locale.ROOT, "%s: mission %d from %s", name, m.score(), parts(m.drivers())));
            double removed = m.reductions().stream()
                    .mapToDouble(Assessment.Reduction::pointsRemoved)
                    .sum();
            if (removed >= 0.5) {
                mission.append(String.format(
                        Locale.ROOT,
                        ", less %.0f removed by %d measure%s",
                        removed,
                        m.reductions().size(),
                        m.reductions().size() == 1 ? "" : "s"));
            }
            if (m.floor() != null) {
                mission.append("; ").append(m.floor().reason());
            }
            explanation.add(mission.append('.').toString());
        }
        return new CountryComparison(
                country.countryCode(),
                country.name(),
                countryOverall.level(),
                countryOverall.score(),
                missionOverall.level(),
                relation,
                explanation);
    }

    private static RiskCategory worst(List<LevelView> levels) {
        return levels.stream()
                .filter(l -> l.score() > 0)
                .max(Comparator.comparingInt(LevelView::score)
                        .thenComparing(l -> -l.category().ordinal()))
                .map(LevelView::category)
                .orElse(null);
    }

    private static LevelView find(List<LevelView> levels, RiskCategory category) {
        return levels.stream().filter(l -> l.category() == category).findFirst().orElse(null);
    }

    private static String parts(List<Driver> drivers) {
        if (drivers.isEmpty()) {
            return "no factor";
        }
        List<String> parts = drivers.stream()
                .map(d -> String.format(Locale.ROOT, "%s %.0f", RiskWords.factor(d.factor()), d.points()))
                .toList();
        return String.join(", ", parts);
    }

    static String words(RiskCategory category) {
        return RiskWords.category(category);
    }
}
