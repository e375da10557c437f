package org.vigil.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.vigil.shared.registryfile.MissionKind;

/**
 * Create or update a mission. On update the id in the path wins and {@code id} here may be omitted. {@code lat} and
 * {@code lon} come together or not at all; {@code status} defaults to ACTIVE on create and to the current one on
 * update.
 */
public record MissionCommand(
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}",
                message = "use 1 to 100 letters, digits, '.', '-' or '_', starting with a letter or digit")
        String id,

        @NotNull(message = "is required: one of EMBASSY, CONSULATE_GENERAL, CONSULATE, PERMANENT_MISSION, OTHER")
        MissionKind kind,

        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
        String name,

        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as RU")
        String sendingCountry,

        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as TR")
        String hostCountry,

        @Size(max = 500, message = "must be at most 500 characters")
        String city,

        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90")
        Double lat,

        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180")
        Double lon,

        List<@NotBlank(message = "must not be blank") @Size(max = 500) String> aliases,
        MissionStatus status) {

    public MissionCommand {
        aliases = aliases == null ? List.of() : aliases;
    }

    MissionCommand withId(String newId) {
        return new MissionCommand(newId, kind, name, sendingCountry, hostCountry, city, lat, lon, aliases, status);
    }
}
