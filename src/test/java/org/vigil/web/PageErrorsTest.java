package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;

/**
 * A browser that mistypes an address or opens a record it may not see gets the status alone, so that the error
 * page renders; the API and scripts keep their problem details.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageErrorsTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @Test
    void browsersGetTheErrorPageStatusWithoutAProblemBody() throws Exception {
        mvc.perform(get("/no-such-page").header("Accept", BROWSER_ACCEPT).with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/missions/no-such-mission").header("Accept", BROWSER_ACCEPT)
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void theApiAndScriptsKeepProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/missions/no-such-mission").header("Accept", BROWSER_ACCEPT)
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
        mvc.perform(get("/no-such-page").header("Accept", "application/json")
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
    }

    @Test
    void theNavigationHighlightsTheSectionOfThePath() {
        assertThat(NavigationAdvice.section("/")).isEqualTo("map");
        assertThat(NavigationAdvice.section("/missions/ru-embassy-ankara/edit"))
                .isEqualTo("missions");
        assertThat(NavigationAdvice.section("/admin/accounts")).isEqualTo("admin");
        assertThat(NavigationAdvice.section("/account/tokens")).isEmpty();
    }
}
