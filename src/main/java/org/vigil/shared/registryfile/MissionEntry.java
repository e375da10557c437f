package org.vigil.shared.registryfile;

import java.util.List;

/** A mission as the registry file gives it. {@code location} may be null. */
public record MissionEntry(
        String id,
        MissionKind kind,
        String name,
        String sendingCountry,
        String hostCountry,
        String city,
        GeoPoint location,
        List<String> aliases) {
    public MissionEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
