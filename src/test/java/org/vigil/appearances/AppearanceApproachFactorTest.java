package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The factor persons-of-interest of an appearance's risk: approaches toward its person, with evidence and without. */
class AppearanceApproachFactorTest {

    private final AppearanceRisk.Subject exhibition =
            AppearanceRiskTest.subject(Publicity.PUBLIC, 400, "TR", AppearanceRiskTest.START);

    @Test
    void anApproachOfAPersonOfInterestIsAFactorWithALinkToIt() {
        List<ApproachBehaviour.Approach> approaches = List.of(new ApproachBehaviour.Approach(
                "7",
                "@karanlik_ses on x",
                30,
                "@karanlik_ses on x asked about their whereabouts in 1 item",
                "/persons-of-interest/7"));
        AppearanceRisk.Assessment with = AppearanceRisk.assess(
                exhibition,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                approaches,
                AppearanceRiskTest.NOW);
        AppearanceRisk.Factor factor = with.factors().stream()
                .filter(f -> f.name().equals(AppearanceRisk.PERSONS_OF_INTEREST))
                .findFirst()
                .orElseThrow();
        assertThat(factor.points()).isEqualTo(30);
        assertThat(factor.reason()).contains("Alexei Yerkhov's whereabouts").contains("@karanlik_ses");
        assertThat(factor.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("PERSON_OF_INTEREST");
            assertThat(e.link()).isEqualTo("/persons-of-interest/7");
        });
        AppearanceRisk.Assessment without = AppearanceRisk.assess(
                exhibition,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                AppearanceRiskTest.NOW);
        assertThat(without.factors())
                .extracting(AppearanceRisk.Factor::name)
                .doesNotContain(AppearanceRisk.PERSONS_OF_INTEREST);
        assertThat(with.score()).isGreaterThan(without.score());
    }

    @Test
    void severalApproachesAddUpToThirtyAtMost() {
        List<ApproachBehaviour.Approach> approaches = List.of(
                new ApproachBehaviour.Approach("1", "@a on x", 25, "a", "/persons-of-interest/1"),
                new ApproachBehaviour.Approach("2", "@b on x", 20, "b", "/persons-of-interest/2"));
        AppearanceRisk.Assessment a = AppearanceRisk.assess(
                exhibition,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                approaches,
                AppearanceRiskTest.NOW);
        assertThat(a.factors().stream()
                        .filter(f -> f.name().equals(AppearanceRisk.PERSONS_OF_INTEREST))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .isEqualTo(AppearanceRisk.APPROACH_CAP);
    }
}
