package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.vigil.measures.CaseworkApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Appearances through the API: the demo's exhibition opening in Ankara with its risk and checklist, creating and
 * correcting one, bad input refused whole, the checklist's readiness and its measure, the iCalendar feed parsed
 * back with ical4j, and need-to-know: Istanbul's officer sees none of Ankara's appearances, by list, by id or by
 * feed.
 */
@org.springframework.test.context.TestPropertySource(properties = "vigil.demo.appearance-threats=true")
class AppearancesApiTest extends CaseworkApiTestBase {

    static final ZoneId ANKARA_TIME = ZoneId.of("Europe/Istanbul");

    String body(LocalDateTime start, LocalDateTime end, String extra) {
        return """
                {"missionId": "ru-embassy-ankara", "personId": "yerkhov", "title": "Lecture at Bilkent University",
                 "kind": "SPEECH", "venueName": "Bilkent University Concert Hall", "city": "Ankara",
                 "countryCode": "TR", "lat": 39.8686, "lon": 32.7497, "timeZone": "Europe/Istanbul",
                 "start": "%s", "end": "%s", "publicity": "PUBLIC", "host": "Bilkent University",
                 "expectedAttendance": 300%s}""".formatted(start, end, extra);
    }

    LocalDateTime inDays(int days, int hour) {
        return LocalDate.ofInstant(clock.instant(), ANKARA_TIME).plusDays(days).atTime(hour, 0);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM appearance").query(Long.class).single();
    }

    @Test
    void theDemoExhibitionOpeningIsUpcomingWithItsRiskAndChecklistAndIstanbulSeesNone() throws Exception {
        JsonNode list = call(get("/api/v1/appearances?mission=ru-embassy-ankara"), ANKARA, status().isOk());
        JsonNode opening = null;
        for (JsonNode a : list) {
            if (a.get("kind").asString().equals("EXHIBITION")) {
                opening = a;
            }
        }
        assertThat(opening).isNotNull();
        assertThat(opening.get("publicity").asString()).isEqualTo("PUBLIC");
        assertThat(opening.get("riskLevel").isNull()).isFalse();
        assertThat(Instant.parse(opening.get("startsAt").asString())).isAfter(clock.instant());
        assertThat(list.findValuesAsString("publicity")).contains("INVITATION_ONLY");

        long id = opening.get("id").asLong();
        JsonNode full = call(get("/api/v1/appearances/" + id), ANKARA, status().isOk());
        assertThat(full.get("personName").asString()).contains("Yerkhov");
        assertThat(full.get("checklist").findValuesAsString("item"))
                .containsExactly(
                        "VENUE_SURVEY", "ROUTE", "HOST_POLICE", "CLOSE_PROTECTION", "MEDICAL_PLAN", "COMMUNICATIONS");
        assertThat(full.get("risk").get("factors").findValuesAsString("name"))
                .contains(AppearanceRisk.PUBLICITY, AppearanceRisk.CROWD);
        assertThat(full.get("localStart").asString()).endsWith("T18:00:00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'READ' AND entity_type = 'APPEARANCE'"
                                + " AND entity_id = ? AND actor = 'officer.ankara'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isPositive();

        // the demo threats, analysed by the worker, point at the opening: linked, weighed, and announced
        long openingId = id;
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> call(get("/api/v1/appearances/" + openingId), ANKARA, status().isOk())
                                .get("signals")
                                .size()
                        >= 1);
        JsonNode threatened = call(get("/api/v1/appearances/" + id), ANKARA, status().isOk());
        assertThat(threatened.get("risk").get("factors").findValuesAsString("name"))
                .contains(AppearanceRisk.THREATS);
        assertThat(threatened.get("signals").get(0).get("cues").asString()).contains("the venue");
        assertThat(events.of(AppearanceThreatened.class)).anyMatch(e -> e.appearanceId() == openingId);

        // need-to-know: Istanbul's officer sees none of Ankara's appearances
        assertThat(call(get("/api/v1/appearances"), ISTANBUL, status().isOk()).findValuesAsString("missionId"))
                .doesNotContain("ru-embassy-ankara");
        call(get("/api/v1/appearances/" + id), ISTANBUL, status().isNotFound());
        call(get("/api/v1/missions/ru-embassy-ankara/appearances.ics"), ISTANBUL, status().isNotFound());
        call(get("/api/v1/missions/no-such-mission/appearances.ics"), ADMIN, status().isNotFound());
        // and may not record one for Ankara
        call(
                json(post("/api/v1/appearances"), body(inDays(5, 10), inDays(5, 12), "")),
                ISTANBUL,
                status().isForbidden());
    }

    @Test
    void badInputIsRefusedWholeWithWhatToFix() throws Exception {
        long before = count();
        JsonNode ends = call(
                json(post("/api/v1/appearances"), body(inDays(5, 12), inDays(5, 10), "")),
                ANKARA,
                status().isBadRequest());
        assertThat(ends.toString()).contains("end").contains("is not after the start");
        JsonNode zone = call(
                json(
                        post("/api/v1/appearances"),
                        body(inDays(5, 10), inDays(5, 12), "").replace("Europe/Istanbul", "Mars/Olympus")),
                ANKARA,
                status().isBadRequest());
        assertThat(zone.toString()).contains("timeZone").contains("is not a time zone");
        JsonNode country = call(
                json(
                        post("/api/v1/appearances"),
                        body(inDays(5, 10), inDays(5, 12), "").replace("\"TR\"", "\"XX\"")),
                ANKARA,
                status().isBadRequest());
        assertThat(country.toString()).contains("countryCode").contains("no country");
        // a venue in the Black Sea, and one in Athens, given as Turkey: outside its borders
        for (String position : List.of("\"lat\": 42.6, \"lon\": 34.2", "\"lat\": 37.9838, \"lon\": 23.7275")) {
            JsonNode outside = call(
                    json(
                            post("/api/v1/appearances"),
                            body(inDays(5, 10), inDays(5, 12), "")
                                    .replace("\"lat\": 39.8686, \"lon\": 32.7497", position)),
                    ANKARA,
                    status().isBadRequest());
            assertThat(outside.toString()).contains("lat/lon").contains("lie outside Türkiye");
        }
        String huge = "x".repeat(5 * 1024 * 1024);
        JsonNode notes = call(
                json(post("/api/v1/appearances"), body(inDays(5, 10), inDays(5, 12), ", \"notes\": \"" + huge + "\"")),
                ANKARA,
                status().is4xxClientError());
        assertThat(notes.toString()).contains("notes");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAppearanceIsRecordedCorrectedAndItsChecklistDecidesItsReadiness() throws Exception {
        JsonNode created = call(
                json(post("/api/v1/appearances"), body(inDays(10, 18), inDays(10, 20), "")),
                ANKARA,
                status().isCreated());
        long id = created.get("id").asLong();
        assertThat(created.get("createdBy").asString()).isEqualTo("officer.ankara");
        assertThat(created.get("readiness").asString()).isEqualTo("GAPS");
        assertThat(created.get("risk").get("level").isNull()).isFalse();
        // the start is local time at the venue: 18:00 in Ankara is 15:00 UTC
        assertThat(created.get("startsAt").asString()).endsWith("T15:00:00Z");
        // the venue survey is due seven days before
        JsonNode survey = created.get("checklist").get(0);
        assertThat(Instant.parse(survey.get("dueAt").asString()))
                .isEqualTo(Instant.parse(created.get("startsAt").asString()).minus(java.time.Duration.ofDays(7)));

        // moved by a day: the open items' due dates move with it
        JsonNode moved = call(
                json(put("/api/v1/appearances/" + id), body(inDays(11, 18), inDays(11, 20), "")),
                ANKARA,
                status().isOk());
        assertThat(Instant.parse(moved.get("checklist").get(0).get("dueAt").asString()))
                .isEqualTo(Instant.parse(survey.get("dueAt").asString()).plus(java.time.Duration.ofDays(1)));

        // the host police request needs approval: it becomes a proposal in the measure workflow
        JsonNode proposed = call(
                json(post("/api/v1/appearances/" + id + "/checklist/HOST_POLICE/measure"), "{}"),
                ANKARA,
                status().isOk());
        JsonNode hp = item(proposed, "HOST_POLICE");
        long measureId = hp.get("measureId").asLong();
        assertThat(hp.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode measure = call(get("/api/v1/measures/" + measureId), ANKARA, status().isOk());
        assertThat(measure.get("code").asString()).isEqualTo("HOST_STATE_REQUEST");
        assertThat(measure.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(measure.get("reason").asString()).contains("Bilkent University Concert Hall");
        JsonNode refused = call(
                json(put("/api/v1/appearances/" + id + "/checklist/HOST_POLICE"), "{\"status\": \"DONE\"}"),
                ANKARA,
                status().isConflict());
        assertThat(refused.get("detail").asString()).contains("measure workflow");
        call(
                json(post("/api/v1/appearances/" + id + "/checklist/VENUE_SURVEY/measure"), "{}"),
                ANKARA,
                status().isBadRequest());
        // the approver approves and the mission implements: the item follows the measure
        call(json(post("/api/v1/measures/" + measureId + "/approve"), "{\"note\": \"ok\"}"), DIRECTOR, status().isOk());
        call(
                json(post("/api/v1/measures/" + measureId + "/implement"), "{\"note\": \"police informed\"}"),
                ANKARA,
                status().isOk());
        JsonNode afterMeasure = call(get("/api/v1/appearances/" + id), ANKARA, status().isOk());
        assertThat(item(afterMeasure, "HOST_POLICE").get("status").asString()).isEqualTo("DONE");

        // the mission's close protection is already in place (since 2016): the item is carried by it, done
        JsonNode linked = call(
                json(post("/api/v1/appearances/" + id + "/checklist/CLOSE_PROTECTION/measure"), "{}"),
                ANKARA,
                status().isOk());
        assertThat(item(linked, "CLOSE_PROTECTION").get("status").asString()).isEqualTo("DONE");

        JsonNode last = null;
        for (String item : List.of("VENUE_SURVEY", "ROUTE", "MEDICAL_PLAN")) {
            last = call(
                    json(put("/api/v1/appearances/" + id + "/checklist/" + item), "{\"status\": \"DONE\"}"),
                    ANKARA,
                    status().isOk());
        }
        assertThat(last.get("readiness").asString()).isEqualTo("GAPS");
        // an open item past its due date makes the advance overdue
        JsonNode overdue = call(
                json(
                        put("/api/v1/appearances/" + id + "/checklist/COMMUNICATIONS"),
                        "{\"dueAt\": \"" + clock.instant().minusSeconds(3600) + "\", \"owner\": \"comms.officer\"}"),
                ANKARA,
                status().isOk());
        assertThat(overdue.get("readiness").asString()).isEqualTo("OVERDUE");
        assertThat(item(overdue, "COMMUNICATIONS").get("overdue").asBoolean()).isTrue();
        JsonNode ready = call(
                json(put("/api/v1/appearances/" + id + "/checklist/COMMUNICATIONS"), "{\"status\": \"NOT_NEEDED\"}"),
                ANKARA,
                status().isOk());
        assertThat(ready.get("readiness").asString()).isEqualTo("READY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'APPEARANCE' AND entity_id LIKE ?")
                        .param(id + "/%")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(7);

        // the host-state request is prefilled with the venue and the time
        JsonNode request = call(get("/api/v1/appearances/" + id + "/host-request"), ANKARA, status().isOk());
        assertThat(request.get("threat").asString())
                .contains("Bilkent University Concert Hall")
                .contains("18:00")
                .contains("Europe/Istanbul");
    }

    @Test
    void theCalendarFeedIsRfc5545AndParsesBackWithIcal4j() throws Exception {
        String ics = mvc.perform(get("/api/v1/missions/ru-embassy-ankara/appearances.ics")
                        .with(ANKARA))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentType()).startsWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        JsonNode list = call(get("/api/v1/appearances?mission=ru-embassy-ankara"), ANKARA, status().isOk());
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        VEvent opening = events.stream()
                .filter(e -> e.getSummary().getValue().startsWith("Opening of the photo exhibition"))
                .findFirst()
                .orElseThrow();
        JsonNode listed = null;
        for (JsonNode a : list) {
            if (a.get("kind").asString().equals("EXHIBITION")) {
                listed = a;
            }
        }
        Instant start = Instant.from(opening.getDateTimeStart().getDate());
        assertThat(start).isEqualTo(Instant.parse(listed.get("startsAt").asString()));
        assertThat(opening.getProperty(Property.LOCATION).orElseThrow().getValue())
                .contains("Contemporary Arts Centre");
        assertThat(opening.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("appearance-" + listed.get("id").asLong() + "@vigil");
        assertThat(opening.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Risk ");
        // without credentials: no feed
        mvc.perform(get("/api/v1/missions/ru-embassy-ankara/appearances.ics")).andExpect(status().isUnauthorized());
    }

    @Test
    void theImminentThreatenedOpeningWithOpenItemsRaisesOneUnreadyEventAndTheDistantReceptionNone() throws Exception {
        JsonNode list = call(get("/api/v1/appearances?mission=ru-embassy-ankara"), ANKARA, status().isOk());
        long opening = -1;
        long reception = -1;
        for (JsonNode a : list) {
            if (a.get("kind").asString().equals("EXHIBITION")) {
                opening = a.get("id").asLong();
            } else if (a.get("kind").asString().equals("RECEPTION")) {
                reception = a.get("id").asLong();
            }
        }
        long id = opening;
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> events.of(AppearanceUnready.class).stream().anyMatch(e -> e.appearanceId() == id));
        JsonNode full = call(get("/api/v1/appearances/" + id), ANKARA, status().isOk());
        assertThat(org.vigil.risk.RiskLevel.valueOf(
                        full.get("risk").get("level").asString()))
                .isGreaterThanOrEqualTo(org.vigil.risk.RiskLevel.HIGH);
        assertThat(full.get("readiness").asString()).isNotEqualTo("READY");
        // recomputed again (a checklist change, the hours passing): no second alert for the same start
        call(
                json(put("/api/v1/appearances/" + id + "/checklist/ROUTE"), "{\"status\": \"DONE\"}"),
                ANKARA,
                status().isOk());
        assertThat(events.of(AppearanceUnready.class))
                .filteredOn(e -> e.appearanceId() == id)
                .hasSize(1);
        long farOff = reception;
        assertThat(events.of(AppearanceUnready.class)).noneMatch(e -> e.appearanceId() == farOff);
    }

    static final org.springframework.test.web.servlet.request.RequestPostProcessor PAGE_ANKARA =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                    org.vigil.TestPrincipals.auth(
                            "officer.ankara",
                            org.vigil.shared.Scope.of(java.util.Set.of("ru-embassy-ankara")),
                            "ROLE_MISSION_OFFICER"));
    static final org.springframework.test.web.servlet.request.RequestPostProcessor PAGE_ISTANBUL =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                    org.vigil.TestPrincipals.auth(
                            "officer.istanbul",
                            org.vigil.shared.Scope.of(java.util.Set.of("ru-consulate-istanbul")),
                            "ROLE_MISSION_OFFICER"));

    String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theCalendarAndTheAppearancePageShowRiskChecklistAndVenueTimeInWords() throws Exception {
        JsonNode list = call(get("/api/v1/appearances?mission=ru-embassy-ankara"), ANKARA, status().isOk());
        JsonNode opening = null;
        for (JsonNode a : list) {
            if (a.get("kind").asString().equals("EXHIBITION")) {
                opening = a;
            }
        }
        Instant start = Instant.parse(opening.get("startsAt").asString());
        String month = java.time.YearMonth.from(start.atZone(ANKARA_TIME)).toString();
        String calendar = page("/appearances?month=" + month, PAGE_ANKARA);
        assertThat(calendar)
                .contains("id=\"appearance-calendar\"")
                .contains("18:00 Opening of the photo exhibition")
                .contains("Publicly announced")
                .doesNotContain(opening.get("startsAt").asString());
        assertThat(page("/appearances?month=" + month, PAGE_ISTANBUL))
                .doesNotContain("Opening of the photo exhibition");

        String show = page("/appearances/" + opening.get("id").asLong(), PAGE_ANKARA);
        String day = start.atZone(ANKARA_TIME)
                .format(java.time.format.DateTimeFormatter.ofPattern(
                        "EEEE d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH));
        assertThat(show)
                .contains(day + " (Europe/Istanbul)")
                .contains("Contemporary Arts Centre")
                .contains("Venue survey")
                .contains("Close protection detail")
                .contains("Publicity: 15.0 points")
                .contains("Alexei Yerkhov")
                .doesNotContain(opening.get("startsAt").asString());
        mvc.perform(get("/appearances/" + opening.get("id").asLong())
                        .with(PAGE_ISTANBUL)
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiIsInTheOpenApiDescription() throws Exception {
        JsonNode docs = call(get("/v3/api-docs"), ADMIN, status().isOk());
        assertThat(docs.get("paths").propertyNames())
                .contains(
                        "/api/v1/appearances",
                        "/api/v1/appearances/{id}",
                        "/api/v1/appearances/{id}/checklist/{item}",
                        "/api/v1/missions/{missionId}/appearances.ics");
    }

    static JsonNode item(JsonNode appearance, String item) {
        for (JsonNode c : appearance.get("checklist")) {
            if (c.get("item").asString().equals(item)) {
                return c;
            }
        }
        throw new AssertionError("no item " + item);
    }
}
