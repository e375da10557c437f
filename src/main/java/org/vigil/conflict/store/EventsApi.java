package org.vigil.conflict.store;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.conflict.ConflictEvents.StoredEvent;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * Stored conflict events: public reference data about places. Filtering near a mission reads the mission under the
 * caller's need-to-know (another mission's position is not for everyone), so that filter answers 404 outside it.
 */
@RestController
@Tag(name = "Conflict events")
class EventsApi {

    private static final double MAX_RADIUS_KM = 1000;

    private final JdbcClient jdbc;
    private final Missions missions;

    EventsApi(JdbcClient jdbc, Missions missions) {
        this.jdbc = jdbc;
        this.missions = missions;
    }

    @GetMapping("/api/v1/events")
    @Operation(
            summary = "Conflict events by country, bounding box (west,south,east,north) or distance from a mission,"
                    + " and date range (inclusive days)")
    @NeedToKnow(
            value = Kind.PUBLIC_REFERENCE,
            why = "events are public data about places; the near-a-mission "
                    + "filter reads the mission within the caller's scope")
    PageResult<StoredEvent> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String missionId,
            @RequestParam(defaultValue = "100") double radiusKm,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = new PageRequest(page, size);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (country != null && !country.isBlank()) {
            String cc = country.strip().toUpperCase(Locale.ROOT);
            if (!cc.matches("[A-Z]{2}")) {
                throw new InvalidInputException(
                        "country", "an ISO 3166-1 alpha-2 code such as SY, got '" + country + "'");
            }
            where.append(" AND country_code = :country");
            params.put("country", cc);
        }
        if (from != null) {
            where.append(" AND event_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND event_date <= :to");
            params.put("to", to);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "is before from");
        }
        if (bbox != null && !bbox.isBlank()) {
            double[] b = bbox(bbox);
            where.append(" AND lon BETWEEN :west AND :east AND lat BETWEEN :south AND :north");
            params.put("west", b[0]);
            params.put("south", b[1]);
            params.put("east", b[2]);
            params.put("north", b[3]);
        }
        if (missionId != null && !missionId.isBlank()) {
            if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
                throw new InvalidInputException("radiusKm", "between 0 and " + (int) MAX_RADIUS_KM + " km");
            }
            MissionView m = missions.find(Scope.current(), missionId.strip())
                    .orElseThrow(() -> new NotFoundException("mission", missionId));
            if (m.lat() == null || m.lon() == null) {
                throw new InvalidInputException("missionId", "the mission has no position; filter by country");
            }
            double dLat = Math.toDegrees(radiusKm / JdbcConflictEvents.EARTH_RADIUS_KM);
            double dLon = Math.min(180, dLat / Math.max(1e-6, Math.cos(Math.toRadians(m.lat()))));
            where.append(" AND lat BETWEEN :s2 AND :n2 AND lon BETWEEN :w2 AND :e2");
            params.put("s2", m.lat() - dLat);
            params.put("n2", m.lat() + dLat);
            params.put("w2", m.lon() - dLon);
            params.put("e2", m.lon() + dLon);
            List<StoredEvent> near = new ArrayList<>(jdbc.sql("SELECT * FROM conflict_event" + where)
                    .params(params)
                    .query((rs, n) -> JdbcConflictEvents.map(
                            rs,
                            JdbcConflictEvents.distanceKm(m.lat(), m.lon(), rs.getDouble("lat"), rs.getDouble("lon"))))
                    .list());
            near.removeIf(e -> e.distanceKm() > radiusKm);
            near.sort(Comparator.comparing(StoredEvent::date).reversed().thenComparing(StoredEvent::id));
            int start = (int) Math.min(near.size(), request.offset());
            return new PageResult<>(near.subList(start, Math.min(near.size(), start + size)), page, size, near.size());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM conflict_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<StoredEvent> items = jdbc.sql("SELECT * FROM conflict_event" + where
                        + " ORDER BY event_date DESC, id LIMIT " + size + " OFFSET " + request.offset())
                .params(params)
                .query((rs, n) -> JdbcConflictEvents.map(rs, null))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    @GetMapping("/api/v1/events/{id}")
    @NeedToKnow(value = Kind.PUBLIC_REFERENCE, why = "as the list")
    StoredEvent get(@PathVariable long id) {
        return jdbc.sql("SELECT * FROM conflict_event WHERE id = ?")
                .param(id)
                .query((rs, n) -> JdbcConflictEvents.map(rs, null))
                .optional()
                .orElseThrow(() -> new NotFoundException("conflict event", Long.toString(id)));
    }

    private static double[] bbox(String bbox) {
        String[] parts = bbox.split(",");
        String hint = "four numbers west,south,east,north in degrees, such as 35.9,33.2,36.7,33.8";
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", hint);
        }
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("bbox", hint);
        }
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw new InvalidInputException("bbox", hint + " (west ≤ east, south ≤ north, within the globe)");
        }
        return b;
    }
}
