package org.vigil.web;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.AccountDirectory;
import org.vigil.shared.Actor;
import org.vigil.shared.AwaitingDecision;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * "Awaiting my decision" through the user's channel: every few minutes ({@code vigil.decisions.notify-every},
 * default 5 minutes), each account with an e-mail address is sent one message listing the decisions that began to
 * wait for it since the last one (measures to approve, alerts assigned to it, host-state requests to follow up), with
 * links; a decision is announced once ({@code decision_notice}), and again only if it stops waiting and waits anew.
 * Without an SMTP server nothing is sent and nothing is marked, so nothing is lost when one is configured later. The
 * message is written in the account's own interface language ({@code decisions.mail.*} of the message bundles).
 */
@Component
class DecisionNotices {

    private static final Logger log = LoggerFactory.getLogger(DecisionNotices.class);

    private final DecisionQueue queue;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final String from;

    DecisionNotices(
            DecisionQueue queue,
            AccountDirectory accounts,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            @Value("${vigil.alerts.base-url:http://localhost:8080}") String baseUrl,
            @Value("${vigil.alerts.mail-from:vigil@localhost}") String from) {
        this.queue = queue;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @Scheduled(
            initialDelayString = "${vigil.decisions.notify-every:PT5M}",
            fixedDelayString = "${vigil.decisions.notify-every:PT5M}")
    void scheduled() {
        try {
            announce();
        } catch (RuntimeException e) {
            log.warn("Decision notices not sent this round: {}", e.toString());
        }
    }

    /**
     * One round: for every account with an address, the decisions newly waiting for it, in one message. No
     * transaction is held while a message is sent: an account's marks are written in a transaction of their own
     * after its message went out, so a crash in between sends that message again (at least once, never lost).
     *
     * @return how many messages were sent
     */
    int announce() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (AccountDirectory.Contact contact : accounts.withEmail()) {
            Set<Role> roles = contact.roles();
            boolean scoped = roles.stream().anyMatch(Role::scoped);
            Actor actor = new Actor(contact.username(), roles, scoped ? Scope.of(contact.missions()) : Scope.all());
            List<AwaitingDecision.Item> waiting = queue.forActor(actor);
            Set<String> told = new HashSet<>(jdbc.sql("SELECT link FROM decision_notice WHERE username = ?")
                    .param(contact.username())
                    .query(String.class)
                    .list());
            Set<String> now = new HashSet<>();
            List<AwaitingDecision.Item> fresh = new ArrayList<>();
            for (AwaitingDecision.Item item : waiting) {
                now.add(item.link());
                if (!told.contains(item.link())) {
                    fresh.add(item);
                }
            }
            transactions.executeWithoutResult(t -> {
                for (String gone : told) {
                    if (!now.contains(gone)) {
                        jdbc.sql("DELETE FROM decision_notice WHERE username = ? AND link = ?")
                                .params(contact.username(), gone)
                                .update();
                    }
                }
            });
            if (fresh.isEmpty()) {
                continue;
            }
            try {
                send(sender, contact, fresh, waiting.size());
            } catch (Exception e) {
                // not marked: the next round tries again
                log.warn("Decision notice to {} not sent: {}", contact.username(), e.toString());
                continue;
            }
            transactions.executeWithoutResult(t -> {
                for (AwaitingDecision.Item item : fresh) {
                    jdbc.sql("INSERT INTO decision_notice (username, link, notified_at) VALUES (?, ?, ?)")
                            .params(
                                    contact.username(),
                                    item.link(),
                                    clock.instant().atOffset(ZoneOffset.UTC))
                            .update();
                }
            });
            sent++;
        }
        return sent;
    }

    private void send(JavaMailSender sender, AccountDirectory.Contact to, List<AwaitingDecision.Item> fresh, int all)
            throws Exception {
        Locale language = accounts.languageOf(to.username());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.email());
        helper.setSubject(messages.getMessage(
                "decisions.mail.subject",
                new Object[] {fresh.size(), text(fresh.getFirst().kind(), language)},
                language));
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("decisions.mail.lead", new Object[] {fresh.size()}, language))
                .append("\n\n");
        for (AwaitingDecision.Item item : fresh) {
            if (item.urgent()) {
                text.append(messages.getMessage("decisions.mail.urgent", null, language))
                        .append("  ");
            }
            text.append(text(item.kind(), language)).append(": ").append(text(item.title(), language));
            String detail = item.detail() == null ? "" : text(item.detail(), language);
            if (!detail.isBlank()) {
                text.append(" (").append(detail).append(')');
            }
            text.append("\n  ").append(baseUrl).append(item.link()).append("\n\n");
        }
        text.append(messages.getMessage(
                        "decisions.mail.all", new Object[] {all, baseUrl + "/#decision-queue"}, language))
                .append('\n');
        helper.setText(text.toString());
        sender.send(message);
    }

    private String text(MessageSourceResolvable resolvable, Locale language) {
        return messages.getMessage(resolvable, language);
    }
}
