package org.vigil.risk.assess;

import org.vigil.risk.RiskLevel;

/**
 * Scores to levels, and levels to the schemes people know. The bands are equal quarters of the 0–100 score; the
 * crosswalk is the table in docs/risk.md.
 */
public final class RiskScale {

    private RiskScale() {}

    public static RiskLevel level(int score) {
        if (score >= 75) {
            return RiskLevel.CRITICAL;
        }
        if (score >= 50) {
            return RiskLevel.HIGH;
        }
        if (score >= 25) {
            return RiskLevel.MODERATE;
        }
        return RiskLevel.LOW;
    }

    /** The lowest score of a level's band (LOW 0, MODERATE 25, HIGH 50, CRITICAL 75). */
    public static int lowestScore(RiskLevel level) {
        return (level.rank() - 1) * 25;
    }

    /**
     * @param usAdvisory US State Department travel-advisory level (1–4) and its wording
     * @param ukFcdo the UK Foreign, Commonwealth & Development Office's wording
     * @param unLevel UN Security Level System level (1 Minimal … 6 Extreme) and its name
     */
    public record Crosswalk(int usAdvisory, String usWording, String ukFcdo, int unLevel, String unName) {}

    /**
     * The UN scale has six steps for our four: LOW splits into 1 Minimal (score under 12) and 2 Low, HIGH into
     * 4 Substantial (under 63) and 5 High; MODERATE is 3 Moderate and CRITICAL 6 Extreme.
     */
    public static Crosswalk crosswalk(RiskLevel level, int score) {
        return switch (level) {
            case LOW ->
                score < 12
                        ? new Crosswalk(1, "Exercise Normal Precautions", "No advice against travel", 1, "Minimal")
                        : new Crosswalk(1, "Exercise Normal Precautions", "No advice against travel", 2, "Low");
            case MODERATE ->
                new Crosswalk(
                        2,
                        "Exercise Increased Caution",
                        "No advice against travel; read the safety and security advice",
                        3,
                        "Moderate");
            case HIGH ->
                score < 63
                        ? new Crosswalk(
                                3, "Reconsider Travel", "Advise against all but essential travel", 4, "Substantial")
                        : new Crosswalk(3, "Reconsider Travel", "Advise against all but essential travel", 5, "High");
            case CRITICAL -> new Crosswalk(4, "Do Not Travel", "Advise against all travel", 6, "Extreme");
        };
    }
}
