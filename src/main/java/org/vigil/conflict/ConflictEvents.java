package org.vigil.conflict;

import java.time.LocalDate;
import java.util.List;

/** Read access to stored conflict events, for the modules that weigh them (risk). Reference data: not scoped. */
public interface ConflictEvents {

    /**
     * Events with coordinates within {@code radiusKm} of a point, dated on or after {@code since}, nearest first.
     */
    List<StoredEvent> near(double lat, double lon, double radiusKm, LocalDate since, int limit);

    /** Events in a country (ISO 3166-1 alpha-2), dated on or after {@code since}, newest first. */
    List<StoredEvent> inCountry(String countryCode, LocalDate since, int limit);

    /**
     * @param dataset UCDP_GED, ACLED or GDELT
     * @param fatalities null when the dataset does not count them
     * @param distanceKm from the point asked about ({@link #near}), else null
     */
    record StoredEvent(
            long id,
            String dataset,
            String externalId,
            LocalDate date,
            String type,
            String subtype,
            List<String> actors,
            String countryCode,
            String place,
            Double lat,
            Double lon,
            Integer fatalities,
            Double distanceKm) {

        public StoredEvent {
            actors = List.copyOf(actors);
        }
    }
}
