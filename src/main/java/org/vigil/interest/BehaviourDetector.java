package org.vigil.interest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalLookup.AuthoredItem;

/**
 * Reads the warning behaviours of an account's history (its items oldest first, quiet and LOW ones included). Pure:
 * the same history and the same "now" give the same behaviours. An empty history shows none.
 *
 * <ul>
 *   <li>identification, leakage, last resort: a cue of the language files ({@link BehaviourCues}) in an item;
 *   <li>approach: an approach cue in an item about a protected person or mission (its signal names one, it answers a
 *       person's account, or, for a question without names, the people the account's threats targeted);
 *   <li>directly communicated threat: a direct threat of MEDIUM or above with a target, that answers a protected
 *       person's account or speaks to someone (the engine's concept YOU);
 *   <li>fixation: one person or mission named or answered on at least {@value #FIXATION_DAYS} different days within
 *       {@value #FIXATION_WINDOW_DAYS} days;
 *   <li>energy burst: at least {@value #BURST_MIN} items in the last {@value #BURST_DAYS} days, at least
 *       {@value #BURST_RATIO} times the rate of the {@value #BASELINE_DAYS} days before (an account needs an earlier
 *       item to have a baseline), or, in intensity, at least two items at MEDIUM or above in the window where the
 *       baseline of at least two items had none.
 * </ul>
 */
final class BehaviourDetector {

    static final int FIXATION_DAYS = 3;
    static final int FIXATION_WINDOW_DAYS = 30;
    static final int BURST_DAYS = 3;
    static final int BURST_MIN = 4;
    static final int BURST_RATIO = 3;
    static final int BASELINE_DAYS = 28;

    /**
     * A behaviour as observed.
     *
     * @param evidence the items that show it, oldest first
     * @param personIds the protected people it is directed at
     * @param missionIds the missions it is directed at
     * @param detail what was seen, in words
     */
    record Observed(
            WarningBehaviour behaviour,
            Instant firstObserved,
            Instant lastObserved,
            List<AuthoredItem> evidence,
            Set<String> personIds,
            Set<String> missionIds,
            String detail) {}

    private final BehaviourCues cues;

    BehaviourDetector(BehaviourCues cues) {
        this.cues = cues;
    }

    List<Observed> detect(List<AuthoredItem> history, Instant now) {
        if (history.isEmpty()) {
            return List.of();
        }
        List<AuthoredItem> items = new ArrayList<>(history);
        items.sort(Comparator.comparing(AuthoredItem::writtenAt).thenComparingLong(AuthoredItem::itemId));
        Set<String> threatened = new LinkedHashSet<>();
        Set<String> threatenedMissions = new LinkedHashSet<>();
        for (AuthoredItem i : items) {
            if (i.level().compareTo(ThreatLevel.MEDIUM) >= 0) {
                threatened.addAll(i.targetedPeople());
                threatenedMissions.addAll(i.targetedMissionIds());
            }
        }
        Map<WarningBehaviour, Builder> found = new EnumMap<>(WarningBehaviour.class);
        for (AuthoredItem i : items) {
            for (BehaviourCues.Cue cue : cues.cues(i.text(), i.language())) {
                WarningBehaviour b = WarningBehaviour.valueOf(cue.behaviour().name());
                Set<String> people = new LinkedHashSet<>(i.linkedPeople());
                people.addAll(i.repliedToPeople());
                Set<String> missions = new LinkedHashSet<>(i.linkedMissionIds());
                if (b == WarningBehaviour.APPROACH) {
                    if (people.isEmpty() && missions.isEmpty()) {
                        // "where will he be?" answers no one and names no one: it asks about whom the account
                        // threatened
                        people.addAll(threatened);
                        missions.addAll(threatenedMissions);
                    }
                    if (people.isEmpty() && missions.isEmpty()) {
                        continue;
                    }
                }
                found.computeIfAbsent(b, Builder::new).add(i, people, missions, "\u201c" + cue.words() + "\u201d");
            }
            if (directThreat(i)) {
                Set<String> people = new LinkedHashSet<>(i.targetedPeople());
                found.computeIfAbsent(WarningBehaviour.DIRECT_THREAT, Builder::new)
                        .add(
                                i,
                                people,
                                i.targetedMissionIds(),
                                i.repliedToPeople().isEmpty() ? "spoken to its target" : "in reply to its target");
            }
        }
        fixation(items, now, found);
        burst(items, now, found);
        List<Observed> out = new ArrayList<>();
        for (Builder b : found.values()) {
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    private boolean directThreat(AuthoredItem i) {
        if (i.level().compareTo(ThreatLevel.MEDIUM) < 0
                || !i.categories().contains(ThreatCategory.DIRECT_THREAT)
                || (i.targetedPeople().isEmpty() && i.targetedMissionIds().isEmpty())) {
            return false;
        }
        boolean replies = !i.repliedToPeople().isEmpty();
        return replies || cues.addressesSomeone(i.text(), i.language());
    }

    private static void fixation(List<AuthoredItem> items, Instant now, Map<WarningBehaviour, Builder> found) {
        Instant from = now.minus(Duration.ofDays(FIXATION_WINDOW_DAYS));
        Map<String, TreeSet<LocalDate>> days = new LinkedHashMap<>();
        Map<String, List<AuthoredItem>> byTarget = new LinkedHashMap<>();
        for (AuthoredItem i : items) {
            if (i.writtenAt().isBefore(from) || i.writtenAt().isAfter(now)) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            for (String p : i.linkedPeople()) {
                targets.add("person:" + p);
            }
            for (String p : i.repliedToPeople()) {
                targets.add("person:" + p);
            }
            for (String m : i.linkedMissionIds()) {
                targets.add("mission:" + m);
            }
            LocalDate day = LocalDate.ofInstant(i.writtenAt(), ZoneOffset.UTC);
            for (String t : targets) {
                days.computeIfAbsent(t, k -> new TreeSet<>()).add(day);
                byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, TreeSet<LocalDate>> e : days.entrySet()) {
            if (e.getValue().size() < FIXATION_DAYS) {
                continue;
            }
            String target = e.getKey();
            boolean person = target.startsWith("person:");
            String id = target.substring(target.indexOf(':') + 1);
            Builder b = found.computeIfAbsent(WarningBehaviour.FIXATION, Builder::new);
            for (AuthoredItem i : byTarget.get(target)) {
                b.add(i, person ? Set.of(id) : Set.of(), person ? Set.of() : Set.of(id), null);
            }
            b.note((person ? "person " : "mission ") + id + " on "
                    + e.getValue().size() + " days");
        }
    }

    private static void burst(List<AuthoredItem> items, Instant now, Map<WarningBehaviour, Builder> found) {
        Instant windowStart = now.minus(Duration.ofDays(BURST_DAYS));
        Instant baselineStart = windowStart.minus(Duration.ofDays(BASELINE_DAYS));
        List<AuthoredItem> recent = new ArrayList<>();
        List<AuthoredItem> baseline = new ArrayList<>();
        boolean earlier = false;
        for (AuthoredItem i : items) {
            Instant t = i.writtenAt();
            if (t.isAfter(now)) {
                continue;
            }
            if (t.isAfter(windowStart)) {
                recent.add(i);
            } else {
                earlier = true;
                if (!t.isBefore(baselineStart)) {
                    baseline.add(i);
                }
            }
        }
        if (!earlier || recent.isEmpty()) {
            return;
        }
        double expected = baseline.size() * (double) BURST_DAYS / BASELINE_DAYS;
        boolean frequency = recent.size() >= BURST_MIN && recent.size() >= BURST_RATIO * Math.max(expected, 0.5);
        long recentSerious = recent.stream()
                .filter(i -> i.level().compareTo(ThreatLevel.MEDIUM) >= 0)
                .count();
        boolean baselineSerious = baseline.stream().anyMatch(i -> i.level().compareTo(ThreatLevel.MEDIUM) >= 0);
        boolean intensity = recentSerious >= 2 && baseline.size() >= 2 && !baselineSerious;
        if (!frequency && !intensity) {
            return;
        }
        Builder b = found.computeIfAbsent(WarningBehaviour.ENERGY_BURST, Builder::new);
        for (AuthoredItem i : recent) {
            Set<String> people = new LinkedHashSet<>(i.linkedPeople());
            people.addAll(i.repliedToPeople());
            b.add(i, people, i.linkedMissionIds(), null);
        }
        String rate = String.format(java.util.Locale.ROOT, "%.1f", expected);
        b.note(
                frequency
                        ? recent.size() + " items in " + BURST_DAYS + " days against " + rate + " expected from the "
                                + BASELINE_DAYS + " days before"
                        : recentSerious + " threats of MEDIUM or above in " + BURST_DAYS + " days after "
                                + baseline.size() + " items without one");
    }

    /** Collects one behaviour's evidence. */
    private static final class Builder {
        private final WarningBehaviour behaviour;
        private final Map<Long, AuthoredItem> evidence = new LinkedHashMap<>();
        private final Set<String> people = new LinkedHashSet<>();
        private final Set<String> missions = new LinkedHashSet<>();
        private final List<String> notes = new ArrayList<>();

        Builder(WarningBehaviour behaviour) {
            this.behaviour = behaviour;
        }

        void add(AuthoredItem item, Set<String> people, Set<String> missions, String note) {
            evidence.putIfAbsent(item.itemId(), item);
            this.people.addAll(people);
            this.missions.addAll(missions);
            if (note != null && notes.size() < 3 && !notes.contains(note)) {
                notes.add(note);
            }
        }

        void note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }

        Observed build() {
            List<AuthoredItem> items = new ArrayList<>(evidence.values());
            items.sort(Comparator.comparing(AuthoredItem::writtenAt).thenComparingLong(AuthoredItem::itemId));
            String detail = items.size()
                    + (items.size() == 1 ? " item" : " items")
                    + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
            return new Observed(
                    behaviour,
                    items.getFirst().writtenAt(),
                    items.getLast().writtenAt(),
                    List.copyOf(items),
                    Set.copyOf(people),
                    Set.copyOf(missions),
                    detail.length() > 1900 ? detail.substring(0, 1900) : detail);
        }
    }
}
