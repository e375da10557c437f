package org.vigil.registry;

import org.vigil.shared.registryfile.MissionKind;

/**
 * Filters for the missions list; every field may be null. {@code q} searches id, name, city and aliases. Retired
 * missions are left out unless {@code status} is RETIRED or {@code includeRetired} is set.
 */
public record MissionFilter(
        String q,
        MissionKind kind,
        String hostCountry,
        String sendingCountry,
        MissionStatus status,
        boolean includeRetired) {

    public static MissionFilter none() {
        return new MissionFilter(null, null, null, null, null, false);
    }
}
