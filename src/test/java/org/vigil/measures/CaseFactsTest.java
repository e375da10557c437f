package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.TestPrincipals;
import org.vigil.shared.Scope;

/**
 * The note verbale states the facts of the case drawn from the signals, in the note's language and register: how
 * many messages, between which dates, how many serious, and the gravest one's words; never Vigil's internal text.
 */
class CaseFactsTest extends CaseworkApiTestBase {

    static final RequestPostProcessor ANKARA_PAGE = authentication(
            TestPrincipals.auth("officer.ankara", Scope.of(Set.of("ru-embassy-ankara")), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor ISTANBUL_PAGE = authentication(
            TestPrincipals.auth("officer.istanbul", Scope.of(Set.of("ru-consulate-istanbul")), "ROLE_MISSION_OFFICER"));

    @Test
    void theFactsReadAsANoteInEachLanguage() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 5);
        assertThat(NoteLanguage.EN.facts(3, 2, from, to, "It is time for you to burn up"))
                .isEqualTo("Between 1 December 2026 and 5 December 2026, 3 messages containing threats of violence"
                        + " were published in open sources (social networks and online media). 2 of them are"
                        + " assessed as serious threats. The gravest of them reads: \u201cIt is time for you to burn"
                        + " up\u201d");
        assertThat(NoteLanguage.EN.facts(1, 1, from, from, null))
                .isEqualTo("On 1 December 2026, a message containing threats of violence was published in open"
                        + " sources (social networks and online media).");
        assertThat(NoteLanguage.EN.facts(2, 2, from, to, null)).contains("All of them are assessed as serious");
        assertThat(NoteLanguage.EN.facts(2, 0, from, to, null)).doesNotContain("serious");
        assertThat(NoteLanguage.RU.facts(3, 3, from, to, "x"))
                .startsWith("В период с 1 декабря 2026")
                .contains("их число составило 3", "Все они оцениваются как серьёзные угрозы", "«x»");
        assertThat(NoteLanguage.TR.facts(1, 0, from, from, "x")).startsWith("1 Aralık 2026 tarihinde");
        assertThat(NoteLanguage.FR.facts(4, 1, from, to, "x")).startsWith("Entre le 1 décembre 2026 et le 5 décembre");
    }

    @Test
    void aLongMessageIsQuotedOnOneLineCutAtAWord() {
        String quoted = CaseFacts.quote("word ".repeat(100) + "\n end");
        assertThat(quoted).hasSizeLessThanOrEqualTo(CaseFacts.QUOTE_LIMIT + 1).endsWith("word\u2026");
        assertThat(CaseFacts.quote("  Farewell\n to   life ")).isEqualTo("Farewell to life");
    }

    @Test
    void theDraftingFormIsPrefilledWithTheMissionsThreatsInTheChosenLanguageWithinScope() throws Exception {
        String threat = "Farewell to life, Yerkhov, we will kill you at the exhibition";
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"source": "demo-social", "items": [
                          {"id": "facts-1", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey"},
                          {"id": "facts-2", "text": "We will kill you, ambassador", "kind": "POST",
                           "inReplyTo": "@RusEmbTurkey"}]}""".formatted(threat)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal s JOIN item i ON i.id = s.item_id"
                                        + " WHERE i.external_id LIKE 'facts-%'")
                                .query(Long.class)
                                .single()
                        == 2);

        String english = facts("/host-requests/new?mission=ru-embassy-ankara", ANKARA_PAGE);
        assertThat(english)
                .contains("messages containing threats of violence were published in open sources")
                .contains("reads: \u201c");
        String russian = facts("/host-requests/new?mission=ru-embassy-ankara&language=RU", ANKARA_PAGE);
        assertThat(russian).contains("содержащие угрозы применения насилия");
        // the field alone, as the form redraws it when the language changes
        String field = mvc.perform(get("/host-requests/new/facts?mission=ru-embassy-ankara&language=TR")
                        .with(ANKARA_PAGE)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(field).getElementById("threat").text()).contains("şiddet tehdidi içeren");
        // Ankara's facts are not drafted for an officer of Istanbul, whatever the URL asks
        assertThat(facts("/host-requests/new?mission=ru-embassy-ankara", ISTANBUL_PAGE))
                .doesNotContain("threats of violence");
    }

    private String facts(String path, RequestPostProcessor who) throws Exception {
        String page = mvc.perform(get(path).with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(page).getElementById("threat").text();
    }
}
