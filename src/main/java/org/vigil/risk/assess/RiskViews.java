package org.vigil.risk.assess;

import java.time.Instant;
import java.util.List;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.Driver;
import org.vigil.risk.assess.Assessment.FloorApplied;
import org.vigil.risk.assess.Assessment.OverrideInForce;
import org.vigil.risk.assess.Assessment.Reduction;
import org.vigil.risk.assess.RiskScale.Crosswalk;

/** What the API and the pages show of risk. */
public final class RiskViews {

    private RiskViews() {}

    /**
     * One level with its explanation and crosswalk.
     *
     * @param category null for the overall level
     */
    public record LevelView(
            RiskCategory category,
            RiskLevel level,
            int rank,
            int score,
            RiskLevel computedLevel,
            Crosswalk crosswalk,
            List<Driver> drivers,
            List<Reduction> reductions,
            OverrideInForce override,
            FloorApplied floor) {

        static LevelView of(Assessment.Level l) {
            return new LevelView(
                    l.category(),
                    l.level(),
                    l.level().rank(),
                    l.score(),
                    l.computedLevel(),
                    RiskScale.crosswalk(l.level(), l.score()),
                    l.drivers(),
                    l.reductions(),
                    l.override(),
                    l.floor());
        }
    }

    /**
     * @param country how the mission's level relates to its host country's, and why they differ (null when the
     *        host country has no level)
     */
    public record MissionRiskView(
            String missionId,
            String missionName,
            String hostCountry,
            String city,
            Double lat,
            Double lon,
            Instant assessedAt,
            LevelView overall,
            List<LevelView> categories,
            CountryComparison country) {}

    /**
     * A mission's level beside its host country's.
     *
     * @param relation BELOW_COUNTRY, AT_COUNTRY or ABOVE_COUNTRY (by level)
     * @param explanation in words: the relation, then the category that makes the higher level, factor by factor
     *        for the country and for the mission
     */
    public record CountryComparison(
            String countryCode,
            String countryName,
            RiskLevel countryLevel,
            int countryScore,
            RiskLevel missionLevel,
            String relation,
            List<String> explanation) {

        public CountryComparison {
            explanation = List.copyOf(explanation);
        }

        /** The relation in words, for a page. */
        public String inWords() {
            return switch (relation) {
                case "BELOW_COUNTRY" -> "the mission is below its country's level";
                case "ABOVE_COUNTRY" -> "the mission is above its country's level";
                default -> "the mission is at its country's level";
            };
        }
    }

    /** A mission's overall level, for the map. */
    public record MissionLevel(
            String missionId,
            String name,
            String city,
            String hostCountry,
            Double lat,
            Double lon,
            RiskLevel level,
            int rank,
            int score,
            Instant assessedAt) {}

    /** @param note what a country's level means beside its missions' levels */
    public record CountryRiskView(
            String countryCode,
            String name,
            Instant assessedAt,
            LevelView overall,
            List<LevelView> categories,
            List<BaselineFactor.Baseline> baselines,
            String note) {}

    /** A country's overall level, for shading the map. */
    public record CountryLevel(String countryCode, RiskLevel level, int rank, int score) {}

    public record OverrideCommand(RiskCategory category, RiskLevel level, String justification, Instant expiresAt) {}

    public record BaselineCommand(Integer score, String source, java.time.LocalDate sourceDate, String note) {}
}
