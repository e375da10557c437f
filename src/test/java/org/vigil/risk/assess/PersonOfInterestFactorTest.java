package org.vigil.risk.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.risk.FixatedPersons.Fixated;
import org.vigil.risk.RiskCategory;

/** The mission-risk factor persons-of-interest: points by escalation, capped, with links to each person. */
class PersonOfInterestFactorTest {

    private static Fixated fixated(long id, String level, double score) {
        return new Fixated(
                id,
                "@p" + id + " on x",
                level,
                score,
                Instant.parse("2026-12-06T10:00:00Z"),
                "fixation, 4 items: person yerkhov on 4 days",
                "/persons-of-interest/" + id);
    }

    @Test
    void nobodyFixatedIsNoFactor() {
        assertThat(PersonOfInterestFactor.apply(List.of())).isEmpty();
    }

    @Test
    void aCriticalPersonOfInterestWeighsOnTargetedThreatsWithALink() {
        Contribution c = PersonOfInterestFactor.apply(List.of(fixated(3, "CRITICAL", 95), fixated(4, "LOW", 10)))
                .getFirst();
        assertThat(c.factor()).isEqualTo("persons-of-interest");
        assertThat(c.category()).isEqualTo(RiskCategory.TARGETED_THREATS);
        assertThat(c.points()).isEqualTo(25 + 4);
        assertThat(c.reason()).startsWith("2 active persons of interest").contains("@p3 on x (escalation CRITICAL)");
        assertThat(c.evidence())
                .extracting(Evidence::link)
                .containsExactly("/persons-of-interest/3", "/persons-of-interest/4");
    }

    @Test
    void manyAreCapped() {
        List<Fixated> many = List.of(fixated(1, "CRITICAL", 90), fixated(2, "CRITICAL", 80), fixated(3, "HIGH", 60));
        assertThat(PersonOfInterestFactor.apply(many).getFirst().points()).isEqualTo(PersonOfInterestFactor.CAP);
    }
}
