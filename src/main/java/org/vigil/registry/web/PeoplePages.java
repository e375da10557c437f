package org.vigil.registry.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonCommand;
import org.vigil.registry.PersonFilter;
import org.vigil.registry.PersonStatus;
import org.vigil.registry.PersonView;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;

/**
 * The people pages: the list of protected people with search and filters, a person's page, and for
 * administrators the form that adds or edits a person and retirement. Opening a person's page (or their edit
 * form) is an audited read (through {@link People#find}); the list is not, as it shows names only.
 */
@Controller
@RequestMapping("/people")
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "reads go through People with Scope.current()")
class PeoplePages {

    static final int PAGE_SIZE = 25;

    private final People people;
    private final Missions missions;
    private final Validator validator;

    PeoplePages(People people, Missions missions, Validator validator) {
        this.people = people;
        this.missions = missions;
        this.validator = validator;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String mission,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Boosted", required = false) String boosted,
            Model model) {
        Scope scope = Scope.current();
        PersonRole roleFilter = FormValues.enumOrNull(PersonRole.class, role);
        String missionFilter = FormValues.blankToNull(mission);
        PageResult<PersonView> result = people.list(
                scope,
                new PersonFilter(FormValues.blankToNull(q), roleFilter, missionFilter, null, false),
                new PageRequest(Forms.pageNumber(page), PAGE_SIZE));
        Map<String, String> missionNames = missionNames(scope);

        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", roleFilter);
        model.addAttribute("mission", missionFilter);
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("missionNames", missionNames);
        model.addAttribute("filtered", q != null && !q.isBlank() || roleFilter != null || missionFilter != null);
        StringBuilder query = new StringBuilder();
        Forms.param(query, "q", q);
        Forms.param(query, "role", roleFilter == null ? null : roleFilter.name());
        Forms.param(query, "mission", missionFilter);
        model.addAttribute("query", query.toString());
        return htmx != null && boosted == null ? "people/list :: results" : "people/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Scope scope = Scope.current();
        PersonView person = people.find(scope, id).orElseThrow(() -> Forms.notFound("person", id));
        model.addAttribute("person", person);
        model.addAttribute(
                "mission",
                person.missionId() == null
                        ? null
                        : missions.find(scope, person.missionId()).orElse(null));
        return "people/show";
    }

    @GetMapping("/new")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String createForm(@RequestParam(required = false) String mission, Model model) {
        Forms.requireAdmin();
        return form(model, PersonForm.empty(FormValues.blankToNull(mission)), true);
    }

    @PostMapping
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String create(
            @ModelAttribute("form") PersonForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Forms.requireAdmin();
        PersonCommand command = form.toCommand(errors, true);
        checkAll(command, errors);
        if (!errors.hasErrors()) {
            try {
                PersonView created = people.create(command);
                flash.addFlashAttribute("flash", PageText.of("flash.person.added", created.name()));
                return "redirect:/people/" + Forms.path(created.id());
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
        PersonView person = people.find(Scope.current(), id).orElseThrow(() -> Forms.notFound("person", id));
        return form(model, PersonForm.of(person), false);
    }

    @PostMapping("/{id}")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Forms.requireAdmin();
        PersonForm pinned = form.withId(id); // ids never change
        PersonCommand command = pinned.toCommand(errors, false);
        checkAll(command, errors);
        if (!errors.hasErrors()) {
            try {
                PersonView updated = people.update(id, command);
                flash.addFlashAttribute("flash", PageText.of("flash.person.saved", updated.name()));
                return "redirect:/people/" + Forms.path(id);
            } catch (InvalidInputException e) {
                Forms.reject(errors, e);
            }
        }
        return form(model, pinned, false);
    }

    @PostMapping("/{id}/retire")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "only administrators change the registry")
    String retire(@PathVariable String id, RedirectAttributes flash) {
        Forms.requireAdmin();
        PersonView retired = people.retire(id);
        flash.addFlashAttribute("flash", PageText.of("flash.person.retired", retired.name()));
        return "redirect:/people/" + Forms.path(id);
    }

    private void checkAll(PersonCommand command, BindingResult errors) {
        for (ConstraintViolation<PersonCommand> v : validator.validate(command)) {
            String field = v.getPropertyPath().toString().replaceAll("\\[\\d+].*$", "");
            if (errors.getFieldErrorCount(field) == 0) {
                errors.rejectValue(field, "invalid", v.getMessage());
            }
        }
        if (command.id() == null && errors.getFieldErrorCount("id") == 0) {
            errors.rejectValue("id", "required", "is required");
        }
    }

    private String form(Model model, PersonForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("statuses", PersonStatus.values());
        model.addAttribute("missionNames", missionNames(Scope.current()));
        return "people/form";
    }

    /** The names of the missions the caller may see, by name, for the filter and the list's mission column. */
    private Map<String, String> missionNames(Scope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        missions.all(scope).stream()
                .sorted(Comparator.comparing((MissionView m) -> m.name().toLowerCase(Locale.ROOT)))
                .forEach(m -> names.put(m.id(), m.name()));
        return names;
    }
}
