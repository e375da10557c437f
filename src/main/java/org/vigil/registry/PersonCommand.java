package org.vigil.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.vigil.shared.registryfile.PersonRole;

/** Create or update a protected person. On update the id in the path wins. */
public record PersonCommand(
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}",
                message = "use 1 to 100 letters, digits, '.', '-' or '_', starting with a letter or digit")
        String id,

        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
        String name,

        @NotNull(message = "is required: one of AMBASSADOR, CONSUL_GENERAL, DIPLOMAT, STAFF, FAMILY, OTHER")
        PersonRole role,

        String missionId,
        List<@NotBlank(message = "must not be blank") @Size(max = 500) String> aliases,
        List<@NotBlank(message = "must not be blank") @Size(max = 500) String> accounts,
        PersonStatus status) {

    public PersonCommand {
        aliases = aliases == null ? List.of() : aliases;
        accounts = accounts == null ? List.of() : accounts;
    }

    PersonCommand withId(String newId) {
        return new PersonCommand(newId, name, role, missionId, aliases, accounts, status);
    }
}
