package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevels;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000's question on the demo network, with the real risk module: special-forces units stand in Damascus,
 * Baghdad and Kabul (the demo history); with the rule set to "armed conflict HIGH or above" the missions whose
 * current level meets it but that have no unit are offered as "extend the list", and extending proposes units there
 * and skips, with the reason, a mission that does not qualify.
 */
@SpringBootTest(properties = "vigil.measures.special-forces-rule=ARMED_CONFLICT>=HIGH")
@AutoConfigureMockMvc
@Tag("db")
class NetworkViewTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor DIRECTOR = httpBasic("director", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    RiskLevels riskLevels;

    JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, ResultMatcher expected)
            throws Exception {
        return JSON.readTree(mvc.perform(request.with(who))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    boolean qualifies(String mission) {
        return riskLevels
                .current(mission)
                .map(r -> r.levels()
                        .getOrDefault(RiskCategory.ARMED_CONFLICT, RiskLevel.LOW)
                        .isAtLeast(RiskLevel.HIGH))
                .orElse(false);
    }

    @Test
    void theNetworkViewShowsWhereUnitsStandAndExtendsTheListToMissionsThatQualify() throws Exception {
        JsonNode picture = call(get("/api/v1/measures/network"), DIRECTOR, status().isOk());
        assertThat(picture.get("riskAvailable").asBoolean()).isTrue();
        assertThat(picture.get("rule").get(0).asString()).isEqualTo("ARMED_CONFLICT at HIGH or above");
        assertThat(picture.get("deployed").findValuesAsString("missionId"))
                .containsExactlyInAnyOrder("ru-embassy-damascus", "ru-embassy-baghdad", "ru-embassy-kabul");
        assertThat(picture.get("deployedStates").asInt()).isEqualTo(3);

        // the candidates are exactly the missions whose current level meets the rule and that have no unit
        java.util.List<String> candidates = picture.get("candidates").findValuesAsString("missionId");
        assertThat(candidates)
                .isNotEmpty()
                .doesNotContain("ru-embassy-damascus", "ru-embassy-baghdad", "ru-embassy-kabul", "ru-embassy-ankara");
        assertThat(candidates).allMatch(this::qualifies);
        assertThat(picture.get("candidates").get(0).get("meets").get(0).asString())
                .startsWith("ARMED_CONFLICT ");
        String first = candidates.getFirst();

        JsonNode extended = call(
                post("/api/v1/measures/network/extend")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionIds\": [\"" + first + "\", \"ru-embassy-ankara\"]}"),
                DIRECTOR,
                status().isOk());
        assertThat(extended.get("proposed").findValuesAsString("missionId")).containsExactly(first);
        JsonNode proposal = extended.get("proposed").get(0);
        assertThat(proposal.get("code").asString()).isEqualTo("SPECIAL_FORCES");
        assertThat(proposal.get("reason").asString())
                .contains("Extend the list")
                .contains("ARMED_CONFLICT");
        assertThat(proposal.get("riskSnapshot").asString()).contains("ARMED_CONFLICT");
        assertThat(extended.get("skipped").get(0).get("missionId").asString()).isEqualTo("ru-embassy-ankara");
        assertThat(extended.get("skipped").get(0).get("reason").asString()).contains("does not qualify");

        JsonNode after = call(get("/api/v1/measures/network"), DIRECTOR, status().isOk());
        assertThat(after.get("pending").findValuesAsString("missionId")).contains(first);
        assertThat(after.get("candidates").findValuesAsString("missionId")).doesNotContain(first);

        JsonNode again = call(
                post("/api/v1/measures/network/extend")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionIds\": [\"" + first + "\"]}"),
                DIRECTOR,
                status().isOk());
        assertThat(again.get("skipped").get(0).get("reason").asString()).contains("already has");
    }

    @Test
    void aMissionOfficerSeesOnlyTheirMissionInTheNetworkViewAndCannotExtendTheList() throws Exception {
        JsonNode picture =
                call(get("/api/v1/measures/network"), httpBasic("officer.istanbul", "demo"), status().isOk());
        assertThat(picture.get("deployed")).isEmpty();
        assertThat(picture.get("pending").findValuesAsString("missionId")).allMatch("ru-consulate-istanbul"::equals);
        assertThat(picture.get("candidates").findValuesAsString("missionId")).allMatch("ru-consulate-istanbul"::equals);
        JsonNode refused = call(
                post("/api/v1/measures/network/extend")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionIds\": [\"ru-embassy-tripoli\"]}"),
                httpBasic("officer.ankara", "demo"),
                status().isForbidden());
        assertThat(refused.get("detail").asString()).contains("HQ decision");
    }
}
