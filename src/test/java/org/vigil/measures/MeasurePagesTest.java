package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.SecurityTestSupport;
import org.vigil.TestPrincipals;
import org.vigil.shared.Scope;

/**
 * Need-to-know on the pages: the Istanbul officer's incidents, measures, network view and host-state requests hold
 * nothing of Ankara or of the rest of the network, and Ankara's records are "Nothing here" (404) for them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({SecurityTestSupport.Clocks.class, RecordedEvents.class})
@Tag("db")
class MeasurePagesTest {

    static final RequestPostProcessor ISTANBUL = authentication(
            TestPrincipals.auth("officer.istanbul", Scope.of(Set.of("ru-consulate-istanbul")), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor DIRECTOR =
            authentication(TestPrincipals.auth("director", Scope.all(), "ROLE_HQ_DIRECTOR"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aPersonNoLongerInPostIsNotOfferedAsAPrincipalButTheIncidentStillNamesHim() throws Exception {
        String ankara = authOfficerAnkaraPage("/host-requests/new?mission=ru-embassy-ankara");
        assertThat(ankara).contains("Alexei Yerkhov").doesNotContain("Andrei Karlov");
        assertThat(jdbc.sql("SELECT status FROM person WHERE id = 'karlov'")
                        .query(String.class)
                        .single())
                .isEqualTo("RETIRED");
        long karlov = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%Karlov%'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT person_id FROM incident_person WHERE incident_id = ?")
                        .param(karlov)
                        .query(String.class)
                        .list())
                .containsExactly("karlov");
    }

    private String authOfficerAnkaraPage(String path) throws Exception {
        return page(
                path,
                authentication(TestPrincipals.auth(
                        "officer.ankara", Scope.of(Set.of("ru-embassy-ankara")), "ROLE_MISSION_OFFICER")));
    }

    @Test
    void theIstanbulOfficerSeesNothingOfAnkaraOrTheNetworkOnThePages() throws Exception {
        long karlov = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%Karlov%'")
                .query(Long.class)
                .single();
        long damascus = jdbc.sql("SELECT id FROM measure WHERE mission_id = 'ru-embassy-damascus'"
                        + " AND code = 'SPECIAL_FORCES'")
                .query(Long.class)
                .single();

        assertThat(page("/incidents", DIRECTOR)).contains("Karlov");
        assertThat(page("/incidents/" + karlov, DIRECTOR))
                .contains("Çağdaş Sanat Merkezi")
                .contains("Lessons learned");
        assertThat(page("/measures/network", DIRECTOR)).contains("Embassy of the Russian Federation in Syria");
        assertThat(page("/measures/" + damascus, DIRECTOR))
                .contains("Special-forces unit")
                .contains("deputy.director");

        assertThat(page("/incidents", ISTANBUL)).doesNotContain("Karlov");
        assertThat(page("/measures", ISTANBUL)).doesNotContain("ru-embassy-", "Embassy of the Russian Federation");
        assertThat(page("/measures/network", ISTANBUL)).doesNotContain("Syria", "Iraq", "Afghanistan");
        assertThat(page("/host-requests", ISTANBUL)).doesNotContain("ru-embassy-ankara");
        mvc.perform(get("/incidents/" + karlov).with(ISTANBUL).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/measures/" + damascus).with(ISTANBUL).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void cooperationAndLessonsAreWrittenFromTheIncidentsPageAndIstanbulCannotWriteThem() throws Exception {
        String created = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/incidents")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.httpBasic("analyst", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"missionId": "ru-embassy-ankara", "type": "SUSPICIOUS_PACKAGE", "title": "Parcel at the gate",
                         "occurredAt": "2026-01-10T08:00:00Z", "severity": 3, "description": "Unaddressed parcel"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(created)
                .get("id")
                .asLong();
        var followUp = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/incidents/" + id + "/follow-up")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("authorities", "Bomb squad of the Ankara police came within 20 minutes")
                .param("lessons", "Parcels are screened at the outer gate");
        mvc.perform(followUp.with(ISTANBUL)).andExpect(status().isNotFound());
        mvc.perform(followUp.with(DIRECTOR)).andExpect(status().is3xxRedirection());
        assertThat(page("/incidents/" + id, DIRECTOR))
                .contains("Bomb squad of the Ankara police")
                .contains("Parcels are screened at the outer gate");
    }
}
