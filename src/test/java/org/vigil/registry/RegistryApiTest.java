package org.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.TestPrincipals;

/** The registry API as a client sees it: paging, filters, validation, 404s, retiring, import and export. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class RegistryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final String NEW_MISSION = """
            {"id": "ru-consulate-test-%s", "kind": "CONSULATE_GENERAL", "name": "Consulate General in %s",
             "sendingCountry": "RU", "hostCountry": "DE", "city": "%s", "lat": 50.1, "lon": 8.6,
             "aliases": ["Russian consulate in %s"]}""";

    @Test
    void demoNetworkIsListedWithPagingAndFilters() throws Exception {
        mvc.perform(get("/api/v1/missions").param("size", "10").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()", is(10)))
                .andExpect(jsonPath("$.total", is(45)))
                .andExpect(jsonPath("$.page", is(0)));
        mvc.perform(get("/api/v1/missions").param("hostCountry", "TR").with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.items[*].id", hasItem("ru-embassy-ankara")))
                .andExpect(jsonPath("$.items[*].hostCountry", everyItem(is("TR"))))
                .andExpect(jsonPath("$.total", is(3)));
        mvc.perform(get("/api/v1/missions")
                        .param("kind", "CONSULATE_GENERAL")
                        .param("q", "istanb")
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].id", is("ru-consulate-istanbul")));
    }

    @Test
    void unknownIdsAre404AndBadParametersAre400() throws Exception {
        mvc.perform(get("/api/v1/missions/no-such-mission").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no-such-mission")));
        mvc.perform(get("/api/v1/people/nobody").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions").param("kind", "PALACE").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
        mvc.perform(get("/api/v1/missions").param("size", "100000").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("size")));
    }

    @Test
    void invalidMissionIsRefusedNamingEachField() throws Exception {
        String body = """
                {"id": "bad id", "kind": "EMBASSY", "name": "", "sendingCountry": "Russia", "hostCountry": "QQ",
                 "lat": 95}""";
        mvc.perform(post("/api/v1/missions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("id")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sendingCountry")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lat")));
        // a well-formed code that is no country is caught by the domain check, not only the pattern
        String unknownCountry = NEW_MISSION.formatted("x", "X", "X", "X").replace("\"DE\"", "\"QQ\"");
        mvc.perform(post("/api/v1/missions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(unknownCountry)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("hostCountry")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("not a known country")));
        mvc.perform(post("/api/v1/missions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("body")));
    }

    @Test
    void missionLifecycleCreateUpdateRetireIsAudited() throws Exception {
        mvc.perform(post("/api/v1/missions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_MISSION.formatted("fra", "Frankfurt", "Frankfurt", "Frankfurt"))
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/missions/ru-consulate-test-fra"))
                .andExpect(jsonPath("$.status", is("ACTIVE")));
        mvc.perform(post("/api/v1/missions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_MISSION.formatted("fra", "Frankfurt", "Frankfurt", "Frankfurt"))
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/missions/ru-consulate-test-fra")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_MISSION.formatted("fra", "Frankfurt am Main", "Frankfurt am Main", "Frankfurt"))
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city", is("Frankfurt am Main")));
        mvc.perform(post("/api/v1/missions/ru-consulate-test-fra/retire")
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("RETIRED")));
        // retired: still readable, out of the default list, refused a second retirement
        mvc.perform(get("/api/v1/missions/ru-consulate-test-fra").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/missions").param("q", "test-fra").with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(post("/api/v1/missions/ru-consulate-test-fra/retire")
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_entries WHERE entity_type = 'MISSION' AND entity_id = :id ORDER BY seq")
                        .param("id", "ru-consulate-test-fra")
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE", "RETIRE");
    }

    @Test
    void scopedOfficerSeesOnlyTheirMissionEverywhere() throws Exception {
        var officer = TestPrincipals.officer("ru-embassy-ankara");
        mvc.perform(get("/api/v1/missions").with(authentication(officer)))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].id", is("ru-embassy-ankara")));
        mvc.perform(get("/api/v1/missions/ru-consulate-istanbul").with(authentication(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions").param("q", "istanbul").with(authentication(officer)))
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/v1/people").with(authentication(officer)))
                .andExpect(jsonPath("$.items[*].id", hasItem("yerkhov")))
                .andExpect(jsonPath("$.items[*].missionId", everyItem(is("ru-embassy-ankara"))));
        // a minister with no mission is HQ's business only
        mvc.perform(get("/api/v1/people/lavrov").with(authentication(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/sokolova").with(authentication(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/yerkhov").with(authentication(officer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/registry/export").with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missions[*].id", is(java.util.List.of("ru-embassy-ankara"))))
                .andExpect(jsonPath("$.people[*].id", not(hasItem("lavrov"))));
        // a caller with no scope at all sees nothing mission-bound
        var nobody = TestPrincipals.officer();
        mvc.perform(get("/api/v1/missions").with(authentication(nobody))).andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/v1/people").with(authentication(nobody))).andExpect(jsonPath("$.total", is(0)));
    }

    @Test
    void readingAPersonIsAudited() throws Exception {
        long before = count("READ", "karlov");
        mvc.perform(get("/api/v1/people/karlov").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Andrei Karlov")));
        assertThat(count("READ", "karlov")).isEqualTo(before + 1);
    }

    @Test
    void importIsIdempotentAndAnInvalidFileWritesNothing() throws Exception {
        String file = """
                {"missions": [{"id": "ru-embassy-oslo", "kind": "EMBASSY", "name": "Embassy of Russia in Norway",
                  "sendingCountry": "RU", "hostCountry": "NO", "city": "Oslo", "location": {"lat": 59.93, "lon": 10.71}}],
                 "people": [{"id": "imported-person", "name": "Ivan Importov", "role": "DIPLOMAT",
                  "missionId": "ru-embassy-oslo", "accounts": ["@ivan"]}]}""";
        mvc.perform(post("/api/v1/registry/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(file)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missionsCreated", is(1)))
                .andExpect(jsonPath("$.peopleCreated", is(1)));
        long auditRows =
                jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
        mvc.perform(post("/api/v1/registry/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(file)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missionsUnchanged", is(1)))
                .andExpect(jsonPath("$.peopleUnchanged", is(1)))
                .andExpect(jsonPath("$.missionsCreated", is(0)))
                .andExpect(jsonPath("$.peopleUpdated", is(0)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditRows);

        long missions =
                jdbc.sql("SELECT COUNT(*) FROM mission").query(Long.class).single();
        String invalid = """
                {"missions": [{"id": "ru-embassy-bern", "kind": "EMBASSY", "name": "Embassy in Switzerland",
                  "sendingCountry": "RU", "hostCountry": "CH"},
                  {"id": "ru-embassy-x", "kind": "EMBASSY", "name": "", "sendingCountry": "RU", "hostCountry": "XX"}],
                 "people": [{"id": "p", "name": "P", "role": "NOBODY"}]}""";
        mvc.perform(post("/api/v1/registry/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invalid)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()", is(3)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("hostCountry")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("role")))
                .andExpect(jsonPath("$.errors[*].entry", hasItem("missions[1] (ru-embassy-x)")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mission").query(Long.class).single())
                .isEqualTo(missions);
    }

    @Test
    void exportImportsAgainUnchanged() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/registry/export").with(authentication(TestPrincipals.admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("\"ru-embassy-ankara\"", "\"@RusEmbTurkey\"");
        mvc.perform(post("/api/v1/registry/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(exported)
                        .with(authentication(TestPrincipals.admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missionsCreated", is(0)))
                .andExpect(jsonPath("$.missionsUpdated", is(0)))
                .andExpect(jsonPath("$.peopleCreated", is(0)))
                .andExpect(jsonPath("$.peopleUpdated", is(0)));
    }

    @Test
    void countriesHaveTheirNamesInManyLanguages() throws Exception {
        mvc.perform(get("/api/v1/countries/TR").with(authentication(TestPrincipals.officer("ru-embassy-ankara"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alpha3", is("TUR")))
                .andExpect(jsonPath("$.names.rus", is("Турция")))
                .andExpect(jsonPath("$.capital", is("Ankara")));
        mvc.perform(get("/api/v1/countries").param("q", "Турция").with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.items[0].code", is("TR")));
        mvc.perform(get("/api/v1/countries").param("size", "500").with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.total", is(250)));
        mvc.perform(get("/api/v1/countries")
                        .param("region", "Oceania")
                        .param("size", "500")
                        .with(authentication(TestPrincipals.admin())))
                .andExpect(jsonPath("$.items[*].code", hasItem("AU")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("TR"))));
    }

    private long count(String action, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
