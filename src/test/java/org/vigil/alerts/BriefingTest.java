package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.vigil.analysis.ThreatLevel;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.RiskLevelChanged;
import tools.jackson.databind.json.JsonMapper;

/** The daily briefing generated on demand, scoped, as HTML and as a PDF whose text is read back. */
class BriefingTest extends AlertsTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAnkaraBriefingCarriesItsRiskChangesAndAlertsAndOnlyAnkaraMayReadIt() throws Exception {
        publish(threat("ru-embassy-ankara", ThreatLevel.HIGH));
        publish(new RiskLevelChanged(
                "ru-embassy-ankara",
                RiskCategory.TARGETED_THREATS,
                RiskLevel.MODERATE,
                RiskLevel.HIGH,
                71,
                "three threats against the ambassador on social networks",
                clock.instant()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM briefing_risk_change WHERE reason LIKE 'three threats%'")
                                        .query(Long.class)
                                        .single()
                                > 0
                        && !alertIds("ru-embassy-ankara").isEmpty());
        clock.advance(Duration.ofSeconds(1));

        mvc.perform(post("/api/v1/briefings")
                        .with(ISTANBUL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionId\":\"ru-embassy-ankara\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings")
                        .with(ISTANBUL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        String created = mvc.perform(post("/api/v1/briefings")
                        .with(ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionId\":\"ru-embassy-ankara\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();

        mvc.perform(get("/api/v1/briefings/" + id + "/pdf").with(ISTANBUL)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/briefings/" + id).with(ISTANBUL)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/briefings").with(ISTANBUL))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("\"id\":" + id + ",");

        String html = mvc.perform(get("/api/v1/briefings/" + id + "/html").with(HEAD_ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Daily briefing: Embassy of the Russian Federation in Turkey");

        byte[] pdf = mvc.perform(get("/api/v1/briefings/" + id + "/pdf").with(ANKARA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Daily briefing: Embassy of the Russian Federation in Turkey")
                .contains("Risk levels")
                .contains("Targeted threats MODERATE → HIGH")
                .contains("three threats against the ambassador")
                .contains("Top signals")
                .contains("Alerts")
                // HIGH from the seed's threats, or CRITICAL once the demo threats against the exhibition opening
                // (appearances) are grouped into the same alert
                .containsPattern("(HIGH|CRITICAL) threat against Embassy of the Russian Federation in Turkey")
                .contains("Upcoming appearances");
        // a briefing reads summary first: the four things a reader needs, then the details
        int summary = text.indexOf("Summary");
        assertThat(summary).isNotNegative();
        assertThat(text.indexOf("What changed")).isGreaterThan(summary);
        assertThat(text.indexOf("Missions at HIGH and above")).isGreaterThan(text.indexOf("What changed"));
        assertThat(text.indexOf("Threats against named people"))
                .isGreaterThan(text.indexOf("Missions at HIGH and above"));
        assertThat(text.indexOf("Measures awaiting decision"))
                .isGreaterThan(text.indexOf("Threats against named people"));
        assertThat(text.indexOf("Details")).isGreaterThan(text.indexOf("Measures awaiting decision"));
        assertThat(text.indexOf("Risk levels")).isGreaterThan(text.indexOf("Details"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'BRIEFING' AND entity_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aHeadOfMissionGeneratesTheirMissionsBriefingButNoOtherAndAnAuditorGeneratesNone() throws Exception {
        String created = mvc.perform(post("/api/v1/briefings")
                        .with(HEAD_ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionId\":\"ru-embassy-ankara\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JSON.readTree(created).get("generatedBy").asString()).isEqualTo("head.ankara");
        mvc.perform(post("/api/v1/briefings")
                        .with(HEAD_ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionId\":\"ru-consulate-istanbul\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings")
                        .with(HEAD_ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings")
                        .with(httpBasic("auditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        // read-only otherwise: the head of mission still cannot triage or propose anything
        mvc.perform(post("/api/v1/incidents")
                        .with(HEAD_ANKARA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHqBriefingIsForHqAndCoversEveryMission() throws Exception {
        String created = mvc.perform(post("/api/v1/briefings").with(ANALYST))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        mvc.perform(get("/api/v1/briefings/" + id + "/html").with(ANKARA)).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/api/v1/briefings/" + id + "/pdf").with(DIRECTOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("HQ daily briefing").contains("Missions covered: 45");
        }
    }
}
