package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.TestPrincipals;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.CaseRelations;
import org.vigil.shared.Author;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup.AuthoredSignal;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request to the host state that concerns a person of interest: its note verbale names the person's accounts, the
 * request page links to the case file, and a person of interest of another mission, or one that does not threaten
 * the requesting mission, is refused with the field and the reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PoiHostRequestTest {

    private static final String ANKARA_ID = "ru-embassy-ankara";
    private static final String ISTANBUL_ID = "ru-consulate-istanbul";
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonsOfInterest persons;

    @Autowired
    PoiCasework casework;

    @Autowired
    java.util.List<CaseRelations> relations;

    private long person(String handle, String name, String mission) {
        persons.record(new AuthoredSignal(
                5_000_000_000L + (long) (Math.random() * 1_000_000_000L),
                new Author(handle, name, "x", null),
                "ru",
                ThreatLevel.HIGH,
                "NEW",
                Set.of(mission),
                Set.of(mission),
                Map.of(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    private String request(String mission, Object poi) {
        return """
                {"missionId": "%s", "language": "EN",
                 "threat": "The Ambassador receives threats on social networks from one person.",
                 "measuresAsked": ["Identify the author of the threats"], "personOfInterestId": %s}""".formatted(mission, poi);
    }

    @Test
    void theNoteVerbaleNamesTheAccountsOfThePersonOfInterest() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long id = person("nv_" + u, "Night Writer", ANKARA_ID);
        // a second account linked by an analyst
        casework.link(
                new org.vigil.shared.Actor("analyst", Set.of(org.vigil.shared.Role.HQ_ANALYST), Scope.all()),
                id,
                "telegram",
                "nv_" + u + "_tg",
                "Same signature");

        String body = mvc.perform(post("/api/v1/host-requests")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(ANKARA_ID, id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personOfInterestId").value((int) id))
                .andExpect(jsonPath("$.accounts", hasSize(2)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long request = JsonMapper.builder().build().readTree(body).get("id").asLong();
        byte[] pdf = mvc.perform(
                        get("/api/v1/host-requests/" + request + "/note.pdf").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("The threats were made from the following accounts:")
                .contains("@nv_" + u + " (x, Night Writer)")
                .contains("@nv_" + u + "_tg (telegram)");

        // the request page links to the case file
        String page = mvc.perform(get("/host-requests/" + request)
                        .with(authentication(TestPrincipals.auth(
                                "officer.ankara", Scope.of(Set.of(ANKARA_ID)), "ROLE_MISSION_OFFICER")))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/persons-of-interest/" + id + "/case-file.pdf");

        // the audit trail's case timeline joins the request and the person of interest, both ways
        assertThat(relations.stream()
                        .flatMap(
                                r -> r
                                        .related(new CaseRelations.CaseRecord("PERSON_OF_INTEREST", Long.toString(id)))
                                        .stream())
                        .toList())
                .contains(new CaseRelations.CaseRecord("HOST_REQUEST", Long.toString(request)));
        assertThat(relations.stream()
                        .flatMap(r ->
                                r
                                        .related(new CaseRelations.CaseRecord("HOST_REQUEST", Long.toString(request)))
                                        .stream())
                        .toList())
                .contains(new CaseRelations.CaseRecord("PERSON_OF_INTEREST", Long.toString(id)));
    }

    @Test
    void aPersonOfInterestOutsideTheMissionIsRefused() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long istanbul = person("ist_" + u, null, ISTANBUL_ID);
        // Ankara's officer does not see Istanbul's person of interest
        mvc.perform(post("/api/v1/host-requests")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(ANKARA_ID, istanbul)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("no person of interest " + istanbul)));
        // headquarters sees it, but it does not threaten Ankara
        mvc.perform(post("/api/v1/host-requests")
                        .with(ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(ANKARA_ID, istanbul)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("does not target mission")));
    }
}
