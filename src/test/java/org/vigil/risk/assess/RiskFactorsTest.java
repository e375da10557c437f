package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.conflict.ConflictEvents.StoredEvent;
import org.vigil.risk.ActiveMeasures.ActiveMeasure;
import org.vigil.risk.OpenIncidents.OpenIncident;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.signals.SignalLookup.SignalSummary;

/** Each named factor on its own, and the scorer that folds them. */
class RiskFactorsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static SignalSummary signal(
            long id,
            ThreatLevel level,
            char grade,
            double confidence,
            boolean targeted,
            Duration age,
            String status,
            ThreatCategory... categories) {
        return new SignalSummary(
                id,
                "s",
                grade,
                "en",
                level,
                0.9,
                List.of(categories),
                confidence,
                targeted,
                Set.of("m"),
                Set.of(),
                "Farewell to life " + id,
                status,
                NOW.minus(age));
    }

    @Test
    void aSignalWeighsByLevelReliabilityConfidenceAgeAndTargeting() {
        SignalSummary fresh =
                signal(1, ThreatLevel.HIGH, 'A', 1.0, true, Duration.ZERO, "NEW", ThreatCategory.DIRECT_THREAT);
        assertThat(TargetedSignalFactor.points(fresh, NOW)).isCloseTo(12, within(1e-9));
        assertThat(TargetedSignalFactor.points(signal(1, ThreatLevel.HIGH, 'C', 1.0, true, Duration.ZERO, "NEW"), NOW))
                .isCloseTo(12 * 0.75, within(1e-9));
        assertThat(TargetedSignalFactor.points(
                        signal(1, ThreatLevel.HIGH, 'A', 1.0, true, Duration.ofDays(7), "NEW"), NOW))
                .as("a week halves it")
                .isCloseTo(6, within(1e-9));
        assertThat(TargetedSignalFactor.points(signal(1, ThreatLevel.HIGH, 'A', 1.0, false, Duration.ZERO, "NEW"), NOW))
                .as("only mentioned")
                .isCloseTo(3.6, within(1e-9));
        assertThat(TargetedSignalFactor.points(
                        signal(1, ThreatLevel.CRITICAL, 'A', 0.5, true, Duration.ZERO, "CONFIRMED"), NOW))
                .isCloseTo(25 * 0.5 * 1.25, within(1e-9));
    }

    @Test
    void signalsFeedTheirCategoriesNameThemselvesAndSkipDismissedAndOldOnes() {
        List<Contribution> c = TargetedSignalFactor.apply(
                List.of(
                        signal(
                                11,
                                ThreatLevel.HIGH,
                                'C',
                                0.9,
                                true,
                                Duration.ofHours(1),
                                "NEW",
                                ThreatCategory.DIRECT_THREAT),
                        signal(
                                12,
                                ThreatLevel.MEDIUM,
                                'C',
                                0.9,
                                true,
                                Duration.ofHours(2),
                                "NEW",
                                ThreatCategory.PROTEST),
                        signal(
                                13,
                                ThreatLevel.CRITICAL,
                                'A',
                                1,
                                true,
                                Duration.ofHours(1),
                                "DISMISSED",
                                ThreatCategory.DIRECT_THREAT),
                        signal(
                                14,
                                ThreatLevel.CRITICAL,
                                'A',
                                1,
                                true,
                                Duration.ofDays(31),
                                "NEW",
                                ThreatCategory.DIRECT_THREAT)),
                NOW);
        assertThat(c)
                .extracting(Contribution::category)
                .containsExactlyInAnyOrder(RiskCategory.TARGETED_THREATS, RiskCategory.POLITICAL_VIOLENCE);
        Contribution targeted = c.stream()
                .filter(x -> x.category() == RiskCategory.TARGETED_THREATS)
                .findFirst()
                .orElseThrow();
        assertThat(targeted.evidence()).extracting(Evidence::id).containsExactly("11");
        assertThat(targeted.reason()).contains("#11", "Farewell to life 11");
    }

    @Test
    void conflictEventsWeighByDistanceAgeTypeAndFatalities() {
        assertThat(ConflictEventFactor.weight(0, 0, 0)).isCloseTo(8, within(1e-9));
        assertThat(ConflictEventFactor.weight(30, 0, 0)).isCloseTo(8 / Math.E, within(1e-9));
        assertThat(ConflictEventFactor.weight(0, 30, 0)).isCloseTo(4, within(1e-9));
        assertThat(ConflictEventFactor.weight(0, 0, 10)).isCloseTo(8 * (1 + Math.log(11)), within(1e-9));
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Contribution> c = ConflictEventFactor.apply(
                List.of(
                        event(1, "UCDP_GED", "state-based conflict", 5.0, today.minusDays(3), 4),
                        event(2, "ACLED", "Protests", 2.0, today.minusDays(1), 0),
                        event(3, "ACLED", "Battles", 150.0, today, 50),
                        event(4, "ACLED", "Battles", 5.0, today.minusDays(400), 50)),
                today);
        assertThat(c)
                .extracting(Contribution::category)
                .containsExactlyInAnyOrder(RiskCategory.ARMED_CONFLICT, RiskCategory.POLITICAL_VIOLENCE);
        Contribution armed = c.stream()
                .filter(x -> x.category() == RiskCategory.ARMED_CONFLICT)
                .findFirst()
                .orElseThrow();
        assertThat(armed.evidence()).extracting(Evidence::id).containsExactly("1");
        assertThat(armed.points()).isCloseTo(ConflictEventFactor.weight(5, 3, 4), within(1e-9));
    }

    private static StoredEvent event(long id, String dataset, String type, Double km, LocalDate date, Integer dead) {
        return new StoredEvent(id, dataset, "x" + id, date, type, "", List.of(), "SY", "Douma", 33.5, 36.4, dead, km);
    }

    @Test
    void thePoissonSurgeTestFlagsImprobableBurstsOnly() {
        assertThat(SurgeTest.poissonUpperTail(0, 0.2)).isEqualTo(1.0);
        double p3 = 1 - Math.exp(-0.2) * (1 + 0.2 + 0.02);
        assertThat(SurgeTest.poissonUpperTail(3, 0.2)).isCloseTo(p3, within(1e-12));
        assertThat(SurgeTest.test(3, 0, NOW.minusSeconds(86400), NOW).surge()).isTrue();
        assertThat(SurgeTest.test(2, 0, NOW.minusSeconds(86400), NOW).surge())
                .as("fewer than three")
                .isFalse();
        // a mission that gets ten hostile posts a day is not surging at twelve
        assertThat(SurgeTest.test(12, 280, NOW.minusSeconds(86400), NOW).surge())
                .isFalse();
        assertThat(SurgeTest.test(40, 280, NOW.minusSeconds(86400), NOW).surge())
                .isTrue();
        assertThat(SurgeTest.contribution(SurgeTest.test(3, 0, NOW.minusSeconds(86400), NOW))
                        .orElseThrow()
                        .reason())
                .contains("Poisson p =");
    }

    @Test
    void incidentsAddBySeverityAndMeasuresRemoveTheirShareUpToTheCap() {
        List<Contribution> incidents = IncidentFactor.apply(
                List.of(new OpenIncident(7, "m", "protest", 3, NOW, "Crowd at the gate", "/incidents/7")));
        assertThat(incidents).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(RiskCategory.POLITICAL_VIOLENCE);
            assertThat(c.points()).isEqualTo(20);
            assertThat(c.evidence().get(0).link()).isEqualTo("/incidents/7");
        });
        List<Contribution> contributions = List.of(
                new Contribution("a", RiskCategory.TARGETED_THREATS, 60, "a", List.of()),
                new Contribution("b", RiskCategory.TARGETED_THREATS, 20, "b", List.of()));
        Assessment plain = RiskScorer.fold("m", contributions, List.of(), Map.of(), null, NOW);
        assertThat(plain.categories().get(RiskCategory.TARGETED_THREATS).score())
                .isEqualTo(80);
        assertThat(plain.categories().get(RiskCategory.TARGETED_THREATS).level())
                .isEqualTo(RiskLevel.CRITICAL);
        assertThat(plain.categories().get(RiskCategory.TARGETED_THREATS).drivers())
                .extracting(Assessment.Driver::share)
                .containsExactly(0.75, 0.25);
        assertThat(plain.overall().level()).isEqualTo(RiskLevel.CRITICAL);

        List<Mitigation> guards = MeasureFactor.apply(
                List.of(new ActiveMeasure(
                        1,
                        "m",
                        "MORE_GUARDS",
                        "More guards",
                        Set.of(RiskCategory.TARGETED_THREATS),
                        0.25,
                        NOW,
                        "/measures/1")),
                NOW,
                MeasureDecay.DEFAULT);
        Assessment guarded = RiskScorer.fold("m", contributions, guards, Map.of(), null, NOW);
        assertThat(guarded.categories().get(RiskCategory.TARGETED_THREATS).score())
                .isEqualTo(60);
        assertThat(guarded.categories().get(RiskCategory.TARGETED_THREATS).reductions())
                .singleElement()
                .satisfies(r -> assertThat(r.pointsRemoved()).isEqualTo(20));
        List<Mitigation> everything = MeasureFactor.apply(
                List.of(new ActiveMeasure(
                        2,
                        "m",
                        "ORDERED_DEPARTURE",
                        "Ordered departure",
                        Set.of(RiskCategory.TARGETED_THREATS),
                        0.9,
                        NOW,
                        "/measures/2")),
                NOW,
                MeasureDecay.DEFAULT);
        assertThat(RiskScorer.fold("m", contributions, everything, Map.of(), null, NOW)
                        .categories()
                        .get(RiskCategory.TARGETED_THREATS)
                        .score())
                .as("at most 60% removed")
                .isEqualTo(32);
    }

    @Test
    void anOverrideSetsTheLevelShownAndKeepsTheComputedOne() {
        List<Contribution> contributions = List.of(new Contribution("a", RiskCategory.CRIME, 10, "a", List.of()));
        Assessment a = RiskScorer.fold(
                "m",
                contributions,
                List.of(),
                Map.of(
                        RiskCategory.CRIME,
                        new Assessment.OverrideInForce(
                                5, RiskLevel.HIGH, "Kidnapping wave", NOW.plusSeconds(3600), "analyst")),
                null,
                NOW);
        assertThat(a.categories().get(RiskCategory.CRIME).computedLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(a.categories().get(RiskCategory.CRIME).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.overall().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.categories().get(RiskCategory.CRIME).reason()).startsWith("Override to HIGH by analyst");
    }

    @Test
    void theCrosswalkFollowsTheStatedTable() {
        assertThat(RiskScale.level(24)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskScale.level(25)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskScale.level(50)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskScale.level(75)).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskScale.crosswalk(RiskLevel.HIGH, 70)).satisfies(c -> {
            assertThat(c.usAdvisory()).isEqualTo(3);
            assertThat(c.ukFcdo()).isEqualTo("Advise against all but essential travel");
            assertThat(c.unLevel()).isEqualTo(5);
        });
        assertThat(RiskScale.crosswalk(RiskLevel.CRITICAL, 90).usWording()).isEqualTo("Do Not Travel");
        assertThat(RiskScale.crosswalk(RiskLevel.LOW, 5).unLevel()).isEqualTo(1);
    }
}
