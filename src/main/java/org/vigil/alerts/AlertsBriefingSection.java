package org.vigil.alerts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vigil.briefing.BriefingSection;

/** The briefing's alerts section: the period's alerts about the briefing's missions, most serious first. */
@Component
class AlertsBriefingSection implements BriefingSection {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final AlertQueries queries;

    AlertsBriefingSection(AlertQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        List<List<String>> rows = queries.forMissions(request.missionIds(), request.from(), request.to(), 25).stream()
                .map(a -> List.of(
                        TIME.format(a.lastAt()),
                        a.levelName(),
                        a.missionId(),
                        a.title(),
                        Integer.toString(a.count()),
                        a.status().name().toLowerCase()
                                + (a.assignee() == null ? "" : ", " + a.assignee())
                                + (a.tier() > 0 ? ", escalated" : "")))
                .toList();
        return Optional.of(new Section(
                "Alerts",
                null,
                List.of("Last (UTC)", "Level", "Mission", "Alert", "Count", "Status"),
                rows,
                "No alert in the period."));
    }
}
