package org.vigil.appearances;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vigil.registry.MissionPageSection;
import org.vigil.registry.MissionView;
import org.vigil.shared.Scope;

/**
 * The mission page's "Upcoming appearances": the appearances of the mission's people not yet over, within the next
 * {@value #DAYS} days (at most {@value #LIMIT}), soonest first, with the venue's local time, risk and readiness,
 * each a link to its page. Read with the caller's scope, in SQL.
 */
@Component
class AppearancesMissionSection implements MissionPageSection {

    static final int DAYS = 60;
    static final int LIMIT = 10;

    private final Appearances appearances;
    private final AppearancePages pages;
    private final Clock clock;

    AppearancesMissionSection(Appearances appearances, AppearancePages pages, Clock clock) {
        this.appearances = appearances;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Section> section(Scope scope, MissionView mission) {
        Instant now = clock.instant();
        List<AppearanceSummary> upcoming = appearances.list(
                scope, new Appearances.Filter(mission.id(), null, now, now.plus(Duration.ofDays(DAYS))), LIMIT);
        return Optional.of(new Section(
                "appearances/mission-section",
                Map.of(
                        "appearances",
                        upcoming,
                        "missionId",
                        mission.id(),
                        "mayRecord",
                        AppearancePages.mayWrite() && scope.permits(mission.id()),
                        "pages",
                        pages)));
    }
}
