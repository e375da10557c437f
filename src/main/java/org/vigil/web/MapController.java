package org.vigil.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;

/**
 * The markers of the world map: every mission the caller may see (retired ones left out), read through the
 * caller's scope, so that a mission officer's map holds their own mission only.
 */
@RestController
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "markers come from Missions.all(Scope.current())")
class MapController {

    private final Missions missions;

    MapController(Missions missions) {
        this.missions = missions;
    }

    @GetMapping(value = "/map/missions.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MapMission>> missions(HttpServletRequest request) {
        String base = request.getContextPath() + "/missions/";
        List<MapMission> body = missions.all(Scope.current()).stream()
                .map(m -> MapMission.of(m, base + UriUtils.encodePathSegment(m.id(), StandardCharsets.UTF_8)))
                .toList();
        // per user and changing with every registry edit: never cached by a shared cache
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /**
     * One marker. {@code level} is the mission's overall risk level (LOW, MODERATE, HIGH, CRITICAL) once risk is
     * computed, null until then; the map colours by level when there is one and by {@code status} otherwise.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MapMission(String id, String name, String kind, String city, String hostCountry, Double lat, Double lon,
            String status, String level, String url) {

        static MapMission of(MissionView m, String url) {
            return new MapMission(m.id(), m.name(), m.kind().name(), m.city(), m.hostCountry(), m.lat(), m.lon(),
                    m.status().name(), null, url);
        }
    }
}
