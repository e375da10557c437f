package org.vigil.ingest.pipeline;

import java.util.Set;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Place;
import org.vigil.analysis.ThreatLevel;

/**
 * Which analysed items are quiet: nothing in them an officer may need to read. An item is quiet when the engine
 * found no mention of a registry person or mission, no target, no place in a country that hosts one of the
 * registry's missions, and a threat level below {@link ThreatLevel#LOW} (that is, {@code NONE}). A quiet item is kept
 * as an analysed item (searchable, like every item) but becomes no signal, so it costs no signal rows, no links, no
 * event and no risk or alert work. Anything else becomes a signal, even a threat against nobody in particular.
 */
final class QuietItems {

    private QuietItems() {}

    /**
     * @param countriesOfInterest the ISO 3166-1 alpha-2 codes of the countries hosting the registry's missions
     */
    static boolean isQuiet(AnalysisResult result, Set<String> countriesOfInterest) {
        if (!result.mentions().isEmpty() || !result.targets().isEmpty()) {
            return false;
        }
        if (result.threat().level().compareTo(ThreatLevel.LOW) >= 0) {
            return false;
        }
        for (Place place : result.places()) {
            if (place.country() != null && countriesOfInterest.contains(place.country())) {
                return false;
            }
        }
        return true;
    }
}
