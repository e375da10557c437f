package org.vigil.interest;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;

/** The persons of interest REST API: the scoped list and one record with its timeline (both reads audited). */
@RestController
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "PersonsOfInterest filters list and record by Scope.current() in SQL on the missions of their targets;"
                + " a record outside the scope is not found, and targets outside it are left out")
class PersonsOfInterestApi {

    private final PersonsOfInterest persons;
    private final Escalations escalations;

    PersonsOfInterestApi(PersonsOfInterest persons, Escalations escalations) {
        this.persons = persons;
        this.escalations = escalations;
    }

    /**
     * @param sort {@code lastSeen} (default, most recent activity first), {@code firstSeen} or {@code escalation}
     *     (highest escalation score first)
     * @param limit at most this many, 1 to 1000
     */
    @GetMapping("/api/v1/persons-of-interest")
    List<PersonOfInterestView> list(
            @RequestParam(defaultValue = "lastSeen") String sort, @RequestParam(defaultValue = "200") int limit) {
        PersonsOfInterest.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "lastseen", "last_seen" -> PersonsOfInterest.Sort.LAST_SEEN;
            case "firstseen", "first_seen" -> PersonsOfInterest.Sort.FIRST_SEEN;
            case "escalation" -> PersonsOfInterest.Sort.ESCALATION;
            default ->
                throw new InvalidInputException(
                        "sort", "'" + sort + "' is not a sort order; use lastSeen, firstSeen or escalation");
        };
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", limit + " is out of range; give a number from 1 to 1000");
        }
        return persons.list(Scope.current(), order, limit);
    }

    /** The record with its timeline, its warning behaviours (with evidence signals) and its escalation. */
    @GetMapping("/api/v1/persons-of-interest/{id}")
    PersonOfInterestDetail get(@PathVariable long id) {
        Scope scope = Scope.current();
        return escalations.detail(scope, persons.read(scope, id));
    }
}
