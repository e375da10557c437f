package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalLookup.AuthoredItem;

/** The escalation's factors, points, reasons and ageing. */
class EscalationScorerTest {

    private final BehaviourDetectorTest h = new BehaviourDetectorTest();
    private final BehaviourDetector detector = new BehaviourDetector(BehaviourCues.shared());

    private EscalationScorer.Escalation score(List<AuthoredItem> history) {
        return EscalationScorer.score(
                detector.detect(history, BehaviourDetectorTest.NOW), history, BehaviourDetectorTest.NOW);
    }

    @Test
    void nothingObservedIsNone() {
        EscalationScorer.Escalation e = score(List.of(h.quiet("Nice day", 1)));
        assertThat(e.level()).isEqualTo(ThreatLevel.NONE);
        assertThat(e.score()).isZero();
        assertThat(e.reasons()).isEqualTo("no warning behaviour observed");
    }

    @Test
    void aThreatInReplyThenAnApproachQuestionIsHighWithItsReasons() {
        List<AuthoredItem> history = List.of(
                h.signal("You will die, ambassador", 3, ThreatLevel.HIGH, true, ThreatCategory.DIRECT_THREAT),
                h.quiet("Where will he be on Friday?", 1));
        EscalationScorer.Escalation e = score(history);
        assertThat(e.factors())
                .extracting(EscalationScorer.Factor::factor)
                .containsExactly("approach", "direct-threat", "combination", "highest-level");
        assertThat(e.score()).isEqualTo(25 + 30 + 10 + 5);
        assertThat(e.level()).isEqualTo(ThreatLevel.CRITICAL);
        assertThat(e.reasons()).contains("Directly communicated threat").contains("(+30)");
    }

    @Test
    void behavioursAgeHalfAfterThirtyDaysAndOutAfterNinety() {
        EscalationScorer.Escalation month = score(List.of(h.quiet("Nothing left to lose.", 45)));
        assertThat(month.score()).isEqualTo(7.5);
        assertThat(month.level()).isEqualTo(ThreatLevel.LOW);
        assertThat(month.reasons()).contains("half weight");
        assertThat(score(List.of(h.quiet("Nothing left to lose.", 120))).level())
                .isEqualTo(ThreatLevel.NONE);
    }

    @Test
    void repeatedTargetedThreatsAddUpToTwenty() {
        List<AuthoredItem> three = List.of(
                h.signal("You will die", 5, ThreatLevel.MEDIUM, true, ThreatCategory.DIRECT_THREAT),
                h.signal("You will die", 4, ThreatLevel.MEDIUM, true, ThreatCategory.DIRECT_THREAT),
                h.signal("You will die", 3, ThreatLevel.MEDIUM, true, ThreatCategory.DIRECT_THREAT),
                h.signal("You will die", 2, ThreatLevel.MEDIUM, true, ThreatCategory.DIRECT_THREAT));
        EscalationScorer.Factor repeated = score(three).factors().stream()
                .filter(f -> f.factor().equals("repeated-threats"))
                .findFirst()
                .orElseThrow();
        assertThat(repeated.points()).isEqualTo(20);
        assertThat(repeated.reason()).startsWith("4 targeted threats");
        // one threat is not repeated
        assertThat(score(three.subList(0, 1)).factors())
                .extracting(EscalationScorer.Factor::factor)
                .doesNotContain("repeated-threats");
    }
}
