package org.vigil.measures;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PersonsOfInterestForNotes;
import org.vigil.shared.Scope;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.PageText;

/** The host-state request pages: the list, drafting a note verbale, its preview, print and PDF, and tracking. */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "HostRequests reads with Scope.current(); drafting and tracking check the actor's scope")
class HostRequestPages {

    private final HostRequests requests;
    private final NoteVerbales notes;
    private final Missions missions;
    private final People people;
    private final Measures measures;
    private final CaseFacts facts;
    private final PersonsOfInterestForNotes interest;

    HostRequestPages(
            HostRequests requests,
            NoteVerbales notes,
            Missions missions,
            People people,
            Measures measures,
            CaseFacts facts,
            PersonsOfInterestForNotes interest) {
        this.interest = interest;
        this.requests = requests;
        this.notes = notes;
        this.missions = missions;
        this.people = people;
        this.measures = measures;
        this.facts = facts;
    }

    @GetMapping("/host-requests")
    String list(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute(
                "requests",
                requests.list(Scope.current(), MeasurePages.blank(mission), new PageRequest(0, 200))
                        .items());
        return "measures/host-requests";
    }

    /**
     * The drafting form, its facts prefilled from the signals in the chosen language (English unless another is
     * asked for): the note states the facts of the case, not Vigil's internal text.
     */
    @GetMapping("/host-requests/new")
    String form(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long measure,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) Long poi,
            @RequestParam(required = false) String threat,
            @RequestParam(required = false) String asked,
            @RequestParam(required = false) List<String> person,
            Model model) {
        Scope scope = Scope.current();
        String chosen = mission;
        if (chosen == null) {
            chosen = missions.all(scope).stream().findFirst().map(m -> m.id()).orElse(null);
        }
        NoteLanguage lang = language(language);
        model.addAttribute("missions", missions.all(scope));
        model.addAttribute("mission", chosen);
        model.addAttribute("people", chosen == null ? List.of() : people.byMission(scope, chosen));
        model.addAttribute("languages", NoteLanguage.values());
        model.addAttribute("language", lang);
        model.addAttribute("measure", measure);
        model.addAttribute("poi", poi);
        model.addAttribute("personsOfInterest", interest.targeting(scope, chosen));
        // a page that drafts for a case of its own (an appearance) prefills the facts, the measures asked and the
        // people; else the facts are drafted from the signals
        model.addAttribute(
                "threat",
                threat != null && !threat.isBlank() ? threat.strip() : facts.describe(scope, chosen, measure, lang));
        model.addAttribute("asked", asked == null || asked.isBlank() ? null : asked.strip());
        model.addAttribute("chosenPeople", person == null ? List.of() : person);
        return "measures/host-request-new";
    }

    /** The facts field alone, redrafted in another language when the form's language changes (htmx). */
    @GetMapping("/host-requests/new/facts")
    String factsField(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long measure,
            @RequestParam(required = false) String language,
            Model model) {
        model.addAttribute("threat", facts.describe(Scope.current(), mission, measure, language(language)));
        return "measures/host-request-new :: facts";
    }

    private static NoteLanguage language(String language) {
        return language == null || language.isBlank()
                ? NoteLanguage.EN
                : Arrays.stream(NoteLanguage.values())
                        .filter(l -> l.name().equals(language))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                "language",
                                "\"" + language + "\" is not offered; choose one of "
                                        + Arrays.toString(NoteLanguage.values())));
    }

    @PostMapping("/host-requests")
    String draft(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) Long measureId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String threat,
            @RequestParam(required = false) String measuresAsked,
            @RequestParam(name = "personId", required = false) List<String> personIds,
            @RequestParam(required = false) Long personOfInterestId,
            RedirectAttributes redirect) {
        try {
            NoteLanguage lang = language == null ? null : language(language);
            HostRequestView created = requests.draft(new HostRequestCommand(
                    missionId,
                    measureId,
                    lang,
                    threat,
                    measuresAsked == null ? List.of() : List.of(measuresAsked.split("\\R")),
                    personIds,
                    null,
                    null,
                    personOfInterestId));
            redirect.addFlashAttribute("flash", PageText.of("flash.hostRequest.drafted", created.reference()));
            return "redirect:/host-requests/" + created.id();
        } catch (InvalidInputException | ActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/host-requests/new?mission=" + (missionId == null ? "" : missionId)
                    + (measureId == null ? "" : "&measure=" + measureId)
                    + (personOfInterestId == null ? "" : "&poi=" + personOfInterestId);
        }
    }

    @GetMapping("/host-requests/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        HostRequestView r = requests.get(Scope.current(), id);
        model.addAttribute("r", r);
        model.addAttribute("mission", missions.get(Scope.current(), r.missionId()));
        // the note's body, rendered by its own template (every value escaped there), shown inside this page
        model.addAttribute("noteBody", Jsoup.parse(notes.html(r)).body().html());
        // a read-only role (head of mission) is offered no step: the server would refuse it
        boolean writes =
                org.vigil.shared.Actor.current().roles().stream().anyMatch(org.vigil.shared.Role.WRITERS::contains);
        model.addAttribute(
                "next", writes ? r.status().transitions().stream().sorted().toList() : List.of());
        model.addAttribute("today", measures.today());
        return "measures/host-request";
    }

    @GetMapping(value = "/host-requests/{id:\\d+}/note", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String printable(@PathVariable long id) {
        return notes.html(requests.get(Scope.current(), id));
    }

    @GetMapping(value = "/host-requests/{id:\\d+}/note.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return notes.pdfExport(requests.get(Scope.current(), id));
    }

    @PostMapping("/host-requests/{id:\\d+}/steps")
    String step(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            HostRequestStatus to = status == null
                    ? null
                    : Arrays.stream(HostRequestStatus.values())
                            .filter(s -> s.name().equals(status))
                            .findFirst()
                            .orElseThrow(() -> new InvalidInputException("status", "\"" + status + "\" is not a step"));
            HostRequestView r = requests.advance(id, to, MeasurePages.date("on", on), note);
            redirect.addFlashAttribute(
                    "flash", PageText.of("flash.hostRequest.recorded", PageText.of(Labels.key(r.status()))));
        } catch (InvalidInputException | ActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/host-requests/" + id;
    }
}
