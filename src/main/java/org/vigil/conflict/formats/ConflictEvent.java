package org.vigil.conflict.formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One conflict event, whatever file it came from. {@code countryCode} is ISO 3166-1 alpha-2; {@code lat} and
 * {@code lon} are both null when the source gives no coordinates; {@code fatalities} is null when the source does
 * not count them (GDELT) and otherwise the source's best estimate. {@code type} and {@code subtype} keep the
 * source's own vocabulary (ACLED event types, UCDP violence types, CAMEO root and event codes).
 */
public record ConflictEvent(
        EventSource source,
        String sourceId,
        LocalDate date,
        String countryCode,
        String place,
        Double lat,
        Double lon,
        String type,
        String subtype,
        List<String> actors,
        Integer fatalities) {

    public ConflictEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(date, "date");
        if (countryCode == null
                || countryCode.length() != 2
                || !isUpper(countryCode.charAt(0))
                || !isUpper(countryCode.charAt(1))) {
            throw new IllegalArgumentException("countryCode must be ISO 3166-1 alpha-2, not " + countryCode);
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon come together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (fatalities != null && fatalities < 0) {
            throw new IllegalArgumentException("fatalities cannot be negative");
        }
        place = place == null ? "" : place;
        type = type == null ? "" : type;
        subtype = subtype == null ? "" : subtype;
        actors = List.copyOf(actors);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
