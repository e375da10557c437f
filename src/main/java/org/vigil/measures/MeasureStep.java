package org.vigil.measures;

import static org.vigil.measures.MeasureState.APPROVED;
import static org.vigil.measures.MeasureState.IMPLEMENTED;
import static org.vigil.measures.MeasureState.LIFTED;
import static org.vigil.measures.MeasureState.PROPOSED;
import static org.vigil.measures.MeasureState.REJECTED;
import static org.vigil.measures.MeasureState.UNDER_REVIEW;
import static org.vigil.measures.MeasureState.WITHDRAWN;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a measure's lifecycle: the transitions of {@link MeasureState}, each with the states it starts from
 * and the state it leads to. Its lower-case name is the step in the API and page paths
 * ({@code POST /api/v1/measures/7/approve}), its name the action in the history and the audit trail.
 */
public enum MeasureStep {
    /** An approval; the measure becomes approved once the catalogue's number of distinct approvers is reached. */
    APPROVE("approve", APPROVED, PROPOSED),
    REJECT("reject", REJECTED, PROPOSED),
    /** The proposer or an approver takes the measure back before it is implemented. */
    WITHDRAW("withdraw", WITHDRAWN, PROPOSED, APPROVED),
    IMPLEMENT("mark as implemented", IMPLEMENTED, APPROVED),
    REVIEW("put under review", UNDER_REVIEW, IMPLEMENTED),
    /** Ends a review by keeping the measure in place. */
    KEEP("keep after review", IMPLEMENTED, UNDER_REVIEW),
    LIFT("lift", LIFTED, IMPLEMENTED, UNDER_REVIEW);

    private final String verb;
    private final MeasureState to;
    private final Set<MeasureState> from;

    MeasureStep(String verb, MeasureState to, MeasureState first, MeasureState... rest) {
        this.verb = verb;
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** What the step does, as messages say it: "only a measure that is approved can be asked to {verb}". */
    public String verb() {
        return verb;
    }

    /** The state the step leads to (an approval that is not yet the last one leaves the measure proposed). */
    public MeasureState to() {
        return to;
    }

    /** The states the step may start from, in lifecycle order. */
    public Set<MeasureState> from() {
        return from;
    }

    /** The step as the API and the pages name it in their paths. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step a path names ({@code approve}, {@code review}, ...), if any. */
    public static Optional<MeasureStep> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
    }
}
