package org.vigil.appearances;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vigil.briefing.BriefingSection;
import org.vigil.shared.Scope;

/**
 * The upcoming appearances of the briefing: those of the covered missions that start within seven days of the
 * briefing's end, with their local time at the venue, their risk and the readiness of the advance.
 */
@Component
class AppearancesBriefingSection implements BriefingSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final Appearances appearances;

    AppearancesBriefingSection(Appearances appearances) {
        this.appearances = appearances;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        if (request.missionIds().isEmpty()) {
            return Optional.empty();
        }
        List<AppearanceSummary> upcoming = appearances.list(
                Scope.of(request.missionIds()),
                new Appearances.Filter(null, null, request.to(), request.to().plus(Duration.ofDays(7))),
                50);
        List<List<String>> rows = upcoming.stream()
                .map(a -> List.of(
                        WHEN.format(a.startsAt().atZone(ZoneId.of(a.timeZone()))) + " local",
                        a.personName(),
                        a.title(),
                        a.venueName() + (a.city() == null ? "" : ", " + a.city()),
                        a.publicity().label(),
                        a.riskLevel() == null ? "Not assessed" : a.riskLevel().name() + " (" + a.riskScore() + ")",
                        a.readiness().label()))
                .toList();
        long exposed = upcoming.stream()
                .filter(a -> a.riskLevel() != null && a.riskLevel().isAtLeast(org.vigil.risk.RiskLevel.HIGH))
                .count();
        return Optional.of(new Section(
                "Upcoming appearances",
                upcoming.size() + " appearance(s) in the next seven days, " + exposed + " at HIGH risk or above.",
                List.of("When (venue time)", "Who", "What", "Where", "Publicity", "Risk", "Advance"),
                rows,
                "No appearance in the next seven days."));
    }
}
