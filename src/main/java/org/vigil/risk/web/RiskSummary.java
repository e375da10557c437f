package org.vigil.risk.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.Driver;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskViews.LevelView;
import org.vigil.risk.assess.RiskViews.MissionRiskView;
import org.vigil.risk.assess.RiskWords;

/**
 * The top of a mission's risk page, read at a glance: the level in force, its trend over the week, the three reasons
 * that weigh most, and what changed in the last 24 hours.
 *
 * @param trend "rising", "falling" or "steady": the overall score now against a week ago (5 points or more);
 *     "no trend yet" when the mission has no earlier assessment
 * @param trendDetail the scores behind it, in words
 * @param yesterday the overall level 24 hours ago (null when not known)
 * @param reasons at most three, the weightiest first
 * @param changes the changes of the last 24 hours, newest first, in words
 */
record RiskSummary(
        RiskLevel level,
        int score,
        String trend,
        String trendDetail,
        RiskLevel yesterday,
        List<Reason> reasons,
        List<String> changes) {

    static final int TREND_POINTS = 5;
    private static final int REASONS = 3;
    private static final int CHANGES = 6;

    /** One reason: the category it is about and what it says. */
    record Reason(String category, RiskLevel level, String text) {}

    static RiskSummary of(MissionRiskView risk, List<Change> history, Instant now) {
        LevelView overall = risk.overall();
        List<Change> overallChanges = history.stream()
                .filter(c -> c.category() == null)
                .sorted(Comparator.comparing(Change::at))
                .toList();
        Integer weekAgo = scoreAt(overallChanges, now.minus(Duration.ofDays(7)), overall.score());
        Integer dayAgo = scoreAt(overallChanges, now.minus(Duration.ofDays(1)), overall.score());
        String trend;
        if (weekAgo == null && dayAgo == null) {
            trend = "no trend yet";
        } else if (weekAgo == null || Math.abs(overall.score() - weekAgo) < TREND_POINTS) {
            trend = "steady";
        } else {
            trend = overall.score() > weekAgo ? "rising" : "falling";
        }
        String detail = weekAgo == null && dayAgo == null
                ? "score " + overall.score() + "; no earlier assessment to compare with"
                : String.format(
                        Locale.ROOT,
                        "score %d now, %s yesterday, %s a week ago",
                        overall.score(),
                        dayAgo == null ? "not yet assessed" : dayAgo.toString(),
                        weekAgo == null ? "not yet assessed" : weekAgo.toString());
        RiskLevel yesterday = levelAt(overallChanges, now.minus(Duration.ofDays(1)), overall.level());

        List<Reason> reasons = new ArrayList<>();
        if (overall.override() != null) {
            reasons.add(new Reason(
                    "Overall",
                    overall.override().level(),
                    "An analyst set the level to " + overall.override().level() + ": "
                            + overall.override().justification()));
        }
        if (overall.floor() != null) {
            reasons.add(new Reason(
                    "Overall",
                    overall.floor().level(),
                    capitalised(overall.floor().reason())));
        }
        record Weighed(LevelView level, Driver driver) {}
        List<Weighed> weighed = risk.categories().stream()
                .flatMap(l -> l.drivers().stream().map(d -> new Weighed(l, d)))
                .sorted(Comparator.comparingDouble((Weighed w) -> w.driver().points())
                        .reversed())
                .toList();
        // the weightiest driver of each factor first, so that three reasons say three different things; then the
        // next weightiest
        List<Weighed> chosen = new ArrayList<>();
        Set<String> factors = new HashSet<>();
        weighed.stream().filter(w -> factors.add(w.driver().factor())).forEach(chosen::add);
        weighed.stream().filter(w -> !chosen.contains(w)).forEach(chosen::add);
        chosen.stream()
                .limit(REASONS)
                .forEach(w -> reasons.add(new Reason(
                        RiskWords.category(w.level().category()),
                        w.level().level(),
                        String.format(
                                Locale.ROOT,
                                "%s, %.0f of its %d points: %s",
                                capitalised(RiskWords.factor(w.driver().factor())),
                                w.driver().points(),
                                w.level().score(),
                                shortened(w.driver().reason())))));
        List<String> changes = history.stream()
                .filter(c -> c.at().isAfter(now.minus(Duration.ofDays(1))))
                .sorted(Comparator.comparing(Change::at).reversed())
                .limit(CHANGES)
                .map(c -> c.from() == null
                        ? String.format(
                                Locale.ROOT,
                                "%s: first assessed at %s (score %d), %s",
                                RiskWords.category(c.category()),
                                c.to(),
                                c.toScore(),
                                ago(c.at(), now))
                        : String.format(
                                Locale.ROOT,
                                "%s: %s (score %s → %d), %s",
                                RiskWords.category(c.category()),
                                c.from() == c.to() ? c.to().name() : c.from() + " → " + c.to(),
                                c.fromScore() == null ? "none" : c.fromScore().toString(),
                                c.toScore(),
                                ago(c.at(), now)))
                .toList();
        return new RiskSummary(
                overall.level(),
                overall.score(),
                trend,
                detail,
                yesterday,
                List.copyOf(reasons.subList(0, Math.min(REASONS, reasons.size()))),
                changes);
    }

    /** The overall score at a time: the last change before it, else what the first change after it started from. */
    private static Integer scoreAt(List<Change> oldestFirst, Instant at, int now) {
        Change before = null;
        for (Change c : oldestFirst) {
            if (c.at().isAfter(at)) {
                return before != null ? Integer.valueOf(before.toScore()) : c.fromScore();
            }
            before = c;
        }
        return before != null ? before.toScore() : now;
    }

    private static RiskLevel levelAt(List<Change> oldestFirst, Instant at, RiskLevel now) {
        Change before = null;
        for (Change c : oldestFirst) {
            if (c.at().isAfter(at)) {
                return before != null ? before.to() : c.from();
            }
            before = c;
        }
        return before != null ? before.to() : now;
    }

    static String ago(Instant at, Instant now) {
        Duration d = Duration.between(at, now);
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + (d.toDays() == 1 ? " day ago" : " days ago");
    }

    private static String shortened(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() > 160 ? s.substring(0, 159).strip() + "…" : s;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
