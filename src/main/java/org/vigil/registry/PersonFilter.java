package org.vigil.registry;

import org.vigil.shared.registryfile.PersonRole;

/** Filters for the people list; every field may be null. {@code q} searches id, name, aliases and accounts. */
public record PersonFilter(String q, PersonRole role, String missionId, PersonStatus status, boolean includeRetired) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, false);
    }
}
