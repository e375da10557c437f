package org.vigil.ingest.web;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.ingest.pipeline.FeedPoller;
import org.vigil.ingest.pipeline.PollReport;
import org.vigil.ingest.pipeline.Source;
import org.vigil.ingest.pipeline.SourceCommand;
import org.vigil.ingest.pipeline.SourceKind;
import org.vigil.ingest.pipeline.Sources;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;
import org.vigil.shared.web.Pages;

/**
 * The sources pages: the list (kind, reliability grade, paused or not, last fetch, errors) for everyone signed in,
 * and for administrators the form, pause and resume, and "Test now", which polls a feed at once and shows what
 * happened in place (htmx).
 */
@Controller
@RequestMapping("/sources")
@NeedToKnow(
        value = NeedToKnow.Kind.PUBLIC_REFERENCE,
        why = "sources are bound to no mission; changes are ADMIN only, " + "checked in Sources and FeedPoller")
class SourcePages {

    private final Sources sources;
    private final FeedPoller poller;

    SourcePages(Sources sources, FeedPoller poller) {
        this.sources = sources;
        this.poller = poller;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sources", sources.list());
        return "sources/list";
    }

    /** The form's fields, as typed. */
    public record SourceForm(
            String id,
            String kind,
            String name,
            String description,
            String url,
            String pollIntervalSeconds,
            String reliability,
            Boolean enabled,
            String allowedAccounts) {

        static SourceForm empty() {
            // a new feed starts paused: the administrator enables it once its address is checked (Test)
            return new SourceForm("", "RSS", "", "", "", "900", "C", false, "");
        }

        static SourceForm of(Source s) {
            return new SourceForm(
                    s.id(),
                    s.kind().name(),
                    s.name(),
                    s.description() == null ? "" : s.description(),
                    s.url() == null ? "" : s.url(),
                    s.pollIntervalSeconds() == null
                            ? ""
                            : s.pollIntervalSeconds().toString(),
                    s.reliability(),
                    s.enabled(),
                    s.allowedAccounts() == null ? "" : String.join(", ", s.allowedAccounts()));
        }

        SourceCommand toCommand() {
            Integer poll;
            try {
                poll = pollIntervalSeconds == null || pollIntervalSeconds.isBlank()
                        ? null
                        : Integer.valueOf(pollIntervalSeconds.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "pollIntervalSeconds", "'" + pollIntervalSeconds + "' is not a number of seconds");
            }
            List<String> accounts = allowedAccounts == null || allowedAccounts.isBlank()
                    ? List.of()
                    : List.of(allowedAccounts.split("[,\\s]+")).stream()
                            .filter(a -> !a.isBlank())
                            .toList();
            return new SourceCommand(
                    id,
                    FormValues.enumOrNull(SourceKind.class, kind),
                    name,
                    description,
                    url,
                    poll,
                    reliability,
                    Boolean.TRUE.equals(enabled),
                    accounts);
        }
    }

    @GetMapping("/new")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only")
    String createForm(Model model) {
        requireAdmin();
        return form(model, SourceForm.empty(), true, null);
    }

    @GetMapping("/{id}/edit")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only")
    String editForm(@PathVariable String id, Model model) {
        requireAdmin();
        return form(model, SourceForm.of(find(id)), false, null);
    }

    @PostMapping
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    String create(@ModelAttribute("form") SourceForm form, Model model, RedirectAttributes flash) {
        try {
            Source created = sources.create(form.toCommand());
            flash.addFlashAttribute(
                    "flash",
                    PageText.of(
                            created.polled() && created.enabled()
                                    ? "flash.source.createdPolled"
                                    : "flash.source.created",
                            created.name()));
            return "redirect:/sources";
        } catch (InvalidInputException e) {
            return form(model, form, true, e);
        } catch (ConflictException e) {
            return form(model, form, true, new InvalidInputException("id", e.getMessage()));
        }
    }

    @PostMapping("/{id}")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    String update(
            @PathVariable String id, @ModelAttribute("form") SourceForm form, Model model, RedirectAttributes flash) {
        find(id);
        try {
            Source updated = sources.update(id, form.toCommand());
            flash.addFlashAttribute("flash", PageText.of("flash.source.saved", updated.name()));
            return "redirect:/sources";
        } catch (InvalidInputException e) {
            return form(model, form, false, e);
        }
    }

    @PostMapping("/{id}/pause")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    String pause(@PathVariable String id, RedirectAttributes flash) {
        find(id);
        flash.addFlashAttribute(
                "flash",
                PageText.of("flash.source.paused", sources.setEnabled(id, false).name()));
        return "redirect:/sources";
    }

    @PostMapping("/{id}/resume")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only, checked in Sources")
    String resume(@PathVariable String id, RedirectAttributes flash) {
        find(id);
        flash.addFlashAttribute(
                "flash",
                PageText.of("flash.source.resumed", sources.setEnabled(id, true).name()));
        return "redirect:/sources";
    }

    @PostMapping("/{id}/test")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only, checked in FeedPoller")
    String test(@PathVariable String id, Model model) {
        find(id);
        PollReport report;
        try {
            report = poller.pollNow(id);
        } catch (ConflictException e) {
            model.addAttribute("testError", e.getMessage());
            return "sources/test-report :: report";
        }
        model.addAttribute("report", report);
        return "sources/test-report :: report";
    }

    private Source find(String id) {
        try {
            return sources.get(id);
        } catch (NotFoundException e) {
            throw new Pages.NotFound("source", id);
        }
    }

    private static void requireAdmin() {
        if (!Pages.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators manage sources");
        }
    }

    private String form(Model model, SourceForm form, boolean creating, InvalidInputException problems) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("grades", List.of("A", "B", "C", "D", "E", "F"));
        model.addAttribute(
                "problems",
                problems == null
                        ? java.util.Map.of()
                        : problems.problems().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        InvalidInputException.FieldProblem::field,
                                        InvalidInputException.FieldProblem::reason,
                                        (a, b) -> a + "; " + b)));
        return "sources/form";
    }
}
