package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalLookup.AuthoredItem;

/** Each warning behaviour on a history that shows it and on one that does not. */
class BehaviourDetectorTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String ANKARA = "ru-embassy-ankara";
    private final AtomicLong ids = new AtomicLong();
    private final BehaviourDetector detector = new BehaviourDetector(BehaviourCues.shared());

    /** A quiet item (no signal), written days ago. */
    AuthoredItem quiet(String text, double daysAgo) {
        long id = ids.incrementAndGet();
        return new AuthoredItem(
                id,
                null,
                text,
                "en",
                ThreatLevel.NONE,
                List.of(),
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))));
    }

    /** An item with a signal naming the ambassador, at a level, in reply to his account or not. */
    AuthoredItem signal(String text, double daysAgo, ThreatLevel level, boolean reply, ThreatCategory... categories) {
        long id = ids.incrementAndGet();
        boolean targeted = level.compareTo(ThreatLevel.MEDIUM) >= 0;
        return new AuthoredItem(
                id,
                1000 + id,
                text,
                "en",
                level,
                List.of(categories),
                "NEW",
                reply ? "@RusEmbTurkey" : null,
                reply ? Set.of("yerkhov") : Set.of(),
                Set.of(ANKARA),
                Set.of("yerkhov"),
                targeted ? Set.of(ANKARA) : Set.of(),
                targeted ? Set.of("yerkhov") : Set.of(),
                NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))));
    }

    private List<WarningBehaviour> behaviours(List<AuthoredItem> history) {
        return detector.detect(history, NOW).stream()
                .map(BehaviourDetector.Observed::behaviour)
                .toList();
    }

    private BehaviourDetector.Observed only(List<AuthoredItem> history, WarningBehaviour b) {
        return detector.detect(history, NOW).stream()
                .filter(o -> o.behaviour() == b)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anEmptyHistoryShowsNothing() {
        assertThat(detector.detect(List.of(), NOW)).isEmpty();
    }

    @Test
    void fixationIsOnePersonOnThreeDays() {
        List<AuthoredItem> h = List.of(
                signal("Yerkhov is a disgrace", 10, ThreatLevel.LOW, false),
                signal("Yerkhov again lying", 6, ThreatLevel.LOW, false),
                signal("Yerkhov must go", 2, ThreatLevel.LOW, false));
        BehaviourDetector.Observed f = only(h, WarningBehaviour.FIXATION);
        assertThat(f.personIds()).containsExactly("yerkhov");
        assertThat(f.missionIds()).containsExactly(ANKARA);
        assertThat(f.evidence()).hasSize(3);
        assertThat(f.detail()).contains("person yerkhov on 3 days");
        // two days only, or three days spread over more than the window: no fixation
        assertThat(behaviours(h.subList(0, 2))).doesNotContain(WarningBehaviour.FIXATION);
        List<AuthoredItem> spread = List.of(
                signal("Yerkhov is a disgrace", 80, ThreatLevel.LOW, false),
                signal("Yerkhov again lying", 50, ThreatLevel.LOW, false),
                signal("Yerkhov must go", 2, ThreatLevel.LOW, false));
        assertThat(behaviours(spread)).doesNotContain(WarningBehaviour.FIXATION);
    }

    @Test
    void identificationLeakageAndLastResortFromTheCues() {
        List<AuthoredItem> h = List.of(
                quiet("Never forget Aleppo. Altintas was a hero.", 5),
                quiet("I have decided. You will all see.", 4),
                quiet("Nothing left to lose now.", 3));
        assertThat(behaviours(h))
                .containsExactly(
                        WarningBehaviour.IDENTIFICATION, WarningBehaviour.LEAKAGE, WarningBehaviour.LAST_RESORT);
        assertThat(only(h, WarningBehaviour.IDENTIFICATION).detail()).contains("Aleppo");
        List<AuthoredItem> calm =
                List.of(quiet("Lovely weather in Ankara today.", 5), quiet("The match was great, what a goal", 3));
        assertThat(behaviours(calm)).isEmpty();
    }

    @Test
    void approachNeedsAProtectedTarget() {
        AuthoredItem threat =
                signal("We will kill you, ambassador", 5, ThreatLevel.HIGH, true, ThreatCategory.DIRECT_THREAT);
        AuthoredItem question = quiet("Where will he be on Friday?", 1);
        // the question names no one, but the account threatened the ambassador: it asks about him
        BehaviourDetector.Observed a = only(List.of(threat, question), WarningBehaviour.APPROACH);
        assertThat(a.personIds()).containsExactly("yerkhov");
        assertThat(a.evidence()).extracting(AuthoredItem::itemId).containsExactly(question.itemId());
        // the same question from an account that threatened no one is not an approach to anyone
        assertThat(behaviours(List.of(quiet("Where will he be on Friday?", 1)))).isEmpty();
    }

    @Test
    void aDirectlyCommunicatedThreatIsADirectThreatAddressedToItsTarget() {
        AuthoredItem reply = signal("Your days are numbered", 2, ThreatLevel.HIGH, true, ThreatCategory.DIRECT_THREAT);
        assertThat(only(List.of(reply), WarningBehaviour.DIRECT_THREAT).detail())
                .contains("in reply to its target");
        AuthoredItem spoken = signal("We will kill you", 2, ThreatLevel.HIGH, false, ThreatCategory.DIRECT_THREAT);
        assertThat(behaviours(List.of(spoken))).contains(WarningBehaviour.DIRECT_THREAT);
        // spoken about, not to, the target; reported; or only an insult: none is communicated to the target
        AuthoredItem about =
                signal("Someone should kill the ambassador", 2, ThreatLevel.HIGH, false, ThreatCategory.DIRECT_THREAT);
        AuthoredItem reported = signal(
                "Police said a man threatened the ambassador",
                2,
                ThreatLevel.MEDIUM,
                true,
                ThreatCategory.REPORTED_THREAT);
        AuthoredItem insult = signal("You are a clown", 2, ThreatLevel.LOW, true, ThreatCategory.HARASSMENT);
        assertThat(behaviours(List.of(about, reported, insult))).doesNotContain(WarningBehaviour.DIRECT_THREAT);
    }

    @Test
    void anEnergyBurstRisesAgainstTheAccountsOwnBaseline() {
        List<AuthoredItem> h = new ArrayList<>();
        h.add(quiet("hello", 20));
        h.add(quiet("hello again", 12));
        for (int i = 0; i < 5; i++) {
            h.add(quiet("post " + i, 0.5 + i * 0.2));
        }
        BehaviourDetector.Observed b = only(h, WarningBehaviour.ENERGY_BURST);
        assertThat(b.evidence()).hasSize(5);
        assertThat(b.detail()).contains("5 items in 3 days");
        // the same five posts from a new account have no baseline to rise against
        assertThat(behaviours(h.subList(2, 7))).doesNotContain(WarningBehaviour.ENERGY_BURST);
        // an account that always posts this much does not burst
        List<AuthoredItem> steady = new ArrayList<>();
        for (int d = 0; d < 31; d++) {
            steady.add(quiet("daily post", d + 0.1));
            steady.add(quiet("daily post two", d + 0.3));
        }
        assertThat(behaviours(steady)).doesNotContain(WarningBehaviour.ENERGY_BURST);
    }

    @Test
    void aBurstInIntensityIsThreatsWhereThereWereNone() {
        List<AuthoredItem> h = List.of(
                quiet("hello", 20),
                quiet("hello again", 12),
                signal("You will die", 1, ThreatLevel.HIGH, false, ThreatCategory.DIRECT_THREAT),
                signal("We will find you", 0.5, ThreatLevel.MEDIUM, false, ThreatCategory.DIRECT_THREAT));
        assertThat(only(h, WarningBehaviour.ENERGY_BURST).detail()).contains("2 threats of MEDIUM or above");
    }
}
