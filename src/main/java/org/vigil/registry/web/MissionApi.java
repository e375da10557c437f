package org.vigil.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.vigil.registry.MissionCommand;
import org.vigil.registry.MissionFilter;
import org.vigil.registry.MissionStatus;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.MissionKind;

/** Missions: listed and read within the caller's scope; created, changed and retired by administrators. */
@RestController
@RequestMapping("/api/v1/missions")
@Tag(name = "Missions")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "missions outside the caller's scope are filtered out and 404")
class MissionApi {

    private final Missions missions;

    MissionApi(Missions missions) {
        this.missions = missions;
    }

    @GetMapping
    @Operation(
            summary = "List missions",
            description = "Paged, ordered by name; q searches id, name, city and aliases.")
    PageResult<MissionView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MissionKind kind,
            @RequestParam(required = false) String hostCountry,
            @RequestParam(required = false) String sendingCountry,
            @RequestParam(required = false) MissionStatus status,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return missions.list(
                Scope.current(),
                new MissionFilter(q, kind, hostCountry, sendingCountry, status, includeRetired),
                new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    MissionView get(@PathVariable String id) {
        return missions.get(Scope.current(), id);
    }

    @PostMapping
    @Operation(summary = "Create a mission (administrators)")
    ResponseEntity<MissionView> create(@Valid @RequestBody MissionCommand command) {
        MissionView created = missions.create(command);
        return ResponseEntity.created(URI.create("/api/v1/missions/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a mission (administrators)")
    MissionView update(@PathVariable String id, @Valid @RequestBody MissionCommand command) {
        return missions.update(id, command);
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a mission (administrators)", description = "Never deleted: records point to it.")
    MissionView retire(@PathVariable String id) {
        return missions.retire(id);
    }
}
