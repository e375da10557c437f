package org.vigil.shared.registryfile;

import java.util.List;

/** A protected person as the registry file gives it. {@code missionId} may be null (e.g. a minister). */
public record PersonEntry(
        String id, String name, PersonRole role, String missionId, List<String> aliases, List<String> accounts) {
    public PersonEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
