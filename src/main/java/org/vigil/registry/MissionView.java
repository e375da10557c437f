package org.vigil.registry;

import java.time.Instant;
import java.util.List;
import org.vigil.shared.registryfile.MissionKind;

/** A mission as the API and the pages show it. {@code lat}/{@code lon} are null when the position is unknown. */
public record MissionView(
        String id,
        MissionKind kind,
        String name,
        String sendingCountry,
        String hostCountry,
        String city,
        Double lat,
        Double lon,
        List<String> aliases,
        MissionStatus status,
        Instant createdAt,
        Instant updatedAt,
        Integer version) {}
