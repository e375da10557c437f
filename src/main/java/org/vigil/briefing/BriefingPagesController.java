package org.vigil.briefing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vigil.registry.Missions;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;

/**
 * Briefings in the pages: the list with a button to generate one now, each as HTML and PDF. Reads and
 * generation go through the caller's scope: a mission's briefing for those who may see the mission, HQ's for
 * unrestricted users; anything else is a 404.
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "briefings are listed, generated and read through the "
                + "caller's scope; the HQ briefing only for unrestricted callers")
class BriefingPagesController {

    private final Briefings briefings;
    private final Missions missions;

    BriefingPagesController(Briefings briefings, Missions missions) {
        this.briefings = briefings;
        this.missions = missions;
    }

    @GetMapping("/briefings")
    String list(Model model) {
        Scope scope = Scope.current();
        model.addAttribute("briefings", briefings.list(scope, 100));
        model.addAttribute("missions", missions.all(scope));
        model.addAttribute("hq", scope.unrestricted());
        return "briefing/list";
    }

    @PostMapping("/briefings")
    String generate(@RequestParam(required = false) String mission, Authentication auth) {
        String m = mission == null || mission.isBlank() ? null : mission.strip();
        return "redirect:/briefings/"
                + briefings.generate(Scope.current(), m, auth.getName()).id();
    }

    @GetMapping(
            value = {"/briefings/{id:\\d+}"},
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable long id) {
        return briefings.html(Scope.current(), id);
    }

    @GetMapping("/briefings/{id:\\d+}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = briefings.pdf(Scope.current(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("vigil-briefing-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
