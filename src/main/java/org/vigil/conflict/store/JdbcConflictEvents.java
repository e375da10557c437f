package org.vigil.conflict.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.conflict.ConflictEvents;

/**
 * Stored conflict events by place and time. "Near" is a bounding box in SQL (portable, index-friendly enough for
 * the volumes of a ministry's region files) refined by the great-circle distance in Java.
 */
@Component
@Transactional(readOnly = true)
class JdbcConflictEvents implements ConflictEvents {

    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final int MAX = 10_000;

    private final JdbcClient jdbc;

    JdbcConflictEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredEvent> near(double lat, double lon, double radiusKm, LocalDate since, int limit) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cos = Math.cos(Math.toRadians(lat));
        double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
        return jdbc
                .sql("""
                SELECT * FROM conflict_event
                WHERE event_date >= :since AND lat BETWEEN :south AND :north AND lon BETWEEN :west AND :east
                """)
                .param("since", since)
                .param("south", lat - dLat)
                .param("north", lat + dLat)
                .param("west", lon - dLon)
                .param("east", lon + dLon)
                .query((rs, n) -> map(rs, distanceKm(lat, lon, rs.getDouble("lat"), rs.getDouble("lon"))))
                .stream()
                .filter(e -> e.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(StoredEvent::distanceKm))
                .limit(Math.min(limit, MAX))
                .toList();
    }

    @Override
    public List<StoredEvent> inCountry(String countryCode, LocalDate since, int limit) {
        return jdbc.sql("""
                SELECT * FROM conflict_event WHERE country_code = :country AND event_date >= :since
                ORDER BY event_date DESC, id DESC LIMIT :limit""")
                .param("country", countryCode)
                .param("since", since)
                .param("limit", Math.min(limit, MAX))
                .query((rs, n) -> map(rs, null))
                .list();
    }

    /** Haversine distance in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static StoredEvent map(ResultSet rs, Double distance) throws SQLException {
        double lat = rs.getDouble("lat");
        Double latOrNull = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("lon");
        Double lonOrNull = rs.wasNull() ? null : lon;
        int fatalities = rs.getInt("fatalities");
        Integer fatalitiesOrNull = rs.wasNull() ? null : fatalities;
        String actors = rs.getString("actors");
        return new StoredEvent(
                rs.getLong("id"),
                rs.getString("dataset"),
                rs.getString("external_id"),
                rs.getObject("event_date", LocalDate.class),
                rs.getString("type"),
                rs.getString("subtype"),
                actors.isEmpty() ? List.of() : Arrays.asList(actors.split("; ")),
                rs.getString("country_code"),
                rs.getString("place"),
                latOrNull,
                lonOrNull,
                fatalitiesOrNull,
                distance);
    }
}
