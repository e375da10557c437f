package org.vigil.shared.registryfile;

import java.util.List;

/** The whole registry file: missions and people, in file order. */
public record RegistryFile(List<MissionEntry> missions, List<PersonEntry> people) {
    public RegistryFile {
        missions = List.copyOf(missions);
        people = List.copyOf(people);
    }
}
