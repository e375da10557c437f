package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.ActiveMeasures.ActiveMeasure;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.signals.SignalLookup.SignalSummary;

/** Risk that officers can trust: measures that decay unless reviewed, and recent severe threats that hold a level. */
class RiskTrustTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final RiskCategory THREATS = RiskCategory.TARGETED_THREATS;

    private static ActiveMeasure guards(Instant implemented, Instant reviewed) {
        return new ActiveMeasure(
                1, "m", "MORE_GUARDS", "More guards", Set.of(THREATS), 0.5, implemented, reviewed, "/measures/1");
    }

    private static SignalSummary threat(long id, ThreatLevel level, Duration age) {
        return new SignalSummary(
                id,
                "s",
                'A',
                "en",
                level,
                0.9,
                List.of(ThreatCategory.DIRECT_THREAT),
                0.9,
                true,
                Set.of("m"),
                Set.of(),
                "We will come for the ambassador " + id,
                "NEW",
                NOW.minus(age));
    }

    private static int score(List<ActiveMeasure> measures) {
        List<Contribution> contributions = List.of(new Contribution("a", THREATS, 80, "a", List.of()));
        return RiskScorer.fold(
                        "m",
                        contributions,
                        MeasureFactor.apply(measures, NOW, MeasureDecay.DEFAULT),
                        Map.of(),
                        null,
                        NOW)
                .categories()
                .get(THREATS)
                .score();
    }

    @Test
    void aMeasureKeepsItsFullShareForTheReviewPeriodThenHalvesEveryHalfLife() {
        MeasureDecay d = MeasureDecay.DEFAULT;
        assertThat(d.strength(NOW.minus(Duration.ofDays(10)), NOW)).isEqualTo(1);
        assertThat(d.strength(NOW.minus(Duration.ofDays(90)), NOW)).isEqualTo(1);
        assertThat(d.strength(NOW.minus(Duration.ofDays(120)), NOW)).isCloseTo(0.5, within(1e-9));
        assertThat(d.strength(NOW.minus(Duration.ofDays(150)), NOW)).isCloseTo(0.25, within(1e-9));
        assertThat(d.strength(NOW.minus(Duration.ofDays(3 * 365)), NOW)).isLessThan(1e-9);
        MeasureDecay strict = new MeasureDecay(Duration.ofDays(30), Duration.ofDays(10));
        assertThat(strict.strength(NOW.minus(Duration.ofDays(40)), NOW)).isCloseTo(0.5, within(1e-9));
        assertThatThrownBy(() -> new MeasureDecay(Duration.ofDays(90), Duration.ZERO))
                .hasMessageContaining("vigil.risk.measure-half-life");
        assertThatThrownBy(() -> new MeasureDecay(Duration.ofDays(-1), Duration.ofDays(30)))
                .hasMessageContaining("vigil.risk.measure-review-period");
    }

    @Test
    void aMeasureImplementedYearsAgoAndNeverReviewedNoLongerLowersTodaysRisk() {
        int none = score(List.of());
        int fresh = score(List.of(guards(NOW.minus(Duration.ofDays(10)), null)));
        int old = score(List.of(guards(NOW.minus(Duration.ofDays(3 * 365)), null)));
        assertThat(none).isEqualTo(80);
        assertThat(fresh).as("a new measure removes its stated half").isEqualTo(40);
        assertThat(old)
                .as("a measure nobody looked at for three years removes next to nothing")
                .isEqualTo(80);
        assertThat(old).isGreaterThan(fresh);

        // a lapsed review: implemented 150 days ago, two half-lives past the review period
        int lapsed = score(List.of(guards(NOW.minus(Duration.ofDays(150)), null)));
        assertThat(lapsed).isEqualTo(70); // 80 x (1 - 0.5 x 0.25)
        // the same measure kept after a review 20 days ago is at full strength again
        int reviewed = score(List.of(guards(NOW.minus(Duration.ofDays(150)), NOW.minus(Duration.ofDays(20)))));
        assertThat(reviewed).isEqualTo(40);

        Assessment.Reduction r = RiskScorer.fold(
                        "m",
                        List.of(new Contribution("a", THREATS, 80, "a", List.of())),
                        MeasureFactor.apply(
                                List.of(guards(NOW.minus(Duration.ofDays(150)), null)), NOW, MeasureDecay.DEFAULT),
                        Map.of(),
                        null,
                        NOW)
                .categories()
                .get(THREATS)
                .reductions()
                .get(0);
        assertThat(r.reduction()).isCloseTo(0.125, within(1e-3));
        assertThat(r.statedReduction()).isEqualTo(0.5);
        assertThat(r.reason()).contains("of its stated", "not reviewed for 150 days");
    }

    @Test
    void criticalThreatsArrivingAfterAMeasureKeepTheLevelWhereTheyPutIt() {
        Instant implemented = NOW.minus(Duration.ofDays(5));
        List<SignalSummary> signals = new ArrayList<>();
        // the threats the measure was taken against
        signals.add(threat(1, ThreatLevel.CRITICAL, Duration.ofDays(6)));
        signals.add(threat(2, ThreatLevel.CRITICAL, Duration.ofDays(6)));
        List<Contribution> base = List.of(new Contribution("baseline", THREATS, 55, "baseline", List.of()));
        List<Mitigation> measure = MeasureFactor.apply(List.of(guards(implemented, null)), NOW, MeasureDecay.DEFAULT);

        Assessment answered = fold(base, signals, measure);
        Assessment.Level before = answered.categories().get(THREATS);
        assertThat(RiskScale.level(unmitigated(base, signals))).isEqualTo(RiskLevel.CRITICAL);
        assertThat(before.floor())
                .as("the threats before the measure are what it answered")
                .isNull();
        assertThat(before.level()).isEqualTo(RiskLevel.MODERATE);

        // fresh CRITICAL threats keep arriving after it
        signals.add(threat(3, ThreatLevel.CRITICAL, Duration.ofDays(1)));
        signals.add(threat(4, ThreatLevel.CRITICAL, Duration.ofHours(3)));
        Assessment held = fold(base, signals, measure);
        Assessment.Level level = held.categories().get(THREATS);
        assertThat(level.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(level.score()).isGreaterThanOrEqualTo(75);
        assertThat(level.floor()).isNotNull();
        assertThat(level.floor().evidence()).extracting(Evidence::link).containsExactly("/signals/4", "/signals/3");
        assertThat(level.reason()).contains("Held at CRITICAL", "2 critical threats", "after the newest measure");
        assertThat(held.overall().level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(held.overall().floor()).isNotNull();

        // once the threats are older than the window, the measure lowers the level again
        Assessment later = RiskScorer.fold(
                "m",
                contributions(base, signals),
                measure,
                SevereThreatFloor.collect(signals, NOW.plus(Duration.ofDays(8)), 7),
                Map.of(),
                null,
                NOW);
        assertThat(later.categories().get(THREATS).floor()).isNull();
    }

    @Test
    void theFloorNeverRaisesALevelAboveWhatTheFactorsGiveWithoutMeasures() {
        List<SignalSummary> signals =
                List.of(threat(5, ThreatLevel.CRITICAL, Duration.ofHours(2))); // about 22 points: LOW
        List<Mitigation> measure =
                MeasureFactor.apply(List.of(guards(NOW.minus(Duration.ofDays(2)), null)), NOW, MeasureDecay.DEFAULT);
        Assessment.Level level = fold(List.of(), signals, measure).categories().get(THREATS);
        assertThat(RiskScale.level(unmitigated(List.of(), signals))).isEqualTo(RiskLevel.LOW);
        assertThat(level.level()).isEqualTo(RiskLevel.LOW);
        assertThat(level.floor()).isNull();

        // without any measure, the floor has nothing to hold
        Assessment.Level plain = fold(List.of(new Contribution("b", THREATS, 60, "b", List.of())), signals, List.of())
                .categories()
                .get(THREATS);
        assertThat(plain.floor()).isNull();
        assertThat(plain.score()).isEqualTo((int)
                Math.round(unmitigated(List.of(new Contribution("b", THREATS, 60, "b", List.of())), signals)));
    }

    @Test
    void aHighThreatHoldsAtMostHighAndDismissedOrMentionOnlySignalsHoldNothing() {
        List<Contribution> base = List.of(new Contribution("baseline", THREATS, 70, "baseline", List.of()));
        List<Mitigation> measure =
                MeasureFactor.apply(List.of(guards(NOW.minus(Duration.ofDays(3)), null)), NOW, MeasureDecay.DEFAULT);
        List<SignalSummary> high = List.of(threat(6, ThreatLevel.HIGH, Duration.ofHours(5)));
        Assessment.Level level = fold(base, high, measure).categories().get(THREATS);
        assertThat(RiskScale.level(unmitigated(base, high))).isEqualTo(RiskLevel.CRITICAL);
        assertThat(level.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(level.score()).isEqualTo(50);

        SignalSummary t = threat(7, ThreatLevel.CRITICAL, Duration.ofHours(5));
        SignalSummary dismissed = new SignalSummary(
                t.id(),
                t.sourceId(),
                t.reliability(),
                t.language(),
                t.level(),
                t.score(),
                t.categories(),
                t.confidence(),
                t.targetsMission(),
                t.missionIds(),
                t.personIds(),
                t.excerpt(),
                "DISMISSED",
                t.detectedAt());
        SignalSummary mention = new SignalSummary(
                8,
                t.sourceId(),
                t.reliability(),
                t.language(),
                t.level(),
                t.score(),
                t.categories(),
                t.confidence(),
                false,
                t.missionIds(),
                t.personIds(),
                t.excerpt(),
                "NEW",
                t.detectedAt());
        assertThat(SevereThreatFloor.collect(List.of(dismissed, mention), NOW, 7))
                .isEmpty();
        assertThat(SevereThreatFloor.collect(List.of(t), NOW, 0))
                .as("0 days turns the floor off")
                .isEmpty();
    }

    private static List<Contribution> contributions(List<Contribution> base, List<SignalSummary> signals) {
        List<Contribution> all = new ArrayList<>(base);
        all.addAll(TargetedSignalFactor.apply(signals, NOW));
        return all;
    }

    private static int unmitigated(List<Contribution> base, List<SignalSummary> signals) {
        return (int) Math.round(Math.min(
                100,
                contributions(base, signals).stream()
                        .filter(c -> c.category() == THREATS)
                        .mapToDouble(Contribution::points)
                        .sum()));
    }

    private static Assessment fold(List<Contribution> base, List<SignalSummary> signals, List<Mitigation> measures) {
        return RiskScorer.fold(
                "m",
                contributions(base, signals),
                measures,
                SevereThreatFloor.collect(signals, NOW, 7),
                Map.of(),
                null,
                NOW);
    }
}
