package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Requests to the host state: the note verbale cites the convention that fits the mission (diplomatic for the
 * embassy in Ankara, consular for the consulate general in Istanbul), in the language asked for, as HTML and as a
 * PDF whose text is read back; the tracking follows seed 002 and refuses steps out of order.
 */
class HostRequestsApiTest extends CaseworkApiTestBase {

    JsonNode draft(RequestPostProcessor who, String mission, String language, ResultMatcher expected) throws Exception {
        return call(
                json(post("/api/v1/host-requests"), """
                {"missionId": "%s", "language": "%s",
                 "threat": "Since the escalation in Idlib the Ambassador receives threats on social networks: \\"Farewell to life\\", \\"No one will mourn you\\", \\"It is time for you to burn up\\".",
                 "measuresAsked": ["Round-the-clock police protection of the chancery and the residence",
                                   "Close protection of the Ambassador at public events"],
                 "personIds": %s}""".formatted(
                                mission, language, mission.equals("ru-embassy-ankara") ? "[\"yerkhov\"]" : "[]")),
                who,
                expected);
    }

    String pdfText(long id, RequestPostProcessor who) throws Exception {
        byte[] pdf = mvc.perform(
                        get("/api/v1/host-requests/" + id + "/note.pdf").with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePageOffersTheNextStepToTheOfficerAndNoneToTheHeadOfMission() throws Exception {
        long id = draft(ANKARA, "ru-embassy-ankara", "EN", status().isCreated())
                .get("id")
                .asLong();
        var ankara = java.util.Set.of("ru-embassy-ankara");
        var officerPage =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(org.vigil.TestPrincipals.auth(
                        "officer.ankara", org.vigil.shared.Scope.of(ankara), "ROLE_MISSION_OFFICER"));
        var headPage =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(org.vigil.TestPrincipals.auth(
                        "head.ankara", org.vigil.shared.Scope.of(ankara), "ROLE_HEAD_OF_MISSION"));
        String officer = mvc.perform(
                        get("/host-requests/" + id).with(officerPage).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(officer).contains("id=\"step-form\"");
        String head = mvc.perform(get("/host-requests/" + id).with(headPage).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(head).contains("Note").doesNotContain("id=\"step-form\"");
    }

    @Test
    void anEmbassysNoteCitesTheDiplomaticConventionInEnglishAndPrintsAsPdf() throws Exception {
        JsonNode r = draft(ANKARA, "ru-embassy-ankara", "EN", status().isCreated());
        long id = r.get("id").asLong();
        assertThat(r.get("status").asString()).isEqualTo("DRAFT");
        assertThat(r.get("reference").asString()).isEqualTo(id + "/" + today().getYear());
        assertThat(r.get("persons").get(0).asString()).isEqualTo("Alexei Yerkhov, Ambassador");

        String html = mvc.perform(
                        get("/api/v1/host-requests/" + id + "/note.html").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Article 22, paragraph 2, of the Vienna Convention on Diplomatic Relations")
                .contains("Article 29")
                .doesNotContain("Consular Relations");

        String text = pdfText(id, ANKARA);
        assertThat(text)
                .contains("NOTE VERBALE")
                .contains("The Embassy of the Russian Federation in Turkey presents its compliments")
                .contains("Article 22, paragraph 2")
                .contains("Article 29")
                .contains("Farewell to life")
                .contains("Round-the-clock police protection of the chancery")
                .contains("Alexei Yerkhov")
                .contains("Ankara, " + today().getDayOfMonth() + " ")
                .contains("highest consideration");
    }

    @Test
    void aConsulatesNoteCitesTheConsularConventionAndTheFrenchAndRussianTemplatesAreFilled() throws Exception {
        long fr = draft(ISTANBUL, "ru-consulate-istanbul", "FR", status().isCreated())
                .get("id")
                .asLong();
        String text = pdfText(fr, ISTANBUL);
        assertThat(text)
                .contains(
                        "Le Consulat général de Russie présente ses compliments au Ministère des Affaires étrangères de Turquie")
                .contains("article 31, paragraphe 3, de la Convention de Vienne sur les relations consulaires")
                .contains("l'article 40")
                .doesNotContain("relations diplomatiques")
                .contains("très haute considération");

        long ru = draft(ANKARA, "ru-embassy-ankara", "RU", status().isCreated())
                .get("id")
                .asLong();
        String russian = pdfText(ru, ANKARA);
        assertThat(russian)
                .contains("ВЕРБАЛЬНАЯ НОТА")
                .contains("Посольство (Россия) свидетельствует своё уважение")
                .contains("пунктом 2 статьи 22 Венской конвенции о дипломатических сношениях")
                .contains("статье 29");

        long tr = draft(ANKARA, "ru-embassy-ankara", "TR", status().isCreated())
                .get("id")
                .asLong();
        assertThat(pdfText(tr, ANKARA))
                .contains("Rusya Büyükelçiliği, Türkiye Dışişleri Bakanlığına saygılarını sunar")
                .contains("Diplomatik İlişkiler Hakkında Viyana Sözleşmesi'nin 22. maddesinin 2. fıkrası");
    }

    @Test
    void theRequestIsTrackedStepByStepAsInSeed002AndStepsOutOfOrderAreRefused() throws Exception {
        long id = draft(ANKARA, "ru-embassy-ankara", "EN", status().isCreated())
                .get("id")
                .asLong();
        String today = today().toString();
        JsonNode early = call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"MEASURES_TAKEN\", \"note\": \"x\"}"),
                ANKARA,
                status().isConflict());
        assertThat(early.get("detail").asString()).contains("is draft").contains("SENT");
        call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"SENT\", \"on\": \"" + today + "\", \"note\": \"Delivered by hand\"}"),
                ANKARA,
                status().isOk());
        JsonNode noNote = call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"MEASURES_TAKEN\"}"),
                ANKARA,
                status().isBadRequest());
        assertThat(noNote.get("errors").get(0).get("field").asString()).isEqualTo("note");
        JsonNode future = call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"ACKNOWLEDGED\", \"on\": \"2999-01-01\"}"),
                ANKARA,
                status().isBadRequest());
        assertThat(future.get("detail").asString()).contains("future");
        JsonNode taken = call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"status\": \"MEASURES_TAKEN\", \"note\": \"At our request, the Turkish authorities took additional security measures\"}"),
                ANKARA,
                status().isOk());
        assertThat(taken.get("status").asString()).isEqualTo("MEASURES_TAKEN");
        assertThat(taken.get("measuresTakenOn").asString()).isEqualTo(today);
        assertThat(taken.get("hostMeasures").asString()).contains("Turkish authorities");
        assertThat(taken.get("steps").findValuesAsString("status")).containsExactly("DRAFT", "SENT", "MEASURES_TAKEN");

        // another mission's officer neither sees nor prints nor tracks it
        call(get("/api/v1/host-requests/" + id), ISTANBUL, status().isNotFound());
        mvc.perform(get("/api/v1/host-requests/" + id + "/note.pdf").with(ISTANBUL))
                .andExpect(status().isNotFound());
        call(
                post("/api/v1/host-requests/" + id + "/steps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"LIFTED\"}"),
                ISTANBUL,
                status().isNotFound());
        JsonNode list = call(get("/api/v1/host-requests?size=500"), ISTANBUL, status().isOk());
        assertThat(list.get("items").findValuesAsString("missionId")).doesNotContain("ru-embassy-ankara");
        JsonNode foreign = draft(ISTANBUL, "ru-embassy-ankara", "EN", status().isForbidden());
        assertThat(foreign.get("detail").asString()).contains("ru-embassy-ankara");
    }
}
