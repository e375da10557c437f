package org.vigil.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
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

    Measure(
            long id,
            String missionId,
            CatalogueEntry entry,
            MeasureState state,
            String proposedBy,
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
        requireStep(MeasureStep.APPROVE);
        approverRole(by, MeasureStep.APPROVE);
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
        return approvals.size() + 1 >= entry.approvalsRequired() ? MeasureStep.APPROVE.to() : MeasureState.PROPOSED;
    }

    /**
     * The role under which the actor approves (or rejects, keeps, lifts): one of the catalogue's approver roles,
     * the first by name when the actor has several.
     */
    Role approverRole(Actor by, MeasureStep step) {
        by.mayActFor(missionId);
        return by.roles().stream()
                .filter(entry.approverRoles()::contains)
                .min(Comparator.comparing(Role::name))
                .orElseThrow(() -> ActionRefused.forbidden("to " + step.path() + " \"" + entry.name() + "\" ("
                        + entry.code() + ") you need one of the roles " + Role.names(entry.approverRoles())
                        + "; your roles are " + Role.names(by.roles())));
    }

    MeasureState reject(Actor by) {
        requireStep(MeasureStep.REJECT);
        approverRole(by, MeasureStep.REJECT);
        return MeasureStep.REJECT.to();
    }

    /** The proposer takes the proposal back, or an approver does, before it is implemented. */
    MeasureState withdraw(Actor by) {
        requireStep(MeasureStep.WITHDRAW);
        by.mayActFor(missionId);
        boolean approver = by.hasAnyRole(entry.approverRoles());
        if (!approver && !by.username().equals(proposedBy)) {
            throw ActionRefused.forbidden("only the proposer (" + proposedBy + ") or a person with one of the roles "
                    + Role.names(entry.approverRoles()) + " may withdraw measure " + id);
        }
        return MeasureStep.WITHDRAW.to();
    }

    MeasureState implement(Actor by) {
        requireStep(MeasureStep.IMPLEMENT);
        implementer(by, "mark measure " + id + " as implemented");
        return MeasureStep.IMPLEMENT.to();
    }

    MeasureState startReview(Actor by) {
        requireStep(MeasureStep.REVIEW);
        implementer(by, "put measure " + id + " under review");
        return MeasureStep.REVIEW.to();
    }

    /** Ends a review by keeping the measure in place. */
    MeasureState keep(Actor by) {
        requireStep(MeasureStep.KEEP);
        approverRole(by, MeasureStep.KEEP);
        return MeasureStep.KEEP.to();
    }

    MeasureState lift(Actor by) {
        requireStep(MeasureStep.LIFT);
        approverRole(by, MeasureStep.LIFT);
        return MeasureStep.LIFT.to();
    }

    private void implementer(Actor by, String what) {
        if (!by.hasAnyRole(IMPLEMENTERS)) {
            throw ActionRefused.forbidden("to " + what + " you need one of the roles " + Role.names(IMPLEMENTERS)
                    + "; your roles are " + Role.names(by.roles()));
        }
        by.mayActFor(missionId);
    }

    /** Refuses (409) a step that the measure's state does not allow, naming the states that do. */
    private void requireStep(MeasureStep step) {
        if (state.steps().contains(step)) {
            return;
        }
        List<String> names =
                step.from().stream().map(s -> s.label().toLowerCase()).toList();
        throw ActionRefused.conflict(
                "measure " + id + " (" + entry.code() + ") is " + state.label().toLowerCase()
                        + "; only a measure that is " + String.join(" or ", names) + " can be asked to " + step.verb());
    }
}
