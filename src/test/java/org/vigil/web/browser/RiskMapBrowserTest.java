package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The world map as an analyst watches it: the seed scenario's three threats arrive through the push API as replies
 * to an ambassador's account (as the social-media gateway sends them) and the embassy's marker turns to a higher
 * level's colour without a reload; the mission's risk page then names the posts. Tripoli: an embassy with no
 * protective measure in place in the measures demo data, so what the threats do to its overall level does not depend
 * on that module's demo (RiskApiTest and SeedScenarioTest cover Ankara).
 */
@BrowserTest
class RiskMapBrowserTest {

    private static final By TRIPOLI = By.cssSelector("#world-map path.mission-ru-embassy-tripoli");

    @Test
    void anEmbassysMarkerChangesColourWhenThreatsAgainstItsAmbassadorArrive(Browser browser) throws Exception {
        browser.login("analyst", "demo").open("/");
        WebElement marker = browser.waitFor(TRIPOLI);
        String levelBefore = browser.waitUntil("the marker's level", d -> {
            String l = d.findElement(TRIPOLI).getDomAttribute("data-level");
            return l == null || l.isEmpty() ? null : l;
        });
        String fillBefore = marker.getDomAttribute("fill");
        assertThat(browser.text(By.id("map-legend"))).containsIgnoringCase("Risk level");
        browser.waitUntil("the countries tinted by their level", d -> {
            String n = d.findElement(By.id("world-map")).getDomAttribute("data-countries-shaded");
            return n != null && Integer.parseInt(n) > 0;
        });
        browser.screenshot("risk-map-before");

        push(browser, "Farewell to life", "No one will mourn you", "It is time for you to burn up");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .withMessage(() -> "the Tripoli marker to leave " + levelBefore)
                .until(d -> !levelBefore.equals(d.findElement(TRIPOLI).getDomAttribute("data-level")));
        WebElement after = browser.driver().findElement(TRIPOLI);
        assertThat(rank(after.getDomAttribute("data-level"))).isGreaterThan(rank(levelBefore));
        assertThat(after.getDomAttribute("fill")).isNotEqualTo(fillBefore);
        browser.screenshot("risk-map-after");

        // the threats raised an alert for Tripoli: the map flags the mission's open alerts and the legend says so
        browser.open("/");
        browser.waitUntil("the open alerts flagged", d -> {
            String n = d.findElement(By.id("world-map")).getDomAttribute("data-alert-flags");
            return n != null && Integer.parseInt(n) > 0;
        });
        assertThat(browser.driver().findElements(By.cssSelector("#world-map .alert-flag")))
                .isNotEmpty();
        assertThat(browser.text(By.id("map-legend"))).contains("open alerts");

        browser.open("/risk/missions/ru-embassy-tripoli");
        browser.driver()
                .findElement(By.cssSelector("#factors-details > summary"))
                .click();
        String factors = browser.text(By.id("factors-TARGETED_THREATS"));
        assertThat(factors).contains("Threats against the mission and its people", "Farewell to life");
        browser.waitUntil(
                "the trend chart drawn", d -> d.findElement(By.id("risk-trend")).getDomAttribute("data-drawn") != null);
        browser.screenshot("risk-page");
    }

    private static int rank(String level) {
        return switch (level) {
            case "LOW" -> 1;
            case "MODERATE" -> 2;
            case "HIGH" -> 3;
            case "CRITICAL" -> 4;
            default -> 0;
        };
    }

    /** Creates a push source of its own (so that no other test's identical posts are duplicates) and posts. */
    private static void push(Browser browser, String... texts) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        String source = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/api/v1/sources")))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id": "%s", "kind": "PUSH", "name": "Social gateway", "reliability": "C"}""".formatted(source)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < texts.length; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "reply-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbLibya"}""".formatted(i, texts[i]));
        }
        HttpResponse<String> pushed = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/api/v1/items")))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"source\": \"" + source + "\", \"items\": " + items + "]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.body()).contains("\"accepted\":" + texts.length);
    }
}
