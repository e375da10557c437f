package org.vigil.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.vigil.alerts.OpenAlerts;
import org.vigil.conflict.ConflictEvents;
import org.vigil.registry.Countries;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskOverview;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;
import org.vigil.shared.web.GeoJson;

/**
 * The markers of the world map: every mission the caller may see (retired ones left out), read through the
 * caller's scope, so that a mission officer's map holds their own mission only.
 */
@RestController
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "markers come from Missions.all(Scope.current())")
class MapController {

    private final Missions missions;
    private final Countries countries;
    private final RiskOverview risk;

    private final Clock clock;
    private final org.vigil.signals.Signals signals;
    private final ConflictEvents events;
    private final OpenAlerts openAlerts;

    MapController(
            Missions missions,
            Countries countries,
            RiskOverview risk,
            Clock clock,
            org.vigil.signals.Signals signals,
            ConflictEvents events,
            OpenAlerts openAlerts) {
        this.events = events;
        this.openAlerts = openAlerts;
        this.signals = signals;
        this.clock = clock;
        this.missions = missions;
        this.countries = countries;
        this.risk = risk;
    }

    @GetMapping(value = "/map/missions.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MapMission>> missions(HttpServletRequest request) {
        String base = request.getContextPath() + "/missions/";
        Map<String, RiskLevel> levels = risk.missionLevels();
        List<MapMission> body = missions.all(Scope.current()).stream()
                .map(m -> MapMission.of(
                        m, levels.get(m.id()), base + UriUtils.encodePathSegment(m.id(), StandardCharsets.UTF_8)))
                .toList();
        // per user and changing with every registry edit: never cached by a shared cache
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /**
     * One marker. {@code level} is the mission's overall risk level (LOW, MODERATE, HIGH, CRITICAL) once risk is
     * computed, null until then; the map colours by level when there is one and by {@code status} otherwise.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MapMission(
            String id,
            String name,
            String kind,
            String city,
            String hostCountry,
            Double lat,
            Double lon,
            String status,
            String level,
            String url) {

        static MapMission of(MissionView m, RiskLevel level, String url) {
            return new MapMission(
                    m.id(),
                    m.name(),
                    m.kind().name(),
                    m.city(),
                    m.hostCountry(),
                    m.lat(),
                    m.lon(),
                    m.status().name(),
                    level == null ? null : level.name(),
                    url);
        }
    }

    /** How far back the map's activity layer looks. */
    static final int ACTIVITY_DAYS = 7;

    /**
     * The activity layer: for each mission the caller may see, the signals of the last seven days linked to it and
     * how many of them are HIGH or above, counted through {@code Signals} with the caller's scope, and its open alerts
     * ({@code OpenAlerts}, the same scope).
     */
    @GetMapping(value = "/map/activity.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MapActivity>> activity() {
        Scope scope = Scope.current();
        java.time.LocalDate from = java.time.LocalDate.now(clock).minusDays(ACTIVITY_DAYS - 1);
        List<MapActivity> body = new ArrayList<>();
        Map<String, OpenAlerts.MissionAlerts> alerts = openAlerts.perMission(scope);
        for (MissionView m : missions.all(scope)) {
            if (m.lat() == null || m.lon() == null) {
                continue;
            }
            long all = signals.count(
                    scope, new org.vigil.signals.SignalFilter(m.id(), null, null, null, null, from, null, null));
            OpenAlerts.MissionAlerts open = alerts.get(m.id());
            if (all == 0 && open == null) {
                continue;
            }
            long high = all == 0
                    ? 0
                    : signals.count(
                            scope,
                            new org.vigil.signals.SignalFilter(
                                    m.id(), null, org.vigil.analysis.ThreatLevel.HIGH, null, null, from, null, null));
            body.add(new MapActivity(
                    m.id(),
                    m.name(),
                    m.lat(),
                    m.lon(),
                    all,
                    high,
                    ACTIVITY_DAYS,
                    open == null ? 0 : open.open(),
                    open == null ? 0 : open.unacknowledged(),
                    open == null ? null : open.highest().name()));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    static final int EVENT_DAYS = 90;
    static final double EVENT_RADIUS_KM = 150;
    static final int EVENTS_PER_MISSION = 100;

    /**
     * The conflict-events layer: the events of the last {@value #EVENT_DAYS} days within {@value #EVENT_RADIUS_KM} km of
     * a mission the caller may see (public data, shown where it bears on the caller's missions), each once.
     */
    @GetMapping(value = "/map/events.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MapEvent>> events() {
        java.time.LocalDate since = java.time.LocalDate.now(clock).minusDays(EVENT_DAYS - 1);
        Map<Long, MapEvent> body = new LinkedHashMap<>();
        for (MissionView m : missions.all(Scope.current())) {
            if (m.lat() == null || m.lon() == null) {
                continue;
            }
            for (ConflictEvents.StoredEvent e :
                    events.near(m.lat(), m.lon(), EVENT_RADIUS_KM, since, EVENTS_PER_MISSION)) {
                if (e.lat() != null && e.lon() != null) {
                    body.putIfAbsent(
                            e.id(),
                            new MapEvent(
                                    e.id(),
                                    e.date(),
                                    e.type(),
                                    e.subtype(),
                                    e.place(),
                                    e.lat(),
                                    e.lon(),
                                    e.fatalities()));
                }
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(List.copyOf(body.values()));
    }

    /** One conflict event on the map. */
    record MapEvent(
            long id,
            java.time.LocalDate date,
            String type,
            String subtype,
            String place,
            double lat,
            double lon,
            Integer fatalities) {}

    /**
     * One mission's recent activity: signals in the last {@code days} days, {@code high} of them HIGH or above, and
     * its open alerts ({@code unacknowledged} of them new; {@code alertLevel} the highest, {@code null} without any).
     */
    record MapActivity(
            String id,
            String name,
            double lat,
            double lon,
            long signals,
            long high,
            int days,
            long alerts,
            long unacknowledged,
            String alertLevel) {}

    /**
     * The missions the caller may see as GeoJSON (RFC 7946), for a GIS: one Feature per mission, a Point at its
     * position (null geometry when the position is unknown), its name, kind, city, host country, status and risk
     * level as properties. Retired missions are left out, as on the map. From the list page and the API.
     */
    @GetMapping(
            value = {"/missions/export.geojson", "/api/v1/missions/export.geojson"},
            produces = GeoJson.MEDIA_TYPE)
    ResponseEntity<Map<String, Object>> missionsGeoJson(HttpServletRequest request) {
        String base = request.getContextPath() + "/missions/";
        Map<String, RiskLevel> levels = risk.missionLevels();
        GeoJson out = new GeoJson();
        for (MissionView m : missions.all(Scope.current())) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", m.name());
            props.put("kind", m.kind().name());
            props.put("city", m.city());
            props.put("hostCountry", m.hostCountry());
            props.put(
                    "hostCountryName",
                    countries.find(m.hostCountry()).map(c -> c.name()).orElse(m.hostCountry()));
            props.put("status", m.status().name());
            RiskLevel level = levels.get(m.id());
            props.put("level", level == null ? null : level.name());
            props.put("url", base + UriUtils.encodePathSegment(m.id(), StandardCharsets.UTF_8));
            out.feature(m.id(), m.lat() == null || m.lon() == null ? null : GeoJson.point(m.lat(), m.lon()), props);
        }
        return out.download("missions", clock);
    }

    /**
     * The countries' own levels, for shading the base map: keyed by the ISO numeric code that the Natural Earth
     * features carry as their id. Country levels are reference data (baselines and public event data).
     */
    @GetMapping(value = "/map/countries-risk.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @NeedToKnow(
            value = NeedToKnow.Kind.PUBLIC_REFERENCE,
            why = "country levels come from analysts' baselines and "
                    + "public conflict-event data, bound to no mission")
    ResponseEntity<List<MapCountry>> countryLevels() {
        List<MapCountry> body = new ArrayList<>();
        risk.countryLevels()
                .forEach((code, level) -> countries
                        .find(code)
                        .ifPresent(c -> body.add(new MapCountry(code, c.numericCode(), c.name(), level.name()))));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** A country's overall level; {@code numeric} is ISO 3166-1 numeric (the base map's feature id). */
    record MapCountry(String code, String numeric, String name, String level) {}
}
