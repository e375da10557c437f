package org.vigil.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels;
import org.vigil.risk.RiskLevels.MissionRisk;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.Scope;

/**
 * Seed 000's question: where are special-forces units deployed now, and which missions qualify for one but have
 * none. A mission qualifies when its current risk meets any condition of the rule
 * ({@code vigil.measures.special-forces-rule}, by default ARMED_CONFLICT or TARGETED_THREATS at CRITICAL); "extend
 * the list" proposes a unit for the chosen qualifying missions.
 */
@Component
public class NetworkView {

    static final String CODE = "SPECIAL_FORCES";

    /** One condition of the rule: a category (or the overall level) at or above a level. */
    record Condition(RiskCategory category, RiskLevel atLeast) {

        static Condition parse(String text) {
            String[] parts = text.strip().split("\\s*>=\\s*|\\s*:\\s*");
            if (parts.length != 2) {
                throw new IllegalArgumentException("vigil.measures.special-forces-rule: \"" + text
                        + "\" is not CATEGORY>=LEVEL (for example ARMED_CONFLICT>=CRITICAL, OVERALL>=CRITICAL)");
            }
            try {
                RiskLevel level = RiskLevel.valueOf(parts[1].toUpperCase(Locale.ROOT));
                String c = parts[0].toUpperCase(Locale.ROOT);
                return new Condition(c.equals("OVERALL") ? null : RiskCategory.valueOf(c), level);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "vigil.measures.special-forces-rule: \"" + text + "\" names an "
                                + "unknown category or level; categories " + List.of(RiskCategory.values())
                                + " or OVERALL, levels " + List.of(RiskLevel.values()),
                        e);
            }
        }

        Optional<String> metBy(MissionRisk risk) {
            RiskLevel level = category == null ? risk.overall() : risk.levels().get(category);
            return level != null && level.isAtLeast(atLeast)
                    ? Optional.of((category == null ? "overall" : category.name()) + " " + level)
                    : Optional.empty();
        }

        @Override
        public String toString() {
            return (category == null ? "OVERALL" : category.name()) + " at " + atLeast + " or above";
        }
    }

    public record Deployment(
            String missionId,
            String missionName,
            String hostCountry,
            long measureId,
            MeasureState state,
            Instant implementedAt,
            LocalDate deadline) {}

    /** A mission that qualifies and has no unit, with the conditions it meets. */
    public record Candidate(String missionId, String missionName, String hostCountry, List<String> meets) {}

    /**
     * @param riskAvailable whether risk levels could be read (without them no mission can be said to qualify)
     * @param pending proposals for a unit not implemented yet (proposed or approved)
     * @param candidates missions that qualify but have no unit, deployed or pending: "extend the list"
     */
    public record Picture(
            List<String> rule,
            boolean riskAvailable,
            List<Deployment> deployed,
            long deployedStates,
            List<Deployment> pending,
            List<Candidate> candidates) {}

    public record Skipped(String missionId, String reason) {}

    public record Extension(List<MeasureView> proposed, List<Skipped> skipped) {}

    private final Measures measures;
    private final Missions missions;
    private final ObjectProvider<RiskLevels> riskLevels;
    private final List<Condition> rule;
    private final int extendDays;

    NetworkView(
            Measures measures,
            Missions missions,
            ObjectProvider<RiskLevels> riskLevels,
            @Value("${vigil.measures.special-forces-rule:ARMED_CONFLICT>=CRITICAL,TARGETED_THREATS>=CRITICAL}")
                    List<String> rule,
            @Value("${vigil.measures.extend-deadline-days:30}") int extendDays) {
        this.measures = measures;
        this.missions = missions;
        this.riskLevels = riskLevels;
        this.rule =
                rule.stream().filter(s -> !s.isBlank()).map(Condition::parse).toList();
        this.extendDays = extendDays;
    }

    public Picture picture(Scope scope) {
        Map<String, MissionView> visible =
                missions.all(scope).stream().collect(Collectors.toMap(MissionView::id, Function.identity()));
        List<Deployment> deployed = deployments(visible, List.of(MeasureState.IMPLEMENTED, MeasureState.UNDER_REVIEW));
        List<Deployment> pending = deployments(visible, List.of(MeasureState.PROPOSED, MeasureState.APPROVED));
        java.util.Set<String> covered = new java.util.HashSet<>();
        deployed.forEach(d -> covered.add(d.missionId()));
        pending.forEach(d -> covered.add(d.missionId()));
        RiskLevels levels = riskLevels.getIfAvailable();
        List<Candidate> candidates = new ArrayList<>();
        if (levels != null) {
            for (MissionView m : visible.values().stream()
                    .sorted(java.util.Comparator.comparing(MissionView::name))
                    .toList()) {
                if (covered.contains(m.id())) {
                    continue;
                }
                List<String> meets = meets(levels, m.id());
                if (!meets.isEmpty()) {
                    candidates.add(new Candidate(m.id(), m.name(), m.hostCountry(), meets));
                }
            }
        }
        long states = deployed.stream().map(Deployment::hostCountry).distinct().count();
        return new Picture(
                rule.stream().map(Condition::toString).toList(), levels != null, deployed, states, pending, candidates);
    }

    private List<String> meets(RiskLevels levels, String missionId) {
        return levels.current(missionId)
                .map(r -> rule.stream()
                        .map(c -> c.metBy(r))
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    private List<Deployment> deployments(Map<String, MissionView> visible, List<MeasureState> states) {
        return measures.byCode(CODE, states).stream()
                .filter(m -> visible.containsKey(m.missionId()))
                .map(m -> {
                    MissionView mission = visible.get(m.missionId());
                    return new Deployment(
                            m.missionId(),
                            mission.name(),
                            mission.hostCountry(),
                            m.id(),
                            m.state(),
                            m.implementedAt(),
                            m.deadline());
                })
                .toList();
    }

    /**
     * Proposes a special-forces unit for each chosen mission that qualifies now; a mission that does not (or already
     * has a unit, deployed or pending) is skipped with the reason, and the others go on.
     */
    public Extension extend(List<String> missionIds, LocalDate deadline) {
        if (missionIds == null || missionIds.isEmpty()) {
            throw new InvalidInputException("missionIds", "name at least one mission to extend the list to");
        }
        Actor actor = Actor.current();
        if (!actor.scope().unrestricted()) {
            throw ActionRefused.forbidden("extending the list of special-forces deployments is an HQ decision; "
                    + "propose a unit for your own mission instead");
        }
        RiskLevels levels = riskLevels.getIfAvailable();
        LocalDate due = deadline != null ? deadline : measures.today().plusDays(extendDays);
        List<MeasureView> proposed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String id : missionIds.stream().distinct().toList()) {
            if (levels == null) {
                skipped.add(new Skipped(id, "risk levels are not available, so no mission can be said to qualify"));
                continue;
            }
            List<String> meets = meets(levels, id);
            if (meets.isEmpty()) {
                skipped.add(new Skipped(id, "does not qualify now: its current risk meets none of " + rule));
                continue;
            }
            try {
                proposed.add(measures.propose(new ProposalCommand(
                        id,
                        CODE,
                        "Extend the list: the mission qualifies "
                                + "for a special-forces unit (" + String.join(", ", meets) + "; rule: " + rule
                                + ") and has none.",
                        List.of(),
                        List.of(),
                        due)));
            } catch (ActionRefused | InvalidInputException | ConflictException e) {
                skipped.add(new Skipped(id, e.getMessage()));
            }
        }
        return new Extension(proposed, skipped);
    }
}
