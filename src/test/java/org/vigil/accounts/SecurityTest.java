package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.MutableClock;
import org.vigil.SecurityTestSupport;
import org.vigil.shared.Role;

/** Signing in, API authentication, role rules and the errors and headers a client sees, on the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestSupport.Clocks.class)
@Tag("db")
class SecurityTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountStore store;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** Each test signs in from its own address, so throttling in one test never touches another. */
    private static String freshAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private String newUser(String username, Role role, String... missions) {
        return accounts.create(new NewAccount(username, "Test " + username, Set.of(role), Set.of(missions)), null)
                .password();
    }

    private long auditCount(String action, String entityId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = ? AND entity_id = ?")
                .params(action, entityId)
                .query(Long.class)
                .single();
    }

    // --- form login -------------------------------------------------------------------------------------------

    @Test
    void demoAccountSignsInWithTheFormAndIsAudited() throws Exception {
        long before = auditCount("LOGIN", "analyst");
        mvc.perform(login("analyst", "demo", freshAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount("LOGIN", "analyst")).isEqualTo(before + 1);
    }

    @Test
    void wrongPasswordReturnsToTheFormWithAClearMessageAndIsAudited() throws Exception {
        long before = auditCount("LOGIN_FAILED", "director");
        MvcResult result = mvc.perform(login("director", "not-the-password", freshAddress()))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession)
                        result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wrong username or password.")));
        assertThat(auditCount("LOGIN_FAILED", "director")).isEqualTo(before + 1);
    }

    @Test
    void withoutAnIdentityProviderTheSignInPageOffersOnlyTheFormAndTheSsoPathIsNotThere() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(not(containsString("/oauth2/authorization/ministry"))));
        // no single sign-on filter answers it: like any page, it wants a signed-in user
        mvc.perform(get("/oauth2/authorization/ministry")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "analyst").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveFailuresLockTheUsernameFromThatAddressForFifteenMinutes() throws Exception {
        String password = newUser("throttled.user", Role.HQ_ANALYST);
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("throttled.user", "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult fifth = mvc.perform(login("throttled.user", "wrong-4", address))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession)
                        fifth.getRequest().getSession()))
                .andExpect(content().string(containsString("Too many failed sign-ins")))
                .andExpect(content().string(containsString("locked until")));
        assertThat(auditCount("LOGIN_LOCKED", "throttled.user")).isEqualTo(1);

        // Even the right password is refused while locked ...
        mvc.perform(login("throttled.user", password, address)).andExpect(redirectedUrl("/login?error"));
        assertThat(auditCount("LOGIN_LOCKED", "throttled.user")).isEqualTo(2);
        // ... but only from that address: the real user elsewhere is not locked out.
        mvc.perform(login("throttled.user", password, freshAddress())).andExpect(redirectedUrl("/"));
        // The API's Basic sign-in counts the same lock.
        mvc.perform(get("/api/v1/me")
                        .with(httpBasic("throttled.user", password))
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked")));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(login("throttled.user", password, address)).andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/accounts"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Vigil")));
    }

    // --- API authentication -----------------------------------------------------------------------------------

    @Test
    void unauthenticatedApiCallGets401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().stringValues("WWW-Authenticate", "Bearer realm=\"vigil\"", "Basic realm=\"vigil\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"))
                .andExpect(jsonPath("$.detail", containsString("Authorization: Bearer")));
    }

    @Test
    void basicAuthWorksAndShowsTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("officer.ankara", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("officer.ankara"))
                .andExpect(jsonPath("$.roles[0]").value("MISSION_OFFICER"))
                .andExpect(jsonPath("$.scope.unrestricted").value(false))
                .andExpect(jsonPath("$.scope.missions[0]").value("ru-embassy-ankara"))
                .andExpect(jsonPath("$.scope.missions.length()").value(1));
        mvc.perform(get("/api/v1/me").with(httpBasic("head.ankara", "demo")))
                .andExpect(jsonPath("$.readOnly").value(true));
        mvc.perform(get("/api/v1/me").with(httpBasic("director", "demo")))
                .andExpect(jsonPath("$.scope.unrestricted").value(true));
    }

    @Test
    void apiCallsNeedNoCsrfTokenAndCreateNoSession() throws Exception {
        String password = newUser("api.writer", Role.ADMIN);
        MvcResult result = mvc.perform(post("/api/v1/accounts")
                        .with(httpBasic("api.writer", password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"made.by.api","displayName":"Made by API","roles":["HQ_ANALYST"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.username").value("made.by.api"))
                .andExpect(jsonPath("$.password").isNotEmpty())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void bearerTokenWorksUntilRevoked() throws Exception {
        newUser("token.owner", Role.MISSION_OFFICER, "ru-consulate-istanbul");
        VigilUser owner = store.findUser("token.owner").orElseThrow();
        ApiTokens.CreatedToken created = tokens.create(owner, "sync script");
        assertThat(created.token()).startsWith("vigil_").hasSizeGreaterThan(40);
        // Only the hash is stored.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?")
                        .param(created.token())
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("token.owner"))
                .andExpect(jsonPath("$.scope.missions[0]").value("ru-consulate-istanbul"));
        assertThat(tokens.list(owner).getFirst().lastUsedAt()).isNotNull();

        assertThat(auditCount("TOKEN_CREATE", Long.toString(created.info().id())))
                .isEqualTo(1);

        tokens.revoke(owner, created.info().id());
        assertThat(auditCount("TOKEN_REVOKE", Long.toString(created.info().id())))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("unknown or revoked")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer vigil_madeup"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountStopsItsPasswordAndItsTokens() throws Exception {
        String password = newUser("soon.disabled", Role.HQ_ANALYST);
        VigilUser user = store.findUser("soon.disabled").orElseThrow();
        String token = tokens.create(user, "laptop").token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        accounts.setEnabled("soon.disabled", false, "admin");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("soon.disabled", password)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("disabled")));
        // A wrong password does not reveal that the account is disabled.
        mvc.perform(get("/api/v1/me").with(httpBasic("soon.disabled", "wrong-password")))
                .andExpect(jsonPath("$.detail", not(containsString("disabled"))));
    }

    @Test
    void disablingAnAccountEndsItsPageSession() throws Exception {
        String password = newUser("session.ender", Role.HQ_ANALYST);
        MockHttpSession session = signIn("session.ender", password);
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());

        accounts.setEnabled("session.ender", false, "admin");
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login?disabled"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").param("disabled", "")).andExpect(content().string(containsString("disabled")));
    }

    @Test
    void anAdministratorChangesRolesAndMissionsByApiAndPageAndTheSessionFollows() throws Exception {
        String password = newUser("moving.officer", Role.HQ_ANALYST);
        MockHttpSession session = signIn("moving.officer", password);
        mvc.perform(get("/api/v1/missions/ru-embassy-berlin").with(httpBasic("moving.officer", password)))
                .andExpect(status().isOk());
        long before = auditCount("CHANGE_ACCESS", "moving.officer");

        // by API: now a mission officer of Ankara only
        mvc.perform(put("/api/v1/accounts/moving.officer/access")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"MISSION_OFFICER\"], \"missions\": [\"ru-embassy-ankara\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("MISSION_OFFICER"))
                .andExpect(jsonPath("$.missions[0]").value("ru-embassy-ankara"));
        assertThat(auditCount("CHANGE_ACCESS", "moving.officer")).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/missions/ru-embassy-berlin").with(httpBasic("moving.officer", password)))
                .andExpect(status().isNotFound());
        // the page session signed in with the old access ends
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login?changed"));
        mvc.perform(get("/login").param("changed", ""))
                .andExpect(content().string(containsString("changed your roles")));

        // the rules of a new account hold, with the field named
        mvc.perform(
                        put("/api/v1/accounts/moving.officer/access")
                                .with(httpBasic("admin", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"roles\": [\"MISSION_OFFICER\", \"HQ_ANALYST\"], \"missions\": [\"ru-embassy-ankara\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("either HQ-wide or mission-scoped")));
        mvc.perform(put("/api/v1/accounts/moving.officer/access")
                        .with(httpBasic("director", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"ADMIN\"]}"))
                .andExpect(status().isForbidden());

        // by page: back to HQ analyst (the new-account form shares the fields)
        mvc.perform(get("/admin/accounts/new").with(signedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"roles\"")));
        mvc.perform(get("/admin/accounts/moving.officer/access").with(signedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ru-embassy-ankara")));
        mvc.perform(post("/admin/accounts/moving.officer/access")
                        .param("roles", "HQ_ANALYST")
                        .param("missions", "")
                        .with(csrf())
                        .with(signedIn("admin")))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(store.findUser("moving.officer").orElseThrow().roles()).containsExactly(Role.HQ_ANALYST);
        // an administrator cannot lock themselves out
        mvc.perform(put("/api/v1/accounts/admin/access")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"HQ_ANALYST\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("your own account")));
    }

    // --- roles ------------------------------------------------------------------------------------------------

    @Test
    void forbiddenApiCallsGet403ProblemDetailsNamingTheRoles() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail", containsString("HQ_ANALYST")));
        mvc.perform(get("/api/v1/accounts").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void registryWritesAreForAdministratorsOnly() throws Exception {
        for (String user : new String[] {"director", "analyst", "officer.ankara", "head.ankara", "auditor"}) {
            mvc.perform(post("/api/v1/missions")
                            .with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/registry/import").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void headOfMissionAndAuditorAreReadOnly() throws Exception {
        for (String user : new String[] {"head.ankara", "auditor"}) {
            mvc.perform(post("/api/v1/anything").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(post("/missions/ru-embassy-ankara/notes")
                            .with(signedIn(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // ... yet they manage their own tokens.
        mvc.perform(post("/account/tokens").param("name", "reader").with(csrf()).with(signedIn("head.ankara")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vigil_")));
    }

    @Test
    void auditTrailIsForAuditorsAndAdministrators() throws Exception {
        mvc.perform(get("/api/v1/audit").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
        for (String user : new String[] {"director", "analyst", "officer.ankara", "head.ankara"}) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theAuditorReadsTheAuditTrailNotTheMissionsData() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
        mvc.perform(get("/api/v1/me").with(httpBasic("auditor", "demo"))).andExpect(status().isOk());
        for (String path : new String[] {
            "/api/v1/missions", "/api/v1/signals", "/api/v1/alerts", "/api/v1/measures", "/api/v1/people"
        }) {
            mvc.perform(get(path).with(httpBasic("auditor", "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path).with(httpBasic("director", "demo"))).andExpect(status().isOk());
        }
        mvc.perform(get("/missions").with(signedIn("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(signedIn("auditor")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit"));
        mvc.perform(get("/audit").with(signedIn("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/missions\""))));
    }

    // --- pages: CSRF, headers, admin --------------------------------------------------------------------------

    @Test
    void pageFormsNeedTheCsrfToken() throws Exception {
        MockHttpSession session = signIn("analyst", "demo");
        mvc.perform(post("/account/tokens").param("name", "no csrf").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens")
                        .param("name", "with csrf")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown only this once")));
    }

    @Test
    void securityHeadersArePresent() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("http"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void administratorCreatesAnAccountThroughThePagesAndItSignsIn() throws Exception {
        MockHttpSession admin = signIn("admin", "demo");
        mvc.perform(get("/admin/accounts").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("officer.istanbul")));
        MvcResult created = mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", "officer.ottawa")
                        .param("displayName", "Officer Ottawa")
                        .param("roles", "MISSION_OFFICER")
                        .param("missions", "ru-embassy-ottawa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn();
        String page = created.getResponse().getContentAsString();
        String password = page.replaceAll("(?s).*id=\"new-password\">([^<]+)<.*", "$1");
        assertThat(password).hasSize(20);
        mvc.perform(get("/api/v1/me").with(httpBasic("officer.ottawa", password)))
                .andExpect(jsonPath("$.scope.missions[0]").value("ru-embassy-ottawa"));
        assertThat(auditCount("CREATE", "officer.ottawa")).isEqualTo(1);

        // A bad form comes back with the reason.
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", "officer.atlantis")
                        .param("displayName", "Atlantis")
                        .param("roles", "MISSION_OFFICER")
                        .param("missions", "ru-embassy-atlantis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ru-embassy-atlantis&#39; in the registry")));
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", "officer.nowhere")
                        .param("displayName", "Nowhere")
                        .param("roles", "MISSION_OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("needs at least one mission")));

        MockHttpSession analyst = signIn("analyst", "demo");
        mvc.perform(get("/admin/accounts").session(analyst)).andExpect(status().isForbidden());
    }

    @Test
    void accountApiRefusesBadRequestsWithTheField() throws Exception {
        mvc.perform(post("/api/v1/accounts")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"x.officer","displayName":"X","roles":["MISSION_OFFICER"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("missions"));
        mvc.perform(post("/api/v1/accounts")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"analyst","displayName":"X","roles":["HQ_ANALYST"]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("taken")));
        mvc.perform(get("/api/v1/accounts/nobody").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    /** A page session for a user, without going through the (slow, throttled) password check. */
    private RequestPostProcessor signedIn(String username) {
        return user(store.findUser(username).orElseThrow().withoutPassword());
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        MockHttpSession session = signIn("auditor", "demo");
        long before = auditCount("LOGOUT", "auditor");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(auditCount("LOGOUT", "auditor")).isEqualTo(before + 1);
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void administratorResetsAPasswordWhichAlsoLiftsALock() throws Exception {
        String old = newUser("forgetful.user", Role.HQ_DIRECTOR);
        String address = freshAddress();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(login("forgetful.user", "guess-" + i, address));
        }
        MvcResult reset = mvc.perform(
                        post("/api/v1/accounts/forgetful.user/password").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.username").value("forgetful.user"))
                .andReturn();
        String fresh = com.jayway.jsonpath.JsonPath.read(reset.getResponse().getContentAsString(), "$.password");
        assertThat(fresh).hasSize(20).isNotEqualTo(old);
        mvc.perform(login("forgetful.user", old, address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("forgetful.user", fresh, address)).andExpect(redirectedUrl("/"));
        assertThat(auditCount("PASSWORD_RESET", "forgetful.user")).isEqualTo(1);
        // The audit entry holds no password.
        assertThat(jdbc.sql("SELECT after_json FROM audit_entries WHERE action = 'PASSWORD_RESET' AND entity_id = ?")
                        .param("forgetful.user")
                        .query(String.class)
                        .single())
                .doesNotContain(fresh);
    }

    @Test
    void administratorsCannotDisableThemselves() throws Exception {
        mvc.perform(post("/api/v1/accounts/admin/disable").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("your own account")));
        assertThat(store.isEnabled("admin")).isTrue();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(login(username, password, freshAddress()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
