package org.vigil.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.risk.RiskLevel;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * A rule: which events raise an alert, for which missions, through which channels, how long before an
 * unacknowledged alert escalates, and how long repeats are grouped into one alert. Checks itself.
 *
 * @param id {@code null} before it is stored
 * @param minLevel the lowest level that fires ({@code null}: any); for threats the engine's LOW, MEDIUM, HIGH and
 *        CRITICAL map to LOW, MODERATE, HIGH and CRITICAL
 * @param fromLevel {@link AlertKind#RISK_RAISED} only: fire only when the previous level was at least this one
 * @param missions the missions it applies to; empty: every mission
 * @param escalateAfter zero: never escalate
 */
record AlertRule(
        Long id,
        String name,
        AlertKind kind,
        RiskLevel minLevel,
        RiskLevel fromLevel,
        Set<String> missions,
        Set<Channel> channels,
        String webhookUrl,
        Duration escalateAfter,
        Duration groupWindow,
        boolean enabled) {

    static final Duration MAX_ESCALATION = Duration.ofDays(7);
    static final Duration MAX_WINDOW = Duration.ofDays(1);

    AlertRule {
        List<FieldProblem> problems = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "a rule needs a name of 1 to 200 characters"));
        }
        if (kind == null) {
            problems.add(
                    new FieldProblem("kind", "choose what the rule watches: one of " + List.of(AlertKind.values())));
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String m : missions == null ? Set.<String>of() : missions) {
            String mission = m == null ? "" : m.strip();
            if (mission.isEmpty()) {
                continue;
            }
            if (!RegistryFiles.ID.matcher(mission).matches()) {
                problems.add(new FieldProblem(
                        "missions", "'" + abbreviate(mission) + "' is not a mission id (like " + "ru-embassy-ankara)"));
            }
            ids.add(mission);
        }
        missions = Set.copyOf(ids);
        if (kind != null && !kind.missionBound() && !missions.isEmpty()) {
            problems.add(new FieldProblem(
                    "missions", kind.label() + " alerts belong to no mission: leave missions " + "empty"));
        }
        if (kind != AlertKind.RISK_RAISED && fromLevel != null) {
            problems.add(new FieldProblem("fromLevel", "only a 'risk level raised' rule takes a from-level"));
        }
        channels = channels == null || channels.isEmpty() ? EnumSet.of(Channel.INBOX) : EnumSet.copyOf(channels);
        channels.add(Channel.INBOX);
        channels = Set.copyOf(channels);
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        if (channels.contains(Channel.WEBHOOK)) {
            if (webhookUrl == null) {
                problems.add(new FieldProblem("webhookUrl", "the WEBHOOK channel needs a URL to POST to"));
            } else if (!isHttpUrl(webhookUrl)) {
                problems.add(new FieldProblem(
                        "webhookUrl",
                        "'" + abbreviate(webhookUrl) + "' is not an http(s) "
                                + "URL like https://soc.ministry.example/hooks/vigil"));
            }
        } else if (webhookUrl != null) {
            problems.add(new FieldProblem(
                    "webhookUrl",
                    "a webhook URL is only used with the WEBHOOK channel: add " + "the channel or clear the URL"));
        }
        if (escalateAfter == null || escalateAfter.isNegative() || escalateAfter.compareTo(MAX_ESCALATION) > 0) {
            problems.add(new FieldProblem(
                    "escalateAfterMinutes",
                    "between 0 (never escalate) and " + MAX_ESCALATION.toMinutes() + " minutes"));
        }
        if (groupWindow == null || groupWindow.isNegative() || groupWindow.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem(
                    "groupWindowMinutes", "between 0 (no grouping) and " + MAX_WINDOW.toMinutes() + " minutes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Whether this rule raises an alert for the trigger. */
    boolean matches(Trigger trigger) {
        if (!enabled || trigger.kind() != kind) {
            return false;
        }
        if (!missions.isEmpty() && (trigger.missionId() == null || !missions.contains(trigger.missionId()))) {
            return false;
        }
        if (minLevel != null && trigger.rank() < minLevel.rank()) {
            return false;
        }
        return fromLevel == null || trigger.fromRank() >= fromLevel.rank();
    }

    AlertRule withId(long newId) {
        return new AlertRule(
                newId,
                name,
                kind,
                minLevel,
                fromLevel,
                missions,
                channels,
                webhookUrl,
                escalateAfter,
                groupWindow,
                enabled);
    }

    /** A level as typed: LOW, MODERATE (or MEDIUM, the engine's word), HIGH, CRITICAL, or 1 to 4; blank for none. */
    static RiskLevel level(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("MEDIUM")) {
            return RiskLevel.MODERATE;
        }
        for (RiskLevel level : RiskLevel.values()) {
            if (level.name().equals(v) || Integer.toString(level.rank()).equals(v)) {
                return level;
            }
        }
        throw new InvalidInputException(
                field,
                "'" + abbreviate(value) + "' is not a level: use LOW, MODERATE, HIGH " + "or CRITICAL (or 1 to 4)");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
