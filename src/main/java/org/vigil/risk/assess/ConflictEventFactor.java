package org.vigil.risk.assess;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.conflict.ConflictEvents.StoredEvent;
import org.vigil.risk.RiskCategory;

/**
 * Factor "conflict-events": conflict events near the mission. Each event gives
 * {@code 8 × type weight × e^(−distance/30 km) × 0.5^(age/30 days) × (1 + ln(1 + fatalities))} points to the
 * categories its type maps to, summed and capped at {@value #CAP} per category. Events farther than
 * {@value #RADIUS_KM} km or older than {@value #WINDOW_DAYS} days are not read. The type weights are in
 * docs/risk.md.
 */
public final class ConflictEventFactor {

    public static final String NAME = "conflict-events";
    public static final double RADIUS_KM = 100;
    public static final int WINDOW_DAYS = 180;
    static final double CAP = 60;
    static final double BASE_POINTS = 8;
    static final double DISTANCE_SCALE_KM = 30;
    static final double AGE_HALF_LIFE_DAYS = 30;
    private static final int EVIDENCE = 5;

    private ConflictEventFactor() {}

    /** The categories an event's type feeds, with its weight in each. */
    static Map<RiskCategory, Double> typeWeights(String dataset, String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        Map<RiskCategory, Double> w = new EnumMap<>(RiskCategory.class);
        switch (dataset) {
            case "UCDP_GED" -> {
                switch (t) {
                    case "state-based conflict" -> w.put(RiskCategory.ARMED_CONFLICT, 1.0);
                    case "non-state conflict" -> {
                        w.put(RiskCategory.ARMED_CONFLICT, 0.8);
                        w.put(RiskCategory.CRIME, 0.3);
                    }
                    case "one-sided violence" -> {
                        w.put(RiskCategory.TERRORISM, 1.0);
                        w.put(RiskCategory.POLITICAL_VIOLENCE, 0.3);
                    }
                    default -> w.put(RiskCategory.ARMED_CONFLICT, 0.7);
                }
            }
            case "ACLED" -> {
                switch (t) {
                    case "battles" -> w.put(RiskCategory.ARMED_CONFLICT, 1.0);
                    case "explosions/remote violence" -> {
                        w.put(RiskCategory.TERRORISM, 0.8);
                        w.put(RiskCategory.ARMED_CONFLICT, 0.6);
                    }
                    case "violence against civilians" -> {
                        w.put(RiskCategory.TERRORISM, 0.6);
                        w.put(RiskCategory.CRIME, 0.4);
                    }
                    case "riots" -> w.put(RiskCategory.POLITICAL_VIOLENCE, 0.7);
                    case "protests" -> w.put(RiskCategory.POLITICAL_VIOLENCE, 0.3);
                    default -> w.put(RiskCategory.POLITICAL_VIOLENCE, 0.1);
                }
            }
            default -> { // GDELT: machine-coded from news, weighed lower
                switch (t) {
                    case "protest" -> w.put(RiskCategory.POLITICAL_VIOLENCE, 0.2);
                    case "assault" -> {
                        w.put(RiskCategory.CRIME, 0.3);
                        w.put(RiskCategory.TERRORISM, 0.2);
                    }
                    case "fight" -> w.put(RiskCategory.ARMED_CONFLICT, 0.4);
                    case "unconventional mass violence" -> w.put(RiskCategory.TERRORISM, 0.8);
                    default -> w.put(RiskCategory.POLITICAL_VIOLENCE, 0.1);
                }
            }
        }
        return w;
    }

    /** One event's weight before the type: distance, age and fatalities. */
    static double weight(double distanceKm, long ageDays, Integer fatalities) {
        double distance = Math.exp(-Math.max(0, distanceKm) / DISTANCE_SCALE_KM);
        double age = Math.pow(0.5, Math.max(0, ageDays) / AGE_HALF_LIFE_DAYS);
        double deaths = 1 + Math.log1p(fatalities == null ? 0 : fatalities);
        return BASE_POINTS * distance * age * deaths;
    }

    public static List<Contribution> apply(List<StoredEvent> events, LocalDate today) {
        Map<RiskCategory, Double> points = new EnumMap<>(RiskCategory.class);
        Map<RiskCategory, List<Scored>> byCategory = new EnumMap<>(RiskCategory.class);
        for (StoredEvent e : events) {
            double distance = e.distanceKm() == null ? RADIUS_KM : e.distanceKm();
            long age = ChronoUnit.DAYS.between(e.date(), today);
            if (distance > RADIUS_KM || age > WINDOW_DAYS) {
                continue;
            }
            double base = weight(distance, age, e.fatalities());
            typeWeights(e.dataset(), e.type()).forEach((category, w) -> {
                points.merge(category, base * w, Double::sum);
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(new Scored(e, base * w));
            });
        }
        List<Contribution> out = new ArrayList<>();
        points.forEach((category, sum) -> {
            List<Scored> scored = byCategory.get(category);
            scored.sort(Comparator.comparingDouble(Scored::points).reversed());
            int deaths = scored.stream()
                    .mapToInt(
                            s -> s.event().fatalities() == null ? 0 : s.event().fatalities())
                    .sum();
            double nearest = scored.stream()
                    .mapToDouble(s -> s.event().distanceKm() == null
                            ? RADIUS_KM
                            : s.event().distanceKm())
                    .min()
                    .orElse(RADIUS_KM);
            String reason = String.format(
                    Locale.ROOT,
                    "%d conflict event%s within %.0f km in %d days (%d killed;" + " nearest %.0f km)%s",
                    scored.size(),
                    scored.size() == 1 ? "" : "s",
                    RADIUS_KM,
                    WINDOW_DAYS,
                    deaths,
                    nearest,
                    sum > CAP ? ", capped at " + (int) CAP : "");
            List<Evidence> evidence = scored.stream()
                    .limit(EVIDENCE)
                    .map(s -> new Evidence(
                            "EVENT",
                            Long.toString(s.event().id()),
                            String.format(
                                    Locale.ROOT,
                                    "%s %s, %s (%.0f km, %s killed)",
                                    s.event().date(),
                                    s.event().type(),
                                    s.event().place(),
                                    s.event().distanceKm() == null
                                            ? RADIUS_KM
                                            : s.event().distanceKm(),
                                    s.event().fatalities() == null
                                            ? "?"
                                            : s.event().fatalities()),
                            "/api/v1/events/" + s.event().id()))
                    .toList();
            out.add(new Contribution(NAME, category, Math.min(CAP, sum), reason, evidence));
        });
        return out;
    }

    /**
     * Factor "country-conflict-events", for a country's own level: every event in the country counts as if it were
     * {@value #COUNTRY_DISTANCE_KM} km away (a country-wide picture is diluted), capped at {@value #COUNTRY_CAP}.
     */
    public static List<Contribution> applyCountryWide(List<StoredEvent> events, LocalDate today) {
        List<StoredEvent> diluted = events.stream()
                .map(e -> new StoredEvent(
                        e.id(),
                        e.dataset(),
                        e.externalId(),
                        e.date(),
                        e.type(),
                        e.subtype(),
                        e.actors(),
                        e.countryCode(),
                        e.place(),
                        e.lat(),
                        e.lon(),
                        e.fatalities(),
                        COUNTRY_DISTANCE_KM))
                .toList();
        return apply(diluted, today).stream()
                .map(c -> new Contribution(
                        COUNTRY_NAME,
                        c.category(),
                        Math.min(COUNTRY_CAP, c.points()),
                        c.reason()
                                .replaceFirst(" within \\d+ km", " in the country")
                                .replaceFirst("; nearest \\d+ km", ""),
                        c.evidence()))
                .toList();
    }

    public static final String COUNTRY_NAME = "country-conflict-events";
    static final double COUNTRY_DISTANCE_KM = 40;
    static final double COUNTRY_CAP = 40;

    private record Scored(StoredEvent event, double points) {}
}
