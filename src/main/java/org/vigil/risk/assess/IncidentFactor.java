package org.vigil.risk.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.risk.OpenIncidents.OpenIncident;
import org.vigil.risk.RiskCategory;

/**
 * Factor "open-incidents": each incident still open at the mission adds points by severity (1: 5, 2: 10, 3: 20,
 * 4: 35) to the categories its type feeds, capped at {@value #CAP} per category. Open incidents do not age: they
 * stop counting when they are closed.
 */
public final class IncidentFactor {

    public static final String NAME = "open-incidents";
    static final double CAP = 50;

    private IncidentFactor() {}

    static double severityPoints(int severity) {
        return switch (Math.max(1, Math.min(4, severity))) {
            case 1 -> 5;
            case 2 -> 10;
            case 3 -> 20;
            default -> 35;
        };
    }

    static Map<RiskCategory, Double> typeWeights(String type) {
        Map<RiskCategory, Double> w = new EnumMap<>(RiskCategory.class);
        switch (type == null ? "" : type.toLowerCase(Locale.ROOT).replace('_', ' ')) {
            case "attack" -> {
                w.put(RiskCategory.TARGETED_THREATS, 1.0);
                w.put(RiskCategory.TERRORISM, 0.5);
            }
            case "threat received", "surveillance" -> w.put(RiskCategory.TARGETED_THREATS, 1.0);
            case "protest" -> w.put(RiskCategory.POLITICAL_VIOLENCE, 1.0);
            case "intrusion" -> {
                w.put(RiskCategory.TARGETED_THREATS, 0.6);
                w.put(RiskCategory.CRIME, 0.6);
            }
            case "suspicious package" -> {
                w.put(RiskCategory.TERRORISM, 1.0);
                w.put(RiskCategory.TARGETED_THREATS, 0.5);
            }
            default -> {
                w.put(RiskCategory.TARGETED_THREATS, 0.5);
                w.put(RiskCategory.CRIME, 0.5);
            }
        }
        return w;
    }

    public static List<Contribution> apply(List<OpenIncident> incidents) {
        Map<RiskCategory, Double> sums = new EnumMap<>(RiskCategory.class);
        Map<RiskCategory, List<OpenIncident>> byCategory = new EnumMap<>(RiskCategory.class);
        for (OpenIncident i : incidents) {
            double p = severityPoints(i.severity());
            typeWeights(i.type()).forEach((c, w) -> {
                sums.merge(c, p * w, Double::sum);
                byCategory.computeIfAbsent(c, x -> new ArrayList<>()).add(i);
            });
        }
        List<Contribution> out = new ArrayList<>();
        sums.forEach((c, sum) -> {
            List<OpenIncident> list = byCategory.get(c);
            String titles = String.join(
                    "; ",
                    list.stream()
                            .limit(3)
                            .map(i -> i.type() + " (severity " + i.severity() + "): " + i.title())
                            .toList());
            out.add(new Contribution(
                    NAME,
                    c,
                    Math.min(CAP, sum),
                    list.size() + " open incident" + (list.size() == 1 ? "" : "s") + ": " + titles
                            + (sum > CAP ? "; capped at " + (int) CAP : ""),
                    list.stream()
                            .map(i -> new Evidence("INCIDENT", Long.toString(i.id()), i.title(), i.link()))
                            .toList()));
        });
        return out;
    }
}
