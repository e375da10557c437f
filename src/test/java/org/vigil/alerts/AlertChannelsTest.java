package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.SurgeDetected;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The channels end to end: e-mail through a real SMTP server, signed webhooks with retries, the CAP feed. */
class AlertChannelsTest extends AlertsTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * How long a delivery may take to arrive: the demo data's risk levels raise alerts at start-up whose e-mails
     * are queued ahead of the test's, and the build machine is shared.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Autowired
    AlertDesk desk;

    @Autowired
    Deliveries deliveries;

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .map(Address::toString)
                                .anyMatch(address::equals);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void anIstanbulThreatIsMailedToItsOfficerAndHqAndTheEscalationToTheDirector() throws Exception {
        int before = mailTo("officer.istanbul@vigil.example").size();
        int ankaraBefore = mailTo("officer.ankara@vigil.example").size();
        publish(threat("ru-consulate-istanbul", ThreatLevel.CRITICAL));
        await().atMost(DELIVERY)
                .until(() -> mailTo("officer.istanbul@vigil.example").size() > before
                        && !mailTo("analyst@vigil.example").isEmpty());
        MimeMessage mail = mailTo("officer.istanbul@vigil.example").getLast();
        assertThat(mail.getSubject()).startsWith("[Vigil] CRITICAL · CRITICAL threat against");
        assertThat(mail.getContent().toString())
                .contains("https://vigil.test/alerts/")
                .contains("Mission: ru-consulate-istanbul");
        assertThat(mailTo("officer.ankara@vigil.example")).hasSize(ankaraBefore);

        long id = alertIds("ru-consulate-istanbul").getFirst();
        clock.advance(Duration.ofMinutes(31));
        assertThat(desk.escalateDue()).contains(id);
        await().atMost(DELIVERY)
                .until(() -> mailTo("director@vigil.example").stream().anyMatch(m -> {
                    try {
                        return m.getSubject().contains("ESCALATED")
                                && m.getContent().toString().contains("/alerts/" + id);
                    } catch (Exception e) {
                        return false;
                    }
                }));
    }

    @Test
    void webhooksAreSignedAndRetriedWithBackoffUntilTheReceiverAccepts() throws Exception {
        List<String> verified = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean valid = WebhookSignature.verify(
                    "test-webhook-secret",
                    exchange.getRequestHeaders().getFirst("X-Vigil-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Vigil-Signature"),
                    body,
                    clock.instant().getEpochSecond(),
                    300);
            boolean forged = WebhookSignature.verify(
                    "another-secret",
                    exchange.getRequestHeaders().getFirst("X-Vigil-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Vigil-Signature"),
                    body,
                    clock.instant().getEpochSecond(),
                    300);
            int n = calls.incrementAndGet();
            int code = !valid || forged ? 401 : n <= 2 ? 503 : 204;
            if (code == 204) {
                verified.add(new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            mvc.perform(post("/api/v1/alert-rules")
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                    {"name":"Washington surges to the SOC","kind":"SURGE","missions":["ru-embassy-washington"],
                     "channels":["INBOX","WEBHOOK"],"webhookUrl":"%s","escalateAfterMinutes":0,
                     "groupWindowMinutes":60}""".formatted(url)))
                    .andExpect(status().isCreated());
            publish(new SurgeDetected(
                    "ru-embassy-washington", 14, 2.5, 0.0001, clock.instant().minusSeconds(3600), clock.instant()));

            // each failure is recorded before the clock moves on, so that the backoff counts from that attempt
            await().atMost(DELIVERY).until(() -> attempts(url) == 1);
            assertThat(calls.get()).isEqualTo(1);
            // 10 s backoff after the first failure, 20 s after the second: nothing is sent before it is due
            clock.advance(Duration.ofSeconds(5));
            deliveries.dispatchDue();
            assertThat(calls.get()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(6));
            await().atMost(DELIVERY).until(() -> attempts(url) == 2);
            assertThat(calls.get()).isEqualTo(2);
            clock.advance(Duration.ofSeconds(15));
            deliveries.dispatchDue();
            assertThat(calls.get()).isEqualTo(2);
            clock.advance(Duration.ofSeconds(6));
            // the receiver sees the body before the dispatcher records the 204, so wait for the record as well
            await().atMost(DELIVERY).until(() -> verified.size() == 1 && "DELIVERED".equals(deliveryStatus(url)));

            JsonNode payload = JSON.readTree(verified.getFirst());
            assertThat(payload.get("alert").get("kind").asString()).isEqualTo("SURGE");
            assertThat(payload.get("alert").get("missionId").asString()).isEqualTo("ru-embassy-washington");
            String status = jdbc.sql("SELECT status || ':' || attempts FROM alert_delivery WHERE target = ?")
                    .param(url)
                    .query(String.class)
                    .single();
            assertThat(status).isEqualTo("DELIVERED:3");
        } finally {
            receiver.stop(0);
        }
    }

    private String deliveryStatus(String url) {
        return jdbc.sql("SELECT status FROM alert_delivery WHERE target = ?")
                .param(url)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private int attempts(String url) {
        return jdbc.sql("SELECT attempts FROM alert_delivery WHERE target = ?")
                .param(url)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    @Test
    void aReplayedOrTamperedWebhookFailsVerification() {
        byte[] body = "{\"alert\":{}}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("s3cret", 1_700_000_000L, body);
        assertThat(WebhookSignature.verify("s3cret", "1700000000", signature, body, 1_700_000_100L, 300))
                .isTrue();
        assertThat(WebhookSignature.verify("s3cret", "1700000000", signature, body, 1_700_000_400L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("s3cret", "1700000001", signature, body, 1_700_000_100L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify(
                        "s3cret", "1700000000", signature, "{}".getBytes(StandardCharsets.UTF_8), 1_700_000_100L, 300))
                .isFalse();
    }

    @Test
    void theCapFeedCarriesCap12AlertsOfTheCallersScope() throws Exception {
        publish(threat("ru-embassy-ankara", ThreatLevel.CRITICAL));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !alertIds("ru-embassy-ankara").isEmpty());
        byte[] xml = mvc.perform(get("/api/v1/alerts/cap").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList alerts = doc.getElementsByTagNameNS(CapFeed.CAP, "alert");
        assertThat(alerts.getLength()).isGreaterThan(0);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "cap".equals(prefix) ? CapFeed.CAP : "atom".equals(prefix) ? CapFeed.ATOM : null;
            }

            public String getPrefix(String uri) {
                return null;
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        NodeList areas =
                (NodeList) xpath.evaluate("//cap:alert/cap:info/cap:area/cap:areaDesc", doc, XPathConstants.NODESET);
        for (int i = 0; i < areas.getLength(); i++) {
            assertThat(areas.item(i).getTextContent()).contains("Ankara");
        }
        String first = "/atom:feed/atom:entry[1]/atom:content/cap:alert/";
        assertThat(xpath.evaluate(first + "cap:status", doc)).isEqualTo("Actual");
        assertThat(xpath.evaluate(first + "cap:scope", doc)).isEqualTo("Restricted");
        assertThat(xpath.evaluate(first + "cap:sender", doc)).isNotBlank();
        assertThat(xpath.evaluate(first + "cap:sent", doc))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(xpath.evaluate(first + "cap:info/cap:category", doc)).isEqualTo("Security");
        assertThat(xpath.evaluate(first + "cap:info/cap:severity", doc)).isEqualTo("Extreme");
        assertThat(xpath.evaluate(first + "cap:info/cap:urgency", doc)).isEqualTo("Immediate");
        assertThat(xpath.evaluate(first + "cap:info/cap:certainty", doc)).isEqualTo("Likely");
        assertThat(xpath.evaluate(first + "cap:info/cap:event", doc)).isNotBlank();
        assertThat(xpath.evaluate(first + "cap:info/cap:headline", doc)).contains("threat against");
        assertThat(xpath.evaluate(first + "cap:info/cap:area/cap:circle", doc)).startsWith("39.90060,32.85970 ");
    }
}
