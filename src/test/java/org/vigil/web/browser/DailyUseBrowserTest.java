package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.TestPrincipals;
import org.vigil.measures.MeasureView;
import org.vigil.measures.Measures;
import org.vigil.measures.ProposalCommand;
import org.vigil.shared.Scope;

/**
 * Daily work in real Chromium: the "awaiting my decision" queue on the home page with its count in the
 * navigation, the header search within need-to-know, and every main page at a phone's width (390 px) without
 * sideways scrolling, its navigation folded into a menu.
 */
@BrowserTest
class DailyUseBrowserTest {

    /** The elements that reach past the right edge, for the failure message. */
    static final String TOO_WIDE = "var out = []; document.querySelectorAll('body *').forEach(function (e) {"
            + " var r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 1 && out.length < 6)"
            + " out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); });"
            + " return out.join(', ');";

    @Autowired
    Measures measures;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Takes back an open proposal of this measure at Ankara left by an earlier test of the same application. */
    private void noOpen(String code) {
        jdbc.sql("UPDATE measure SET state = 'WITHDRAWN' WHERE mission_id = 'ru-embassy-ankara' AND code = ?"
                        + " AND state IN ('PROPOSED', 'APPROVED', 'IMPLEMENTED', 'UNDER_REVIEW')")
                .param(code)
                .update();
    }

    private MeasureView proposeCctvAtAnkara() {
        noOpen("TECH_CCTV");
        SecurityContextHolder.getContext()
                .setAuthentication(TestPrincipals.auth(
                        "officer.ankara", Scope.of(Set.of("ru-embassy-ankara")), "ROLE_MISSION_OFFICER"));
        try {
            return measures.propose(new ProposalCommand(
                    "ru-embassy-ankara",
                    "TECH_CCTV",
                    "Threats against the ambassador on social networks",
                    List.of(),
                    List.of(),
                    LocalDate.now().plusDays(14)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aProposedMeasureWaitsOnTheDirectorsHomePageAndNotOnAnotherMissionsOfficers(Browser browser) {
        MeasureView m = proposeCctvAtAnkara();

        browser.login("director", "demo").open("/");
        WebElement queue = browser.waitFor(By.id("decision-queue"));
        WebElement item = browser.waitUntil(
                "the proposed measure in the director's queue",
                d -> d.findElements(By.cssSelector("#decision-queue li")).stream()
                        .filter(li -> li.getText().contains("CCTV at Embassy of the Russian Federation in Turkey"))
                        .findFirst()
                        .orElse(null));
        assertThat(item.getText()).contains("Measure to approve", "proposed by officer.ankara");
        int count = Integer.parseInt(browser.waitUntil("the count in the navigation", d -> {
            String t = d.findElement(By.id("queue-count")).getText().strip();
            return t.isEmpty() ? null : t;
        }));
        assertThat(count)
                .isEqualTo(browser.all(By.cssSelector("#decision-queue li")).size());
        assertThat(queue.getText()).doesNotContain("ru-embassy-ankara"); // names, not ids
        browser.screenshot("decision-queue");

        item.findElement(By.tagName("a")).click();
        browser.waitUntil("the measure's page", d -> browser.path().equals("/measures/" + m.id()));

        // the officer who proposed it does not approve their own proposal; Istanbul's officer does not see it
        browser.driver().manage().deleteAllCookies();
        browser.login("officer.istanbul", "demo").open("/");
        browser.waitFor(By.id("decision-queue"));
        assertThat(browser.text(By.id("decision-queue"))).doesNotContain("CCTV at Embassy");
    }

    @Test
    void theHeaderSearchFindsPeopleMissionsAndSignalsWithinTheScope(Browser browser) {
        browser.login("analyst", "demo").open("/missions");
        WebElement box = browser.waitFor(By.id("global-q"));
        box.sendKeys("Yerkhov\n");
        browser.waitUntil("the search page", d -> browser.path().startsWith("/search"));
        assertThat(browser.text(By.id("search-people"))).contains("Alexei Yerkhov");

        browser.open("/search?q=Istanbul");
        assertThat(browser.text(By.id("search-missions"))).contains("Istanbul");

        browser.driver().manage().deleteAllCookies();
        browser.login("officer.ankara", "demo").open("/search?q=Istanbul");
        assertThat(browser.text(By.id("search-missions"))).contains("No mission matches");
    }

    @Test
    void atAPhonesWidthNoPageScrollsSidewaysAndTheNavigationIsAMenu(Browser browser) {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.login("admin", "demo");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (String page : List.of(
                    "/",
                    "/missions",
                    "/missions/ru-embassy-ankara",
                    "/people",
                    "/signals",
                    "/alerts",
                    "/incidents",
                    "/measures",
                    "/host-requests",
                    "/briefings",
                    "/sources",
                    "/audit",
                    "/admin/accounts",
                    "/search?q=embassy")) {
                browser.open(page);
                browser.waitFor(By.tagName("main"));
                long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(viewport).as("viewport of " + page).isLessThanOrEqualTo(390);
                assertThat(width)
                        .as("scroll width of " + page + "; too wide: " + js.executeScript(TOO_WIDE))
                        .isLessThanOrEqualTo(viewport);
            }
            browser.open("/signals");
            WebElement signalsLink = browser.driver().findElement(By.cssSelector("#mainnav a[href$='/signals']"));
            assertThat(signalsLink.isDisplayed()).isFalse();
            browser.waitFor(By.id("nav-toggle")).click();
            browser.waitUntil("the menu open", d -> signalsLink.isDisplayed());
            assertThat(browser.driver().findElement(By.id("nav-toggle")).getDomAttribute("aria-expanded"))
                    .isEqualTo("true");
            browser.screenshot("phone-menu");
            browser.driver()
                    .findElement(By.cssSelector("#mainnav a[href$='/missions']"))
                    .click();
            browser.waitUntil(
                    "the missions list from the menu", d -> browser.path().startsWith("/missions"));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    @Test
    void aMeasureIsProposedFromTheMissionPageWithItsEvidencePickedFromALists(Browser browser) {
        noOpen("TECH_ACCESS_CONTROL");
        browser.login("officer.ankara", "demo").open("/missions/ru-embassy-ankara");
        browser.waitFor(By.id("propose-from-mission")).click();
        browser.waitUntil(
                "the proposal form for the mission",
                d -> browser.path().startsWith("/measures/new?mission=ru-embassy-ankara"));
        // evidence is ticked in lists of the mission's signals and incidents, not typed as ids
        assertThat(browser.all(By.id("signalIds"))).isEmpty();
        browser.waitFor(By.id("evidence-signals"));
        WebElement incident = browser.waitUntil(
                "the Karlov incident offered as evidence",
                d -> d.findElements(By.cssSelector("#evidence-incidents label")).stream()
                        .filter(l -> l.getText().contains("Karlov"))
                        .findFirst()
                        .orElse(null));
        incident.findElement(By.tagName("input")).click();
        String incidentId = incident.findElement(By.tagName("input")).getDomAttribute("value");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("code"))).selectByValue("TECH_ACCESS_CONTROL");
        browser.waitFor(By.id("reason")).sendKeys("The attack on the ambassador shows the approaches are not watched");
        browser.driver().findElement(By.id("propose")).click();
        browser.waitUntil("the new measure's page", d -> browser.path().matches("/measures/\\d+"));
        long id = Long.parseLong(browser.path().substring("/measures/".length()));
        SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
        try {
            assertThat(measures.get(Scope.all(), id).incidentIds()).containsExactly(Long.parseLong(incidentId));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theMapsLegendExplainsEveryColourAndTheActivityRings(Browser browser) {
        browser.login("admin", "demo").open("/");
        WebElement legend = browser.waitFor(By.id("map-legend"));
        assertThat(legend.getText())
                .containsIgnoringCase("Risk level")
                .contains("Low", "Moderate", "High", "Critical")
                .contains("Ring: signals of the last 7 days")
                .contains("Countries tinted");
        // one swatch per level and one for the activity ring, each with its colour
        List<WebElement> swatches = legend.findElements(By.cssSelector(".swatch"));
        assertThat(swatches).hasSizeGreaterThanOrEqualTo(5);
        browser.waitUntil(
                "the activity layer drawn",
                d -> d.findElement(By.id("world-map")).getDomAttribute("data-activity-rings") != null);
        int rings = Integer.parseInt(
                browser.driver().findElement(By.id("world-map")).getDomAttribute("data-activity-rings"));
        assertThat(browser.all(By.cssSelector("#world-map path.activity-ring"))).hasSize(rings);
        assertThat(browser.all(By.cssSelector(".leaflet-control-layers"))).hasSize(1);
    }
}
