package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push-only GATEWAY role: the demo {@code gateway} account pushes to {@code demo-social} (which lists it) with
 * its password or an administrator-issued token, is refused with a clear reason on a source that does not list it,
 * and gets 403 from every other endpoint and page of the application, so it never sees a signal, mission or person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class GatewayRoleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor GATEWAY = httpBasic("gateway", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String batch(String source, String... ids) {
        List<String> items = new ArrayList<>();
        for (String id : ids) {
            items.add("{\"id\": \"" + id + "\", \"text\": \"Gateway relay of post " + id + "\", \"kind\": \"POST\"}");
        }
        return "{\"source\": \"" + source + "\", \"items\": [" + String.join(",", items) + "]}";
    }

    private String issueToken() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/accounts/gateway/tokens")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"relay " + unique() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", containsString("vigil_")))
                .andReturn();
        return JSON.readTree(result.getResponse().getContentAsString())
                .get("token")
                .asString();
    }

    private static RequestPostProcessor bearer(String token) {
        return r -> {
            r.addHeader("Authorization", "Bearer " + token);
            return r;
        };
    }

    @Test
    void theDemoGatewayPushesToDemoSocialWithItsPasswordOrAToken() throws Exception {
        String u = unique();
        mvc.perform(post("/api/v1/items")
                        .with(GATEWAY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch("demo-social", "basic-" + u)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted", is(1)));

        String token = issueToken();
        mvc.perform(post("/api/v1/items")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch("demo-social", "token-" + u, "basic-" + u)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted", is(1)))
                .andExpect(jsonPath("$.duplicate", is(1)));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = 'demo-social' AND external_id IN (?, ?)")
                        .params("basic-" + u, "token-" + u)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'PUSH' AND actor = 'gateway'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSourceThatDoesNotListTheGatewayRefusesItsPushWithTheReason() throws Exception {
        String other = "other-gw-" + unique();
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"id": "%s", "kind": "PUSH", "name": "Another gateway's source", "reliability": "C",
                         "allowedAccounts": ["analyst"]}""".formatted(other)))
                .andExpect(status().isCreated());
        String token = issueToken();
        for (RequestPostProcessor who : List.of(GATEWAY, bearer(token))) {
            mvc.perform(post("/api/v1/items")
                            .with(who)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(batch(other, "x-" + unique())))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath(
                            "$.detail",
                            containsString("Account 'gateway' may not push items to source '" + other + "'")))
                    .andExpect(jsonPath("$.detail", containsString("allowedAccounts")));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item WHERE source_id = ?")
                        .param(other)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * Walks every endpoint and page the application maps (so that an endpoint added later is covered too) and calls
     * it as the gateway: everything but the push answers 403.
     */
    @Test
    void theGatewayIsRefusedEveryEndpointAndPageButThePush() throws Exception {
        VigilUser gateway = store.findUser("gateway").orElseThrow().withoutPassword();
        Set<String> calls = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                    mapping.getHandlerMethods().entrySet()) {
                if (!e.getValue().getBeanType().getName().startsWith("org.vigil.")) {
                    continue;
                }
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (String pattern : e.getKey().getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]*}", "1");
                    for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        calls.add(m.name() + " " + path);
                    }
                }
            }
        }
        assertThat(calls)
                .contains("GET /api/v1/signals", "GET /api/v1/missions", "GET /api/v1/people", "POST /api/v1/items");
        calls.addAll(List.of("GET /v3/api-docs", "GET /"));
        List<String> notRefused = new ArrayList<>();
        for (String call : calls) {
            String[] parts = call.split(" ", 2);
            if (call.equals("POST /api/v1/items") || call.equals("GET /login") || call.equals("GET /error")) {
                continue; // the push is the gateway's one right; the sign-in and error pages are public
            }
            int status = mvc.perform(request(HttpMethod.valueOf(parts[0]), parts[1])
                            .with(user(gateway))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                notRefused.add(call + " -> " + status);
            }
        }
        assertThat(notRefused).as("endpoints the gateway reached").isEmpty();

        // and with its own credentials on the API, the same answer, as a problem detail
        mvc.perform(get("/api/v1/signals").with(GATEWAY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("GATEWAY")));
        mvc.perform(get("/api/v1/missions/ru-embassy-ankara").with(bearer(issueToken())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aGatewayAccountHasThatOneRoleNoMissionAndSeesNothing() {
        assertThatThrownBy(() -> new NewAccount("gw2", "Gateway", Set.of(Role.GATEWAY, Role.HQ_ANALYST), Set.of()))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("do not combine GATEWAY");
        assertThatThrownBy(() -> new NewAccount("gw2", "Gateway", Set.of(Role.GATEWAY), Set.of("ru-embassy-ankara")))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("sees no mission");
        assertThatThrownBy(() -> new NewAccount(
                        "gw2", "Gateway", Set.of(Role.GATEWAY, Role.MISSION_OFFICER), Set.of("ru-embassy-ankara")))
                .isInstanceOf(AccountProblem.class);
        VigilUser gateway = store.findUser("gateway").orElseThrow();
        assertThat(gateway.roles()).containsExactly(Role.GATEWAY);
        assertThat(gateway.scope()).isEqualTo(Scope.none());
    }

    @Test
    void administratorsIssueTokensForGatewaysOnlyAndOthersCannotAtAll() throws Exception {
        mvc.perform(post("/api/v1/accounts/analyst/tokens")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"not for a person\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not a GATEWAY account")));
        mvc.perform(post("/api/v1/accounts/nobody-" + unique() + "/tokens")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/gateway/tokens")
                        .with(httpBasic("officer.istanbul", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/gateway/tokens")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest());
        JsonNode audit = JSON.readTree(jdbc.sql("SELECT after_json FROM audit_entries WHERE action = 'TOKEN_CREATE' "
                        + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class)
                .single());
        assertThat(audit.get("owner").asString()).isEqualTo("gateway");
    }
}
