package org.vigil.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The page shell: assets from the jar only, and the CSRF token that htmx requests send. */
@SpringBootTest
@AutoConfigureMockMvc
class LayoutTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryTheCsrfTokenForHtmxAndLoadNothingFromOutside() throws Exception {
        mvc.perform(get("/missions").with(user("analyst").roles("HQ_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")))
                .andExpect(content().string(containsString("/js/vigil.js")))
                .andExpect(content().string(not(containsString("src=\"http"))))
                .andExpect(content().string(not(containsString("href=\"http"))));
    }
}
