package org.vigil.risk.assess;

import java.util.Locale;
import java.util.Map;
import org.vigil.risk.RiskCategory;

/** The words a person reads for the risk module's factor names and categories (pages, explanations). */
public final class RiskWords {

    private static final Map<String, String> FACTORS = Map.of(
            BaselineFactor.NAME, "the country baseline",
            ConflictEventFactor.COUNTRY_NAME, "conflict events anywhere in the country",
            ConflictEventFactor.NAME, "conflict events within " + (int) ConflictEventFactor.RADIUS_KM + " km",
            TargetedSignalFactor.NAME, "threats against the mission and its people",
            SurgeTest.NAME, "a surge of hostile posts",
            IncidentFactor.NAME, "open incidents",
            MeasureFactor.NAME, "measures in place",
            SevereThreatFloor.NAME, "recent severe threats");

    private RiskWords() {}

    /** A factor in words ("threats against the mission and its people"); an unknown name as it is. */
    public static String factor(String name) {
        return FACTORS.getOrDefault(name, name);
    }

    /** A category in words ("Targeted threats"). */
    public static String category(RiskCategory category) {
        if (category == null) {
            return "Overall";
        }
        String s = category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
