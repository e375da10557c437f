package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.ingest.pipeline.PipelineStatus;

/**
 * The operator page in Chromium: an administrator follows Pipeline in the navigation, sees the queue's bound, and the
 * rates chart is drawn from the status JSON with the items just pushed counted in its analysed line.
 */
@BrowserTest
class PipelinePageBrowserTest {

    @Autowired
    PipelineStatus pipeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChartShowsTheItemsJustAnalysed(Browser browser) throws Exception {
        pipeline.sample();
        String u = UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"source": "demo-social", "items": [
                  {"id": "b1-%1$s", "text": "I will kill the ambassador %1$s", "kind": "POST", "inReplyTo": "@RusEmbTurkey"},
                  {"id": "b2-%1$s", "text": "Lovely weather for the garden party %1$s", "kind": "POST"}
                ]}""".formatted(u);
        HttpResponse<String> pushed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.url("/api/v1/items")))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "gateway:demo".getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE external_id LIKE ? AND processed_at IS NOT NULL")
                                .param("b_-" + u)
                                .query(Long.class)
                                .single()
                        == 2);
        pipeline.sample();

        browser.login("admin", "demo").open("/");
        browser.waitFor(By.id("nav-pipeline")).click();
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Pipeline");
        assertThat(browser.text(By.id("figure-bound"))).isEqualTo("50000");
        assertThat(browser.text(By.id("figure-lag"))).endsWith(" s");

        WebElement rates = browser.driver().findElement(By.id("pipeline-rates"));
        browser.waitUntil("the rates chart drawn with the analysed items", d -> {
            String points = rates.getDomAttribute("data-points");
            String analysed = rates.getDomAttribute("data-analysed");
            return points != null && Integer.parseInt(points) >= 1 && Double.parseDouble(analysed) > 0;
        });
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(labels(js, "pipeline-rates")).containsExactly("Accepted", "Analysed", "Quiet", "Signals");
        Number analysedMax = (Number) js.executeScript(
                "return Math.max.apply(null, Chart.getChart(arguments[0]).data.datasets[1].data);", rates);
        assertThat(analysedMax.doubleValue())
                .as("analysed per minute at its highest")
                .isPositive();
        // the canvas has pixels drawn, not only data
        Boolean painted = (Boolean) js.executeScript(
                "var c = arguments[0], x = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " for (var i = 3; i < x.length; i += 4) { if (x[i] !== 0) { return true; } } return false;",
                rates);
        assertThat(painted).isTrue();
        assertThat(labels(js, "pipeline-queue")).containsExactly("Waiting", "Bound", "Oldest waiting, s");
        browser.screenshot("pipeline-page");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> labels(JavascriptExecutor js, String id) {
        return (List<Object>) js.executeScript(
                "return Chart.getChart(document.getElementById(arguments[0])).data.datasets.map(function (d) { return d.label; });",
                id);
    }
}
