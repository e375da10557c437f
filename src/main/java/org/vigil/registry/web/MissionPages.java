package org.vigil.registry.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.vigil.registry.Countries;
import org.vigil.registry.MissionCommand;
import org.vigil.registry.MissionFilter;
import org.vigil.registry.MissionPageSection;
import org.vigil.registry.MissionStatus;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;

/**
 * The missions pages: the list with search and filters (live through htmx), a mission's page with its people,
 * and, for administrators, the form that creates or edits a mission and the retirement with confirmation.
 * Every read goes through the caller's scope: a mission outside it is a 404, as if it did not exist.
 */
@Controller
@RequestMapping("/missions")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "reads go through Missions/People with Scope.current(); writes are ADMIN only")
class MissionPages {

    static final int PAGE_SIZE = 25;

    private final Missions missions;
    private final People people;
    private final Countries countries;
    private final Validator validator;
    private final List<MissionPageSection> sections;

    MissionPages(
            Missions missions,
            People people,
            Countries countries,
            Validator validator,
            org.springframework.beans.factory.ObjectProvider<MissionPageSection> sections) {
        this.missions = missions;
        this.people = people;
        this.countries = countries;
        this.validator = validator;
        this.sections = sections.orderedStream()
                .sorted(Comparator.comparingInt(MissionPageSection::order))
                .toList();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String host,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Boosted", required = false) String boosted,
            Model model) {
        Scope scope = Scope.current();
        MissionKind kindFilter = FormValues.enumOrNull(MissionKind.class, kind);
        MissionStatus statusFilter = FormValues.enumOrNull(MissionStatus.class, status);
        String hostFilter = host == null || host.isBlank() ? null : host.strip().toUpperCase(Locale.ROOT);
        PageResult<MissionView> result = missions.list(
                scope,
                new MissionFilter(FormValues.blankToNull(q), kindFilter, hostFilter, null, statusFilter, false),
                new PageRequest(Forms.pageNumber(page), PAGE_SIZE));
        Map<String, String> countryNames = countries.namesByCode();

        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kindFilter);
        model.addAttribute("host", hostFilter);
        model.addAttribute("status", statusFilter);
        model.addAttribute("kinds", MissionKind.values());
        model.addAttribute("statuses", MissionStatus.values());
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("hostCountries", hostCountries(scope, countryNames));
        model.addAttribute(
                "filtered",
                q != null && !q.isBlank() || kindFilter != null || hostFilter != null || statusFilter != null);
        model.addAttribute("query", query(q, kindFilter, hostFilter, statusFilter));
        // htmx live search swaps only the results; a full (or boosted) request gets the whole page
        return htmx != null && boosted == null ? "missions/list :: results" : "missions/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Scope scope = Scope.current();
        MissionView mission = missions.find(scope, id).orElseThrow(() -> Forms.notFound("mission", id));
        model.addAttribute("mission", mission);
        model.addAttribute("people", people.byMission(scope, id));
        model.addAttribute("countryNames", countries.namesByCode());
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(s -> s.section(scope, mission).stream())
                        .toList());
        return "missions/show";
    }

    @GetMapping("/new")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String createForm(Model model) {
        Forms.requireAdmin();
        return form(model, MissionForm.empty(), true);
    }

    @PostMapping
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String create(
            @ModelAttribute("form") MissionForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Forms.requireAdmin();
        MissionCommand command = form.toCommand(errors, true);
        checkAll(command, errors);
        if (!errors.hasErrors()) {
            try {
                MissionView created = missions.create(command);
                flash.addFlashAttribute("flash", PageText.of("flash.mission.created", created.name()));
                return "redirect:/missions/" + path(created.id());
            } catch (InvalidInputException e) {
                Forms.reject(errors, e);
            } catch (ConflictException e) {
                errors.rejectValue("id", "conflict", e.getMessage() + ": choose another id");
            }
        }
        return form(model, form, true);
    }

    @GetMapping("/{id}/edit")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String editForm(@PathVariable String id, Model model) {
        Forms.requireAdmin();
        MissionView mission = missions.find(Scope.current(), id).orElseThrow(() -> Forms.notFound("mission", id));
        return form(model, MissionForm.of(mission), false);
    }

    @PostMapping("/{id}")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") MissionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Forms.requireAdmin();
        missions.find(Scope.current(), id).orElseThrow(() -> Forms.notFound("mission", id));
        MissionForm pinned = form.withId(id); // the id never changes; ignore whatever the form sent
        MissionCommand command = pinned.toCommand(errors, false);
        checkAll(command, errors);
        if (!errors.hasErrors()) {
            try {
                MissionView updated = missions.update(id, command);
                flash.addFlashAttribute("flash", PageText.of("flash.mission.saved", updated.name()));
                return "redirect:/missions/" + path(id);
            } catch (InvalidInputException e) {
                Forms.reject(errors, e);
            }
        }
        model.addAttribute("form", pinned);
        return form(model, pinned, false);
    }

    @GetMapping("/{id}/retire")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String retireConfirmation(@PathVariable String id, Model model) {
        Forms.requireAdmin();
        Scope scope = Scope.current();
        MissionView mission = missions.find(scope, id).orElseThrow(() -> Forms.notFound("mission", id));
        model.addAttribute("mission", mission);
        model.addAttribute("peopleCount", people.byMission(scope, id).size());
        return "missions/retire";
    }

    @PostMapping("/{id}/retire")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String retire(@PathVariable String id, RedirectAttributes flash) {
        Forms.requireAdmin();
        missions.find(Scope.current(), id).orElseThrow(() -> Forms.notFound("mission", id));
        MissionView retired = missions.retire(id);
        flash.addFlashAttribute("flash", PageText.of("flash.mission.retired", retired.name()));
        return "redirect:/missions/" + path(id);
    }

    /**
     * The command's own constraints, checked even when a field was not of the right type, so that the user sees
     * every mistake at once; the registry checks again (and checks what needs the database) when saving.
     */
    private void checkAll(MissionCommand command, BindingResult errors) {
        for (ConstraintViolation<MissionCommand> v : validator.validate(command)) {
            String field = v.getPropertyPath().toString().replaceAll("\\[\\d+].*$", "");
            if (errors.getFieldErrorCount(field) == 0) {
                errors.rejectValue(field, "invalid", v.getMessage());
            }
        }
        if (command.id() == null && errors.getFieldErrorCount("id") == 0) {
            errors.rejectValue("id", "required", "is required");
        }
    }

    private String form(Model model, MissionForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", MissionKind.values());
        model.addAttribute("statuses", MissionStatus.values());
        model.addAttribute("countries", byName(countries.namesByCode()));
        return "missions/form";
    }

    /** The host countries that the caller's missions are in, by name: the useful choices for the filter. */
    private List<Map.Entry<String, String>> hostCountries(Scope scope, Map<String, String> names) {
        Map<String, String> present = new TreeMap<>();
        for (MissionView m : missions.all(scope)) {
            present.put(m.hostCountry(), names.getOrDefault(m.hostCountry(), m.hostCountry()));
        }
        return byName(present);
    }

    private static List<Map.Entry<String, String>> byName(Map<String, String> names) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(names.entrySet());
        entries.sort(Map.Entry.comparingByValue(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))));
        return entries;
    }

    private static String query(String q, MissionKind kind, String host, MissionStatus status) {
        StringBuilder s = new StringBuilder();
        Forms.param(s, "q", q);
        Forms.param(s, "kind", kind == null ? null : kind.name());
        Forms.param(s, "host", host);
        Forms.param(s, "status", status == null ? null : status.name());
        return s.toString();
    }

    private static String path(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
