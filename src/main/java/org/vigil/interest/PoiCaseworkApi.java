package org.vigil.interest;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;

/**
 * The casework API on persons of interest: an analyst's decision, linking an account, notes, closing and reopening a
 * case. Errors are RFC 7807 problems: 400 naming the field and what to do, 403 for a role that changes nothing, 404
 * for a record outside the caller's missions, 409 for a conflict (an account already on a record, a closed case).
 */
@RestController
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "PoiCasework finds the record with Scope.current() in SQL on the missions of its targets before any"
                + " read or change; a record outside the scope is not found")
class PoiCaseworkApi {

    private final PoiCasework casework;

    PoiCaseworkApi(PoiCasework casework) {
        this.casework = casework;
    }

    /**
     * Makes an author a person of interest by decision.
     *
     * @param platform the account's platform (x, telegram, ...)
     * @param handle the account's handle, with or without @; Vigil must have items of it
     * @param reason why the author is a person of interest
     * @param missionIds the missions the person is a concern for (a mission officer: theirs)
     */
    record Decision(String platform, String handle, String reason, List<String> missionIds) {}

    /** A further account of the same person and what ties them. */
    record Link(String platform, String handle, String reason) {}

    /** An analyst's note. */
    record NoteText(String text) {}

    /**
     * A change of status: {@code CLOSED} with {@code closeReason} (NOT_A_THREAT, HANDLED_BY_HOST_STATE or OTHER,
     * which needs {@code text}), or {@code ACTIVE} with {@code reason} to reopen.
     */
    record StatusChange(String status, String closeReason, String text, String reason) {}

    @PostMapping("/api/v1/persons-of-interest")
    @ResponseStatus(HttpStatus.CREATED)
    PoiCase decide(@RequestBody(required = false) Decision body) {
        Decision d = body == null ? new Decision(null, null, null, null) : body;
        return casework.decide(Actor.current(), d.platform(), d.handle(), d.reason(), d.missionIds());
    }

    /** The record with its casework (accounts and why, notes, closure); the read is audited. */
    @GetMapping("/api/v1/persons-of-interest/{id}/case")
    PoiCase caseOf(@PathVariable long id) {
        return casework.read(Scope.current(), id);
    }

    @PostMapping("/api/v1/persons-of-interest/{id}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    PoiCase link(@PathVariable long id, @RequestBody(required = false) Link body) {
        Link l = body == null ? new Link(null, null, null) : body;
        return casework.link(Actor.current(), id, l.platform(), l.handle(), l.reason());
    }

    @PostMapping("/api/v1/persons-of-interest/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    PoiCase note(@PathVariable long id, @RequestBody(required = false) NoteText body) {
        return casework.note(Actor.current(), id, body == null ? null : body.text());
    }

    @PatchMapping("/api/v1/persons-of-interest/{id}")
    PoiCase status(@PathVariable long id, @RequestBody(required = false) StatusChange body) {
        String status = body == null || body.status() == null
                ? ""
                : body.status().strip().toUpperCase(Locale.ROOT);
        return switch (status) {
            case "CLOSED" -> casework.close(Actor.current(), id, body.closeReason(), body.text());
            case "ACTIVE" -> casework.reopen(Actor.current(), id, body.reason());
            default ->
                throw new InvalidInputException(
                        "status",
                        (status.isEmpty() ? "is required" : "'" + body.status().strip() + "' cannot be set")
                                + ": give CLOSED (with closeReason) to close the case or ACTIVE (with reason) to"
                                + " reopen it");
        };
    }
}
