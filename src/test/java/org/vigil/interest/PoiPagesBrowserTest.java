package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.Author;
import org.vigil.signals.SignalLookup.AuthoredSignal;
import org.vigil.web.browser.Browser;
import org.vigil.web.browser.BrowserTest;

/**
 * The persons-of-interest pages in Chromium: Ankara's officer finds the person in the list, opens the page, reads
 * the timeline chart drawn on a time axis of distinct days, the targets by name, and closes the case after
 * confirming; Istanbul's officer finds nothing, and the person's page is "Nothing here" for them.
 */
@BrowserTest
class PoiPagesBrowserTest {

    private static final String ANKARA = "ru-embassy-ankara";

    @Autowired
    PersonsOfInterest persons;

    @Autowired
    JdbcClient jdbc;

    private long person(String handle) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long base = 3_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        List<ThreatLevel> levels = List.of(ThreatLevel.LOW, ThreatLevel.MEDIUM, ThreatLevel.HIGH, ThreatLevel.CRITICAL);
        for (int k = 0; k < levels.size(); k++) {
            persons.record(new AuthoredSignal(
                    base + k,
                    new Author(handle, null, "x", null),
                    "ru",
                    levels.get(k),
                    "NEW",
                    Set.of(ANKARA),
                    k == 0 ? Set.of() : Set.of(ANKARA),
                    k == 0 ? Map.of() : Map.of("yerkhov", Optional.of(ANKARA)),
                    now.minus(Duration.ofDays(6 - 2L * k))));
        }
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = 'x' AND handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    @Test
    void ankarasOfficerReadsThePersonAndClosesTheCaseIstanbulSeesNothing(Browser browser) {
        String handle = "browser_" + UUID.randomUUID().toString().substring(0, 8);
        long id = person(handle);

        browser.login("officer.ankara", "demo").open("/persons-of-interest");
        browser.waitFor(By.id("poi-list"));
        browser.driver()
                .findElement(By.cssSelector("#poi-list tr[data-id='" + id + "'] a"))
                .click();
        browser.waitFor(By.id("poi-name"));
        assertThat(browser.text(By.id("poi-name"))).isEqualTo("@" + handle + " on x");
        assertThat(browser.text(By.id("targets"))).contains("Alexei Yerkhov");
        assertThat(browser.text(By.id("behaviours"))).contains("No warning behaviour observed");
        String drawn = browser.waitUntil(
                "the timeline chart drawn",
                d -> d.findElement(By.id("poi-timeline")).getDomAttribute("data-drawn"));
        assertThat(drawn).isEqualTo("3");
        List<String> ticks = Arrays.asList(browser.driver()
                .findElement(By.id("poi-timeline"))
                .getDomAttribute("data-ticks")
                .split("\\|"));
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(ticks).allSatisfy(t -> assertThat(t).matches("\\d{1,2} [A-Z][a-z]{2}"));
        assertThat(browser.driver().findElement(By.id("poi-timeline")).getDomAttribute("data-level-ticks"))
                .as("the level axis names the levels")
                .isEqualTo("Low|Medium|High|Critical");
        browser.screenshot("person-of-interest-page");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('accounts').scrollIntoView();");
        browser.screenshot("person-of-interest-page-casework");

        // closing asks first
        browser.driver().findElement(By.id("close-submit")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(
                "the case closed",
                d -> d.findElement(By.id("poi-status")).getText().equals("Closed"));
        assertThat(browser.text(By.id("poi-closure"))).contains("Not a threat", "officer.ankara");
        assertThat(browser.all(By.id("reopen-form"))).hasSize(1);
    }

    @Test
    void istanbulsOfficerSeesNoneOfAnkarasPersonsOfInterest(Browser browser) {
        String handle = "browser_ist_" + UUID.randomUUID().toString().substring(0, 8);
        long id = person(handle);
        browser.login("officer.istanbul", "demo").open("/persons-of-interest");
        browser.waitFor(By.id("poi-list"));
        assertThat(browser.all(By.cssSelector("#poi-list tr[data-id='" + id + "']")))
                .isEmpty();
        browser.open("/persons-of-interest/" + id);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nothing here");
        browser.open("/search?q=" + handle);
        assertThat(browser.all(By.cssSelector("#search-persons-of-interest a[href='/persons-of-interest/" + id + "']")))
                .isEmpty();
    }
}
