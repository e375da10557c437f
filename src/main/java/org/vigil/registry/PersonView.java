package org.vigil.registry;

import java.time.Instant;
import java.util.List;
import org.vigil.shared.registryfile.PersonRole;

/** A protected person as the API and the pages show them. {@code missionId} is null for people with no mission. */
public record PersonView(
        String id,
        String name,
        PersonRole role,
        String missionId,
        List<String> aliases,
        List<String> accounts,
        PersonStatus status,
        Instant createdAt,
        Instant updatedAt,
        Integer version) {}
