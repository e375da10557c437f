package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.shared.Role;

/**
 * Single sign-on against a real OpenID Connect provider ({@link TestIdentityProvider}, Spring Authorization Server on
 * its own port), driven like a browser: a cookie-keeping HTTP client follows Vigil's redirect to the provider, signs
 * in on the provider's form, and follows the code back to Vigil, which fetches the tokens and keys itself. The user
 * lands signed in with the role and missions of their ID token, an account row and audit entries exist, and the
 * scope is the one of the claims: their mission's page opens, another mission's is 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static TestIdentityProvider idp;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        if (idp == null) {
            idp = TestIdentityProvider.start();
        }
        registry.add("vigil.oidc.issuer-uri", idp::issuer);
        registry.add("vigil.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("vigil.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        if (idp != null) {
            idp.close();
            idp = null;
        }
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** From Vigil's sign-in link through the provider's form and back: the response the user ends on. */
    private HttpResponse<String> signInThroughProvider(HttpClient browser, String username) throws Exception {
        HttpResponse<String> signInPage = get(browser, app("/login"));
        assertThat(signInPage.body()).contains("Sign in with the ministry account", "/oauth2/authorization/ministry");

        HttpResponse<String> providerForm = get(browser, app("/oauth2/authorization/ministry"));
        assertThat(providerForm.uri().toString()).startsWith(idp.issuer() + "/login");
        Matcher csrf = CSRF.matcher(providerForm.body());
        assertThat(csrf.find()).as("the provider's login form has a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + TestIdentityProvider.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(URI.create(idp.issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMinistryUserSignsInWithTheRoleAndMissionsOfTheirToken() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> landed = signInThroughProvider(browser, "sso.officer");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).isEqualTo(app("/"));
        assertThat(landed.body())
                .contains("<span class=\"user-name\">sso.officer</span>", "Sign out")
                .doesNotContain("Sign in to Vigil");

        // the account row: the known role only (TEA_MAKER ignored), the registered mission only ("atlantis" ignored)
        Account account = accounts.find("sso.officer").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.MISSION_OFFICER);
        assertThat(account.missions()).containsExactly("ru-embassy-ankara");
        assertThat(account.displayName()).isEqualTo("Test sso.officer");
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = 'ACCOUNT' AND entity_id = ?"
                                + " ORDER BY seq")
                        .param("sso.officer")
                        .query(String.class)
                        .list())
                .containsSubsequence("CREATE", "LOGIN");
        assertThat(jdbc.sql("SELECT actor FROM audit_entries WHERE action = 'LOGIN' AND entity_id = ?")
                        .param("sso.officer")
                        .query(String.class)
                        .single())
                .isEqualTo("sso.officer");

        // the scope of the claims: their mission opens, another is not there for them
        assertThat(get(browser, app("/risk/missions/ru-embassy-ankara")).statusCode())
                .isEqualTo(200);
        assertThat(get(browser, app("/risk/missions/ru-consulate-istanbul")).statusCode())
                .isEqualTo(404);
        // a mission officer is no administrator
        assertThat(get(browser, app("/admin/accounts")).statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWithoutAnyVigilRoleIsRefusedWithTheReason() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> landed = signInThroughProvider(browser, "sso.stranger");

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.body()).contains("Sign in to Vigil", "gave you no Vigil role");
        assertThat(accounts.find("sso.stranger")).isEmpty();
        assertThat(get(browser, app("/risk/missions/ru-embassy-ankara")).uri().getPath())
                .isEqualTo("/login");
    }

    @Test
    void theProviderDecidesAccessAtEachSignInAndADisabledAccountStaysOut() throws Exception {
        assertThat(signInThroughProvider(browser(), "sso.head").uri().toString())
                .isEqualTo(app("/"));
        Account first = accounts.find("sso.head").orElseThrow();
        assertThat(first.roles()).containsExactly(Role.HEAD_OF_MISSION);
        assertThat(first.missions()).containsExactly("ru-consulate-istanbul");

        // a change made in Vigil lasts until the next sign-in, which brings the claims' access back (audited)
        accounts.changeAccess(
                "sso.head", java.util.Set.of(Role.HEAD_OF_MISSION), java.util.Set.of("ru-embassy-ankara"), "admin");
        HttpClient again = browser();
        assertThat(signInThroughProvider(again, "sso.head").uri().toString()).isEqualTo(app("/"));
        assertThat(accounts.find("sso.head").orElseThrow().missions()).containsExactly("ru-consulate-istanbul");
        assertThat(get(again, app("/risk/missions/ru-consulate-istanbul")).statusCode())
                .isEqualTo(200);
        assertThat(get(again, app("/risk/missions/ru-embassy-ankara")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'CHANGE_ACCESS' AND entity_id = ?"
                                + " AND after_json LIKE '%single sign-on%'")
                        .param("sso.head")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        // disabling in Vigil locks the user out even though the provider still signs them in
        accounts.setEnabled("sso.head", false, "admin");
        HttpResponse<String> refused = signInThroughProvider(browser(), "sso.head");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("This account is disabled");
        assertThat(accounts.find("sso.head").orElseThrow().enabled()).isFalse();
    }
}
