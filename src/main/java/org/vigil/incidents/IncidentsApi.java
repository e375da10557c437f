package org.vigil.incidents;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/** The incidents REST API: list, read (audited), record, correct, log and move through the workflow. */
@RestController
@RequestMapping("/api/v1/incidents")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "Incidents filters every read by Scope.current() in SQL and checks the caller's scope on every write")
class IncidentsApi {

    record LogRequest(String entry) {}

    record StatusRequest(IncidentStatus status, String note) {}

    private final Incidents incidents;

    IncidentsApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    PageResult<IncidentSummary> list(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) IncidentStatus status,
            @RequestParam(required = false) IncidentType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return incidents.list(
                Scope.current(), new Incidents.Filter(mission, status, type), new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable long id) {
        return incidents.read(Scope.current(), id);
    }

    @PostMapping
    ResponseEntity<IncidentView> create(@RequestBody IncidentCommand command) {
        IncidentView created = incidents.record(command);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    IncidentView update(@PathVariable long id, @RequestBody IncidentCommand command) {
        return incidents.update(id, command);
    }

    @PostMapping("/{id}/log")
    IncidentView log(@PathVariable long id, @RequestBody LogRequest request) {
        return incidents.appendLog(id, request.entry());
    }

    @PostMapping("/{id}/status")
    IncidentView status(@PathVariable long id, @RequestBody StatusRequest request) {
        return incidents.changeStatus(id, request.status(), request.note());
    }
}
