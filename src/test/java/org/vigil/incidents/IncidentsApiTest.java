package org.vigil.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.measures.CaseworkApiTestBase;
import org.vigil.risk.OpenIncidents;
import org.vigil.risk.RiskInputsChanged;
import tools.jackson.databind.JsonNode;

/**
 * Incidents through the API: recording one fires {@link IncidentOpened} and weighs on the risk through
 * {@link OpenIncidents}; the workflow refuses moves it does not allow; the log only grows; the seed history is
 * there; and an officer of another mission sees none of it.
 */
class IncidentsApiTest extends CaseworkApiTestBase {

    @Autowired
    OpenIncidents openIncidents;

    static final String PROTEST = """
            {"missionId": "ru-embassy-ankara", "type": "PROTEST", "title": "Protest at the embassy gate",
             "occurredAt": "2026-11-20T10:00:00Z", "place": "Karyağdı Sk., Çankaya", "severity": 2,
             "description": "About 200 people protested over Idlib; eggs thrown at the gate.",
             "personIds": ["yerkhov"], "signalIds": [12, 13]}""";

    @Test
    void theSeedHistoryIsAClosedIncidentWithItsLogAndLessons() throws Exception {
        JsonNode list = call(
                get("/api/v1/incidents?mission=ru-embassy-ankara&status=CLOSED&type=ATTACK"), ANALYST, status().isOk());
        JsonNode karlov = list.get("items").get(0);
        assertThat(karlov.get("title").asString()).contains("Karlov");
        JsonNode full = call(get("/api/v1/incidents/" + karlov.get("id").asLong()), ANKARA, status().isOk());
        assertThat(full.get("occurredAt").asString()).startsWith("2016-12-19");
        assertThat(full.get("severity").asInt()).isEqualTo(4);
        assertThat(full.get("personIds").get(0).asString()).isEqualTo("karlov");
        assertThat(full.get("log").size()).isGreaterThanOrEqualTo(5);
        assertThat(full.get("lessons").asString()).contains("special-forces units");
        assertThat(full.get("authorities").asString()).contains("Turkish");
        assertThat(openIncidents.openAt("ru-embassy-ankara"))
                .noneMatch(i -> i.id() == full.get("id").asLong());
        // the read was audited
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'READ' AND entity_type = 'INCIDENT'"
                                + " AND entity_id = ? AND actor = 'officer.ankara'")
                        .param(full.get("id").asString())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void recordingAnIncidentRaisesTheRiskInputsAndTheWorkflowRefusesWhatItDoesNotAllow() throws Exception {
        JsonNode created = call(json(post("/api/v1/incidents"), PROTEST), ANKARA, status().isCreated());
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("OPEN");
        assertThat(created.get("createdBy").asString()).isEqualTo("officer.ankara");
        assertThat(events.of(IncidentOpened.class)).anySatisfy(e -> {
            assertThat(e.incidentId()).isEqualTo(id);
            assertThat(e.type()).isEqualTo("protest");
            assertThat(e.severity()).isEqualTo(2);
        });
        assertThat(events.of(RiskInputsChanged.class)).anyMatch(e -> e.reason().contains("incident " + id + " opened"));
        assertThat(openIncidents.openAt("ru-embassy-ankara")).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.link()).isEqualTo("/incidents/" + id);
        });

        call(
                json(post("/api/v1/incidents/" + id + "/log"), "{\"entry\": \"Police dispersed the crowd at 11:20.\"}"),
                ANKARA,
                status().isOk());
        JsonNode investigating = call(
                json(
                        post("/api/v1/incidents/" + id + "/status"),
                        "{\"status\": \"UNDER_INVESTIGATION\", \"note\": \"With the Ankara police\"}"),
                ANKARA,
                status().isOk());
        assertThat(investigating.get("status").asString()).isEqualTo("UNDER_INVESTIGATION");
        JsonNode back = call(
                json(post("/api/v1/incidents/" + id + "/status"), "{\"status\": \"OPEN\"}"),
                ANKARA,
                status().isConflict());
        assertThat(back.get("detail").asString())
                .contains("under investigation")
                .contains("cannot go to open");

        JsonNode closed = call(
                json(post("/api/v1/incidents/" + id + "/status"), "{\"status\": \"CLOSED\", \"note\": \"No arrests\"}"),
                ANKARA,
                status().isOk());
        assertThat(closed.get("closedAt")).isNotNull();
        assertThat(closed.get("log").findValuesAsString("entry"))
                .containsExactly(
                        "Police dispersed the crowd at 11:20.",
                        "Status: open → under investigation. With the Ankara police",
                        "Status: under investigation → closed. No arrests");
        assertThat(openIncidents.openAt("ru-embassy-ankara")).noneMatch(i -> i.id() == id);
        assertThat(events.of(RiskInputsChanged.class)).anyMatch(e -> e.reason().equals("incident " + id + " closed"));
        JsonNode late = call(
                json(post("/api/v1/incidents/" + id + "/log"), "{\"entry\": \"late\"}"), ANKARA, status().isConflict());
        assertThat(late.get("detail").asString()).contains("reopen");

        // lessons learned and cooperation are added afterwards, and the change is audited with before and after
        String withLessons = PROTEST.replace(
                "\"signalIds\": [12, 13]}",
                "\"signalIds\": [12], \"alertIds\": [7], \"lessons\": \"Close the side gate during protests\","
                        + " \"authorities\": \"Ankara police on site within 10 minutes\"}");
        JsonNode updated = call(json(put("/api/v1/incidents/" + id), withLessons), ANKARA, status().isOk());
        assertThat(updated.get("lessons").asString()).isEqualTo("Close the side gate during protests");
        assertThat(updated.get("alertIds").get(0).asLong()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = 'INCIDENT' AND entity_id = ?"
                                + " AND action <> 'READ' ORDER BY seq")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "LOG", "STATUS", "STATUS", "UPDATE");
    }

    @Test
    void badInputIsRefusedWithEveryFieldAtFault() throws Exception {
        JsonNode bad = call(json(post("/api/v1/incidents"), """
                {"missionId": "ru-embassy-ankara", "type": "PROTEST", "severity": 7,
                 "occurredAt": "2999-01-01T00:00:00Z", "personIds": ["nobody"]}"""), ANKARA, status().isBadRequest());
        assertThat(bad.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("title", "occurredAt", "severity", "description");
        JsonNode person = call(
                json(post("/api/v1/incidents"), PROTEST.replace("yerkhov", "nobody")), ANKARA, status().isBadRequest());
        assertThat(person.get("detail").asString()).contains("nobody");
        JsonNode type = call(
                json(post("/api/v1/incidents"), PROTEST.replace("PROTEST", "RIOT")), ANKARA, status().isBadRequest());
        assertThat(type.get("detail").asString()).contains("RIOT");
        // a head of mission reads but records nothing
        call(json(post("/api/v1/incidents"), PROTEST), HEAD_ANKARA, status().isForbidden());
    }

    @Test
    void anOfficerOfAnotherMissionSeesNothingOfAnkaraAndCannotRecordThere() throws Exception {
        long id = call(json(post("/api/v1/incidents"), PROTEST), ANALYST, status().isCreated())
                .get("id")
                .asLong();
        call(get("/api/v1/incidents/" + id), ISTANBUL, status().isNotFound());
        JsonNode list = call(get("/api/v1/incidents?size=500"), ISTANBUL, status().isOk());
        assertThat(list.get("items").findValuesAsString("missionId")).doesNotContain("ru-embassy-ankara");
        call(json(post("/api/v1/incidents/" + id + "/log"), "{\"entry\": \"x\"}"), ISTANBUL, status().isNotFound());
        call(
                json(post("/api/v1/incidents/" + id + "/status"), "{\"status\": \"CLOSED\"}"),
                ISTANBUL,
                status().isNotFound());
        JsonNode foreign = call(
                json(post("/api/v1/incidents"), PROTEST.replace("\"personIds\": [\"yerkhov\"], ", "")),
                ISTANBUL,
                status().isForbidden());
        assertThat(foreign.get("detail").asString()).contains("ru-consulate-istanbul");
    }
}
