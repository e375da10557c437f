package org.vigil.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.interest.PoiCasework;
import org.vigil.registry.MissionFilter;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonFilter;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalFilter;
import org.vigil.signals.Signals;

/**
 * The header's search: people, missions, signals and persons of interest whose words match, each read through its module with the
 * caller's scope (so a mission officer finds their own mission's people and signals only), a few of each with a
 * link to the full filtered list.
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "People, Missions, Signals and persons of interest (PoiCasework) are each queried with Scope.current()")
class SearchController {

    static final int EACH = 10;

    private final People people;
    private final Missions missions;
    private final Signals signals;
    private final PoiCasework personsOfInterest;

    SearchController(People people, Missions missions, Signals signals, PoiCasework personsOfInterest) {
        this.people = people;
        this.missions = missions;
        this.signals = signals;
        this.personsOfInterest = personsOfInterest;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        model.addAttribute("searchQuery", text);
        model.addAttribute("q", text);
        if (text.length() < 2) {
            model.addAttribute("tooShort", true);
            return "search";
        }
        Scope scope = Scope.current();
        PageRequest few = new PageRequest(0, EACH);
        model.addAttribute("people", people.list(scope, new PersonFilter(text, null, null, null, false), few));
        model.addAttribute(
                "missions", missions.list(scope, new MissionFilter(text, null, null, null, null, false), few));
        model.addAttribute(
                "signals",
                signals.list(
                        scope,
                        new SignalFilter(null, null, null, null, null, null, null, text),
                        few,
                        Signals.Order.SEVERITY));
        model.addAttribute("personsOfInterest", personsOfInterest.search(scope, text, EACH));
        Map<String, String> names =
                missions.all(scope).stream().collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a));
        model.addAttribute("missionNames", names);
        return "search";
    }
}
