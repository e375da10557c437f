package org.vigil.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.Driver;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskViews.LevelView;
import org.vigil.risk.assess.RiskViews.MissionRiskView;

/** The risk page's summary from a mission's levels and history: trend, reasons, the last 24 hours. */
class RiskSummaryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static LevelView level(RiskCategory category, RiskLevel level, int score, Driver... drivers) {
        return new LevelView(
                category, level, level.rank(), score, level, null, List.of(drivers), List.of(), null, null);
    }

    private static Driver driver(String factor, double points, String reason) {
        return new Driver(factor, points, 0, reason, List.of());
    }

    private static Change change(
            RiskCategory c, RiskLevel from, RiskLevel to, Integer fromScore, int toScore, Duration ago) {
        return new Change(1, "m", c, from, to, fromScore, toScore, "r", "cause", NOW.minus(ago));
    }

    private static MissionRiskView mission(int score, RiskLevel level) {
        return new MissionRiskView(
                "m",
                "Embassy",
                "TR",
                "Ankara",
                null,
                null,
                NOW,
                level(null, level, score),
                List.of(
                        level(
                                RiskCategory.TARGETED_THREATS,
                                level,
                                score,
                                driver("targeted-signals", 40, "3 signals in 30 days"),
                                driver("country-baseline", 28, "Country baseline for TR: 28")),
                        level(RiskCategory.ARMED_CONFLICT, RiskLevel.MODERATE, 30, driver("country-baseline", 30, "b")),
                        level(
                                RiskCategory.CRIME,
                                RiskLevel.LOW,
                                10,
                                driver("open-incidents", 10, "one open incident"))),
                null);
    }

    @Test
    void aScoreUpFromAWeekAgoIsRisingAndTheDaysChangesAreListedNewestFirst() {
        List<Change> history = List.of(
                change(RiskCategory.TARGETED_THREATS, RiskLevel.MODERATE, RiskLevel.HIGH, 30, 68, Duration.ofHours(2)),
                change(null, RiskLevel.MODERATE, RiskLevel.HIGH, 30, 68, Duration.ofHours(3)),
                change(null, null, RiskLevel.MODERATE, null, 30, Duration.ofDays(20)));
        RiskSummary s = RiskSummary.of(mission(68, RiskLevel.HIGH), history, NOW);
        assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(s.trend()).isEqualTo("rising");
        assertThat(s.trendDetail()).isEqualTo("score 68 now, 30 yesterday, 30 a week ago");
        assertThat(s.yesterday()).isEqualTo(RiskLevel.MODERATE);
        assertThat(s.changes())
                .containsExactly(
                        "Targeted threats: MODERATE → HIGH (score 30 → 68), 2 h ago",
                        "Overall: MODERATE → HIGH (score 30 → 68), 3 h ago");

        // three reasons that say different things: one per factor before a factor's second driver
        assertThat(s.reasons())
                .extracting(RiskSummary.Reason::text)
                .satisfiesExactly(
                        r -> assertThat(r)
                                .startsWith("Threats against the mission and its people, 40 of its 68 points"),
                        r -> assertThat(r).startsWith("The country baseline, 30 of its 30 points"),
                        r -> assertThat(r).startsWith("Open incidents, 10 of its 10 points"));
        assertThat(s.reasons())
                .extracting(RiskSummary.Reason::category)
                .containsExactly("Targeted threats", "Armed conflict", "Crime");
    }

    @Test
    void aScoreDownIsFallingASmallMoveIsSteadyAndNoHistoryIsNoTrendYet() {
        List<Change> down = List.of(
                change(null, RiskLevel.HIGH, RiskLevel.MODERATE, 60, 40, Duration.ofDays(2)),
                change(null, null, RiskLevel.HIGH, null, 60, Duration.ofDays(10)));
        RiskSummary falling = RiskSummary.of(mission(40, RiskLevel.MODERATE), down, NOW);
        assertThat(falling.trend()).isEqualTo("falling");
        assertThat(falling.changes()).isEmpty();
        assertThat(falling.yesterday()).isEqualTo(RiskLevel.MODERATE);

        List<Change> small = List.of(
                change(null, RiskLevel.MODERATE, RiskLevel.MODERATE, 38, 41, Duration.ofDays(3)),
                change(null, null, RiskLevel.MODERATE, null, 38, Duration.ofDays(9)));
        assertThat(RiskSummary.of(mission(41, RiskLevel.MODERATE), small, NOW).trend())
                .isEqualTo("steady");

        RiskSummary fresh = RiskSummary.of(
                mission(41, RiskLevel.MODERATE),
                List.of(change(null, null, RiskLevel.MODERATE, null, 41, Duration.ofMinutes(5))),
                NOW);
        assertThat(fresh.trend()).isEqualTo("no trend yet");
        assertThat(fresh.changes()).containsExactly("Overall: first assessed at MODERATE (score 41), 5 min ago");
    }
}
