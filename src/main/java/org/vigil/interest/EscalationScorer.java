package org.vigil.interest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalLookup.AuthoredItem;

/**
 * The escalation level of a person of interest from its warning behaviours, explained as mission risk is
 * (docs/risk.md): named factors with points and a reason each; the score is their sum, at most 100.
 *
 * <ul>
 *   <li>each behaviour its points ({@link WarningBehaviour#points()}) while last observed within
 *       {@value #RECENT_DAYS} days, half of them up to {@value #STALE_DAYS} days, nothing after;
 *   <li>{@code combination}: 10 when an approach comes with a directly communicated threat or a fixation (the
 *       combination threat-assessment research finds most before an attack);
 *   <li>{@code repeated-threats}: 10 for each targeted threat of MEDIUM or above after the first within {@value
 *       #STALE_DAYS} days, at most 20 (chosen on the dev half of the evaluation: precision at 10 from 0.6 to 0.8);
 *   <li>{@code highest-level}: 10 for a CRITICAL item, 5 for a HIGH one, within {@value #STALE_DAYS} days.
 * </ul>
 *
 * Level: 70 and above CRITICAL, 45 HIGH, 25 MEDIUM, above 0 LOW, else NONE. Pure.
 */
final class EscalationScorer {

    static final int RECENT_DAYS = 30;
    static final int STALE_DAYS = 90;
    static final double REPEATED_POINTS = 10;
    static final double REPEATED_CAP = 20;

    /** One factor of the score. */
    record Factor(String factor, double points, String reason) {}

    /** The score, its level and the factors behind it. */
    record Escalation(ThreatLevel level, double score, List<Factor> factors) {

        String reasons() {
            if (factors.isEmpty()) {
                return "no warning behaviour observed";
            }
            List<String> parts = new ArrayList<>();
            for (Factor f : factors) {
                parts.add(f.reason() + " (+" + Math.round(f.points()) + ")");
            }
            return String.join("; ", parts);
        }
    }

    static Escalation score(List<BehaviourDetector.Observed> behaviours, List<AuthoredItem> history, Instant now) {
        List<Factor> factors = new ArrayList<>();
        Set<WarningBehaviour> live = EnumSet.noneOf(WarningBehaviour.class);
        for (BehaviourDetector.Observed o : behaviours) {
            long age = Duration.between(o.lastObserved(), now).toDays();
            if (age > STALE_DAYS) {
                continue;
            }
            live.add(o.behaviour());
            boolean recent = age <= RECENT_DAYS;
            double points = recent ? o.behaviour().points() : o.behaviour().points() / 2.0;
            factors.add(new Factor(
                    o.behaviour().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    points,
                    o.behaviour().label() + ", " + o.detail()
                            + (recent ? "" : ", last seen " + age + " days ago (half weight)")));
        }
        if (live.contains(WarningBehaviour.APPROACH)
                && (live.contains(WarningBehaviour.DIRECT_THREAT) || live.contains(WarningBehaviour.FIXATION))) {
            factors.add(new Factor(
                    "combination",
                    10,
                    "approach together with "
                            + (live.contains(WarningBehaviour.DIRECT_THREAT)
                                    ? "a directly communicated threat"
                                    : "a fixation")));
        }
        ThreatLevel highest = ThreatLevel.NONE;
        Instant from = now.minus(Duration.ofDays(STALE_DAYS));
        for (AuthoredItem i : history) {
            if (!i.writtenAt().isBefore(from) && i.level().compareTo(highest) > 0) {
                highest = i.level();
            }
        }
        long threats = history.stream()
                .filter(i -> !i.writtenAt().isBefore(from)
                        && i.level().compareTo(ThreatLevel.MEDIUM) >= 0
                        && (!i.targetedPeople().isEmpty()
                                || !i.targetedMissionIds().isEmpty()))
                .count();
        if (threats >= 2) {
            factors.add(new Factor(
                    "repeated-threats",
                    Math.min(REPEATED_CAP, REPEATED_POINTS * (threats - 1)),
                    threats + " targeted threats of MEDIUM or above within " + STALE_DAYS + " days"));
        }
        if (!factors.isEmpty() && highest.compareTo(ThreatLevel.HIGH) >= 0) {
            factors.add(new Factor(
                    "highest-level",
                    highest == ThreatLevel.CRITICAL ? 10 : 5,
                    "an item at " + highest + " within " + STALE_DAYS + " days"));
        }
        double score =
                Math.min(100, factors.stream().mapToDouble(Factor::points).sum());
        return new Escalation(level(score), score, List.copyOf(factors));
    }

    static ThreatLevel level(double score) {
        if (score >= 70) {
            return ThreatLevel.CRITICAL;
        }
        if (score >= 45) {
            return ThreatLevel.HIGH;
        }
        if (score >= 25) {
            return ThreatLevel.MEDIUM;
        }
        return score > 0 ? ThreatLevel.LOW : ThreatLevel.NONE;
    }
}
