package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A mission's risk page as an officer reads it in Chromium: the summary comes first (the level, the trend, at most
 * three reasons, what changed since yesterday, the mission beside its country), the details are folded below it, and
 * the trend chart's x axis is a time axis whose ticks are distinct days.
 */
@BrowserTest
class RiskPageBrowserTest {

    @Test
    void theSummaryComesFirstAndTheChartsTicksAreDistinctDays(Browser browser) {
        browser.login("analyst", "demo").open("/risk/missions/ru-embassy-damascus");
        WebElement summary = browser.waitFor(By.id("risk-summary"));
        String level = summary.getDomAttribute("data-level");
        assertThat(level).isIn("LOW", "MODERATE", "HIGH", "CRITICAL");
        assertThat(browser.text(By.id("summary-level"))).isEqualTo(level);
        assertThat(browser.text(By.id("summary-trend"))).containsAnyOf("Rising", "Falling", "Steady", "No trend yet");

        List<WebElement> reasons = browser.all(By.cssSelector("#summary-reasons > li"));
        assertThat(reasons).hasSizeBetween(1, 3);
        assertThat(reasons)
                .allSatisfy(r -> assertThat(r.getText()).matches("(?s).+ \\((LOW|MODERATE|HIGH|CRITICAL)\\): .{10,}"));
        assertThat(reasons.get(0).getText())
                .as("no internal factor names")
                .doesNotContain("targeted-signals", "conflict-events");
        assertThat(browser.all(By.cssSelector("#summary-changes > li, #summary-no-change")))
                .isNotEmpty();
        assertThat(browser.text(By.id("risk-country"))).contains("Syria");

        // the summary is on top, the trend next, the details folded after them
        WebElement chart = browser.driver().findElement(By.id("risk-trend"));
        WebElement factors = browser.driver().findElement(By.id("factors-details"));
        assertThat(summary.getRect().getY()).isLessThan(chart.getRect().getY());
        assertThat(chart.getRect().getY()).isLessThan(factors.getRect().getY());
        assertThat(factors.getDomAttribute("open")).isNull();
        Number height = (Number)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight;");
        assertThat(height.intValue()).as("the page reads at a glance").isLessThan(2200);

        String ticks = browser.waitUntil(
                "the trend chart drawn", d -> d.findElement(By.id("risk-trend")).getDomAttribute("data-ticks"));
        List<String> labels = Arrays.asList(ticks.split("\\|"));
        assertThat(labels).hasSizeGreaterThanOrEqualTo(4);
        assertThat(labels).allSatisfy(l -> assertThat(l).matches("\\d{1,2} [A-Z][a-z]{2}"));
        assertThat(labels).doesNotHaveDuplicates();
        browser.screenshot("risk-page-summary");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", chart);
        browser.screenshot("risk-page-chart");

        // the details open on demand and name the factors in words
        factors.findElement(By.tagName("summary")).click();
        assertThat(browser.text(By.id("factors-ARMED_CONFLICT"))).contains("Conflict events within");
    }
}
