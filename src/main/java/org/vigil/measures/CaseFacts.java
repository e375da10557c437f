package org.vigil.measures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.SignalSummary;

/**
 * The facts of a case as a note verbale states them, drafted from the signals rather than from Vigil's internal
 * text (a measure's reason, risk factors): how many messages threatened violence, between which dates, how many are
 * serious, and the words of the gravest. The signals are the measure's evidence when the request comes from a
 * measure, else the mission's threats of the last {@link #WINDOW} at {@link #MIN_LEVEL} or above. The wording is
 * the note's language bundle ({@code facts.*} in {@code notes/note-verbale_<lang>.properties}).
 */
@Component
class CaseFacts {

    static final Duration WINDOW = Duration.ofDays(30);
    static final ThreatLevel MIN_LEVEL = ThreatLevel.MEDIUM;
    /** The gravest message is quoted up to this many characters, cut at a word. */
    static final int QUOTE_LIMIT = 240;

    private final SignalLookup signals;
    private final Measures measures;
    private final Clock clock;

    CaseFacts(SignalLookup signals, Measures measures, Clock clock) {
        this.signals = signals;
        this.measures = measures;
        this.clock = clock;
    }

    /**
     * The facts in {@code language}, or null when no signal supports any (the officer writes them).
     *
     * @param measureId the measure the request follows, or null; its evidence must be within the scope
     */
    String describe(Scope scope, String missionId, Long measureId, NoteLanguage language) {
        if (missionId == null || !scope.permits(missionId)) {
            return null;
        }
        List<SignalSummary> found = evidence(scope, missionId, measureId);
        if (found.isEmpty()) {
            return null;
        }
        List<LocalDate> days = found.stream()
                .map(f -> LocalDate.ofInstant(f.detectedAt(), ZoneOffset.UTC))
                .sorted()
                .toList();
        LocalDate from = days.getFirst();
        LocalDate to = days.getLast();
        int serious = (int) found.stream()
                .filter(s -> s.level().compareTo(ThreatLevel.HIGH) >= 0)
                .count();
        SignalSummary gravest = found.stream()
                .max(Comparator.comparing(SignalSummary::level).thenComparing(SignalSummary::score))
                .orElseThrow();
        return language.facts(found.size(), serious, from, to, quote(gravest.excerpt()));
    }

    private List<SignalSummary> evidence(Scope scope, String missionId, Long measureId) {
        if (measureId != null) {
            List<Long> ids = measures.find(scope, measureId)
                    .filter(m -> m.missionId().equals(missionId))
                    .map(MeasureView::signalIds)
                    .orElse(List.of());
            if (!ids.isEmpty()) {
                return ids.stream()
                        .map(signals::byId)
                        .flatMap(java.util.Optional::stream)
                        .filter(s -> s.level().compareTo(ThreatLevel.LOW) >= 0)
                        .toList();
            }
        }
        Instant now = clock.instant();
        // up to and including this instant: the window is half-open
        return signals.forMission(missionId, now.minus(WINDOW), now.plusMillis(1), 200).stream()
                .filter(s -> s.level().compareTo(MIN_LEVEL) >= 0)
                .toList();
    }

    /** The excerpt as quoted: one line, at most {@link #QUOTE_LIMIT} characters, cut at a word with an ellipsis. */
    static String quote(String excerpt) {
        if (excerpt == null) {
            return null;
        }
        String line = Objects.requireNonNull(excerpt).replaceAll("\\s+", " ").strip();
        if (line.length() <= QUOTE_LIMIT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', QUOTE_LIMIT);
        return line.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT) + "\u2026";
    }
}
