package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels.MissionRisk;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/** The rules of a measure's lifecycle on their own: each step's state, role, person and scope checks. */
class MeasureWorkflowTest {

    static final CatalogueEntry SPECIAL_FORCES = new CatalogueEntry(
            "SPECIAL_FORCES",
            "Special-forces unit",
            "Protection of people",
            "A unit",
            CostClass.VERY_HIGH,
            Set.of(Role.HQ_DIRECTOR),
            2,
            Set.of(RiskCategory.ARMED_CONFLICT),
            0.35,
            true,
            31,
            0);
    static final CatalogueEntry CCTV = new CatalogueEntry(
            "TECH_CCTV",
            "CCTV",
            "Technical protection",
            "Cameras",
            CostClass.LOW,
            Set.of(Role.HQ_DIRECTOR, Role.HQ_ANALYST),
            1,
            Set.of(RiskCategory.CRIME),
            0.05,
            true,
            21,
            0);

    static final Actor OFFICER = new Actor("officer.ankara", Set.of(Role.MISSION_OFFICER), Scope.of(Set.of("ankara")));
    static final Actor ISTANBUL =
            new Actor("officer.istanbul", Set.of(Role.MISSION_OFFICER), Scope.of(Set.of("istanbul")));
    static final Actor DIRECTOR = new Actor("director", Set.of(Role.HQ_DIRECTOR), Scope.all());
    static final Actor DEPUTY = new Actor("deputy", Set.of(Role.HQ_DIRECTOR), Scope.all());
    static final Actor ANALYST = new Actor("analyst", Set.of(Role.HQ_ANALYST), Scope.all());
    static final Actor HEAD = new Actor("head.ankara", Set.of(Role.HEAD_OF_MISSION), Scope.of(Set.of("ankara")));

    static Measure measure(CatalogueEntry entry, MeasureState state, String proposer, String... approvers) {
        List<MeasureView.Approval> approvals = java.util.Arrays.stream(approvers)
                .map(a -> new MeasureView.Approval(a, "HQ_DIRECTOR", Instant.EPOCH, null))
                .toList();
        return new Measure(7, "ankara", entry, state, proposer, approvals);
    }

    static String refusal(Runnable step, int status) {
        ActionRefused refused = org.junit.jupiter.api.Assertions.assertThrows(ActionRefused.class, step::run);
        assertThat(refused.status()).isEqualTo(status);
        return refused.getMessage();
    }

    @Test
    void twoDistinctApproversAreNeededForSpecialForces() {
        assertThat(measure(SPECIAL_FORCES, MeasureState.PROPOSED, "officer.ankara")
                        .approve(DIRECTOR))
                .isEqualTo(MeasureState.PROPOSED);
        assertThat(refusal(
                        () -> measure(SPECIAL_FORCES, MeasureState.PROPOSED, "officer.ankara", "director")
                                .approve(DIRECTOR),
                        409))
                .contains("already approved")
                .contains("2 approvals from distinct people");
        assertThat(measure(SPECIAL_FORCES, MeasureState.PROPOSED, "officer.ankara", "director")
                        .approve(DEPUTY))
                .isEqualTo(MeasureState.APPROVED);
    }

    @Test
    void oneApprovalIsEnoughForCctvAndAnAnalystMayGiveIt() {
        assertThat(measure(CCTV, MeasureState.PROPOSED, "officer.ankara").approve(ANALYST))
                .isEqualTo(MeasureState.APPROVED);
        assertThat(refusal(
                        () -> measure(SPECIAL_FORCES, MeasureState.PROPOSED, "officer.ankara")
                                .approve(ANALYST),
                        403))
                .contains("[HQ_DIRECTOR]")
                .contains("[HQ_ANALYST]");
    }

    @Test
    void theProposerNeverApprovesTheirOwnProposal() {
        assertThat(refusal(
                        () -> measure(CCTV, MeasureState.PROPOSED, "director").approve(DIRECTOR), 403))
                .contains("you proposed this measure");
    }

    @Test
    void eachStepNeedsItsStateAndSaysWhichItIsIn() {
        assertThat(refusal(() -> measure(CCTV, MeasureState.PROPOSED, "x").implement(OFFICER), 409))
                .contains("is proposed")
                .contains("approved");
        assertThat(refusal(() -> measure(CCTV, MeasureState.LIFTED, "x").lift(DIRECTOR), 409))
                .contains("is lifted")
                .contains("implemented or under review");
        assertThat(refusal(() -> measure(CCTV, MeasureState.IMPLEMENTED, "x").approve(DIRECTOR), 409))
                .contains("is implemented");
        assertThat(measure(CCTV, MeasureState.APPROVED, "x").implement(OFFICER)).isEqualTo(MeasureState.IMPLEMENTED);
        assertThat(measure(CCTV, MeasureState.IMPLEMENTED, "x").startReview(OFFICER))
                .isEqualTo(MeasureState.UNDER_REVIEW);
        assertThat(measure(CCTV, MeasureState.UNDER_REVIEW, "x").keep(DIRECTOR)).isEqualTo(MeasureState.IMPLEMENTED);
        assertThat(measure(CCTV, MeasureState.UNDER_REVIEW, "x").lift(DIRECTOR)).isEqualTo(MeasureState.LIFTED);
    }

    @Test
    void aScopedOfficerActsOnlyForTheirOwnMissionAndReadOnlyRolesNotAtAll() {
        assertThat(refusal(() -> measure(CCTV, MeasureState.APPROVED, "x").implement(ISTANBUL), 403))
                .contains("[istanbul]")
                .contains("\"ankara\"");
        assertThat(refusal(() -> Measure.mayPropose(ISTANBUL, CCTV, "ankara"), 403))
                .contains("[istanbul]");
        assertThat(refusal(() -> Measure.mayPropose(HEAD, CCTV, "ankara"), 403)).contains("HEAD_OF_MISSION");
        assertThat(refusal(() -> measure(CCTV, MeasureState.PROPOSED, "someone").withdraw(OFFICER), 403))
                .contains("only the proposer");
        assertThat(measure(CCTV, MeasureState.PROPOSED, "officer.ankara").withdraw(OFFICER))
                .isEqualTo(MeasureState.WITHDRAWN);
    }

    @Test
    void theNetworkRuleReadsCategoriesOrOverallAndRefusesWhatItCannotRead() {
        NetworkView.Condition armed = NetworkView.Condition.parse("ARMED_CONFLICT>=CRITICAL");
        NetworkView.Condition overall = NetworkView.Condition.parse("overall: high");
        MissionRisk risk = new MissionRisk(
                "m",
                RiskLevel.HIGH,
                60,
                java.util.Map.of(RiskCategory.ARMED_CONFLICT, RiskLevel.HIGH),
                java.util.Map.of(RiskCategory.ARMED_CONFLICT, 60),
                Instant.EPOCH);
        assertThat(armed.metBy(risk)).isEmpty();
        assertThat(overall.metBy(risk)).contains("overall HIGH");
        assertThatThrownBy(() -> NetworkView.Condition.parse("ARMED_CONFLICT>=SEVERE"))
                .hasMessageContaining("unknown category or level");
        assertThatThrownBy(() -> NetworkView.Condition.parse("ARMED_CONFLICT")).hasMessageContaining("CATEGORY>=LEVEL");
    }
}
