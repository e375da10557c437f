package org.vigil.interest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.analysis.ThreatLevel;
import org.vigil.registry.Missions;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The persons-of-interest pages: the list (sortable by escalation, last seen or mission, filtered by status) and a
 * page per person (timeline chart, targets by name, accounts, escalation as stored, notes, and the actions the
 * user's role may take), its forms and the case-file PDF. Each page view is one audit entry.
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "PoiCasework reads list and record with Scope.current() in SQL on the missions of their targets; a"
                + " record outside the scope is a 404, and changes check the actor's scope again")
class PoiPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> STATUSES = List.of("ACTIVE", "CLOSED", "ARCHIVED");

    private final PoiCasework casework;
    private final PoiCaseFile caseFile;
    private final Missions missions;
    private final PoiNames names;

    private final Escalations escalations;

    PoiPages(PoiCasework casework, PoiCaseFile caseFile, Missions missions, PoiNames names, Escalations escalations) {
        this.escalations = escalations;
        this.casework = casework;
        this.caseFile = caseFile;
        this.missions = missions;
        this.names = names;
    }

    @GetMapping("/persons-of-interest")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false, defaultValue = "escalation") String sort,
            Model model) {
        Scope scope = Scope.current();
        String chosen = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        if (chosen != null && !STATUSES.contains(chosen)) {
            chosen = null;
        }
        String order = List.of("escalation", "lastSeen", "mission").contains(sort) ? sort : "escalation";
        Map<String, String> missionNames = missionNames(scope);
        List<PersonOfInterestView> rows = new ArrayList<>(casework.list(
                scope,
                chosen,
                order.equals("lastSeen") ? PersonsOfInterest.Sort.LAST_SEEN : PersonsOfInterest.Sort.ESCALATION));
        if (order.equals("mission")) {
            rows.sort(Comparator.comparing((PersonOfInterestView p) -> p.missionIds()
                                    .isEmpty()
                            ? "\uffff"
                            : missionNames.getOrDefault(
                                    p.missionIds().getFirst(), p.missionIds().getFirst()))
                    .thenComparing(PersonOfInterestView::lastSeen, Comparator.reverseOrder()));
        }
        model.addAttribute("persons", rows);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("sort", order);
        model.addAttribute("missionNames", missionNames);
        model.addAttribute("missions", missions.all(scope));
        model.addAttribute("mayDecide", PoiCasework.mayWork(Actor.current()));
        return "interest/list";
    }

    @GetMapping("/persons-of-interest/{id:\\d+}")
    String show(@PathVariable long id, Model model) throws Exception {
        Scope scope = Scope.current();
        PoiCase c = casework.read(scope, id);
        PersonOfInterestView p = c.person();
        model.addAttribute("c", c);
        model.addAttribute("p", p);
        model.addAttribute("targets", names.targets(scope, p));
        model.addAttribute("detail", escalations.detail(scope, p));
        model.addAttribute("allowed", casework.allowed(Actor.current(), c));
        model.addAttribute("closeReasons", PoiCasework.CloseReason.values());
        List<Map<String, Object>> points = new ArrayList<>();
        for (PersonOfInterestView.TimelineItem item : p.timeline()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", item.detectedAt().toEpochMilli());
            point.put("y", ThreatLevel.valueOf(item.level()).ordinal());
            point.put("level", item.level());
            point.put("account", "@" + item.account().substring(item.account().indexOf(':') + 1));
            points.add(point);
        }
        Instant to = Instant.now();
        Instant from = p.firstSeen() == null ? to.minus(Duration.ofDays(30)) : p.firstSeen();
        long span = Math.max(Duration.ofDays(2).toMillis(), to.toEpochMilli() - from.toEpochMilli());
        model.addAttribute("points", JSON.writeValueAsString(points));
        model.addAttribute("chartFrom", from.toEpochMilli() - span / 20);
        model.addAttribute("chartTo", to.toEpochMilli() + span / 20);
        return "interest/show";
    }

    Map<String, String> missionNames(Scope scope) {
        return names.missions(scope);
    }

    @GetMapping(value = "/persons-of-interest/{id:\\d+}/case-file.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return caseFile.export(Scope.current(), id);
    }

    @PostMapping("/persons-of-interest")
    String decide(
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String handle,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "missionId", required = false) List<String> missionIds,
            RedirectAttributes redirect) {
        try {
            PoiCase c = casework.decide(Actor.current(), platform, handle, reason, missionIds);
            redirect.addFlashAttribute("flash", "poi.flash.decided");
            return "redirect:/persons-of-interest/" + c.id();
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/persons-of-interest";
        }
    }

    @PostMapping("/persons-of-interest/{id:\\d+}/accounts")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String handle,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "poi.flash.linked", () -> casework.link(Actor.current(), id, platform, handle, reason));
    }

    @PostMapping("/persons-of-interest/{id:\\d+}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, "poi.flash.noted", () -> casework.note(Actor.current(), id, text));
    }

    @PostMapping("/persons-of-interest/{id:\\d+}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) String closeReason,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return act(id, redirect, "poi.flash.closed", () -> casework.close(Actor.current(), id, closeReason, text));
    }

    @PostMapping("/persons-of-interest/{id:\\d+}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "poi.flash.reopened", () -> casework.reopen(Actor.current(), id, reason));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/persons-of-interest/" + id;
    }
}
