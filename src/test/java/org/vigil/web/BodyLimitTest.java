package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Request bodies have a limit, here 1 KB: larger is 413 with a problem body, whether the size is announced
 * (Content-Length, refused before a byte is read or anyone is authenticated) or only found while the body streams
 * (chunked); a body under the limit goes through. Behind a TLS proxy (forwarded headers trusted) the session cookie
 * is Secure and HSTS is sent; over plain HTTP neither.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigil.web.max-request-body=1KB", "server.forward-headers-strategy=native"})
class BodyLimitTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(body);
        if (signedIn) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String proposal(int padding) {
        return "{\"missionId\": \"ru-embassy-ankara\", \"title\": \"" + "x".repeat(padding) + "\"}";
    }

    @Test
    void anAnnouncedLargeBodyIs413BeforeAnythingElse() throws Exception {
        HttpResponse<String> r = post("/api/v1/measures", HttpRequest.BodyPublishers.ofString(proposal(4000)), false);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":413", "limit of 1 KB");
    }

    @Test
    void aStreamedLargeBodyIs413Too() throws Exception {
        byte[] big = proposal(4000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post(
                "/api/v1/measures",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
                true);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("413", "larger than");
    }

    @Test
    void aBodyUnderTheLimitIsReadAsUsual() throws Exception {
        HttpResponse<String> r = post("/api/v1/measures", HttpRequest.BodyPublishers.ofString("{\"title\": 5"), true);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not valid JSON");
    }

    private HttpResponse<String> loginPage(boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET();
        if (viaTlsProxy) {
            b.header("X-Forwarded-Proto", "https");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> tls = loginPage(true);
        assertThat(tls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "includeSubDomains"));
        assertThat(tls.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID", "Secure", "HttpOnly"));
        HttpResponse<String> plain = loginPage(false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .noneSatisfy(c -> assertThat(c).contains("Secure"));
    }
}
