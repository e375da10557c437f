package org.vigil.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert settings. The webhook secret comes from the environment ({@code VIGIL_WEBHOOK_SECRET}) through
 * application.yml; SMTP is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST} and so on).
 *
 * @param baseUrl where Vigil's pages are, for links in e-mails, webhooks and the CAP feed
 * @param mailFrom the sender of alert e-mails
 * @param capSender the CAP {@code sender}: an identifier of this Vigil installation
 */
@ConfigurationProperties("vigil.alerts")
record AlertsProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("vigil@localhost") String mailFrom,
        @DefaultValue("vigil@localhost") String capSender,
        @DefaultValue Webhook webhook,
        @DefaultValue Delivery delivery,
        @DefaultValue Escalation escalation) {

    /**
     * @param secret the HMAC-SHA256 key shared with receivers; without it no webhook is sent
     * @param timeout how long to wait for a receiver's answer
     */
    record Webhook(String secret, @DefaultValue("10s") Duration timeout) {

        boolean configured() {
            return secret != null && !secret.isBlank();
        }
    }

    /**
     * @param poll how often due deliveries are looked for (new alerts also wake the dispatcher at once)
     * @param backoff the wait after the first failed attempt; doubled after each further failure
     * @param maxBackoff the longest wait between attempts
     * @param maxAttempts attempts before a delivery is given up (and shown as failed on the alert)
     */
    record Delivery(
            @DefaultValue("1s") Duration poll,
            @DefaultValue("10s") Duration backoff,
            @DefaultValue("30m") Duration maxBackoff,
            @DefaultValue("8") int maxAttempts) {}

    /** @param check how often unacknowledged alerts are checked against their rule's escalation time */
    record Escalation(@DefaultValue("30s") Duration check) {}
}
