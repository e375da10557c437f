package org.vigil.briefing;

import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Scope;

/** Briefings over the API: list, generate now, read as HTML or PDF; all through the caller's scope. */
@RestController
@RequestMapping("/api/v1/briefings")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "briefings are listed, generated and read through the "
                + "caller's scope; the HQ briefing only for unrestricted callers")
class BriefingApiController {

    private final Briefings briefings;

    BriefingApiController(Briefings briefings) {
        this.briefings = briefings;
    }

    @GetMapping
    List<Briefings.BriefingInfo> list(@RequestParam(defaultValue = "50") int size) {
        return briefings.list(Scope.current(), Math.max(1, Math.min(size, 500)));
    }

    @GetMapping("/{id}")
    Briefings.BriefingInfo get(@PathVariable long id) {
        return briefings
                .find(Scope.current(), id)
                .orElseThrow(() -> new NotFoundException("briefing", Long.toString(id)));
    }

    @GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable long id) {
        return briefings.html(Scope.current(), id);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("vigil-briefing-" + id + ".pdf")
                                .build()
                                .toString())
                .body(briefings.pdf(Scope.current(), id));
    }

    /** {@code {"missionId": "ru-embassy-ankara"}}, or no mission for the HQ briefing. */
    record GenerateRequest(String missionId) {}

    @PostMapping
    ResponseEntity<Briefings.BriefingInfo> generate(
            @RequestBody(required = false) GenerateRequest request, Authentication auth) {
        String m = request == null
                        || request.missionId() == null
                        || request.missionId().isBlank()
                ? null
                : request.missionId().strip();
        Briefings.BriefingInfo info = briefings.generate(Scope.current(), m, auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/briefings/" + info.id()))
                .body(info);
    }
}
