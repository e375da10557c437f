package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.analysis.ThreatLevel;

/** The alert pages with signed-in demo users: the live inbox and its badge, an alert's buttons, the rules pages. */
class AlertPagesTest extends AlertsTestBase {

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void theInboxShowsOnlyTheOfficersMissionAndTheAlertCanBeAcknowledged() throws Exception {
        publish(threat("ru-embassy-ankara", ThreatLevel.HIGH));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !alertIds("ru-embassy-ankara").isEmpty());
        long id = alertIds("ru-embassy-ankara").getFirst();
        MockHttpSession ankara = login("officer.ankara");
        MockHttpSession istanbul = login("officer.istanbul");

        mvc.perform(get("/alerts").session(ankara))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-alert-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")));
        mvc.perform(get("/alerts/rows").param("mission", "ru-embassy-ankara").session(ankara))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-alert-id=\"" + id + "\"")));
        mvc.perform(get("/alerts").session(istanbul))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-alert-id=\"" + id + "\""))));
        mvc.perform(get("/alerts/" + id).session(istanbul)).andExpect(status().isNotFound());
        mvc.perform(get("/alerts/badge").session(ankara))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-new")));

        mvc.perform(get("/alerts/" + id).session(ankara))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"acknowledge\"")));
        mvc.perform(post("/alerts/" + id + "/acknowledge").session(istanbul).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/alerts/" + id + "/acknowledge").session(ankara).with(csrf()))
                .andExpect(redirectedUrl("/alerts/" + id));
        assertThat(jdbc.sql("SELECT status || ':' || acknowledged_by FROM alert WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ACKNOWLEDGED:officer.ankara");
    }

    @Test
    void rulesPagesAreForHqAndAFormMistakeIsShown() throws Exception {
        MockHttpSession officer = login("officer.ankara");
        MockHttpSession analyst = login("analyst");
        mvc.perform(get("/alerts/rules").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/alerts/rules").session(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("High and critical threats against a person or mission")));
        mvc.perform(get("/alerts/rules/new").session(analyst)).andExpect(status().isOk());
        mvc.perform(post("/alerts/rules")
                        .session(analyst)
                        .with(csrf())
                        .param("name", "Webhook without URL")
                        .param("kind", "INCIDENT")
                        .param("channels", "WEBHOOK")
                        .param("escalateAfterMinutes", "10")
                        .param("groupWindowMinutes", "10")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the WEBHOOK channel needs a URL")));
        mvc.perform(post("/alerts/rules")
                        .session(analyst)
                        .with(csrf())
                        .param("name", "Incidents in Ankara")
                        .param("kind", "INCIDENT")
                        .param("missions", "ru-embassy-ankara")
                        .param("channels", "INBOX")
                        .param("escalateAfterMinutes", "10")
                        .param("groupWindowMinutes", "10")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/alerts/rules"));
        assertThat(jdbc.sql("SELECT missions FROM alert_rule WHERE name = 'Incidents in Ankara'")
                        .query(String.class)
                        .single())
                .isEqualTo("ru-embassy-ankara");
    }

    @Test
    void administratorsSetTheAddressAlertsAreMailedTo() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(post("/admin/accounts/officer.istanbul/email")
                        .session(admin)
                        .with(csrf())
                        .param("email", "not an address"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/admin/accounts/auditor/email")
                        .session(admin)
                        .with(csrf())
                        .param("email", "Auditor@Ministry.example"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/admin/accounts").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"auditor@ministry.example\"")));
        assertThat(jdbc.sql("SELECT email FROM accounts WHERE username = 'officer.istanbul'")
                        .query(String.class)
                        .single())
                .isEqualTo("officer.istanbul@vigil.example");
    }
}
