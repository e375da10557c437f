package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** /actuator/prometheus shows the pipeline's counters, queue and timers, to administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PipelineMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$")
                .matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void pushedItemsShowAsAcceptedAnalysedQuietAndSignalsPerSource() throws Exception {
        String before = scrape();
        GatewayPushes.oneThreatAndTwoQuietPosts(mvc, jdbc, 'm');
        String after = scrape();
        String tag = "{application=\"vigil\",source=\"demo-social\"}";
        assertThat(value(after, "vigil_items_accepted_total" + tag) - value(before, "vigil_items_accepted_total" + tag))
                .isEqualTo(3);
        assertThat(value(after, "vigil_items_analysed_total" + tag) - value(before, "vigil_items_analysed_total" + tag))
                .isEqualTo(3);
        assertThat(value(after, "vigil_items_quiet_total" + tag) - value(before, "vigil_items_quiet_total" + tag))
                .isEqualTo(2);
        assertThat(value(after, "vigil_signals_stored_total" + tag) - value(before, "vigil_signals_stored_total" + tag))
                .isEqualTo(1);
        assertThat(after)
                .contains("vigil_queue_depth{application=\"vigil\"}")
                .contains("vigil_queue_max_depth{application=\"vigil\"} 50000.0")
                .contains("vigil_queue_lag_seconds{application=\"vigil\"}")
                .contains("vigil_analysis_batch_seconds_bucket")
                .contains("vigil_storage_batch_seconds_bucket")
                .contains("vigil_item_latency_seconds_bucket")
                .contains("vigil_risk_requests_total");
    }

    @Test
    void onlyAdministratorsReadTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("gateway", "demo")))
                .andExpect(status().isForbidden());
    }
}
