package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.risk.ActiveMeasures;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskInputsChanged;
import tools.jackson.databind.JsonNode;

/**
 * Measures as their users meet them through the API with the demo accounts: the two-approver rule, every refused
 * step with its reason, need-to-know, the overdue check, the catalogue managed by administrators, and what the
 * risk module sees through {@link ActiveMeasures}.
 */
class MeasuresApiTest extends CaseworkApiTestBase {

    @Autowired
    ActiveMeasures activeMeasures;

    @Autowired
    OverdueCheck overdueCheck;

    JsonNode propose(RequestPostProcessor who, String mission, String code, LocalDate deadline, ResultMatcher expected)
            throws Exception {
        return call(json(post("/api/v1/measures"), """
                {"missionId": "%s", "code": "%s", "reason": "Threats against the ambassador on social networks",
                 "signalIds": [], "deadline": "%s"}""".formatted(mission, code, deadline)), who, expected);
    }

    JsonNode step(long id, String action, RequestPostProcessor who, ResultMatcher expected) throws Exception {
        return call(
                json(post("/api/v1/measures/" + id + "/" + action), "{\"note\": \"noted by the test\"}"),
                who,
                expected);
    }

    void liftIfPresent(String mission, String code) {
        jdbc.sql("UPDATE measure SET state = 'WITHDRAWN' WHERE mission_id = ? AND code = ? AND state IN"
                        + " ('PROPOSED', 'APPROVED', 'IMPLEMENTED', 'UNDER_REVIEW')")
                .params(mission, code)
                .update();
    }

    @Test
    void specialForcesNeedTwoDistinctApproversAndEveryRefusalSaysWhy() throws Exception {
        liftIfPresent("ru-embassy-ankara", "SPECIAL_FORCES");
        JsonNode proposed =
                propose(ANKARA, "ru-embassy-ankara", "SPECIAL_FORCES", today().plusDays(10), status().isCreated());
        long id = proposed.get("id").asLong();
        assertThat(proposed.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("approvalsRequired").asInt()).isEqualTo(2);

        // the officer may propose but not approve
        JsonNode wrongRole = step(id, "approve", ANKARA, status().isForbidden());
        assertThat(wrongRole.get("detail").asString()).contains("HQ_DIRECTOR").contains("MISSION_OFFICER");
        // nor implement what is not approved yet
        JsonNode early = step(id, "implement", ANKARA, status().isConflict());
        assertThat(early.get("detail").asString()).contains("is proposed").contains("approved");

        JsonNode first = step(id, "approve", DIRECTOR, status().isOk());
        assertThat(first.get("state").asString()).as("one of two approvals").isEqualTo("PROPOSED");
        assertThat(first.get("approvals")).hasSize(1);

        JsonNode twice = step(id, "approve", DIRECTOR, status().isConflict());
        assertThat(twice.get("detail").asString())
                .contains("you already approved")
                .contains("second approver");
        assertThat(twice.get("status").asInt()).isEqualTo(409);

        JsonNode second = step(id, "approve", DEPUTY, status().isOk());
        assertThat(second.get("state").asString()).isEqualTo("APPROVED");
        assertThat(second.get("approvals").findValuesAsString("approver"))
                .containsExactly("director", "deputy.director");

        // another mission's officer does not even see it
        step(id, "implement", ISTANBUL, status().isNotFound());
        JsonNode implemented = step(id, "implement", ANKARA, status().isOk());
        assertThat(implemented.get("state").asString()).isEqualTo("IMPLEMENTED");
        assertThat(implemented.get("history").findValuesAsString("action"))
                .containsExactly("PROPOSE", "APPROVE", "APPROVE", "IMPLEMENT");

        assertThat(activeMeasures.activeAt("ru-embassy-ankara")).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.code()).isEqualTo("SPECIAL_FORCES");
            assertThat(m.mitigates()).contains(RiskCategory.ARMED_CONFLICT);
            assertThat(m.reduction()).isEqualTo(0.35);
            assertThat(m.link()).isEqualTo("/measures/" + id);
        });
        assertThat(events.of(RiskInputsChanged.class)).anySatisfy(e -> {
            assertThat(e.missionId()).isEqualTo("ru-embassy-ankara");
            assertThat(e.reason()).contains("measure " + id).contains("implemented");
        });
        List<String> audited = jdbc.sql("SELECT actor || ':' || action FROM audit_entries WHERE entity_type = 'MEASURE'"
                        + " AND entity_id = ? ORDER BY seq")
                .param(String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(audited)
                .containsExactly(
                        "officer.ankara:PROPOSE",
                        "director:APPROVE",
                        "deputy.director:APPROVE",
                        "officer.ankara:IMPLEMENT");

        // the risk module learns when a review last kept the measure in place: a review under way does not count,
        // keeping it after the review does (docs/risk.md, "Measures decay")
        assertThat(activeMeasures.activeAt("ru-embassy-ankara"))
                .filteredOn(m -> m.id() == id)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.reviewedAt()).isNull();
                    assertThat(m.trustedSince()).isEqualTo(m.implementedAt());
                });
        step(id, "review", DIRECTOR, status().isOk());
        assertThat(activeMeasures.activeAt("ru-embassy-ankara"))
                .filteredOn(m -> m.id() == id)
                .singleElement()
                .satisfies(m -> assertThat(m.reviewedAt()).isNull());
        step(id, "keep", DIRECTOR, status().isOk());
        assertThat(activeMeasures.activeAt("ru-embassy-ankara"))
                .filteredOn(m -> m.id() == id)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.reviewedAt()).isNotNull().isAfterOrEqualTo(m.implementedAt());
                    assertThat(m.trustedSince()).isEqualTo(m.reviewedAt());
                });

        // lifting is an approver's decision and needs a reason
        step(id, "lift", ANKARA, status().isForbidden());
        JsonNode noReason = call(
                post("/api/v1/measures/" + id + "/lift")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                DIRECTOR,
                status().isBadRequest());
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(step(id, "lift", DIRECTOR, status().isOk()).get("state").asString())
                .isEqualTo("LIFTED");
        assertThat(activeMeasures.activeAt("ru-embassy-ankara")).noneMatch(m -> m.id() == id);
        step(id, "lift", DIRECTOR, status().isConflict());
    }

    @Test
    void theProposerCannotApproveTheirOwnProposalAndARejectionEndsIt() throws Exception {
        liftIfPresent("ru-embassy-damascus", "ARMOURED_TRANSPORT");
        long id = propose(
                        DIRECTOR,
                        "ru-embassy-damascus",
                        "ARMOURED_TRANSPORT",
                        today().plusDays(5),
                        status().isCreated())
                .get("id")
                .asLong();
        JsonNode own = step(id, "approve", DIRECTOR, status().isForbidden());
        assertThat(own.get("detail").asString()).contains("you proposed this measure");
        JsonNode again = propose(
                ANALYST, "ru-embassy-damascus", "ARMOURED_TRANSPORT", today().plusDays(5), status().isConflict());
        assertThat(again.get("detail").asString()).contains("already has").contains("measure " + id);
        step(id, "reject", ANALYST, status().isForbidden()); // armoured transport is a director's decision
        assertThat(step(id, "reject", DEPUTY, status().isOk()).get("state").asString())
                .isEqualTo("REJECTED");
        step(id, "approve", DEPUTY, status().isConflict());
        step(id, "withdraw", DIRECTOR, status().isConflict());
    }

    @Test
    void aScopedOfficerNeverSeesOrActsOnAnotherMissionsMeasures() throws Exception {
        liftIfPresent("ru-embassy-ankara", "TECH_CCTV");
        long id = propose(ANKARA, "ru-embassy-ankara", "TECH_CCTV", today().plusDays(20), status().isCreated())
                .get("id")
                .asLong();
        call(get("/api/v1/measures/" + id), ISTANBUL, status().isNotFound());
        JsonNode list = call(get("/api/v1/measures?size=500"), ISTANBUL, status().isOk());
        assertThat(list.get("items").findValuesAsString("missionId")).doesNotContain("ru-embassy-ankara");
        JsonNode filtered = call(get("/api/v1/measures?mission=ru-embassy-ankara"), ISTANBUL, status().isOk());
        assertThat(filtered.get("total").asLong()).isZero();
        JsonNode foreign =
                propose(ISTANBUL, "ru-embassy-ankara", "GUARD_STAFF", today().plusDays(3), status().isForbidden());
        assertThat(foreign.get("detail").asString())
                .contains("ru-consulate-istanbul")
                .contains("ru-embassy-ankara");
        call(get("/api/v1/measures/" + id), httpBasic("head.ankara", "demo"), status().isOk());
        call(post("/api/v1/measures/" + id + "/withdraw"), httpBasic("head.ankara", "demo"), status().isForbidden());
    }

    @Test
    void aProposalWithMistakesIsRefusedWithEveryFieldAtFault() throws Exception {
        JsonNode bad = call(
                post("/api/v1/measures").contentType(MediaType.APPLICATION_JSON).content("""
                {"missionId": "ru-embassy-ankara", "code": "GUARD_STAFF", "deadline": "2001-01-01"}"""),
                ANKARA,
                status().isBadRequest());
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("reason", "deadline");
        JsonNode unknown = propose(ANKARA, "ru-embassy-ankara", "TANKS", today().plusDays(1), status().isBadRequest());
        assertThat(unknown.get("detail").asString()).contains("no measure \"TANKS\" in the catalogue");
        call(post("/api/v1/measures/1/dance"), DIRECTOR, status().isBadRequest());
    }

    @Test
    void anOverdueMeasureIsReportedOnceWhenItsDeadlinePasses() throws Exception {
        liftIfPresent("ru-embassy-ankara", "TECH_BLAST_FILM");
        long id = propose(ANKARA, "ru-embassy-ankara", "TECH_BLAST_FILM", today().plusDays(1), status().isCreated())
                .get("id")
                .asLong();
        overdueCheck.run();
        assertThat(events.of(MeasureOverdue.class)).noneMatch(e -> e.measureId() == id);

        clock.advance(Duration.ofDays(3));
        try {
            overdueCheck.run();
            assertThat(events.of(MeasureOverdue.class))
                    .filteredOn(e -> e.measureId() == id)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.missionId()).isEqualTo("ru-embassy-ankara");
                        assertThat(e.state()).isEqualTo("PROPOSED");
                        assertThat(e.deadline()).isEqualTo(today().minusDays(2));
                    });
            assertThat(call(get("/api/v1/measures/" + id), ANKARA, status().isOk())
                            .get("overdue")
                            .asBoolean())
                    .isTrue();
            overdueCheck.run();
            assertThat(events.of(MeasureOverdue.class))
                    .filteredOn(e -> e.measureId() == id)
                    .hasSize(1);
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void onlyAdministratorsChangeTheCatalogueAndTheRiskModuleSeesTheNewReduction() throws Exception {
        JsonNode catalogue = call(get("/api/v1/measures/catalogue"), ANKARA, status().isOk());
        assertThat(catalogue.findValuesAsString("code"))
                .contains(
                        "GUARD_STAFF",
                        "TECH_BARRIERS",
                        "TECH_CCTV",
                        "TECH_ACCESS_CONTROL",
                        "TECH_BLAST_FILM",
                        "CLOSE_PROTECTION",
                        "SPECIAL_FORCES",
                        "ARMOURED_TRANSPORT",
                        "MOVEMENT_RESTRICTIONS",
                        "REDUCED_STAFFING",
                        "ORDERED_DEPARTURE",
                        "HOST_STATE_REQUEST");
        String change = """
                {"name": "Close protection", "category": "Protection of people",
                 "description": "Bodyguards for threatened people", "costClass": "HIGH",
                 "approverRoles": ["HQ_DIRECTOR"], "approvalsRequired": 1, "mitigates": ["TARGETED_THREATS"],
                 "reduction": %s}""";
        JsonNode refused = call(
                put("/api/v1/measures/catalogue/CLOSE_PROTECTION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("0.4")),
                DIRECTOR,
                status().isForbidden());
        assertThat(refused.get("detail").asString()).contains("only administrators");
        JsonNode invalid = call(
                put("/api/v1/measures/catalogue/CLOSE_PROTECTION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("1.5")),
                ADMIN,
                status().isBadRequest());
        assertThat(invalid.get("errors").findValuesAsString("field")).containsExactly("reduction");
        JsonNode updated = call(
                put("/api/v1/measures/catalogue/CLOSE_PROTECTION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("0.4")),
                ADMIN,
                status().isOk());
        assertThat(updated.get("reduction").asDouble()).isEqualTo(0.4);
        try {
            liftIfPresent("ru-embassy-ankara", "CLOSE_PROTECTION");
            long id = propose(
                            ANKARA, "ru-embassy-ankara", "CLOSE_PROTECTION", today().plusDays(2), status().isCreated())
                    .get("id")
                    .asLong();
            step(id, "approve", DIRECTOR, status().isOk());
            step(id, "implement", ANKARA, status().isOk());
            assertThat(activeMeasures.activeAt("ru-embassy-ankara"))
                    .filteredOn(m -> m.id() == id)
                    .singleElement()
                    .satisfies(m -> assertThat(m.reduction()).isEqualTo(0.4));
        } finally {
            call(
                    put("/api/v1/measures/catalogue/CLOSE_PROTECTION")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(change.formatted("0.3")),
                    ADMIN,
                    status().isOk());
        }
    }

    @Test
    void theMissionsBriefingCarriesItsOpenIncidentsAndTheMeasuresDue() throws Exception {
        call(
                post("/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"missionId": "ru-embassy-ankara", "type": "SURVEILLANCE", "title": "Car photographing the residence",
                 "occurredAt": "%s", "severity": 2, "description": "Same car seen three mornings"}""".formatted(clock.instant().minusSeconds(3600))),
                ANKARA,
                status().isCreated());
        liftIfPresent("ru-embassy-ankara", "MOVEMENT_RESTRICTIONS");
        propose(ANKARA, "ru-embassy-ankara", "MOVEMENT_RESTRICTIONS", today().plusDays(2), status().isCreated());
        long id = call(
                        post("/api/v1/briefings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"missionId\":\"ru-embassy-ankara\"}"),
                        ANKARA,
                        status().isCreated())
                .get("id")
                .asLong();
        String html = mvc.perform(get("/api/v1/briefings/" + id + "/html").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Incidents")
                .contains("Car photographing the residence")
                .contains("Protective measures")
                .contains("Movement restrictions")
                .contains("due in 2 day(s)");
    }
}
