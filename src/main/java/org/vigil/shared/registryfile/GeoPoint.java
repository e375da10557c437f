package org.vigil.shared.registryfile;

/** A WGS 84 position. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(
                    "lat must be in [-90, 90] and lon in [-180, 180], got " + lat + ", " + lon);
        }
    }
}
