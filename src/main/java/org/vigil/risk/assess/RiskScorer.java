package org.vigil.risk.assess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.Driver;
import org.vigil.risk.assess.Assessment.FloorApplied;
import org.vigil.risk.assess.Assessment.Level;
import org.vigil.risk.assess.Assessment.OverrideInForce;
import org.vigil.risk.assess.Assessment.Reduction;

/**
 * Folds the factors' contributions into levels; it decides nothing itself. Per category: the raw score is the sum
 * of the points, at most 100; measures then remove their fractions (together at most {@value #MAX_REDUCTION}); the
 * level is the quarter the score falls in. Overall: the highest category, score and level (the worst danger a
 * mission faces is its danger; an average would hide a CRITICAL threat among four LOW categories). An override in
 * force sets the level shown, the computed one is kept beside it.
 */
public final class RiskScorer {

    public static final double MAX_REDUCTION = 0.6;

    private RiskScorer() {}

    public static Assessment fold(
            String missionId,
            List<Contribution> contributions,
            List<Mitigation> mitigations,
            Map<RiskCategory, OverrideInForce> categoryOverrides,
            OverrideInForce overallOverride,
            Instant now) {
        return fold(missionId, contributions, mitigations, Map.of(), categoryOverrides, overallOverride, now);
    }

    /**
     * @param floors per category, the recent severe threats ({@link SevereThreatFloor}): when they arrived after
     *        the category's newest measure, a residual score below the level they hold is raised to that level's
     *        lowest score, and the level says why
     */
    public static Assessment fold(
            String missionId,
            List<Contribution> contributions,
            List<Mitigation> mitigations,
            Map<RiskCategory, SevereThreatFloor.Threats> floors,
            Map<RiskCategory, OverrideInForce> categoryOverrides,
            OverrideInForce overallOverride,
            Instant now) {
        Map<RiskCategory, Level> levels = new EnumMap<>(RiskCategory.class);
        for (RiskCategory category : RiskCategory.values()) {
            List<Contribution> mine = contributions.stream()
                    .filter(c -> c.category() == category && c.points() > 0)
                    .sorted(Comparator.comparingDouble(Contribution::points).reversed())
                    .toList();
            double sum = mine.stream().mapToDouble(Contribution::points).sum();
            double raw = Math.min(100, sum);
            List<Driver> drivers = mine.stream()
                    .map(c -> new Driver(
                            c.factor(), round(c.points()), round(c.points() / sum), c.reason(), c.evidence()))
                    .toList();
            double keep = 1;
            List<Mitigation> applicable = mitigations.stream()
                    .filter(m -> m.categories().contains(category))
                    .toList();
            for (Mitigation m : applicable) {
                keep *= 1 - m.reduction();
            }
            keep = Math.max(keep, 1 - MAX_REDUCTION);
            int residual = (int) Math.round(raw * keep);
            int score = residual;
            FloorApplied held = SevereThreatFloor.hold(floors.get(category), applicable, raw, residual);
            if (held != null) {
                score = RiskScale.lowestScore(held.level());
            }
            List<Reduction> reductions = new ArrayList<>();
            double combined = 1 - keep;
            double nominal =
                    applicable.stream().mapToDouble(Mitigation::reduction).sum();
            for (Mitigation m : applicable) {
                // each measure's share of the points removed, in proportion to the reduction it makes now
                double removed = nominal == 0 ? 0 : raw * combined * m.reduction() / nominal;
                reductions.add(new Reduction(
                        m.factor(), round(m.reduction()), round(removed), m.reason(), m.evidence(), m.stated()));
            }
            RiskLevel computed = RiskScale.level(score);
            OverrideInForce override = categoryOverrides.get(category);
            levels.put(
                    category,
                    new Level(
                            category,
                            score,
                            computed,
                            override == null ? computed : override.level(),
                            drivers,
                            reductions,
                            override,
                            held));
        }
        Level worst = levels.values().stream()
                .max(Comparator.comparingInt(Level::score)
                        .thenComparing(l -> l.computedLevel().rank()))
                .orElseThrow();
        RiskLevel computedOverall = levels.values().stream()
                .map(Level::computedLevel)
                .max(Comparator.comparingInt(RiskLevel::rank))
                .orElse(RiskLevel.LOW);
        RiskLevel effectiveCategories = levels.values().stream()
                .map(Level::level)
                .max(Comparator.comparingInt(RiskLevel::rank))
                .orElse(RiskLevel.LOW);
        double total = levels.values().stream().mapToInt(Level::score).sum();
        List<Driver> overallDrivers = levels.values().stream()
                .filter(l -> l.score() > 0)
                .sorted(Comparator.comparingInt(Level::score).reversed())
                .map(l -> new Driver(
                        l.category().name(),
                        l.score(),
                        round(l.score() / total),
                        l.category() + " " + l.level() + " (" + l.score() + ")"
                                + (l.drivers().isEmpty()
                                        ? ""
                                        : ": " + l.drivers().get(0).reason()),
                        l.drivers().isEmpty() ? List.of() : l.drivers().get(0).evidence()))
                .toList();
        // the floor that holds the overall level up: one on a category at the overall level, none when a category
        // without a floor stands as high
        FloorApplied heldOverall =
                levels.values().stream().anyMatch(l -> l.floor() == null && l.computedLevel() == computedOverall)
                        ? null
                        : levels.values().stream()
                                .filter(l -> l.floor() != null && l.computedLevel() == computedOverall)
                                .map(l -> new FloorApplied(
                                        l.floor().factor(),
                                        l.floor().level(),
                                        l.floor().residualScore(),
                                        CountryRelation.words(l.category()) + " "
                                                + l.floor().reason(),
                                        l.floor().evidence()))
                                .findFirst()
                                .orElse(null);
        Level overall = new Level(
                null,
                worst.score(),
                computedOverall,
                overallOverride == null ? effectiveCategories : overallOverride.level(),
                overallDrivers,
                List.of(),
                overallOverride,
                heldOverall);
        return new Assessment(missionId, levels, overall, now);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
