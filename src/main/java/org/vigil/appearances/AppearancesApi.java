package org.vigil.appearances;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.registry.Missions;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Scope;

/**
 * The appearances REST API: the scoped list with risk level and readiness, one appearance (audited read), create,
 * update, the checklist, a measure for an item that needs approval, and the iCalendar feed of a mission.
 */
@RestController
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "Appearances filters every read by Scope.current() in SQL and checks the caller's scope on every write;"
                + " the feed of a mission outside the scope is not found")
class AppearancesApi {

    record CheckRequest(String owner, Instant dueAt, CheckStatus status, String note) {}

    record ProposeRequest(String reason) {}

    private final Appearances appearances;
    private final AppearanceRiskService risk;
    private final AppearanceCalendar calendar;
    private final Missions missions;

    AppearancesApi(
            Appearances appearances, AppearanceRiskService risk, AppearanceCalendar calendar, Missions missions) {
        this.appearances = appearances;
        this.risk = risk;
        this.calendar = calendar;
        this.missions = missions;
    }

    @GetMapping("/api/v1/appearances")
    List<AppearanceSummary> list(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "200") int limit) {
        return appearances.list(Scope.current(), new Appearances.Filter(mission, person, from, to), limit);
    }

    @GetMapping("/api/v1/appearances/{id}")
    AppearanceView get(@PathVariable long id) {
        return appearances.read(Scope.current(), id);
    }

    @GetMapping("/api/v1/appearances/{id}/risk-history")
    List<Map<String, Object>> history(@PathVariable long id) {
        appearances.find(Scope.current(), id).orElseThrow(() -> Appearances.notFound(id));
        return risk.history(id);
    }

    @PostMapping("/api/v1/appearances")
    ResponseEntity<AppearanceView> create(@RequestBody AppearanceCommand command) {
        AppearanceView created = appearances.create(command);
        return ResponseEntity.created(URI.create("/api/v1/appearances/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/appearances/{id}")
    AppearanceView update(@PathVariable long id, @RequestBody AppearanceCommand command) {
        return appearances.update(id, command);
    }

    @PutMapping("/api/v1/appearances/{id}/checklist/{item}")
    AppearanceView check(@PathVariable long id, @PathVariable CheckItem item, @RequestBody CheckRequest request) {
        return appearances.changeCheck(
                id,
                item,
                new Appearances.CheckChange(request.owner(), request.dueAt(), request.status(), request.note()));
    }

    @PostMapping("/api/v1/appearances/{id}/checklist/{item}/measure")
    AppearanceView propose(
            @PathVariable long id,
            @PathVariable CheckItem item,
            @RequestBody(required = false) ProposeRequest request) {
        return appearances.proposeMeasure(id, item, request == null ? null : request.reason());
    }

    /** The text of a request to the host state for the appearance, prefilled with its venue and time. */
    @GetMapping("/api/v1/appearances/{id}/host-request")
    Map<String, Object> hostRequest(@PathVariable long id) {
        AppearanceView a = appearances.find(Scope.current(), id).orElseThrow(() -> Appearances.notFound(id));
        return Map.of(
                "missionId", a.missionId(),
                "personIds", List.of(a.personId()),
                "threat", appearances.hostRequestText(a),
                "form", appearances.hostRequestForm(a));
    }

    /** The mission's appearances as an iCalendar (RFC 5545) feed that a calendar client can subscribe to. */
    @GetMapping(value = "/api/v1/missions/{missionId}/appearances.ics", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String missionId) {
        Scope scope = Scope.current();
        if (!scope.permits(missionId) || !missions.exists(missionId)) {
            throw new NotFoundException("mission", missionId);
        }
        List<AppearanceSummary> list = appearances.list(
                scope,
                new Appearances.Filter(missionId, null, Instant.now().minus(java.time.Duration.ofDays(90)), null),
                1000);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(calendar.feed(missionId, list));
    }
}
