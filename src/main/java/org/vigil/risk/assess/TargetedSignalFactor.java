package org.vigil.risk.assess;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.RiskCategory;
import org.vigil.signals.SignalLookup.SignalSummary;

/**
 * Factor "targeted-signals": signals linked to the mission (directly or through its people) in the last
 * {@value #WINDOW_DAYS} days, dismissed ones excluded. Each gives
 * {@code level points × reliability × max(confidence, 0.3) × 0.5^(age/7 days) × (1 if it targets the mission,
 * 0.3 if it only mentions it) × (1.25 if an analyst confirmed or escalated it)}, summed per category and capped at
 * {@value #CAP}. Weights in docs/risk.md.
 */
public final class TargetedSignalFactor {

    public static final String NAME = "targeted-signals";
    public static final int WINDOW_DAYS = 30;
    static final double CAP = 70;
    static final double AGE_HALF_LIFE_DAYS = 7;
    private static final int EVIDENCE = 10;

    private TargetedSignalFactor() {}

    static double levelPoints(ThreatLevel level) {
        return switch (level) {
            case NONE -> 0;
            case LOW -> 1.5;
            case MEDIUM -> 5;
            case HIGH -> 12;
            case CRITICAL -> 25;
        };
    }

    /** The Admiralty grade of the source: A completely reliable … E unreliable; F cannot be judged (middling). */
    static double reliability(char grade) {
        return switch (Character.toUpperCase(grade)) {
            case 'A' -> 1.0;
            case 'B' -> 0.9;
            case 'C' -> 0.75;
            case 'D' -> 0.5;
            case 'E' -> 0.3;
            default -> 0.5;
        };
    }

    /** The risk categories a signal's threat categories feed, with their weight. */
    static Map<RiskCategory, Double> categories(List<ThreatCategory> threat) {
        Map<RiskCategory, Double> out = new EnumMap<>(RiskCategory.class);
        for (ThreatCategory c : threat) {
            switch (c) {
                case DIRECT_THREAT, REPORTED_THREAT, PLOT, INCITEMENT, HARASSMENT ->
                    out.merge(RiskCategory.TARGETED_THREATS, 1.0, Math::max);
                case ATTACK -> {
                    out.merge(RiskCategory.TARGETED_THREATS, 1.0, Math::max);
                    out.merge(RiskCategory.TERRORISM, 0.5, Math::max);
                }
                case PROTEST -> out.merge(RiskCategory.POLITICAL_VIOLENCE, 1.0, Math::max);
            }
        }
        if (out.isEmpty()) {
            out.put(RiskCategory.TARGETED_THREATS, 1.0);
        }
        return out;
    }

    /** One signal's points before the category weight. */
    static double points(SignalSummary s, Instant now) {
        double ageDays = Math.max(0, Duration.between(s.detectedAt(), now).toMinutes() / 1440.0);
        double triage = "CONFIRMED".equals(s.status()) || "ESCALATED".equals(s.status()) ? 1.25 : 1.0;
        return levelPoints(s.level())
                * reliability(s.reliability())
                * Math.max(s.confidence(), 0.3)
                * Math.pow(0.5, ageDays / AGE_HALF_LIFE_DAYS)
                * (s.targetsMission() ? 1.0 : 0.3)
                * triage;
    }

    public static List<Contribution> apply(List<SignalSummary> signals, Instant now) {
        Map<RiskCategory, Double> sums = new EnumMap<>(RiskCategory.class);
        Map<RiskCategory, List<Scored>> byCategory = new EnumMap<>(RiskCategory.class);
        for (SignalSummary s : signals) {
            if ("DISMISSED".equals(s.status())
                    || s.level() == ThreatLevel.NONE
                    || s.detectedAt().isBefore(now.minus(Duration.ofDays(WINDOW_DAYS)))) {
                continue;
            }
            double p = points(s, now);
            categories(s.categories()).forEach((category, w) -> {
                sums.merge(category, p * w, Double::sum);
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(new Scored(s, p * w));
            });
        }
        List<Contribution> out = new ArrayList<>();
        sums.forEach((category, sum) -> {
            List<Scored> scored = byCategory.get(category);
            scored.sort(Comparator.comparingDouble(Scored::points).reversed());
            long targeted =
                    scored.stream().filter(x -> x.signal().targetsMission()).count();
            StringBuilder reason = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d signal%s in %d days (%d targeting the mission or its people)",
                    scored.size(),
                    scored.size() == 1 ? "" : "s",
                    WINDOW_DAYS,
                    targeted));
            reason.append(": ");
            for (int i = 0; i < Math.min(3, scored.size()); i++) {
                SignalSummary s = scored.get(i).signal();
                reason.append(i == 0 ? "" : "; ")
                        .append(String.format(
                                Locale.ROOT,
                                "#%d %s \"%s\" (source %c, " + "confidence %.2f)",
                                s.id(),
                                s.level(),
                                quote(s.excerpt()),
                                s.reliability(),
                                s.confidence()));
            }
            if (scored.size() > 3) {
                reason.append("; and ").append(scored.size() - 3).append(" more");
            }
            if (sum > CAP) {
                reason.append("; capped at ").append((int) CAP);
            }
            List<Evidence> evidence = scored.stream()
                    .limit(EVIDENCE)
                    .map(x -> new Evidence(
                            "SIGNAL",
                            Long.toString(x.signal().id()),
                            x.signal().level() + ": " + quote(x.signal().excerpt()),
                            "/signals/" + x.signal().id()))
                    .toList();
            out.add(new Contribution(NAME, category, Math.min(CAP, sum), reason.toString(), evidence));
        });
        return out;
    }

    private static String quote(String excerpt) {
        String s = excerpt == null ? "" : excerpt.strip().replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private record Scored(SignalSummary signal, double points) {}
}
