package org.vigil.alerts;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.AccountDirectory;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.Scope;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;

/** The alert inbox (live: its list and the navigation badge poll), an alert's page and its lifecycle buttons. */
@Controller
@RequestMapping("/alerts")
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "every read and change goes through the caller's scope")
class AlertPagesController {

    private static final int PAGE_SIZE = 50;

    /** The most alerts one bulk action takes: a page of the API's largest size. */
    static final int BULK_MAX = PageRequest.MAX_SIZE;

    private final AlertQueries queries;
    private final AlertDesk desk;
    private final AlertRules rules;
    private final Missions missions;
    private final AccountDirectory directory;

    AlertPagesController(
            AlertQueries queries, AlertDesk desk, AlertRules rules, Missions missions, AccountDirectory directory) {
        this.queries = queries;
        this.desk = desk;
        this.rules = rules;
        this.missions = missions;
        this.directory = directory;
    }

    @GetMapping
    String inbox(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long rule,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Scope scope = Scope.current();
        results(status, level, mission, rule, page, model);
        model.addAttribute("missions", missions.all(scope));
        model.addAttribute("rules", scope.unrestricted() ? rules.list() : List.of());
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("levels", RiskLevel.values());
        return "alerts/inbox";
    }

    /** The inbox's alerts with the same filters, as a CSV download. */
    @GetMapping(value = "/export.csv", produces = org.vigil.shared.web.Csv.MEDIA_TYPE)
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<String> export(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long rule) {
        AlertQueries.Filter filter = new AlertQueries.Filter(
                AlertsApiController.status(status),
                AlertRule.level("level", level),
                FormValues.blankToNull(mission),
                rule,
                null);
        return csvFile(queries.csv(Scope.current(), filter), java.time.Clock.systemUTC());
    }

    /** A CSV body as a download named after the day. */
    static org.springframework.http.ResponseEntity<String> csvFile(String csv, java.time.Clock clock) {
        String name = "vigil-alerts-" + java.time.LocalDate.now(clock) + ".csv";
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + name + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(org.vigil.shared.web.Csv.MEDIA_TYPE))
                .body(csv);
    }

    /**
     * Acknowledges the alerts ticked in the inbox, each as from its page (scoped, audited); an alert that is no
     * longer new, or outside the caller's scope, is named in the message and the others are still acknowledged.
     */
    @PostMapping("/bulk-acknowledge")
    String bulkAcknowledge(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            Authentication auth,
            RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("bulkError", PageText.of("flash.alerts.tickFirst"));
            return "redirect:/alerts";
        }
        BulkResult result = bulkAcknowledge(desk, Scope.current(), ids, auth.getName());
        flash.addFlashAttribute("flash", result.message());
        return "redirect:/alerts";
    }

    /** What a bulk acknowledgement did: the alerts acknowledged and those skipped, with why. */
    record BulkResult(List<Long> acknowledged, java.util.Map<Long, String> skipped) {
        String message() {
            String done = acknowledged.size() + (acknowledged.size() == 1 ? " alert" : " alerts") + " acknowledged.";
            if (skipped.isEmpty()) {
                return done;
            }
            return done + " Left as they were: "
                    + skipped.entrySet().stream()
                            .map(e -> "alert " + e.getKey() + " (" + e.getValue() + ")")
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ".";
        }
    }

    static BulkResult bulkAcknowledge(AlertDesk desk, Scope scope, List<Long> ids, String user) {
        if (ids.size() > BULK_MAX) {
            throw new InvalidInputException("ids", "at most " + BULK_MAX + " alerts at once");
        }
        List<Long> done = new java.util.ArrayList<>();
        java.util.Map<Long, String> skipped = new java.util.LinkedHashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            try {
                desk.acknowledge(scope, id, user);
                done.add(id);
            } catch (ConflictException e) {
                skipped.put(id, "no longer new");
            } catch (org.vigil.shared.NotFoundException e) {
                skipped.put(id, "not found");
            }
        }
        return new BulkResult(done, skipped);
    }

    /** The inbox's list alone: what the page polls to stay current. */
    @GetMapping("/rows")
    String rows(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long rule,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        results(status, level, mission, rule, page, model);
        return "alerts/inbox :: results";
    }

    /** The count of new alerts in the navigation, polled by every page. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("count", queries.countNew(Scope.current()));
        return "alerts/badge :: badge";
    }

    private void results(String status, String level, String mission, Long rule, int page, Model model) {
        String m = FormValues.blankToNull(mission);
        AlertQueries.Filter filter = new AlertQueries.Filter(
                AlertsApiController.status(status), AlertRule.level("level", level), m, rule, null);
        model.addAttribute(
                "result", queries.list(Scope.current(), filter, new PageRequest(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("level", level == null ? "" : level);
        model.addAttribute("mission", m == null ? "" : m);
        model.addAttribute("rule", rule);
        model.addAttribute(
                "filtered",
                status != null && !status.isBlank() || level != null && !level.isBlank() || m != null || rule != null);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Scope scope = Scope.current();
        AlertQueries.Detail detail = queries.detail(scope, id);
        model.addAttribute("alert", detail.alert());
        model.addAttribute("detail", detail);
        model.addAttribute(
                "mission",
                detail.alert().missionId() == null
                        ? null
                        : missions.find(scope, detail.alert().missionId())
                                .map(MissionView::name)
                                .orElse(null));
        model.addAttribute(
                "assignees",
                directory.responsibleFor(detail.alert().missionId(), org.vigil.shared.Role.WRITERS).stream()
                        .map(AccountDirectory.Contact::username)
                        .toList());
        return "alerts/show";
    }

    @PostMapping("/{id:\\d+}/acknowledge")
    String acknowledge(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.acknowledge(Scope.current(), id, auth.getName()), "Acknowledged.");
    }

    @PostMapping("/{id:\\d+}/resolve")
    String resolve(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.resolve(Scope.current(), id, auth.getName()), "Resolved.");
    }

    @PostMapping("/{id:\\d+}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) String assignee,
            Authentication auth,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> desk.assign(Scope.current(), id, assignee, auth.getName()),
                "Assigned to " + assignee + ".");
    }

    private static String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/alerts/" + id;
    }
}
