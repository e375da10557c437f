package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.vigil.shared.Author;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup.AuthoredSignal;

/**
 * The persons-of-interest pages as their readers meet them: Ankara's officer lists and opens Ankara's person with
 * targets by name, accounts, timeline data and the actions an officer may take; Istanbul's officer sees none of it
 * (list, page, case file, search: 404 or absent); a head of mission gets no action; one audit entry per page view;
 * the forms change the case; the case file is a PDF naming every account; the header search finds the person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PoiPagesTest {

    private static final String ANKARA_ID = "ru-embassy-ankara";
    static final RequestPostProcessor ANKARA =
            authentication(TestPrincipals.auth("officer.ankara", Scope.of(Set.of(ANKARA_ID)), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor ISTANBUL = authentication(
            TestPrincipals.auth("officer.istanbul", Scope.of(Set.of("ru-consulate-istanbul")), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor HEAD =
            authentication(TestPrincipals.auth("head.ankara", Scope.of(Set.of(ANKARA_ID)), "ROLE_HEAD_OF_MISSION"));
    static final RequestPostProcessor ANALYST =
            authentication(TestPrincipals.auth("analyst", Scope.all(), "ROLE_HQ_ANALYST"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonsOfInterest persons;

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** An Ankara person of interest with two items a day apart, on account x:handle. */
    private long ankaraPerson(String handle) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long base = 6_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        for (int k = 0; k < 2; k++) {
            persons.record(new AuthoredSignal(
                    base + k,
                    new Author(handle, "Angry Man", "x", "https://x.com/" + handle),
                    "ru",
                    k == 0 ? ThreatLevel.MEDIUM : ThreatLevel.HIGH,
                    "NEW",
                    Set.of(ANKARA_ID),
                    Set.of(ANKARA_ID),
                    Map.of("yerkhov", Optional.of(ANKARA_ID)),
                    now.minus(2 - k, ChronoUnit.DAYS)));
        }
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = ?")
                .param(PersonsOfInterest.ENTITY)
                .query(Long.class)
                .single();
    }

    @Test
    void ankaraSeesItsPersonWithNamesAndActionsIstanbulSeesNothing() throws Exception {
        String handle = "pages_" + UUID.randomUUID().toString().substring(0, 8);
        long id = ankaraPerson(handle);

        long before = auditCount();
        Document list = Jsoup.parse(page("/persons-of-interest?sort=lastSeen", ANKARA));
        assertThat(auditCount() - before)
                .as("one audit entry for the list page")
                .isEqualTo(1);
        assertThat(list.select("#poi-list tr[data-id=" + id + "]").text())
                .contains("@" + handle + " on x", "Active", "High");
        assertThat(list.select("#decide-form")).isNotEmpty();

        before = auditCount();
        Document show = Jsoup.parse(page("/persons-of-interest/" + id, ANKARA));
        assertThat(auditCount() - before)
                .as("one audit entry for the person page")
                .isEqualTo(1);
        assertThat(show.select("#targets").text())
                .contains("Alexei Yerkhov (Ambassador,")
                .doesNotContain("yerkhov)");
        assertThat(show.select("#poi-accounts").text()).contains("@" + handle + " on x", "Angry Man");
        assertThat(show.select("#behaviours").text()).contains("No warning behaviour observed");
        assertThat(show.select("#escalation-level").text()).isEqualTo("Not assessed");
        assertThat(show.select("#poi-items tbody tr")).hasSize(2);
        String points = show.select("#poi-timeline").attr("data-points");
        assertThat(points).contains("\"level\":\"MEDIUM\"", "\"level\":\"HIGH\"");
        assertThat(show.select("main").text())
                .as("no raw ISO timestamps")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        assertThat(show.select("#link-form, #note-form, #close-form")).hasSize(3);
        assertThat(show.select("#close-form").attr("data-confirm")).contains("Close this case?");
        assertThat(show.select("#reopen-form")).isEmpty();

        // a head of mission reads the page and is offered no action
        Document head = Jsoup.parse(page("/persons-of-interest/" + id, HEAD));
        assertThat(head.select("#poi-name").text()).isEqualTo("@" + handle + " on x");
        assertThat(head.select("#link-form, #note-form, #close-form, #reopen-form"))
                .isEmpty();

        // Istanbul's officer: not in the list, 404 on the page and the case file, not found by search
        assertThat(Jsoup.parse(page("/persons-of-interest", ISTANBUL)).select("#poi-list tr[data-id=" + id + "]"))
                .isEmpty();
        mvc.perform(get("/persons-of-interest/" + id).with(ISTANBUL).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/persons-of-interest/" + id + "/case-file.pdf").with(ISTANBUL))
                .andExpect(status().isNotFound());
        assertThat(page("/search?q=" + handle, ISTANBUL)).doesNotContain("/persons-of-interest/" + id);
        mvc.perform(post("/persons-of-interest/" + id + "/notes")
                        .with(ISTANBUL)
                        .with(csrf())
                        .param("text", "not mine"))
                .andExpect(status().isNotFound());

        // the header search finds the person by handle for Ankara
        Document search = Jsoup.parse(page("/search?q=" + handle.toUpperCase(), ANKARA));
        assertThat(search.select("#search-persons-of-interest a[href=/persons-of-interest/" + id + "]"))
                .isNotEmpty();
        assertThat(page("/", ANKARA)).contains("href=\"/persons-of-interest\"");
    }

    @Test
    void theFormsChangeTheCaseAndTheCaseFileNamesTheAccounts() throws Exception {
        String handle = "forms_" + UUID.randomUUID().toString().substring(0, 8);
        long id = ankaraPerson(handle);

        mvc.perform(post("/persons-of-interest/" + id + "/accounts")
                        .with(ANKARA)
                        .with(csrf())
                        .param("platform", "telegram")
                        .param("handle", "@" + handle + "_TG")
                        .param("reason", "Same wording and same photo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "poi.flash.linked"));
        // a refusal comes back as the reason on the page
        mvc.perform(post("/persons-of-interest/" + id + "/accounts")
                        .with(ANKARA)
                        .with(csrf())
                        .param("platform", "x")
                        .param("handle", handle)
                        .param("reason", "again"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "error", org.hamcrest.Matchers.containsString("cannot be linked to its own record")));
        mvc.perform(post("/persons-of-interest/" + id + "/notes")
                        .with(ANKARA)
                        .with(csrf())
                        .param("text", "Seen near the residence according to the host police"))
                .andExpect(status().is3xxRedirection());

        byte[] pdf = mvc.perform(
                        get("/persons-of-interest/" + id + "/case-file.pdf").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("@" + handle + " on x", "@" + handle.toLowerCase() + "_tg on telegram")
                .contains("Alexei Yerkhov")
                .contains("Seen near the residence")
                .contains("Same wording and same photo");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'EXPORT' AND entity_type = ? AND"
                                + " entity_id = ?")
                        .params(PersonsOfInterest.ENTITY, Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/persons-of-interest/" + id + "/close")
                        .with(ANALYST)
                        .with(csrf())
                        .param("closeReason", "NOT_A_THREAT"))
                .andExpect(status().is3xxRedirection());
        Document closed = Jsoup.parse(page("/persons-of-interest/" + id, ANKARA));
        assertThat(closed.select("#poi-status").text()).isEqualTo("Closed");
        assertThat(closed.select("#poi-closure").text()).contains("Not a threat", "analyst");
        assertThat(closed.select("#link-form, #close-form")).isEmpty();
        assertThat(closed.select("#reopen-form")).isNotEmpty();
        Document closedList = Jsoup.parse(page("/persons-of-interest?status=CLOSED", ANKARA));
        assertThat(closedList.select("#poi-list tr[data-id=" + id + "]")).isNotEmpty();
        assertThat(closedList.select("#poi-list tr[data-status=ACTIVE]")).isEmpty();
    }
}
