package org.vigil.alerts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.Role;

/**
 * A rule as the API and the rules form send it: text and numbers, turned into a checked {@link AlertRule}.
 * {@code missions} and {@code channels} are lists; the form sends missions as one text (ids separated by commas or
 * spaces) through {@link #splitIds}.
 */
record RuleRequest(
        String name,
        String kind,
        String minLevel,
        String fromLevel,
        List<String> missions,
        List<String> channels,
        String webhookUrl,
        Integer escalateAfterMinutes,
        Integer groupWindowMinutes,
        Boolean enabled) {

    AlertRule toRule() {
        AlertKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = AlertKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "kind", "'" + kind + "' is not a rule kind: use one of " + List.of(AlertKind.values()));
            }
        }
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        for (String c : channels == null ? List.<String>of() : channels) {
            if (c == null || c.isBlank()) {
                continue;
            }
            try {
                chosen.add(Channel.valueOf(c.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "channels", "'" + c + "' is not a channel: use INBOX, EMAIL or " + "WEBHOOK");
            }
        }
        return new AlertRule(
                null,
                name,
                k,
                AlertRule.level("minLevel", minLevel),
                AlertRule.level("fromLevel", fromLevel),
                missions == null ? Set.of() : Set.copyOf(missions),
                chosen,
                webhookUrl,
                Duration.ofMinutes(escalateAfterMinutes == null ? 30 : escalateAfterMinutes),
                Duration.ofMinutes(groupWindowMinutes == null ? 60 : groupWindowMinutes),
                enabled == null || enabled);
    }

    static RuleRequest of(AlertRule r) {
        return new RuleRequest(
                r.name(),
                r.kind().name(),
                r.minLevel() == null ? null : r.minLevel().name(),
                r.fromLevel() == null ? null : r.fromLevel().name(),
                r.missions().stream().sorted().toList(),
                r.channels().stream().sorted().map(Enum::name).toList(),
                r.webhookUrl(),
                (int) r.escalateAfter().toMinutes(),
                (int) r.groupWindow().toMinutes(),
                r.enabled());
    }

    static List<String> splitIds(String text) {
        return text == null
                ? List.of()
                : java.util.Arrays.stream(text.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static final Set<Role> READERS_OF_RULES = Role.HQ;

    /**
     * Rules are read and changed by administrators and HQ analysts and directors (the auditor reads the audit
     * trail, which records every change of a rule, not the rules).
     */
    static void requireManager(Authentication auth, boolean change) {
        Set<Role> allowed = change ? Role.HQ : READERS_OF_RULES;
        if (Actor.rolesOf(auth).stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(
                    "alert rules are " + (change ? "managed" : "read") + " by administrators and HQ");
        }
    }
}
