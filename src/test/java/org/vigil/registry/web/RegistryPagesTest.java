package org.vigil.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;
import org.vigil.registry.MissionStatus;
import org.vigil.registry.Missions;
import org.vigil.shared.Scope;

/**
 * The registry pages and the map's markers as the server renders them, for an administrator and for a mission
 * officer: need-to-know, the form's messages, retirement, the audited person read. The browser tests drive the
 * same pages in Chromium; these run without one and pin the server's side.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesTest {

    static final Authentication ADMIN = TestPrincipals.admin();
    static final Authentication ANKARA = TestPrincipals.officer("ru-embassy-ankara");
    static final Authentication ANALYST = TestPrincipals.auth("test.analyst", Scope.all(), "ROLE_HQ_ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Missions missions;

    @Test
    void missionsListPagesThroughTheNetworkAndLiveSearchReturnsOnlyTheResults() throws Exception {
        long total = missions.all(Scope.all()).size();
        mvc.perform(get("/missions").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<nav class=\"mainnav\""),
                                containsString("1–25 of " + total + " missions"),
                                containsString("Page 1 of"),
                                containsString("id=\"new-mission\""),
                                containsString("id=\"missions-count\""),
                                // Next swaps the next page into the results in place
                                containsString("hx-get=\"?page=1\""),
                                containsString("hx-target=\"#mission-results\""))));

        // what htmx asks for while the user types: the results only, with the match and without the rest
        String fragment = mvc.perform(get("/missions")
                        .param("q", "ankara")
                        .header("HX-Request", "true")
                        .with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html", "mainnav")
                .contains("id=\"mission-results\"", "data-mission-id=\"ru-embassy-ankara\"")
                .doesNotContain("data-mission-id=\"ru-embassy-berlin\"");

        mvc.perform(get("/missions")
                        .param("host", "TR")
                        .param("kind", "CONSULATE_GENERAL")
                        .with(authentication(ADMIN)))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-mission-id=\"ru-consulate-istanbul\""),
                                not(containsString("data-mission-id=\"ru-embassy-ankara\"")))));
        // an unknown filter value or page number is ignored rather than an error page
        mvc.perform(get("/missions").param("kind", "PALACE").param("page", "x").with(authentication(ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerSeesOnlyTheirMissionInTheListOnTheMapAndByAddress() throws Exception {
        String list = mvc.perform(get("/missions").with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains("data-mission-id=\"ru-embassy-ankara\"", "1 mission")
                .doesNotContain("data-mission-id=\"ru-consulate-istanbul\"", "id=\"new-mission\"");

        mvc.perform(get("/map/missions.json").with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("ru-embassy-ankara"))
                .andExpect(jsonPath("$[0].url").value("/missions/ru-embassy-ankara"))
                .andExpect(jsonPath("$[0].level").isString()); // the risk module assesses every mission at start

        mvc.perform(get("/missions/ru-embassy-ankara").with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Alexei Yerkhov"),
                                containsString("id=\"mission-map\""),
                                not(containsString("id=\"edit-mission\"")))));
        // another mission's page, person and people list entries are not there at all
        mvc.perform(get("/missions/ru-consulate-istanbul").with(authentication(ANKARA)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Istanbul"))));
        mvc.perform(get("/people").with(authentication(ANKARA)))
                .andExpect(content().string(allOf(containsString("Alexei Yerkhov"), not(containsString("Lavrov")))));
        mvc.perform(get("/people/lavrov").with(authentication(ANKARA))).andExpect(status().isNotFound());
    }

    @Test
    void theMapGetsEveryVisibleMissionWithItsPositionStatusAndLink() throws Exception {
        mvc.perform(get("/map/missions.json").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.length()").value(missions.all(Scope.all()).size()))
                .andExpect(jsonPath("$[?(@.id == 'ru-embassy-ankara')].lat").value(39.9006))
                .andExpect(jsonPath("$[?(@.id == 'ru-embassy-ankara')].status").value("ACTIVE"))
                .andExpect(jsonPath("$[?(@.id == 'ru-embassy-ankara')].kind").value("EMBASSY"));
    }

    @Test
    void onlyAdministratorsReachTheMissionForm() throws Exception {
        mvc.perform(get("/missions/new").with(authentication(ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/missions")
                        .param("id", "ru-x")
                        .with(authentication(ANKARA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/missions/ru-embassy-ankara/retire")
                        .with(authentication(ANKARA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(missions.find(Scope.all(), "ru-x")).isEmpty();
        mvc.perform(get("/missions/new").with(authentication(ADMIN))).andExpect(status().isOk());
    }

    @Test
    void theFormExplainsEachMistakeAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/missions")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "ru-consulate-test-form")
                        .param("kind", "CONSULATE_GENERAL")
                        .param("name", "")
                        .param("sendingCountry", "RU")
                        .param("hostCountry", "")
                        .param("city", "Typo City")
                        .param("lat", "abc")
                        .param("lon", "")
                        .param("aliases", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The mission was not saved"),
                                containsString("is required"),
                                containsString("&quot;abc&quot; is not a number"),
                                containsString("value=\"Typo City\""))));
        mvc.perform(post("/missions")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "ru-consulate-test-form")
                        .param("kind", "CONSULATE_GENERAL")
                        .param("name", "Consulate General in Nowhere")
                        .param("sendingCountry", "RU")
                        .param("hostCountry", "DE")
                        .param("lat", "50.1")
                        .param("lon", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lat and lon must be given together")));
        // an id that exists is a message on the id field, not an error page
        mvc.perform(post("/missions")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "ru-embassy-ankara")
                        .param("kind", "EMBASSY")
                        .param("name", "Duplicate")
                        .param("sendingCountry", "RU")
                        .param("hostCountry", "TR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists")));
        assertThat(missions.find(Scope.all(), "ru-consulate-test-form")).isEmpty();
    }

    @Test
    void anAdministratorCreatesEditsAndRetiresAMission() throws Exception {
        mvc.perform(post("/missions")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "ru-consulate-test-pages")
                        .param("kind", "CONSULATE_GENERAL")
                        .param("name", "Consulate General of Russia in Frankfurt")
                        .param("sendingCountry", "RU")
                        .param("hostCountry", "DE")
                        .param("city", "Frankfurt")
                        .param("lat", "50.1109")
                        .param("lon", "8,6821")
                        .param("aliases", "Russian consulate in Frankfurt\n\n  Генконсульство  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/missions/ru-consulate-test-pages"));
        var created = missions.find(Scope.all(), "ru-consulate-test-pages").orElseThrow();
        assertThat(created.lon()).isEqualTo(8.6821);
        assertThat(created.aliases()).containsExactly("Russian consulate in Frankfurt", "Генконсульство");
        assertThat(auditActions("MISSION", "ru-consulate-test-pages")).containsExactly("CREATE");

        mvc.perform(get("/missions/ru-consulate-test-pages/edit").with(authentication(ADMIN)))
                .andExpect(content().string(containsString("value=\"Consulate General of Russia in Frankfurt\"")));
        mvc.perform(post("/missions/ru-consulate-test-pages")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "something-else")
                        .param("kind", "CONSULATE_GENERAL")
                        .param("name", "Consulate General in Frankfurt am Main")
                        .param("sendingCountry", "RU")
                        .param("hostCountry", "DE")
                        .param("city", "Frankfurt am Main")
                        .param("lat", "50.1109")
                        .param("lon", "8.6821")
                        .param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/missions/ru-consulate-test-pages"));
        assertThat(missions.find(Scope.all(), "ru-consulate-test-pages")
                        .orElseThrow()
                        .name())
                .isEqualTo("Consulate General in Frankfurt am Main");
        assertThat(missions.find(Scope.all(), "something-else")).isEmpty();

        mvc.perform(get("/missions/ru-consulate-test-pages/retire").with(authentication(ADMIN)))
                .andExpect(content().string(containsString("id=\"confirm-retire\"")));
        mvc.perform(post("/missions/ru-consulate-test-pages/retire")
                        .with(authentication(ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/missions/ru-consulate-test-pages"));
        assertThat(missions.find(Scope.all(), "ru-consulate-test-pages")
                        .orElseThrow()
                        .status())
                .isEqualTo(MissionStatus.RETIRED);
        mvc.perform(get("/map/missions.json").with(authentication(ADMIN)))
                .andExpect(content().string(not(containsString("ru-consulate-test-pages"))));
        assertThat(auditActions("MISSION", "ru-consulate-test-pages")).containsExactly("CREATE", "UPDATE", "RETIRE");
    }

    @Test
    void anAdministratorAddsEditsAndRetiresAPersonOfAMission() throws Exception {
        mvc.perform(get("/people/new").param("mission", "ru-embassy-ankara").with(authentication(ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/new").param("mission", "ru-embassy-ankara").with(authentication(ADMIN)))
                .andExpect(
                        content().string(containsString("<option value=\"ru-embassy-ankara\" selected=\"selected\"")));

        mvc.perform(post("/people")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "test-attache")
                        .param("name", "")
                        .param("role", "PRINCE")
                        .param("missionId", "ru-embassy-nowhere")
                        .param("accounts", "@attache_test"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The person was not saved"),
                                containsString("is required"),
                                containsString("&quot;PRINCE&quot; is not one of"),
                                containsString("@attache_test"))));
        mvc.perform(post("/people")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "test-attache")
                        .param("name", "Ivan Petrov")
                        .param("role", "DIPLOMAT")
                        .param("missionId", "ru-embassy-nowhere"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no mission &quot;ru-embassy-nowhere&quot;")));

        mvc.perform(post("/people")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("id", "test-attache")
                        .param("name", "Ivan Petrov")
                        .param("role", "DIPLOMAT")
                        .param("missionId", "ru-embassy-ankara")
                        .param("aliases", "Иван Петров\nI. Petrov")
                        .param("accounts", "@attache_test"))
                .andExpect(redirectedUrl("/people/test-attache"));
        mvc.perform(get("/missions/ru-embassy-ankara").with(authentication(ANKARA)))
                .andExpect(content().string(containsString("Ivan Petrov")));

        mvc.perform(post("/people/test-attache")
                        .with(authentication(ADMIN))
                        .with(csrf())
                        .param("name", "Ivan A. Petrov")
                        .param("role", "STAFF")
                        .param("missionId", "ru-embassy-ankara")
                        .param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/people/test-attache"));
        mvc.perform(post("/people/test-attache/retire")
                        .with(authentication(ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/test-attache"));
        mvc.perform(get("/missions/ru-embassy-ankara").with(authentication(ANKARA)))
                .andExpect(content().string(not(containsString("Petrov"))));
        assertThat(auditActions("PERSON", "test-attache")).containsExactly("CREATE", "UPDATE", "RETIRE");
        mvc.perform(post("/people/test-attache/retire")
                        .with(authentication(ANKARA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void openingAPersonIsAuditedButTheListIsNot() throws Exception {
        int before = auditActions("PERSON", "yerkhov").size();
        mvc.perform(get("/people").param("q", "yerkh").with(authentication(ADMIN)))
                .andExpect(content().string(containsString("data-person-id=\"yerkhov\"")));
        assertThat(auditActions("PERSON", "yerkhov")).hasSize(before);
        mvc.perform(get("/people/yerkhov").with(authentication(ANKARA)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Alexei Yerkhov"),
                                containsString("Ambassador"),
                                containsString("Embassy of the Russian Federation in Turkey"))));
        assertThat(auditActions("PERSON", "yerkhov")).hasSize(before + 1).last().isEqualTo("READ");
    }

    @Test
    void pagesOutsideTheRegistryUseTheShellAndErrorPagesSayWhatToDo() throws Exception {
        mvc.perform(get("/").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"world-map\""),
                                containsString("/dist/leaflet.js"),
                                containsString("id=\"decision-queue\""),
                                org.hamcrest.Matchers.matchesPattern(
                                        "(?s).*<a href=\"/\" id=\"nav-home\"[^>]*class=\"active\">Home.*"))));
        mvc.perform(get("/map/countries-50m.geojson").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("{\"type\":\"FeatureCollection\"")));
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js").with(authentication(ADMIN)))
                .andExpect(status().isOk());
    }

    private List<String> auditActions(String type, String id) {
        return jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = :t AND entity_id = :id ORDER BY seq")
                .param("t", type)
                .param("id", id)
                .query(String.class)
                .list();
    }
}
