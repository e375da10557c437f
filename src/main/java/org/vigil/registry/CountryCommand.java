package org.vigil.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Create or update a country (for territories or renamings the ISO list has not caught up with). */
public record CountryCommand(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be two capital letters")
        String code,

        @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters")
        String alpha3,

        @NotBlank(message = "is required") @Size(max = 200) String name,
        @Size(max = 300) String officialName,
        @Size(max = 100) String region,
        @Size(max = 100) String subregion,
        @Size(max = 200) String capital,
        Map<String, String> names) {

    public CountryCommand {
        names = names == null ? Map.of() : Map.copyOf(names);
    }
}
