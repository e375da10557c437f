package org.vigil.measures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.PageText;

/**
 * The measures pages: the list, a proposal form, a measure's page with the steps the user may take (a refused
 * step comes back as a message that says why), the catalogue and the network view with "extend the list".
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "every read goes through Measures/NetworkView with Scope.current(); every step checks scope and role")
class MeasurePages {

    private final Measures measures;
    private final Catalogue catalogue;
    private final NetworkView network;
    private final Missions missions;
    private final HostRequests hostRequests;

    private final org.vigil.signals.Signals signals;
    private final org.vigil.incidents.Incidents incidents;

    MeasurePages(
            Measures measures,
            Catalogue catalogue,
            NetworkView network,
            Missions missions,
            HostRequests hostRequests,
            org.vigil.signals.Signals signals,
            org.vigil.incidents.Incidents incidents) {
        this.signals = signals;
        this.incidents = incidents;
        this.measures = measures;
        this.catalogue = catalogue;
        this.network = network;
        this.missions = missions;
        this.hostRequests = hostRequests;
    }

    @GetMapping("/measures")
    String list(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MeasureState stateFilter = state == null || state.isBlank()
                ? null
                : Arrays.stream(MeasureState.values())
                        .filter(s -> s.name().equals(state))
                        .findFirst()
                        .orElse(null);
        PageResult<MeasureView> result = measures.list(
                Scope.current(),
                new Measures.Filter(blank(mission), stateFilter, null, "true".equals(overdue) ? Boolean.TRUE : null),
                new PageRequest(Math.max(page, 0), 50));
        model.addAttribute("result", result);
        model.addAttribute("states", MeasureState.values());
        model.addAttribute("state", stateFilter);
        model.addAttribute("mission", blank(mission));
        model.addAttribute("overdue", "true".equals(overdue));
        model.addAttribute("missionNames", missionNames());
        return "measures/list";
    }

    @GetMapping("/measures/new")
    String proposalForm(
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) List<Long> signal,
            @RequestParam(required = false) List<Long> incident,
            @RequestParam(required = false) String reason,
            Model model) {
        Scope scope = Scope.current();
        List<org.vigil.registry.MissionView> visible = missions.all(scope);
        model.addAttribute("missions", visible);
        // the evidence is picked from the mission's own recent signals and incidents, read within the scope
        String asked = mission;
        String chosen = asked != null && visible.stream().anyMatch(m -> m.id().equals(asked))
                ? mission
                : visible.size() == 1 ? visible.getFirst().id() : null;
        model.addAttribute(
                "signals",
                chosen == null
                        ? List.of()
                        : signals.list(
                                        scope,
                                        new org.vigil.signals.SignalFilter(
                                                chosen, null, null, null, null, null, null, null),
                                        new PageRequest(0, 30),
                                        org.vigil.signals.Signals.Order.SEVERITY)
                                .items());
        model.addAttribute(
                "incidents",
                chosen == null
                        ? List.of()
                        : incidents
                                .list(
                                        scope,
                                        new org.vigil.incidents.Incidents.Filter(chosen, null, null),
                                        new PageRequest(0, 30))
                                .items());
        model.addAttribute("pickedSignals", signal == null ? List.of() : signal);
        model.addAttribute("pickedIncidents", incident == null ? List.of() : incident);
        model.addAttribute("reason", reason);
        model.addAttribute(
                "catalogue",
                catalogue.all().stream().filter(CatalogueEntry::active).toList());
        model.addAttribute("mission", chosen);
        model.addAttribute("code", code);
        model.addAttribute("deadline", measures.today().plusDays(14));
        return "measures/new";
    }

    @PostMapping("/measures")
    String propose(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String signalIds,
            @RequestParam(required = false) String incidentIds,
            RedirectAttributes redirect) {
        try {
            MeasureView created = measures.propose(new ProposalCommand(
                    missionId,
                    code,
                    reason,
                    ids("signalIds", signalIds),
                    ids("incidentIds", incidentIds),
                    date("deadline", deadline)));
            redirect.addFlashAttribute(
                    "flash",
                    PageText.of(
                            created.approvalsRequired() > 1 ? "flash.measure.proposedNeeds" : "flash.measure.proposed",
                            created.name(),
                            created.missionId(),
                            created.approvalsRequired()));
            return "redirect:/measures/" + created.id();
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/measures/new?mission=" + (missionId == null ? "" : missionId) + "&code="
                    + (code == null ? "" : code);
        }
    }

    @GetMapping("/measures/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        MeasureView m = measures.get(Scope.current(), id);
        model.addAttribute("m", m);
        // only the steps this user may take now are offered (the server still checks each)
        model.addAttribute(
                "steps", measures.stepsFor(m).stream().map(MeasureStep::path).toList());
        model.addAttribute("entry", catalogue.get(m.code()));
        model.addAttribute("mission", missions.get(Scope.current(), m.missionId()));
        model.addAttribute(
                "requests",
                m.code().equals("HOST_STATE_REQUEST")
                        ? hostRequests.list(Scope.current(), m.missionId(), new PageRequest(0, 50)).items().stream()
                                .filter(r -> Long.valueOf(id).equals(r.measureId()))
                                .toList()
                        : List.of());
        return "measures/show";
    }

    @PostMapping("/measures/{id:\\d+}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            MeasureStep step = MeasureStep.ofPath(action)
                    .orElseThrow(
                            () -> new InvalidInputException("action", "\"" + action + "\" is not a step of a measure"));
            MeasureView m = measures.act(id, step, note);
            redirect.addFlashAttribute(
                    "flash",
                    switch (step) {
                        case APPROVE ->
                            m.state() == MeasureState.APPROVED
                                    ? PageText.of("flash.measure.approved")
                                    : PageText.of(
                                            "flash.measure.approvalRecorded",
                                            m.approvals().size(),
                                            m.approvalsRequired());
                        case IMPLEMENT -> PageText.of("flash.measure.implemented");
                        default -> PageText.of("flash.measure.done", PageText.of(Labels.key(m.state())));
                    });
        } catch (InvalidInputException | ActionRefused | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/measures/" + id;
    }

    @GetMapping("/measures/catalogue")
    String catalogue(Model model) {
        model.addAttribute("catalogue", catalogue.all());
        return "measures/catalogue";
    }

    @GetMapping("/measures/network")
    String network(Model model) {
        model.addAttribute("picture", network.picture(Scope.current()));
        model.addAttribute("hq", Scope.current().unrestricted());
        return "measures/network";
    }

    @PostMapping("/measures/network/extend")
    String extend(
            @RequestParam(name = "missionId", required = false) List<String> missionIds, RedirectAttributes redirect) {
        try {
            NetworkView.Extension result = network.extend(missionIds, null);
            redirect.addFlashAttribute(
                    "flash",
                    result.proposed().isEmpty()
                            ? PageText.of("flash.measure.extendedNone")
                            : PageText.of(
                                    "flash.measure.extended",
                                    result.proposed().size(),
                                    result.proposed().stream()
                                            .map(MeasureView::missionId)
                                            .collect(Collectors.joining(", "))));
            if (!result.skipped().isEmpty()) {
                redirect.addFlashAttribute(
                        "error",
                        "Skipped: "
                                + result.skipped().stream()
                                        .map(s -> s.missionId() + " (" + s.reason() + ")")
                                        .collect(Collectors.joining("; ")));
            }
        } catch (InvalidInputException | ActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/measures/network";
    }

    private Map<String, String> missionNames() {
        return missions.allIncludingRetired(Scope.current()).stream()
                .collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<Long> ids(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(Long::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + text + "\" is not a list of numbers separated by commas");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
