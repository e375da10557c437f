package org.vigil.interest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonView;
import org.vigil.shared.Scope;

/**
 * Names instead of ids for what a person of interest targets: each protected person with their role and mission,
 * each mission by its name, read with the reader's scope from the registry's lists (which audit no row read).
 */
@Component
class PoiNames {

    private final Missions missions;
    private final People people;

    PoiNames(Missions missions, People people) {
        this.missions = missions;
        this.people = people;
    }

    Map<String, String> missions(Scope scope) {
        return missions.all(scope).stream().collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a));
    }

    /** "Alexei Yerkhov (Ambassador, Embassy of Russia in Ankara)" for each person, then each mission's name. */
    List<String> targets(Scope scope, PersonOfInterestView p) {
        Map<String, String> missionNames = missions(scope);
        Map<String, PersonView> persons =
                people.all(scope).stream().collect(Collectors.toMap(PersonView::id, x -> x, (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (String id : p.personIds()) {
            PersonView person = persons.get(id);
            if (person == null) {
                out.add(id);
            } else {
                String mission = person.missionId() == null ? null : missionNames.get(person.missionId());
                out.add(person.name() + " (" + words(person.role().name()) + (mission == null ? "" : ", " + mission)
                        + ")");
            }
        }
        for (String id : p.missionIds()) {
            out.add(missionNames.getOrDefault(id, id));
        }
        return out;
    }

    private static String words(String code) {
        String s = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
