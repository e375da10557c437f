package org.vigil.risk.assess;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.FloorApplied;
import org.vigil.signals.SignalLookup.SignalSummary;

/**
 * Recent severe threats keep a level at least where they put it, whatever the measures. A measure answers the
 * threats known when it was put in place; a severe threat that arrives after the newest measure mitigating its
 * category says that the threat goes on, so for {@code days} days the measures may not bring the category below
 * the level it has without them, up to the level the threat warrants (a CRITICAL threat: CRITICAL, a HIGH one:
 * HIGH). The floor never raises a level above what the factors give without measures: it only limits what the
 * measures take off. Counted: signals that target the mission (not only mention it), not dismissed, with the
 * engine's confidence at least {@value #MIN_CONFIDENCE}, feeding the category with full weight (an attack's share of
 * terrorism does not hold terrorism). Details in docs/risk.md, "Recent severe threats".
 */
public final class SevereThreatFloor {

    public static final String NAME = "recent-severe-threats";
    static final double MIN_CONFIDENCE = 0.5;
    private static final int EVIDENCE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A severe threat of the last days that feeds a category with full weight. */
    public record Threat(long id, ThreatLevel level, Instant detectedAt) {}

    /** A category's recent severe threats, newest first, and the window they were counted in. */
    public record Threats(List<Threat> threats, int days) {

        public Threats {
            threats = threats.stream()
                    .sorted(Comparator.comparing(Threat::detectedAt).reversed())
                    .toList();
        }
    }

    private SevereThreatFloor() {}

    /** The level a severe threat warrants at most, or null for a threat that is not severe. */
    static RiskLevel warrants(ThreatLevel level) {
        return switch (level) {
            case CRITICAL -> RiskLevel.CRITICAL;
            case HIGH -> RiskLevel.HIGH;
            default -> null;
        };
    }

    /** Per category, the severe threats of the last {@code days} days (none when days is 0). */
    public static Map<RiskCategory, Threats> collect(List<SignalSummary> signals, Instant now, int days) {
        Map<RiskCategory, List<Threat>> held = new EnumMap<>(RiskCategory.class);
        if (days <= 0) {
            return Map.of();
        }
        Instant since = now.minus(Duration.ofDays(days));
        for (SignalSummary s : signals) {
            if (warrants(s.level()) == null
                    || "DISMISSED".equals(s.status())
                    || !s.targetsMission()
                    || s.confidence() < MIN_CONFIDENCE
                    || s.detectedAt().isBefore(since)
                    || s.detectedAt().isAfter(now)) {
                continue;
            }
            TargetedSignalFactor.categories(s.categories()).forEach((category, weight) -> {
                if (weight >= 1) {
                    held.computeIfAbsent(category, c -> new ArrayList<>())
                            .add(new Threat(s.id(), s.level(), s.detectedAt()));
                }
            });
        }
        Map<RiskCategory, Threats> out = new EnumMap<>(RiskCategory.class);
        held.forEach((category, threats) -> out.put(category, new Threats(threats, days)));
        return out;
    }

    /**
     * The floor the threats put under a category that measures lower, or null when none holds it.
     *
     * @param threats the category's recent severe threats (null: none)
     * @param measures the measures that lower the category
     * @param raw the category's score without measures
     * @param residual its score after them
     */
    static FloorApplied hold(Threats threats, List<Mitigation> measures, double raw, int residual) {
        if (threats == null || measures.isEmpty()) {
            return null;
        }
        // the newest measure taken against the category; a threat after it was not what the measures answered
        Instant newest = measures.stream()
                .map(Mitigation::since)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        List<Threat> after = threats.threats().stream()
                .filter(t -> t.detectedAt().isAfter(newest))
                .toList();
        if (after.isEmpty()) {
            return null;
        }
        RiskLevel warranted = after.stream()
                .map(t -> warrants(t.level()))
                .max(Comparator.comparingInt(RiskLevel::rank))
                .orElseThrow();
        RiskLevel unmitigated = RiskScale.level((int) Math.round(raw));
        RiskLevel floor = unmitigated.rank() < warranted.rank() ? unmitigated : warranted;
        if (RiskScale.level(residual).isAtLeast(floor)) {
            return null;
        }
        ThreatLevel cause =
                after.stream().map(Threat::level).max(Comparator.naturalOrder()).orElseThrow();
        long count = after.stream().filter(t -> t.level() == cause).count();
        String reason = String.format(
                Locale.ROOT,
                "held at %s: %d %s threat%s in the last %d days arrived after the newest measure (%s), so the "
                        + "measures may not bring it below %s (without the floor: %d)",
                floor,
                count,
                cause.name().toLowerCase(Locale.ROOT),
                count == 1 ? "" : "s",
                threats.days(),
                newest.equals(Instant.MIN) ? "date unknown" : DAY.format(newest.atZone(ZoneOffset.UTC)),
                floor,
                residual);
        List<Evidence> evidence = after.stream()
                .filter(t -> t.level() == cause)
                .limit(EVIDENCE)
                .map(t -> new Evidence(
                        "SIGNAL",
                        Long.toString(t.id()),
                        "signal #" + t.id() + ", " + cause.name().toLowerCase(Locale.ROOT) + " threat of "
                                + DAY.format(t.detectedAt().atZone(ZoneOffset.UTC)),
                        "/signals/" + t.id()))
                .toList();
        return new FloorApplied(NAME, floor, residual, reason, evidence);
    }
}
