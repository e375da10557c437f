package org.vigil.measures;

import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/** Requests to the host state: draft, read, print (HTML, PDF) and track. */
@RestController
@RequestMapping("/api/v1/host-requests")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "HostRequests filters reads by Scope.current() in SQL; drafting and tracking check the actor's scope")
class HostRequestsApi {

    record StepRequest(HostRequestStatus status, LocalDate on, String note) {}

    private final HostRequests requests;
    private final NoteVerbales notes;

    HostRequestsApi(HostRequests requests, NoteVerbales notes) {
        this.requests = requests;
        this.notes = notes;
    }

    @GetMapping
    PageResult<HostRequestView> list(
            @RequestParam(required = false) String mission,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return requests.list(Scope.current(), mission, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    HostRequestView get(@PathVariable long id) {
        return requests.get(Scope.current(), id);
    }

    @PostMapping
    ResponseEntity<HostRequestView> draft(@RequestBody HostRequestCommand command) {
        HostRequestView created = requests.draft(command);
        return ResponseEntity.created(URI.create("/api/v1/host-requests/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/steps")
    HostRequestView step(@PathVariable long id, @RequestBody StepRequest request) {
        return requests.advance(id, request.status(), request.on(), request.note());
    }

    @GetMapping(value = "/{id}/note.html", produces = MediaType.TEXT_HTML_VALUE)
    String noteHtml(@PathVariable long id) {
        return notes.html(requests.get(Scope.current(), id));
    }

    @GetMapping(value = "/{id}/note.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> notePdf(@PathVariable long id) {
        return notes.pdfExport(requests.get(Scope.current(), id));
    }
}
