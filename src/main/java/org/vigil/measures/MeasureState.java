package org.vigil.measures;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a measure stands in its lifecycle. The moves between states are the {@link MeasureStep}s:
 * {@link #transitions()} are the states they lead to from here, {@link #steps()} the steps themselves.
 */
public enum MeasureState {
    /** Proposed for a mission with a reason and a deadline; waits for its approvals. */
    PROPOSED,
    /** Approved by as many distinct people with an approving role as the catalogue asks; to be implemented. */
    APPROVED,
    /** In place at the mission: it lowers the mission's residual risk. */
    IMPLEMENTED,
    /** In place, and being reviewed: kept, or lifted. Still lowers the risk. */
    UNDER_REVIEW,
    /** Was in place and has been lifted. Final. */
    LIFTED,
    /** Refused by an approver. Final. */
    REJECTED,
    /** Taken back before it was implemented. Final. */
    WITHDRAWN;

    /** In place at the mission (implemented, or under review). */
    public boolean inPlace() {
        return this == IMPLEMENTED || this == UNDER_REVIEW;
    }

    /** Still on its way to the mission: overdue once its deadline passes. */
    public boolean pending() {
        return this == PROPOSED || this == APPROVED;
    }

    public boolean isFinal() {
        return steps().isEmpty();
    }

    /** The steps that may start from this state, in lifecycle order. */
    public Set<MeasureStep> steps() {
        Set<MeasureStep> steps = EnumSet.noneOf(MeasureStep.class);
        Arrays.stream(MeasureStep.values()).filter(s -> s.from().contains(this)).forEach(steps::add);
        return steps;
    }

    /** The states a step leads to from this one. */
    public Set<MeasureState> transitions() {
        Set<MeasureState> next = EnumSet.noneOf(MeasureState.class);
        steps().forEach(s -> next.add(s.to()));
        return next;
    }

    public boolean canMoveTo(MeasureState next) {
        return transitions().contains(next);
    }

    public String label() {
        return switch (this) {
            case PROPOSED -> "Proposed";
            case APPROVED -> "Approved";
            case IMPLEMENTED -> "Implemented";
            case UNDER_REVIEW -> "Under review";
            case LIFTED -> "Lifted";
            case REJECTED -> "Rejected";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
