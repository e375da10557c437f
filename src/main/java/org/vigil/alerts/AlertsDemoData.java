package org.vigil.alerts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vigil.accounts.AccountDirectory;
import org.vigil.risk.RiskLevel;

/**
 * Demo data for alerts, on first start: a sensible rule per kind (when there are no rules yet), and an e-mail
 * address {@code <username>@vigil.example} for the demo accounts that have none, so that e-mail works as soon as an
 * SMTP server is configured. Runs after the demo accounts ({@code @Order(20)}).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class AlertsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AlertsDemoData.class);
    static final List<String> DEMO_USERS =
            List.of("admin", "director", "analyst", "officer.ankara", "officer.istanbul", "head.ankara");

    private final AlertRules rules;
    private final AccountDirectory directory;

    AlertsDemoData(AlertRules rules, AccountDirectory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    static List<AlertRule> defaults() {
        Set<Channel> inboxAndMail = EnumSet.of(Channel.INBOX, Channel.EMAIL);
        return List.of(
                rule(
                        "High and critical threats against a person or mission",
                        AlertKind.THREAT,
                        RiskLevel.HIGH,
                        null,
                        inboxAndMail,
                        30,
                        60),
                rule("Surge of hostile signals", AlertKind.SURGE, null, null, inboxAndMail, 60, 120),
                rule(
                        "Risk level raised to HIGH or above",
                        AlertKind.RISK_RAISED,
                        RiskLevel.HIGH,
                        null,
                        inboxAndMail,
                        120,
                        60),
                rule("New incident", AlertKind.INCIDENT, null, null, inboxAndMail, 30, 60),
                rule("Source down", AlertKind.SOURCE_DOWN, null, null, EnumSet.of(Channel.INBOX), 0, 240),
                rule("Measure overdue", AlertKind.MEASURE_OVERDUE, null, null, inboxAndMail, 1440, 1440),
                rule("Appearance threatened or not ready", AlertKind.APPEARANCE, null, null, inboxAndMail, 30, 60),
                rule("Person of interest escalates", AlertKind.PERSON_OF_INTEREST, null, null, inboxAndMail, 60, 240));
    }

    private static AlertRule rule(
            String name,
            AlertKind kind,
            RiskLevel min,
            RiskLevel from,
            Set<Channel> channels,
            int escalateMinutes,
            int windowMinutes) {
        return new AlertRule(
                null,
                name,
                kind,
                min,
                from,
                Set.of(),
                channels,
                null,
                Duration.ofMinutes(escalateMinutes),
                Duration.ofMinutes(windowMinutes),
                true);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rules.isEmpty()) {
            defaults().forEach(rules::create);
            log.info("Created {} demo alert rules", defaults().size());
        } else {
            // a kind added since the demo rules were first created gets its default rule
            for (AlertRule rule : defaults()) {
                if (rules.list().stream().noneMatch(r -> r.kind() == rule.kind())) {
                    rules.create(rule);
                    log.info("Created the demo alert rule \"{}\"", rule.name());
                }
            }
        }
        for (String user : DEMO_USERS) {
            directory
                    .find(user)
                    .filter(c -> c.email() == null)
                    .ifPresent(c -> directory.setEmail(user, user + "@vigil.example"));
        }
    }
}
