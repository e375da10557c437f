package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.measures.MeasureState.APPROVED;
import static org.vigil.measures.MeasureState.IMPLEMENTED;
import static org.vigil.measures.MeasureState.LIFTED;
import static org.vigil.measures.MeasureState.PROPOSED;
import static org.vigil.measures.MeasureState.REJECTED;
import static org.vigil.measures.MeasureState.UNDER_REVIEW;
import static org.vigil.measures.MeasureState.WITHDRAWN;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.TransitionTable;
import org.vigil.shared.ActionRefused;

/** The transition tables of a measure's lifecycle and of a request to the host state, state by state. */
class MeasureStateTest {

    @Test
    void eachStateAllowsExactlyItsSteps() {
        assertThat(TransitionTable.of(MeasureState.class, MeasureState::steps))
                .isEqualTo(Map.of(
                        PROPOSED,
                        Set.of(MeasureStep.APPROVE, MeasureStep.REJECT, MeasureStep.WITHDRAW),
                        APPROVED,
                        Set.of(MeasureStep.WITHDRAW, MeasureStep.IMPLEMENT),
                        IMPLEMENTED,
                        Set.of(MeasureStep.REVIEW, MeasureStep.LIFT),
                        UNDER_REVIEW,
                        Set.of(MeasureStep.KEEP, MeasureStep.LIFT),
                        LIFTED,
                        Set.of(),
                        REJECTED,
                        Set.of(),
                        WITHDRAWN,
                        Set.of()));
    }

    @Test
    void eachStateMovesOnlyToItsNextStates() {
        assertThat(TransitionTable.of(MeasureState.class, MeasureState::transitions))
                .isEqualTo(Map.of(
                        PROPOSED,
                        Set.of(APPROVED, REJECTED, WITHDRAWN),
                        APPROVED,
                        Set.of(WITHDRAWN, IMPLEMENTED),
                        IMPLEMENTED,
                        Set.of(UNDER_REVIEW, LIFTED),
                        UNDER_REVIEW,
                        Set.of(IMPLEMENTED, LIFTED),
                        LIFTED,
                        Set.of(),
                        REJECTED,
                        Set.of(),
                        WITHDRAWN,
                        Set.of()));
        assertThat(PROPOSED.canMoveTo(APPROVED)).isTrue();
        assertThat(PROPOSED.canMoveTo(IMPLEMENTED))
                .as("an approval comes first")
                .isFalse();
        assertThat(LIFTED.canMoveTo(IMPLEMENTED)).isFalse();
    }

    @Test
    void aStepFromAStateThatDoesNotAllowItIsRefusedNamingTheStatesThatDo() {
        Measure implemented = MeasureWorkflowTest.measure(MeasureWorkflowTest.CCTV, IMPLEMENTED, "officer.ankara");
        assertThatThrownBy(() -> implemented.withdraw(MeasureWorkflowTest.DIRECTOR))
                .isInstanceOf(ActionRefused.class)
                .hasMessage("measure 7 (TECH_CCTV) is implemented; only a measure that is proposed or approved can be "
                        + "asked to withdraw");
        Measure proposed = MeasureWorkflowTest.measure(MeasureWorkflowTest.CCTV, PROPOSED, "officer.ankara");
        assertThatThrownBy(() -> proposed.implement(MeasureWorkflowTest.OFFICER))
                .isInstanceOf(ActionRefused.class)
                .hasMessage("measure 7 (TECH_CCTV) is proposed; only a measure that is approved can be asked to mark "
                        + "as implemented");
    }

    @Test
    void finalStatesAreThoseNoStepLeaves() {
        for (MeasureState s : MeasureState.values()) {
            assertThat(s.isFinal())
                    .as(s.name())
                    .isEqualTo(Set.of(LIFTED, REJECTED, WITHDRAWN).contains(s));
        }
    }

    @Test
    void aStepIsNamedInPathsByItsLowerCaseName() {
        assertThat(MeasureStep.ofPath("review")).contains(MeasureStep.REVIEW);
        assertThat(MeasureStep.ofPath("REVIEW")).isEmpty();
        assertThat(MeasureStep.ofPath("delete")).isEmpty();
        for (MeasureStep step : MeasureStep.values()) {
            assertThat(MeasureStep.ofPath(step.path())).contains(step);
        }
    }

    @Test
    void aRequestToTheHostStateMovesForwardOnly() {
        assertThat(TransitionTable.of(HostRequestStatus.class, HostRequestStatus::transitions))
                .isEqualTo(Map.of(
                        HostRequestStatus.DRAFT, Set.of(HostRequestStatus.SENT),
                        HostRequestStatus.SENT,
                                Set.of(HostRequestStatus.ACKNOWLEDGED, HostRequestStatus.MEASURES_TAKEN),
                        HostRequestStatus.ACKNOWLEDGED, Set.of(HostRequestStatus.MEASURES_TAKEN),
                        HostRequestStatus.MEASURES_TAKEN, Set.of(HostRequestStatus.LIFTED),
                        HostRequestStatus.LIFTED, Set.of()));
        assertThat(HostRequestStatus.SENT.canMoveTo(HostRequestStatus.DRAFT)).isFalse();
    }
}
