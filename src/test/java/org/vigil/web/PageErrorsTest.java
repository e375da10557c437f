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
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.TestPrincipals;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.web.ApiProblems;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.Times;

/**
 * A browser that mistypes an address or opens a record it may not see gets the status alone, so that the error
 * page renders; the API and scripts keep their problem details. A web-layer slice: the error handling
 * ({@link PageErrorResolver}, {@link ApiProblems}) in front of a page and an API handler that, like the registry's,
 * answer "not found" for a record the caller may not see.
 */
@WebMvcTest(controllers = {PageErrorsTest.MissionPage.class, PageErrorsTest.MissionResource.class})
@Import({
    PageErrorResolver.class,
    ApiProblems.class,
    Times.class, // the page shell's helpers (NavigationAdvice gives every page the times helper)
    Labels.class,
    PageErrorsTest.MissionPage.class,
    PageErrorsTest.MissionResource.class
})
@ImportAutoConfiguration(ApplicationAvailabilityAutoConfiguration.class) // StartingFilter lets requests in once ready
class PageErrorsTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A page, as the registry's mission page: an unknown or hidden mission is "not found". */
    @Controller
    static class MissionPage {
        @GetMapping("/missions/{id}")
        String show(@PathVariable String id) {
            throw new NotFoundException("mission", id);
        }
    }

    /** The API's counterpart. */
    @RestController
    static class MissionResource {
        @GetMapping("/api/v1/missions/{id}")
        String get(@PathVariable String id) {
            throw new NotFoundException("mission", id);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void browsersGetTheErrorPageStatusWithoutAProblemBody() throws Exception {
        mvc.perform(get("/no-such-page").header("Accept", BROWSER_ACCEPT).with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/missions/no-such-mission")
                        .header("Accept", BROWSER_ACCEPT)
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void theApiAndScriptsKeepProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/missions/no-such-mission")
                        .header("Accept", BROWSER_ACCEPT)
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
        mvc.perform(get("/no-such-page")
                        .header("Accept", "application/json")
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
    }

    @Test
    void theNavigationHighlightsTheSectionOfThePath() {
        assertThat(NavigationAdvice.section("/")).isEqualTo("map");
        assertThat(NavigationAdvice.section("/missions/ru-embassy-ankara/edit")).isEqualTo("missions");
        assertThat(NavigationAdvice.section("/admin/accounts")).isEqualTo("admin");
        assertThat(NavigationAdvice.section("/account/tokens")).isEmpty();
    }
}
