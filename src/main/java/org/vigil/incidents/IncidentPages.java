package org.vigil.incidents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.Scope;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.PageText;

/** The incidents pages: the list, recording one, an incident's page with its log and workflow. */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "every read goes through Incidents with Scope.current(); writes check the caller's scope")
class IncidentPages {

    private final Incidents incidents;
    private final Missions missions;
    private final People people;

    IncidentPages(Incidents incidents, Missions missions, People people) {
        this.incidents = incidents;
        this.missions = missions;
        this.people = people;
    }

    @GetMapping("/incidents")
    String list(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String status,
            Model model) {
        IncidentStatus s = Arrays.stream(IncidentStatus.values())
                .filter(x -> x.name().equals(status))
                .findFirst()
                .orElse(null);
        model.addAttribute(
                "result",
                incidents.list(
                        Scope.current(),
                        new Incidents.Filter(mission == null || mission.isBlank() ? null : mission, s, null),
                        new PageRequest(0, 200)));
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("status", s);
        return "incidents/list";
    }

    @GetMapping("/incidents/new")
    String form(@RequestParam(required = false) String mission, Model model) {
        Scope scope = Scope.current();
        String chosen = mission != null
                ? mission
                : missions.all(scope).stream().findFirst().map(m -> m.id()).orElse(null);
        model.addAttribute("missions", missions.all(scope));
        model.addAttribute("mission", chosen);
        model.addAttribute("people", chosen == null ? List.of() : people.byMission(scope, chosen));
        model.addAttribute("types", IncidentType.values());
        return "incidents/new";
    }

    @PostMapping("/incidents")
    String record(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String occurredAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String description,
            @RequestParam(name = "personId", required = false) List<String> personIds,
            @RequestParam(required = false) String authorities,
            RedirectAttributes redirect) {
        try {
            IncidentType t = Arrays.stream(IncidentType.values())
                    .filter(x -> x.name().equals(type))
                    .findFirst()
                    .orElse(null);
            IncidentView created = incidents.record(new IncidentCommand(
                    missionId,
                    t,
                    title,
                    when(occurredAt),
                    place,
                    severity,
                    description,
                    personIds,
                    List.of(),
                    List.of(),
                    authorities,
                    null));
            redirect.addFlashAttribute("flash", PageText.of("flash.incident.recorded"));
            return "redirect:/incidents/" + created.id();
        } catch (InvalidInputException | ActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/incidents/new?mission=" + (missionId == null ? "" : missionId);
        }
    }

    @GetMapping("/incidents/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        IncidentView incident = incidents.read(Scope.current(), id);
        model.addAttribute("i", incident);
        model.addAttribute("mission", missions.get(Scope.current(), incident.missionId()));
        model.addAttribute(
                "next", incident.status().transitions().stream().sorted().toList());
        return "incidents/show";
    }

    @PostMapping("/incidents/{id:\\d+}/log")
    String log(@PathVariable long id, @RequestParam(required = false) String entry, RedirectAttributes redirect) {
        try {
            incidents.appendLog(id, entry);
            redirect.addFlashAttribute("flash", PageText.of("flash.incident.logged"));
        } catch (InvalidInputException | ActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id:\\d+}/status")
    String status(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            IncidentStatus to = Arrays.stream(IncidentStatus.values())
                    .filter(x -> x.name().equals(status))
                    .findFirst()
                    .orElse(null);
            IncidentView i = incidents.changeStatus(id, to, note);
            redirect.addFlashAttribute("flash", PageText.of("flash.incident.now", PageText.of(Labels.key(i.status()))));
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/incidents/" + id;
    }

    /** Cooperation with the local authorities and lessons learned, written as the investigation goes on. */
    @PostMapping("/incidents/{id:\\d+}/follow-up")
    String followUp(
            @PathVariable long id,
            @RequestParam(required = false) String authorities,
            @RequestParam(required = false) String lessons,
            RedirectAttributes redirect) {
        try {
            IncidentView i = incidents
                    .find(Scope.current(), id)
                    .orElseThrow(() -> new org.vigil.shared.NotFoundException("incident", String.valueOf(id)));
            incidents.update(
                    id,
                    new IncidentCommand(
                            i.missionId(),
                            i.type(),
                            i.title(),
                            i.occurredAt(),
                            i.place(),
                            i.severity(),
                            i.description(),
                            i.personIds(),
                            i.signalIds(),
                            i.alertIds(),
                            authorities,
                            lessons));
            redirect.addFlashAttribute("flash", PageText.of("flash.saved"));
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/incidents/" + id;
    }

    /** The form's local date and time, read as UTC. */
    private static Instant when(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "\"" + text + "\" is not a date and time (YYYY-MM-DDTHH:MM)");
        }
    }
}
