package org.vigil.registry.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonFilter;
import org.vigil.registry.PersonView;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.PersonRole;

/**
 * The people pages: the list of protected people with search and filters, and a person's page. Opening a
 * person's page is an audited read (through {@link People#find}); the list is not, as it shows names only.
 */
@Controller
@RequestMapping("/people")
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "reads go through People with Scope.current()")
class PeoplePages {

    static final int PAGE_SIZE = 25;

    private final People people;
    private final Missions missions;

    PeoplePages(People people, Missions missions) {
        this.people = people;
        this.missions = missions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String mission, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Boosted", required = false) String boosted, Model model) {
        Scope scope = Scope.current();
        PersonRole roleFilter = Forms.enumOrNull(PersonRole.class, role);
        String missionFilter = Forms.blankToNull(mission);
        PageResult<PersonView> result = people.list(scope,
                new PersonFilter(Forms.blankToNull(q), roleFilter, missionFilter, null, false),
                new PageRequest(Math.max(0, page), PAGE_SIZE));
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
        model.addAttribute("mission", person.missionId() == null ? null
                : missions.find(scope, person.missionId()).orElse(null));
        model.addAttribute("updated", Forms.utc(person.updatedAt()));
        return "people/show";
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
