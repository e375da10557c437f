package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.conflict.ConflictEvents.StoredEvent;
import org.vigil.risk.RiskLevel;
import org.vigil.signals.SignalLookup.SignalSummary;
import org.vigil.signals.SignalLookup.SignalText;

/**
 * Each factor of an appearance's risk with evidence and without: no evidence, no points and no factor listed. The
 * appearance is an exhibition opening in Ankara on Wednesday 9 December 2026 at 18:00 local time; "now" is Monday 7
 * December, 09:00 UTC.
 */
class AppearanceRiskTest {

    static final ZoneId ANKARA = ZoneId.of("Europe/Istanbul");
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant START =
            LocalDate.of(2026, 12, 9).atTime(18, 0).atZone(ANKARA).toInstant();

    static AppearanceRisk.Subject subject(Publicity publicity, Integer crowd, String country, Instant start) {
        return new AppearanceRisk.Subject(
                "Alexei Yerkhov",
                "Russia and Turkey: a century of friendship",
                AppearanceKind.EXHIBITION,
                "Contemporary Arts Centre",
                List.of("Cagdas Sanat Merkezi"),
                ANKARA,
                start,
                start.plus(Duration.ofHours(2)),
                publicity,
                crowd,
                country,
                "TR");
    }

    static SignalText signal(long id, ThreatLevel level, String text, Instant written) {
        return new SignalText(
                new SignalSummary(
                        id,
                        "demo-social",
                        'B',
                        "en",
                        level,
                        0.8,
                        List.of(ThreatCategory.DIRECT_THREAT),
                        0.9,
                        false,
                        Set.of("ru-embassy-ankara"),
                        Set.of("yerkhov"),
                        text,
                        "NEW",
                        written),
                text,
                written);
    }

    static List<String> names(AppearanceRisk.Assessment a) {
        return a.factors().stream().map(AppearanceRisk.Factor::name).toList();
    }

    final AppearanceRisk.Subject quiet = subject(Publicity.PRIVATE, null, "TR", START.plus(Duration.ofDays(30)));

    @Test
    void withoutAnyEvidenceTheRiskIsLowAndNoFactorIsListed() {
        AppearanceRisk.Assessment a =
                AppearanceRisk.assess(quiet, Optional.empty(), Optional.empty(), List.of(), List.of(), NOW);
        assertThat(a.score()).isZero();
        assertThat(a.level()).isEqualTo(RiskLevel.LOW);
        assertThat(a.factors()).isEmpty();
    }

    @Test
    void theMissionsRiskCarriesOverAndTheCountrysOnlyForAnotherCountry() {
        var mission =
                Optional.of(new AppearanceRisk.Known("ru-embassy-ankara", "Embassy in Ankara", RiskLevel.HIGH, 60));
        var other = Optional.of(
                new AppearanceRisk.Known("ru-embassy-damascus", "Embassy in Damascus", RiskLevel.CRITICAL, 90));
        AppearanceRisk.Assessment home = AppearanceRisk.assess(quiet, mission, other, List.of(), List.of(), NOW);
        assertThat(names(home)).containsExactly(AppearanceRisk.MISSION);
        assertThat(home.score()).isEqualTo(24);
        assertThat(home.factors().getFirst().reason())
                .contains("Embassy in Ankara")
                .contains("HIGH");

        AppearanceRisk.Subject abroad = subject(Publicity.PRIVATE, null, "SY", START.plus(Duration.ofDays(30)));
        AppearanceRisk.Assessment away = AppearanceRisk.assess(abroad, mission, other, List.of(), List.of(), NOW);
        assertThat(names(away)).containsExactly(AppearanceRisk.MISSION, AppearanceRisk.COUNTRY);
        assertThat(away.score()).isEqualTo(24 + 36);
        assertThat(away.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aThreatNamingThePersonWithTheVenueEventOrDatePointsAtItAndOneWithoutDoesNot() {
        Instant monday = NOW;
        List<SignalText> signals = List.of(
                signal(
                        1,
                        ThreatLevel.HIGH,
                        "Yerkhov will die at the Contemporary Arts Centre the day after tomorrow",
                        monday),
                signal(2, ThreatLevel.MEDIUM, "Yerkhov, we wait for you at the exhibition", monday),
                signal(3, ThreatLevel.HIGH, "Yerkhov sergide \u00f6lecek, \u00e7ar\u015famba", monday),
                // names the person but nothing of the appearance: not pointing at it
                signal(4, ThreatLevel.CRITICAL, "Yerkhov must die", monday),
                // a date that is not the appearance's day
                signal(5, ThreatLevel.HIGH, "Yerkhov will die tomorrow", monday));
        AppearanceRisk.Subject s = subject(Publicity.PRIVATE, null, "TR", START);
        List<AppearanceRisk.Pointing> pointing = AppearanceRisk.pointing(s, signals, NOW);
        assertThat(pointing).extracting(p -> p.signal().summary().id()).containsExactlyInAnyOrder(1L, 2L, 3L);
        AppearanceRisk.Pointing first = pointing.getFirst();
        assertThat(first.signal().summary().id()).isEqualTo(1L);
        assertThat(first.cues())
                .containsExactly(
                        "the venue \u2018Contemporary Arts Centre\u2019",
                        "the date \u2018day after tomorrow\u2019 (written 2026-12-07)");
        // the Turkish post: the event word and the weekday
        AppearanceRisk.Pointing turkish = pointing.stream()
                .filter(p -> p.signal().summary().id() == 3L)
                .findFirst()
                .orElseThrow();
        assertThat(String.join(" ", turkish.cues())).contains("sergide").contains("\u00e7ar\u015famba");

        AppearanceRisk.Assessment a =
                AppearanceRisk.assess(s, Optional.empty(), Optional.empty(), signals, List.of(), NOW);
        assertThat(names(a)).contains(AppearanceRisk.THREATS);
        AppearanceRisk.Factor threats = a.factors().stream()
                .filter(f -> f.name().equals(AppearanceRisk.THREATS))
                .findFirst()
                .orElseThrow();
        assertThat(threats.evidence()).extracting(AppearanceRisk.Evidence::id).containsExactly("1", "3", "2");
        // the same day words written on another day point elsewhere: a post of Tuesday saying "the day after
        // tomorrow" means Thursday
        List<AppearanceRisk.Pointing> later = AppearanceRisk.pointing(
                s,
                List.of(signal(
                        6, ThreatLevel.HIGH, "Yerkhov will die the day after tomorrow", NOW.plus(Duration.ofDays(1)))),
                NOW);
        assertThat(later).isEmpty();
    }

    @Test
    void conflictEventsNearTheVenueCountAndFarOrOldOnesDoNot() {
        StoredEvent near = new StoredEvent(
                1,
                "ACLED",
                "x1",
                LocalDate.of(2026, 12, 1),
                "Riots",
                null,
                List.of(),
                "TR",
                "Ankara",
                39.9,
                32.85,
                2,
                1.2);
        StoredEvent far = new StoredEvent(
                2,
                "ACLED",
                "x2",
                LocalDate.of(2026, 12, 1),
                "Riots",
                null,
                List.of(),
                "TR",
                "Konya",
                37.9,
                32.5,
                0,
                220.0);
        StoredEvent old = new StoredEvent(
                3,
                "ACLED",
                "x3",
                LocalDate.of(2026, 9, 1),
                "Riots",
                null,
                List.of(),
                "TR",
                "Ankara",
                39.9,
                32.85,
                0,
                1.0);
        AppearanceRisk.Assessment none =
                AppearanceRisk.assess(quiet, Optional.empty(), Optional.empty(), List.of(), List.of(far, old), NOW);
        assertThat(names(none)).isEmpty();
        AppearanceRisk.Assessment some = AppearanceRisk.assess(
                quiet, Optional.empty(), Optional.empty(), List.of(), List.of(near, far, old), NOW);
        assertThat(names(some)).containsExactly(AppearanceRisk.CONFLICT);
        assertThat(some.factors().getFirst().points()).isEqualTo(3.0);
        assertThat(some.factors().getFirst().reason()).contains("1 conflict event within 25 km");
    }

    @Test
    void publicityCrowdAndImminenceWeighAndThePrivateSmallDistantOneDoesNot() {
        AppearanceRisk.Assessment open = AppearanceRisk.assess(
                subject(Publicity.PUBLIC, 1500, "TR", START),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                NOW);
        assertThat(names(open))
                .containsExactly(AppearanceRisk.PUBLICITY, AppearanceRisk.CROWD, AppearanceRisk.IMMINENCE);
        assertThat(open.score()).isEqualTo(15 + 10 + 10);
        assertThat(open.level()).isEqualTo(RiskLevel.MODERATE);
        AppearanceRisk.Assessment invited = AppearanceRisk.assess(
                subject(Publicity.INVITATION_ONLY, 150, "TR", START.plus(Duration.ofDays(4))),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                NOW);
        assertThat(invited.score()).isEqualTo(5 + 3 + 5);
        AppearanceRisk.Assessment small = AppearanceRisk.assess(
                subject(Publicity.PRIVATE, 20, "TR", START),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                NOW);
        // imminence alone is no risk: it weighs only what else there is
        assertThat(small.factors()).isEmpty();
    }
}
