package org.vigil.alerts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.MutableClock;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalDetected;

/**
 * What the alert tests share, so that they share one application context: the demo data (accounts, default rules),
 * a clock they move, one GreenMail SMTP server on a free port for the whole run, a webhook secret, and the
 * escalation schedule off (tests run the check themselves after moving the clock).
 */
@SpringBootTest(
        properties = {
            "vigil.alerts.webhook.secret=test-webhook-secret",
            "vigil.alerts.delivery.backoff=10s",
            "vigil.alerts.delivery.poll=200ms",
            "vigil.alerts.escalation.enabled=false",
            "vigil.alerts.base-url=https://vigil.test"
        })
@AutoConfigureMockMvc
@Import(AlertsTestBase.Clocks.class)
@Tag("db")
abstract class AlertsTestBase {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    static final RequestPostProcessor DIRECTOR = httpBasic("director", "demo");
    static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    static final RequestPostProcessor HEAD_ANKARA = httpBasic("head.ankara", "demo");
    static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    static final GreenMail SMTP;

    static {
        SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    /** Publishes as the owning module does: inside a transaction, so after-commit listeners run on commit. */
    void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    static long signalIds = 9_000_000L + (System.nanoTime() % 1000) * 1000;

    /** A threat signal as the pipeline announces it (the id is made up: no stored signal is needed). */
    SignalDetected threat(String missionId, ThreatLevel level) {
        return new SignalDetected(
                ++signalIds, Set.of(missionId), Set.of(), level, List.of(ThreatCategory.DIRECT_THREAT));
    }

    /** The alert that carries this signal once raised: a new one, or one it was grouped into. */
    long awaitAlertOf(SignalDetected signal) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(
                        () -> jdbc.sql("SELECT alert_id FROM alert_event WHERE ref_type = 'SIGNAL' AND ref_id = ?")
                                .param(Long.toString(signal.signalId()))
                                .query(Long.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** The alerts raised for a mission, newest first. */
    List<Long> alertIds(String missionId) {
        return jdbc.sql("SELECT id FROM alert WHERE mission_id = ? ORDER BY id DESC")
                .param(missionId)
                .query(Long.class)
                .list();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
