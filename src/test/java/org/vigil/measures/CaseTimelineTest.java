package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.TestPrincipals;
import org.vigil.shared.Scope;

/**
 * The auditor reads a case as one timeline: from the incident, the measure proposed because of it and the request to
 * the host state drafted for that measure, every entry of the three in the order recorded; from the measure, the same
 * case; and a record of another case is not in it.
 */
class CaseTimelineTest extends CaseworkApiTestBase {

    static final RequestPostProcessor AUDITOR_PAGE =
            authentication(TestPrincipals.auth("auditor", Scope.none(), "ROLE_AUDITOR"));

    @Test
    void anIncidentItsMeasureAndTheirHostStateRequestAreOneTimeline() throws Exception {
        long incident = incident("THREAT_RECEIVED", 3, "Threat letter at the chancery gate", 3600);
        jdbc.sql("UPDATE measure SET state = 'WITHDRAWN' WHERE mission_id = 'ru-embassy-ankara'"
                        + " AND code = 'HOST_STATE_REQUEST' AND state IN ('PROPOSED', 'APPROVED', 'IMPLEMENTED')")
                .update();
        long measure = call(
                        json(post("/api/v1/measures"), """
                        {"missionId": "ru-embassy-ankara", "code": "HOST_STATE_REQUEST",
                         "reason": "The letter names the Ambassador", "signalIds": [], "incidentIds": [%d],
                         "deadline": "%s"}""".formatted(incident, today().plusDays(7))),
                        ANKARA,
                        status().isCreated())
                .get("id")
                .asLong();
        long request = call(json(post("/api/v1/host-requests"), """
                        {"missionId": "ru-embassy-ankara", "measureId": %d, "language": "EN",
                         "threat": "A letter threatening the Ambassador was left at the gate.",
                         "measuresAsked": ["Police patrols at the chancery"], "personIds": []}""".formatted(measure)), ANKARA, status().isCreated())
                .get("id")
                .asLong();
        long otherIncident = incident("PROTEST", 1, "A small protest", 60);

        // the demo rule "New incident" raises an alert about it: the alert and its rule belong to the case too
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM alert WHERE link = ?")
                                .param("/incidents/" + incident)
                                .query(Long.class)
                                .single()
                        > 0);
        long alert = jdbc.sql("SELECT id FROM alert WHERE link = ?")
                .param("/incidents/" + incident)
                .query(Long.class)
                .single();

        Document fromIncident = page("INCIDENT", incident);
        assertThat(fromIncident.getElementById("case-records").text())
                .contains("Incident " + incident, "Measure " + measure, "Host request " + request, "Alert " + alert)
                .contains("Alert rule")
                .doesNotContain("Incident " + otherIncident);
        List<String> lines = fromIncident.select("#case-timeline li").eachText();
        assertThat(lines).anyMatch(l -> l.contains("create incident " + incident));
        assertThat(lines).anyMatch(l -> l.contains("propose measure " + measure));
        assertThat(lines).anyMatch(l -> l.contains("draft host request " + request));
        assertThat(lines).noneMatch(l -> l.contains("incident " + otherIncident));
        List<Long> order = fromIncident.select("#case-timeline li[data-seq]").stream()
                .map((Element li) -> Long.parseLong(li.attr("data-seq")))
                .toList();
        assertThat(order).isSorted();

        // from the measure, the same case
        assertThat(page("MEASURE", measure).getElementById("case-records").text())
                .contains("Incident " + incident, "Host request " + request);
    }

    @Test
    void aRecordTheTrailDoesNotKnowIsAnEmptyTimelineAndABadTypeIsRefused() throws Exception {
        assertThat(page("MEASURE", 987654321L).getElementById("case-timeline").text())
                .isEqualTo("The trail holds nothing about this record.");
        mvc.perform(get("/audit/case")
                        .param("type", "x".repeat(51))
                        .param("id", "1")
                        .with(AUDITOR_PAGE))
                .andExpect(status().isBadRequest());
    }

    private long incident(String type, int severity, String title, long secondsAgo) throws Exception {
        return call(
                        json(post("/api/v1/incidents"), """
                        {"missionId": "ru-embassy-ankara", "type": "%s", "severity": %d, "title": "%s",
                         "occurredAt": "%s", "description": "As the officer on duty saw it."}""".formatted(
                                        type, severity, title, clock.instant().minusSeconds(secondsAgo))),
                        ANKARA,
                        status().isCreated())
                .get("id")
                .asLong();
    }

    private Document page(String type, long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/audit/case")
                        .param("type", type)
                        .param("id", String.valueOf(id))
                        .with(AUDITOR_PAGE)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
