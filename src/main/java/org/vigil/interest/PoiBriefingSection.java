package org.vigil.interest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.briefing.BriefingSection;
import org.vigil.shared.Scope;

/**
 * The persons of interest of the briefing: the active ones of the covered missions that are new in the period (made
 * a person of interest, automatically or by decision), whose escalation rose in the period (a change of level to a
 * higher score in {@code poi_escalation_change}), or escalating, that is whose stored escalation level is HIGH or
 * CRITICAL, highest escalation first. Read for the briefing's missions (headquarters: every record), without a read
 * audit entry per record: the briefing itself is the audited document.
 */
@Component
class PoiBriefingSection implements BriefingSection {

    static final List<String> ESCALATING = List.of("HIGH", "CRITICAL");
    private static final int MAX = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final PersonsOfInterest persons;
    private final PoiNames names;

    PoiBriefingSection(JdbcClient jdbc, PersonsOfInterest persons, PoiNames names) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.names = names;
    }

    @Override
    public int order() {
        return 250;
    }

    /** One person of the briefing and why they are in it. */
    record Entry(PersonOfInterestView person, boolean isNew, boolean escalating, String roseFrom, int itemsInPeriod) {}

    /** A change of level to a higher score within the period: the escalation rose. */
    private static final String ROSE = "EXISTS (SELECT 1 FROM poi_escalation_change c WHERE c.poi_id = p.id"
            + " AND c.changed_at >= :from AND c.changed_at < :to AND c.to_level <> c.from_level"
            + " AND c.to_score > c.from_score)";

    List<Entry> entries(Request request) {
        Scope scope = scope(request);
        Map<String, Object> params = PersonsOfInterest.scopeParams(scope, MAX);
        params.put("from", PoiCasework.ts(request.from()));
        params.put("to", PoiCasework.ts(request.to()));
        params.put("escalating", ESCALATING);
        List<Object[]> rows = jdbc.sql("SELECT p.id, p.created_at >= :from AND p.created_at < :to AS fresh,"
                        + " p.escalation_level IN (:escalating) AS escalating, " + ROSE + " AS rose"
                        + " FROM person_of_interest p"
                        + " WHERE p.status = 'ACTIVE' AND " + PersonsOfInterest.visible(scope)
                        + " AND ((p.created_at >= :from AND p.created_at < :to) OR p.escalation_level IN (:escalating)"
                        + " OR " + ROSE + ")"
                        + " ORDER BY p.escalation_score DESC, p.last_seen DESC, p.id DESC LIMIT :limit")
                .params(params)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)})
                .list();
        List<Entry> out = new ArrayList<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String roseFrom = (Boolean) row[3] ? levelBefore(id, request) : null;
            persons.load(id, scope, true)
                    .ifPresent(p -> out.add(new Entry(p, (Boolean) row[1], (Boolean) row[2], roseFrom, (int)
                            p.timeline().stream()
                                    .filter(i -> !i.detectedAt().isBefore(request.from())
                                            && i.detectedAt().isBefore(request.to()))
                                    .count())));
        }
        return out;
    }

    /** The level a person's escalation had when the period began: the first change of the period starts from it. */
    private String levelBefore(long id, Request request) {
        return jdbc.sql("SELECT from_level FROM poi_escalation_change WHERE poi_id = ? AND changed_at >= ?"
                        + " AND changed_at < ? ORDER BY changed_at, id LIMIT 1")
                .params(id, PoiCasework.ts(request.from()), PoiCasework.ts(request.to()))
                .query(String.class)
                .single();
    }

    private static Scope scope(Request request) {
        return request.hq() ? Scope.all() : Scope.of(request.missionIds());
    }

    @Override
    public Optional<Section> contribute(Request request) {
        if (request.missionIds().isEmpty()) {
            return Optional.empty();
        }
        Scope scope = scope(request);
        List<Entry> entries = entries(request);
        List<List<String>> rows = entries.stream()
                .map(e -> List.of(
                        e.person().displayName(),
                        why(e),
                        String.join("; ", names.targets(scope, e.person())),
                        Integer.toString(e.itemsInPeriod()),
                        e.person().lastSeen() == null
                                ? ""
                                : WHEN.format(e.person().lastSeen())))
                .toList();
        long fresh = entries.stream().filter(Entry::isNew).count();
        long escalating = entries.stream().filter(Entry::escalating).count();
        long rose = entries.stream().filter(e -> e.roseFrom() != null).count();
        return Optional.of(new Section(
                "Persons of interest",
                fresh + " new in the period, " + rose + " rose in the period, " + escalating
                        + " at high escalation or above.",
                List.of("Person", "Why", "Targets", "Items in the period", "Last seen"),
                rows,
                "No person of interest is new, rising or escalating."));
    }

    @Override
    public List<Summary> summary(Request request) {
        if (request.missionIds().isEmpty()) {
            return List.of();
        }
        List<String> lines = entries(request).stream()
                .limit(5)
                .map(e -> e.person().displayName() + ": " + why(e).toLowerCase(Locale.ENGLISH))
                .toList();
        return List.of(new Summary(250, "Persons of interest new, rising or escalating", lines, "None."));
    }

    private static String why(Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.isNew()) {
            parts.add("New person of interest");
        }
        if (e.roseFrom() != null) {
            parts.add("Rose from " + e.roseFrom().toLowerCase(Locale.ENGLISH) + " to "
                    + e.person().escalationLevel().toLowerCase(Locale.ENGLISH) + " in the period");
        }
        if (e.escalating()) {
            parts.add("Escalation " + e.person().escalationLevel().toLowerCase(Locale.ENGLISH) + " (score "
                    + Math.round(e.person().escalationScore()) + " of 100)");
        }
        return String.join(", ", parts);
    }
}
