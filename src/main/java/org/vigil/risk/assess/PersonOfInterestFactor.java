package org.vigil.risk.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.risk.FixatedPersons.Fixated;
import org.vigil.risk.RiskCategory;

/**
 * Factor "persons-of-interest": each active person of interest fixated on the mission or its people within
 * {@value #WINDOW_DAYS} days adds points to TARGETED_THREATS by its escalation level (NONE 2, LOW 4, MEDIUM 8, HIGH
 * 15, CRITICAL 25), capped at {@value #CAP}; the evidence links to each person's page.
 */
public final class PersonOfInterestFactor {

    public static final String NAME = "persons-of-interest";
    static final double CAP = 40;
    public static final int WINDOW_DAYS = 30;

    private PersonOfInterestFactor() {}

    static double points(String escalationLevel) {
        return switch (escalationLevel == null ? "NONE" : escalationLevel) {
            case "CRITICAL" -> 25;
            case "HIGH" -> 15;
            case "MEDIUM" -> 8;
            case "LOW" -> 4;
            default -> 2;
        };
    }

    public static List<Contribution> apply(List<Fixated> fixated) {
        if (fixated.isEmpty()) {
            return List.of();
        }
        List<Fixated> sorted = new ArrayList<>(fixated);
        sorted.sort(
                Comparator.comparingDouble(Fixated::escalationScore).reversed().thenComparingLong(Fixated::id));
        double sum =
                sorted.stream().mapToDouble(f -> points(f.escalationLevel())).sum();
        List<String> parts = sorted.stream()
                .limit(3)
                .map(f -> f.name() + " (escalation " + f.escalationLevel() + "): " + f.reason())
                .toList();
        List<Evidence> evidence = sorted.stream()
                .map(f -> new Evidence("PERSON_OF_INTEREST", Long.toString(f.id()), f.name(), f.link()))
                .toList();
        return List.of(new Contribution(
                NAME,
                RiskCategory.TARGETED_THREATS,
                Math.min(CAP, sum),
                sorted.size() + " active person" + (sorted.size() == 1 ? "" : "s") + " of interest fixated on the"
                        + " mission or its people: " + String.join("; ", parts),
                evidence));
    }
}
