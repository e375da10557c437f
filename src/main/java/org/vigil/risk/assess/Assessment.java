package org.vigil.risk.assess;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;

/** A mission's assessment: per category and overall, each explained by its drivers and reductions. */
public record Assessment(String missionId, Map<RiskCategory, Level> categories, Level overall, Instant assessedAt) {

    public Assessment {
        categories = Map.copyOf(categories);
    }

    /** A factor's part in a score: its points and its share of the points before reductions. */
    public record Driver(String factor, double points, double share, String reason, List<Evidence> evidence) {}

    /**
     * A measure's part: the fraction it removes now and the points that makes; {@code statedReduction} is what it
     * removes when fresh or just reviewed (null in assessments stored before measures decayed).
     */
    public record Reduction(
            String factor,
            double reduction,
            double pointsRemoved,
            String reason,
            Evidence evidence,
            Double statedReduction) {}

    /**
     * Recent severe threats holding a level up: the level they hold it at, the score the factors and measures
     * gave (below the floor), and why.
     */
    public record FloorApplied(
            String factor, RiskLevel level, int residualScore, String reason, List<Evidence> evidence) {

        public FloorApplied {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** An analyst's override in force. */
    public record OverrideInForce(long id, RiskLevel level, String justification, Instant expiresAt, String setBy) {}

    /**
     * @param category null for the overall level
     * @param computedLevel what the factors give
     * @param level what is in force: the override's level when there is one
     * @param floor recent severe threats that held the computed level up, or null when none did (for the overall
     *        level: the floor of its worst category, when one holds it)
     */
    public record Level(
            RiskCategory category,
            int score,
            RiskLevel computedLevel,
            RiskLevel level,
            List<Driver> drivers,
            List<Reduction> reductions,
            OverrideInForce override,
            FloorApplied floor) {

        public Level {
            drivers = List.copyOf(drivers);
            reductions = List.copyOf(reductions);
        }

        public Level(
                RiskCategory category,
                int score,
                RiskLevel computedLevel,
                RiskLevel level,
                List<Driver> drivers,
                List<Reduction> reductions,
                OverrideInForce override) {
            this(category, score, computedLevel, level, drivers, reductions, override, null);
        }

        /** The explanation in one line: the main drivers' reasons, and an override's justification. */
        public String reason() {
            StringBuilder s = new StringBuilder();
            if (override != null) {
                s.append("Override to ")
                        .append(override.level())
                        .append(" by ")
                        .append(override.setBy())
                        .append(": ")
                        .append(override.justification())
                        .append(". ");
            }
            if (floor != null) {
                s.append(capitalised(floor.reason())).append(". ");
            }
            if (drivers.isEmpty()) {
                s.append("No factor contributes");
            }
            for (int i = 0; i < Math.min(3, drivers.size()); i++) {
                Driver d = drivers.get(i);
                s.append(i == 0 ? "" : " | ")
                        .append(d.reason())
                        .append(" [")
                        .append(Math.round(d.share() * 100))
                        .append("%]");
            }
            for (Reduction r : reductions) {
                s.append(" | ").append(r.reason());
            }
            return s.length() > 3900 ? s.substring(0, 3900) + "…" : s.toString();
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
