package org.vigil.alerts;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.vigil.accounts.AccountDirectory.Contact;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mails and webhook calls, durably: each is a row in {@code alert_delivery}, written in the transaction that
 * raises or escalates the alert, then attempted by the dispatcher ({@link DeliveryDispatcher}). A failure is retried
 * after {@code backoff}, doubled after each further failure up to {@code maxBackoff}, until {@code maxAttempts};
 * a restart loses nothing because the queue is the table. A row is claimed with a conditional update (a lease), so
 * two instances never send the same delivery at the same time.
 */
@Service
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final AlertQueries queries;
    private final ObjectProvider<JavaMailSender> mail;
    private final AlertsProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean warnedNoMail;
    private final io.micrometer.core.instrument.MeterRegistry registry;

    /** Counts a delivery attempt: delivered, retrying (failed, tried again later) or failed for good. */
    private void count(Channel channel, String outcome) {
        io.micrometer.core.instrument.Counter.builder("vigil.alert.deliveries")
                .description("alert delivery attempts by channel and outcome")
                .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    Deliveries(
            JdbcClient jdbc,
            AlertQueries queries,
            ObjectProvider<JavaMailSender> mail,
            AlertsProperties properties,
            Clock clock,
            io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.queries = queries;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Queues the rule's e-mails (to each contact with an address) and webhook call for an alert. */
    void enqueue(long alertId, AlertRule rule, List<Contact> contacts, String reason) {
        OffsetDateTime now = ts(clock.instant());
        if (rule.channels().contains(Channel.EMAIL)) {
            if (mail.getIfAvailable() == null) {
                if (!warnedNoMail) {
                    warnedNoMail = true;
                    log.warn(
                            "Alert rule '{}' sends e-mail but no SMTP server is configured (set SPRING_MAIL_HOST); "
                                    + "alerts stay in the inbox",
                            rule.name());
                }
            } else {
                for (Contact c : contacts) {
                    if (c.email() != null) {
                        insert(alertId, Channel.EMAIL, c.email(), reason, now);
                    }
                }
            }
        }
        if (rule.channels().contains(Channel.WEBHOOK) && rule.webhookUrl() != null) {
            insert(alertId, Channel.WEBHOOK, rule.webhookUrl(), reason, now);
        }
    }

    private void insert(long alertId, Channel channel, String target, String reason, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO alert_delivery (alert_id, channel, target, reason, status, attempts, next_attempt_at,
                    created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)""").params(alertId, channel.name(), target, reason, now, now).update();
    }

    /** Lets the dispatcher look at once instead of at its next poll. */
    void wake() {
        wakeUp.release();
    }

    /** Waits for a wake-up or the poll interval. */
    void await(Duration poll) throws InterruptedException {
        wakeUp.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
    }

    /** Attempts every delivery that is due; returns how many it attempted. */
    int dispatchDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("""
                SELECT id, next_attempt_at FROM alert_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY id LIMIT 50""").param(ts(now)).query().listOfRows();
        int attempted = 0;
        for (Map<String, Object> row : due) {
            long id = ((Number) row.get("id")).longValue();
            int claimed = jdbc.sql("UPDATE alert_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' "
                            + "AND next_attempt_at <= ?")
                    .params(ts(now.plus(LEASE)), id, ts(now))
                    .update();
            if (claimed == 1) {
                attempt(id);
                attempted++;
            }
        }
        return attempted;
    }

    private record Row(long id, long alertId, Channel channel, String target, String reason, int attempts) {}

    private void attempt(long id) {
        Row d = jdbc.sql("SELECT id, alert_id, channel, target, reason, attempts FROM alert_delivery WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        Channel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .single();
        AlertQueries.AlertView alert = queries.get(d.alertId());
        int attempts = d.attempts() + 1;
        try {
            switch (d.channel()) {
                case EMAIL -> sendMail(d, alert);
                case WEBHOOK -> post(d, alert);
                default -> throw new IllegalStateException("nothing to deliver on " + d.channel());
            }
            jdbc.sql(
                            "UPDATE alert_delivery SET status = 'DELIVERED', attempts = ?, delivered_at = ?, last_error = NULL "
                                    + "WHERE id = ?")
                    .params(attempts, ts(clock.instant()), id)
                    .update();
            count(d.channel(), "delivered");
        } catch (Permanent e) {
            count(d.channel(), "failed");
            fail(id, attempts, e.getMessage(), true);
        } catch (Exception e) {
            boolean giveUp = attempts >= properties.delivery().maxAttempts();
            count(d.channel(), giveUp ? "failed" : "retrying");
            fail(id, attempts, e.getMessage() == null ? e.toString() : e.getMessage(), giveUp);
        }
    }

    private void fail(long id, int attempts, String error, boolean giveUp) {
        String clipped = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (giveUp) {
            log.warn("Alert delivery {} failed for good after {} attempt(s): {}", id, attempts, clipped);
            jdbc.sql("UPDATE alert_delivery SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?")
                    .params(attempts, clipped, id)
                    .update();
        } else {
            Duration wait = backoff(attempts);
            jdbc.sql("UPDATE alert_delivery SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
                    .params(attempts, clipped, ts(clock.instant().plus(wait)), id)
                    .update();
        }
    }

    /** The wait after {@code attempts} failed attempts: backoff, 2 x backoff, 4 x backoff ... up to maxBackoff. */
    Duration backoff(int attempts) {
        Duration base = properties.delivery().backoff();
        Duration max = properties.delivery().maxBackoff();
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private void sendMail(Row d, AlertQueries.AlertView alert) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new Permanent("no SMTP server is configured (set SPRING_MAIL_HOST)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(d.target());
        helper.setSubject("[Vigil] " + (d.reason().equals("ESCALATED") ? "ESCALATED: " : "") + alert.levelName() + " · "
                + alert.title());
        helper.setText(mailText(alert, d.reason()));
        sender.send(message);
    }

    private String mailText(AlertQueries.AlertView alert, String reason) {
        StringBuilder text = new StringBuilder();
        if (reason.equals("ESCALATED")) {
            text.append("Nobody acknowledged this alert within its rule's time; it is escalated to you.\n\n");
        }
        text.append(alert.title()).append("\n\n");
        text.append("Level: ").append(alert.levelName()).append('\n');
        text.append("Mission: ")
                .append(alert.missionId() == null ? "(none: HQ)" : alert.missionId())
                .append('\n');
        text.append("Rule: ").append(alert.ruleName()).append('\n');
        text.append("Raised: ").append(alert.firstAt()).append('\n');
        if (!alert.detail().isEmpty()) {
            text.append('\n').append(alert.detail()).append('\n');
        }
        text.append("\nAcknowledge or assign it in Vigil: ")
                .append(properties.baseUrl())
                .append("/alerts/")
                .append(alert.id())
                .append('\n');
        return text.toString();
    }

    private void post(Row d, AlertQueries.AlertView alert) throws Exception {
        String secret = properties.webhook().secret();
        if (!properties.webhook().configured()) {
            throw new Permanent(
                    "no webhook secret is configured (set VIGIL_WEBHOOK_SECRET); unsigned calls are not " + "sent");
        }
        byte[] body = JSON.writeValueAsBytes(payload(alert, d));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.target()))
                .timeout(properties.webhook().timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Vigil-Alerts/1")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .header(WebhookSignature.DELIVERY_HEADER, Long.toString(d.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new IllegalStateException("the receiver answered HTTP " + response.statusCode()
                    + (answer.isBlank() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) : answer)));
        }
    }

    static Map<String, Object> payload(AlertQueries.AlertView alert, Row d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("delivery", d.id());
        p.put("reason", d.reason());
        p.put("alert", AlertQueries.json(alert));
        return p;
    }

    /**
     * Whole milliseconds: the database keeps microseconds and rounds, so an instant written with its nanoseconds
     * could read back later than the same instant compared with it, and a delivery due "now" would wait.
     */
    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    /** A failure that another attempt cannot fix (a setting is missing). */
    private static final class Permanent extends RuntimeException {
        Permanent(String message) {
            super(message);
        }
    }
}
