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
import org.vigil.registry.People;
import org.vigil.registry.PersonCommand;
import org.vigil.registry.PersonFilter;
import org.vigil.registry.PersonStatus;
import org.vigil.registry.PersonView;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.PersonRole;

/** Protected people: visible within the caller's scope, reading one is audited; changed by administrators. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "people are visible only with their mission; no mission = HQ only")
class PersonApi {

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "List protected people", description = "Paged; q searches id, names and accounts.")
    PageResult<PersonView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PersonRole role,
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return people.list(
                Scope.current(),
                new PersonFilter(q, role, missionId, status, includeRetired),
                new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person's record (audited)")
    PersonView get(@PathVariable String id) {
        return people.get(Scope.current(), id);
    }

    @PostMapping
    ResponseEntity<PersonView> create(@Valid @RequestBody PersonCommand command) {
        PersonView created = people.create(command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    PersonView update(@PathVariable String id, @Valid @RequestBody PersonCommand command) {
        return people.update(id, command);
    }

    @PostMapping("/{id}/retire")
    PersonView retire(@PathVariable String id) {
        return people.retire(id);
    }
}
