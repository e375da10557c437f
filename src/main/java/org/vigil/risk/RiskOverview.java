package org.vigil.risk;

import java.util.Map;

/** The whole network's levels at a glance, for the world map. Not scoped: callers filter by their scope. */
public interface RiskOverview {

    /** Each assessed mission's overall level, by mission id. */
    Map<String, RiskLevel> missionLevels();

    /** Each country's overall level (its baseline and the conflict events in it), by ISO 3166-1 alpha-2 code. */
    Map<String, RiskLevel> countryLevels();
}
