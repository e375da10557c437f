package org.vigil.briefing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.SignalSummary;

/** The period's top signals against the missions: highest threat level first, then newest. */
@Component
class SignalsSection implements BriefingSection {

    private static final int TOP = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ObjectProvider<SignalLookup> signals;

    SignalsSection(ObjectProvider<SignalLookup> signals) {
        this.signals = signals;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        SignalLookup lookup = signals.getIfAvailable();
        if (lookup == null) {
            return Optional.empty();
        }
        Map<Long, SignalSummary> found = new LinkedHashMap<>();
        for (String mission : request.missionIds()) {
            for (SignalSummary s : lookup.forMission(mission, request.from(), request.to(), TOP)) {
                found.putIfAbsent(s.id(), s);
            }
        }
        List<SignalSummary> top = found.values().stream()
                .sorted(Comparator.comparing((SignalSummary s) -> s.level().ordinal())
                        .reversed()
                        .thenComparing(SignalSummary::detectedAt, Comparator.reverseOrder()))
                .limit(TOP)
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (SignalSummary s : top) {
            rows.add(List.of(
                    TIME.format(s.detectedAt()),
                    s.level().name(),
                    String.join(
                            ", ",
                            s.missionIds().stream()
                                    .filter(request.missionIds()::contains)
                                    .sorted()
                                    .toList()),
                    s.sourceId() + " (" + s.reliability() + ")",
                    s.excerpt()));
        }
        return Optional.of(new Section(
                "Top signals",
                null,
                List.of("Detected (UTC)", "Level", "Missions", "Source", "Excerpt"),
                rows,
                "No signal in the period."));
    }
}
