package org.vigil.accounts;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Production setting VIGIL_BASIC_AUTH=false: the API takes API tokens only. */
@SpringBootTest(properties = {"vigil.security.basic-auth-enabled=false"})
@AutoConfigureMockMvc
class BasicAuthDisabledTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore store;

    @Autowired
    ApiTokens tokens;

    @Test
    void basicCredentialsAreRefusedAndTokensStillWork() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("analyst", "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues("WWW-Authenticate", not(hasItem("Basic realm=\"vigil\""))))
                .andExpect(jsonPath("$.detail", not(org.hamcrest.Matchers.containsString("Basic"))));
        String token = tokens.create(store.findUser("analyst").orElseThrow(), "only way in")
                .token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("analyst"));
    }
}
