package org.vigil.registry;

import java.util.Map;

/**
 * An ISO 3166-1 country with its names: {@code names} maps ISO 639-3 language codes to the common name in that
 * language (e.g. rus → the Russian name of Turkey).
 */
public record CountryView(
        String code,
        String alpha3,
        String numericCode,
        String name,
        String officialName,
        String region,
        String subregion,
        String capital,
        Double lat,
        Double lon,
        Map<String, String> names,
        String status) {}
