package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.TestPrincipals;
import org.vigil.measures.CaseworkApiTestBase;
import org.vigil.shared.Scope;

/**
 * The appearance pages as each role sees them: the form that records and corrects an appearance (the API's rules,
 * each problem at its field, nothing half-saved, audited), buttons only for those who may write, the week view,
 * the checklist's owner and due date changed in the page, the host-state request prefilled with the venue and the
 * time, the mission page's upcoming appearances, and need-to-know: Istanbul's officer sees none of Ankara's
 * appearances by page, form or calendar.
 */
class AppearancePagesTest extends CaseworkApiTestBase {

    static final ZoneId ANKARA_TIME = ZoneId.of("Europe/Istanbul");
    static final RequestPostProcessor OFFICER = authentication(
            TestPrincipals.auth("officer.ankara", Scope.of(Set.of("ru-embassy-ankara")), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor HEAD = authentication(
            TestPrincipals.auth("head.ankara", Scope.of(Set.of("ru-embassy-ankara")), "ROLE_HEAD_OF_MISSION"));
    static final RequestPostProcessor OTHER_OFFICER = authentication(
            TestPrincipals.auth("officer.istanbul", Scope.of(Set.of("ru-consulate-istanbul")), "ROLE_MISSION_OFFICER"));
    static final RequestPostProcessor HQ =
            authentication(TestPrincipals.auth("analyst", Scope.all(), "ROLE_HQ_ANALYST"));

    @Autowired
    Appearances appearances;

    LocalDateTime inDays(int days, int hour) {
        return LocalDate.ofInstant(clock.instant(), ANKARA_TIME).plusDays(days).atTime(hour, 0);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM appearance").query(Long.class).single();
    }

    Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The form as the page sends it, with the given fields (name, value, ...) in place of the usual ones. */
    static MockHttpServletRequestBuilder form(String path, String start, String end, String... changed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("personId", "yerkhov");
        fields.put("title", "Lecture at Bilkent University");
        fields.put("kind", "SPEECH");
        fields.put("venueName", "Bilkent University Concert Hall");
        fields.put("city", "Ankara");
        fields.put("countryCode", "TR");
        fields.put("lat", "39.8686");
        fields.put("lon", "32.7497");
        fields.put("timeZone", "Europe/Istanbul");
        fields.put("start", start);
        fields.put("end", end);
        fields.put("publicity", "PUBLIC");
        fields.put("host", "Bilkent University");
        fields.put("expectedAttendance", "300");
        for (int k = 0; k < changed.length; k += 2) {
            fields.put(changed[k], changed[k + 1]);
        }
        MockHttpServletRequestBuilder b = post(path).with(csrf()).accept(MediaType.TEXT_HTML);
        fields.forEach(b::param);
        return b;
    }

    /** The error shown at a field of the re-displayed form. */
    static String errorAt(Document form, String field) {
        var input = form.getElementById(field);
        assertThat(input).as("field " + field).isNotNull();
        var box = input.closest(".field");
        assertThat(box.hasClass("invalid")).as(field + " is marked").isTrue();
        return box.select(".error").text();
    }

    long demoOpening() {
        return jdbc.sql("SELECT id FROM appearance WHERE mission_id = 'ru-embassy-ankara' AND kind = 'EXHIBITION'"
                        + " ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerRecordsAnAppearanceInTheFormAndCorrectsItAuditedAtTheVenuesTime() throws Exception {
        long before = count();
        String location = mvc.perform(form(
                                "/appearances",
                                inDays(6, 10).toString(),
                                inDays(6, 12).toString())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/appearances/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(count()).isEqualTo(before + 1);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AppearanceView created = appearances.find(Scope.all(), id).orElseThrow();
        assertThat(created.missionId()).isEqualTo("ru-embassy-ankara");
        // 10:00 at the venue, Ankara time (UTC+3), is 07:00 UTC
        assertThat(created.startsAt())
                .isEqualTo(inDays(6, 10).atZone(ANKARA_TIME).toInstant());
        assertThat(created.startsAt().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(7);
        assertThat(created.checklist()).hasSize(6);

        Document edit = page("/appearances/" + id + "/edit", OFFICER);
        assertThat(edit.getElementById("title").val()).isEqualTo("Lecture at Bilkent University");
        assertThat(edit.getElementById("start").val()).isEqualTo(inDays(6, 10).toString());
        assertThat(edit.getElementById("timeZone").val()).isEqualTo("Europe/Istanbul");

        mvc.perform(form(
                                "/appearances/" + id,
                                inDays(6, 11).toString(),
                                inDays(6, 13).toString(),
                                "version",
                                String.valueOf(created.version()),
                                "title",
                                "Lecture and questions at Bilkent University")
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        AppearanceView updated = appearances.find(Scope.all(), id).orElseThrow();
        assertThat(updated.title()).isEqualTo("Lecture and questions at Bilkent University");
        assertThat(updated.localStart()).isEqualTo(inDays(6, 11));
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = 'APPEARANCE' AND entity_id = ?"
                                + " AND actor LIKE '%officer.ankara%' ORDER BY seq")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .contains("CREATE", "UPDATE");

        // a stale form (someone saved meanwhile) is refused with what to do, and changes nothing
        Document stale = Jsoup.parse(mvc.perform(form(
                                "/appearances/" + id,
                                inDays(6, 9).toString(),
                                inDays(6, 10).toString(),
                                "version",
                                String.valueOf(created.version()))
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(stale.getElementById("form-errors").text()).contains("Someone else changed this appearance");
        assertThat(appearances.find(Scope.all(), id).orElseThrow().localStart()).isEqualTo(inDays(6, 11));
    }

    @Test
    void badInputInTheFormIsShownAtEachFieldInWordsAndNothingIsSaved() throws Exception {
        long before = count();
        String huge = "x".repeat(5 * 1024 * 1024);
        Document refused = Jsoup.parse(mvc.perform(form(
                                "/appearances",
                                inDays(5, 12).toString(),
                                inDays(5, 10).toString(),
                                "notes",
                                huge,
                                "timeZone",
                                "Mars/Olympus",
                                "lat",
                                "north")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.getElementById("form-errors").text()).contains("was not saved");
        assertThat(errorAt(refused, "end")).contains("is not after the start").doesNotContain("T12:00");
        assertThat(errorAt(refused, "timeZone")).contains("\"Mars/Olympus\" is not a time zone");
        assertThat(errorAt(refused, "lat")).contains("\u201cnorth\u201d is not a number");
        assertThat(errorAt(refused, "notes")).contains("at most 20000");
        // what was typed is shown again, to correct rather than retype
        assertThat(refused.getElementById("title").val()).isEqualTo("Lecture at Bilkent University");
        assertThat(count()).isEqualTo(before);

        // a country the registry does not hold (a venue outside any country): the country field says so
        Document country = Jsoup.parse(mvc.perform(form(
                                "/appearances",
                                inDays(5, 10).toString(),
                                inDays(5, 12).toString(),
                                "countryCode",
                                "XX")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(errorAt(country, "countryCode")).contains("is no country of the registry");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayWriteAreOfferedTheButtonsAndTheServerRefusesTheOthers() throws Exception {
        long id = demoOpening();
        Document officer = page("/appearances/" + id, OFFICER);
        assertThat(officer.getElementById("edit-appearance")).isNotNull();
        assertThat(officer.select("form.check-form")).hasSize(6);
        assertThat(officer.getElementById("draft-host-request")).isNotNull();
        assertThat(page("/appearances", OFFICER).getElementById("new-appearance"))
                .isNotNull();
        assertThat(page("/appearances/" + id, HQ).getElementById("edit-appearance"))
                .isNotNull();

        Document head = page("/appearances/" + id, HEAD);
        assertThat(head.getElementById("appearance-title").text()).contains("exhibition");
        assertThat(head.getElementById("edit-appearance")).isNull();
        assertThat(head.select("form.check-form")).isEmpty();
        assertThat(head.select("#appearance-checklist form")).isEmpty();
        assertThat(head.getElementById("draft-host-request")).isNull();
        assertThat(page("/appearances", HEAD).getElementById("new-appearance")).isNull();
        assertThat(page("/missions/ru-embassy-ankara", HEAD).getElementById("mission-new-appearance"))
                .isNull();
        mvc.perform(get("/appearances/new").with(HEAD).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appearances/" + id + "/edit").with(HEAD).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        long before = count();
        mvc.perform(form("/appearances", inDays(5, 10).toString(), inDays(5, 12).toString())
                        .with(HEAD))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void istanbulsOfficerSeesNoneOfAnkarasAppearancesByPageFormWeekOrMissionPage() throws Exception {
        long id = demoOpening();
        AppearanceView opening = appearances.find(Scope.all(), id).orElseThrow();
        String week = opening.localStart().toLocalDate().toString();
        for (String path : new String[] {"/appearances/" + id, "/appearances/" + id + "/edit"}) {
            mvc.perform(get(path).with(OTHER_OFFICER).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(form(
                                "/appearances/" + id,
                                inDays(5, 10).toString(),
                                inDays(5, 12).toString())
                        .with(OTHER_OFFICER))
                .andExpect(status().isNotFound());
        assertThat(appearances.find(Scope.all(), id).orElseThrow().title()).isEqualTo(opening.title());
        assertThat(page("/appearances?view=week&week=" + week, OTHER_OFFICER).text())
                .doesNotContain(opening.title());
        assertThat(page("/appearances?view=week&week=" + week, OFFICER).text()).contains(opening.title());
        mvc.perform(get("/missions/ru-embassy-ankara").with(OTHER_OFFICER).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        assertThat(page("/missions/ru-consulate-istanbul", OTHER_OFFICER).text())
                .doesNotContain(opening.title());
        // nor can the form record one for Ankara's ambassador
        long before = count();
        Document refused = Jsoup.parse(mvc.perform(form(
                                "/appearances",
                                inDays(5, 10).toString(),
                                inDays(5, 12).toString())
                        .with(OTHER_OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(errorAt(refused, "personId")).contains("not a protected person of your missions");
        assertThat(refused.select("#personId option").eachAttr("value")).doesNotContain("yerkhov");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theWeekViewPutsEachAppearanceOnItsVenueDayInItsRiskColour() throws Exception {
        long id = demoOpening();
        AppearanceView opening = appearances.find(Scope.all(), id).orElseThrow();
        LocalDate day = opening.localStart().toLocalDate();
        Document week = page("/appearances?view=week&week=" + day, OFFICER);
        var cell = week.selectFirst("#appearance-week td[data-day=" + day + "]");
        assertThat(cell).isNotNull();
        var badge = cell.selectFirst("a.badge[href=/appearances/" + id + "]");
        assertThat(badge).isNotNull();
        assertThat(badge.text()).startsWith("18:00").contains(opening.title());
        assertThat(badge.classNames())
                .contains("level-" + opening.risk().level().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(week.select("#appearance-week thead th")).hasSize(7);
        assertThat(week.select("#appearance-week thead th").first().text()).startsWith("Monday");
        assertThat(week.getElementById("month-view").attr("href")).contains("month=");
        // the previous week does not show it
        assertThat(page("/appearances?view=week&week=" + day.minusDays(7), OFFICER)
                        .text())
                .doesNotContain(opening.title());
    }

    @Test
    void theMissionPageListsItsUpcomingAppearancesWithRiskAndReadiness() throws Exception {
        long id = demoOpening();
        AppearanceView opening = appearances.find(Scope.all(), id).orElseThrow();
        Document mission = page("/missions/ru-embassy-ankara", OFFICER);
        var section = mission.getElementById("mission-upcoming-appearances");
        assertThat(section).isNotNull();
        var row = section.selectFirst("tr:has(a[href=/appearances/" + id + "])");
        assertThat(row).isNotNull();
        assertThat(row.text())
                .contains(opening.title())
                .contains("18:00 (Europe/Istanbul)")
                .contains(opening.readiness().label())
                .contains(opening.risk().level().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(mission.getElementById("mission-new-appearance")).isNotNull();
    }

    @Test
    void theChecklistOwnerDueDateAndStatusAreChangedInThePageAndTheHostRequestIsPrefilled() throws Exception {
        String location = mvc.perform(form(
                                "/appearances",
                                inDays(8, 18).toString(),
                                inDays(8, 20).toString())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AppearanceView opening = appearances.find(Scope.all(), id).orElseThrow();
        LocalDateTime due = opening.localStart().minusDays(1).withHour(9).withMinute(30);
        mvc.perform(post("/appearances/" + id + "/checklist/MEDICAL_PLAN")
                        .with(csrf())
                        .with(OFFICER)
                        .param("owner", "dr.kaya")
                        .param("due", due.toString())
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        AppearanceView.Check medical = appearances.find(Scope.all(), id).orElseThrow().checklist().stream()
                .filter(c -> c.item() == CheckItem.MEDICAL_PLAN)
                .findFirst()
                .orElseThrow();
        assertThat(medical.owner()).isEqualTo("dr.kaya");
        assertThat(medical.status()).isEqualTo(CheckStatus.IN_PROGRESS);
        assertThat(medical.dueAt()).isEqualTo(due.atZone(ANKARA_TIME).toInstant());
        Document show = page("/appearances/" + id, OFFICER);
        assertThat(show.select("#check-MEDICAL_PLAN input[name=owner]").val()).isEqualTo("dr.kaya");
        assertThat(show.select("#check-MEDICAL_PLAN input[name=due]").val()).isEqualTo(due.toString());

        // a due date that is no date is refused in words, and changes nothing
        mvc.perform(post("/appearances/" + id + "/checklist/MEDICAL_PLAN")
                        .with(csrf())
                        .with(OFFICER)
                        .param("due", "next tuesday"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute(
                                "error",
                                org.hamcrest.Matchers.containsString("\u201cnext tuesday\u201d is not a date")));

        // the host-state request opens prefilled with the venue, the local time and the person
        String link = show.getElementById("draft-host-request").attr("href");
        Document draft = Jsoup.parse(
                mvc.perform(get(java.net.URI.create(link)).with(OFFICER).accept(MediaType.TEXT_HTML))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(draft.getElementById("threat").text())
                .contains(opening.venueName())
                .contains(opening.localStart().toLocalTime().toString())
                .contains("Europe/Istanbul");
        assertThat(draft.getElementById("measuresAsked").text()).contains(opening.venueName());
        assertThat(draft.getElementById("person-yerkhov").hasAttr("checked")).isTrue();
    }
}
