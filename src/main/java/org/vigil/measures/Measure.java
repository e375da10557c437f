package org.vigil.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.vigil.shared.Actor;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Role;

/**
 * A measure's workflow: each move checks the current state, the actor's roles and the approvals already given,
 * and either returns the new state or refuses with a message that says why (409 for the state, 403 for the
 * person). The service persists what this decides; nothing here touches the database, so the rules are tested on
 * their own.
 */
final class Measure {

    /** Roles that carry measures out at a mission (mission officers within their scope, HQ for any mission). */
    static final Set<Role> IMPLEMENTERS = Role.WRITERS;
    /** Roles that may propose a measure. */
    static final Set<Role> PROPOSERS = IMPLEMENTERS;

    private final long id;
    private final String missionId;
    private final CatalogueEntry entry;
    private final MeasureState state;
    private final String proposedBy;
    private final List<MeasureView.Approval> approvals;

    Measure(long id, String missionId, CatalogueEntry entry, MeasureState state, String proposedBy,
            List<MeasureView.Approval> approvals) {
        this.id = id;
        this.missionId = missionId;
        this.entry = entry;
        this.state = state;
        this.proposedBy = proposedBy;
        this.approvals = List.copyOf(approvals);
    }

    static void mayPropose(Actor by, CatalogueEntry entry, String missionId) {
        if (!by.hasAnyRole(PROPOSERS)) {
            throw ActionRefused.forbidden("proposing a measure needs one of the roles " + Role.names(PROPOSERS)
                    + "; your roles are " + Role.names(by.roles()));
        }
        by.mayActFor(missionId);
        if (!entry.active()) {
            throw ActionRefused.conflict("\"" + entry.name() + "\" (" + entry.code()
                    + ") is no longer offered in the catalogue; choose another measure");
        }
    }

    /** Adds the actor's approval; the measure is approved once enough distinct people have approved it. */
    MeasureState approve(Actor by) {
        requireState("approve", MeasureState.PROPOSED);
        approverRole(by, "approve");
        if (by.username().equals(proposedBy)) {
            throw ActionRefused.forbidden("you proposed this measure, so you cannot approve it: another person "
                    + "with one of the roles " + Role.names(entry.approverRoles()) + " must");
        }
        for (MeasureView.Approval a : approvals) {
            if (a.approver().equals(by.username())) {
                throw ActionRefused.conflict("you already approved measure " + id + " (" + entry.code() + ") on "
                        + a.at() + "; it needs " + entry.approvalsRequired() + " approvals from distinct people, "
                        + "so a second approver must approve it");
            }
        }
        return approvals.size() + 1 >= entry.approvalsRequired() ? MeasureState.APPROVED : MeasureState.PROPOSED;
    }

    /**
     * The role under which the actor approves (or rejects, keeps, lifts): one of the catalogue's approver roles,
     * the first by name when the actor has several.
     */
    Role approverRole(Actor by, String verb) {
        by.mayActFor(missionId);
        return by.roles().stream().filter(entry.approverRoles()::contains).min(Comparator.comparing(Role::name))
                .orElseThrow(() -> ActionRefused.forbidden("to " + verb + " \"" + entry.name() + "\" ("
                        + entry.code() + ") you need one of the roles " + Role.names(entry.approverRoles())
                        + "; your roles are " + Role.names(by.roles())));
    }

    MeasureState reject(Actor by) {
        requireState("reject", MeasureState.PROPOSED);
        approverRole(by, "reject");
        return MeasureState.REJECTED;
    }

    /** The proposer takes the proposal back, or an approver does, before it is implemented. */
    MeasureState withdraw(Actor by) {
        requireState("withdraw", MeasureState.PROPOSED, MeasureState.APPROVED);
        by.mayActFor(missionId);
        boolean approver = by.hasAnyRole(entry.approverRoles());
        if (!approver && !by.username().equals(proposedBy)) {
            throw ActionRefused.forbidden("only the proposer (" + proposedBy + ") or a person with one of the roles "
                    + Role.names(entry.approverRoles()) + " may withdraw measure " + id);
        }
        return MeasureState.WITHDRAWN;
    }

    MeasureState implement(Actor by) {
        requireState("mark as implemented", MeasureState.APPROVED);
        implementer(by, "mark measure " + id + " as implemented");
        return MeasureState.IMPLEMENTED;
    }

    MeasureState startReview(Actor by) {
        requireState("put under review", MeasureState.IMPLEMENTED);
        implementer(by, "put measure " + id + " under review");
        return MeasureState.UNDER_REVIEW;
    }

    /** Ends a review by keeping the measure in place. */
    MeasureState keep(Actor by) {
        requireState("keep after review", MeasureState.UNDER_REVIEW);
        approverRole(by, "keep");
        return MeasureState.IMPLEMENTED;
    }

    MeasureState lift(Actor by) {
        requireState("lift", MeasureState.IMPLEMENTED, MeasureState.UNDER_REVIEW);
        approverRole(by, "lift");
        return MeasureState.LIFTED;
    }

    private void implementer(Actor by, String what) {
        if (!by.hasAnyRole(IMPLEMENTERS)) {
            throw ActionRefused.forbidden("to " + what + " you need one of the roles " + Role.names(IMPLEMENTERS)
                    + "; your roles are " + Role.names(by.roles()));
        }
        by.mayActFor(missionId);
    }

    private void requireState(String verb, MeasureState... allowed) {
        for (MeasureState s : allowed) {
            if (state == s) {
                return;
            }
        }
        List<String> names = java.util.Arrays.stream(allowed).map(s -> s.label().toLowerCase()).toList();
        throw ActionRefused.conflict("measure " + id + " (" + entry.code() + ") is " + state.label().toLowerCase()
                + "; only a measure that is " + String.join(" or ", names) + " can be asked to " + verb);
    }
}
