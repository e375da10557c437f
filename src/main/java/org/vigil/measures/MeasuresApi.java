package org.vigil.measures;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * The measures REST API: the catalogue, proposals and every step of their lifecycle, and the network view of
 * special-forces deployments. A refused step answers 403 or 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/measures")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "Measures filters reads by Scope.current() in SQL; every step checks the actor's scope and roles")
class MeasuresApi {

    record NoteRequest(String note) {}

    record ExtendRequest(List<String> missionIds, java.time.LocalDate deadline) {}

    private final Measures measures;
    private final Catalogue catalogue;
    private final NetworkView network;

    MeasuresApi(Measures measures, Catalogue catalogue, NetworkView network) {
        this.measures = measures;
        this.catalogue = catalogue;
        this.network = network;
    }

    @GetMapping
    PageResult<MeasureView> list(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) MeasureState state,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return measures.list(
                Scope.current(), new Measures.Filter(mission, state, code, overdue), new PageRequest(page, size));
    }

    @GetMapping("/{id:\\d+}")
    MeasureView get(@PathVariable long id) {
        return measures.get(Scope.current(), id);
    }

    @PostMapping
    ResponseEntity<MeasureView> propose(@RequestBody ProposalCommand command) {
        MeasureView created = measures.propose(command);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id:\\d+}/{action}")
    MeasureView act(
            @PathVariable long id, @PathVariable String action, @RequestBody(required = false) NoteRequest request) {
        String note = request == null ? null : request.note();
        MeasureStep step = MeasureStep.ofPath(action)
                .orElseThrow(() -> new InvalidInputException(
                        "action",
                        "\""
                                + action + "\" is not a step of a measure; one of "
                                + Arrays.stream(MeasureStep.values())
                                        .map(MeasureStep::path)
                                        .collect(Collectors.joining(", "))));
        return measures.act(id, step, note);
    }

    @GetMapping("/catalogue")
    List<CatalogueEntry> catalogue() {
        return catalogue.all();
    }

    @GetMapping("/catalogue/{code}")
    CatalogueEntry catalogueEntry(@PathVariable String code) {
        return catalogue.get(code);
    }

    @PostMapping("/catalogue")
    ResponseEntity<CatalogueEntry> createEntry(@RequestBody Catalogue.Command command) {
        CatalogueEntry created = catalogue.create(command);
        return ResponseEntity.created(URI.create("/api/v1/measures/catalogue/" + created.code()))
                .body(created);
    }

    @PutMapping("/catalogue/{code}")
    CatalogueEntry updateEntry(@PathVariable String code, @RequestBody Catalogue.Command command) {
        return catalogue.update(code, command);
    }

    @GetMapping("/network")
    NetworkView.Picture network() {
        return network.picture(Scope.current());
    }

    @PostMapping("/network/extend")
    NetworkView.Extension extend(@RequestBody ExtendRequest request) {
        return network.extend(request.missionIds(), request.deadline());
    }
}
