package org.vigil.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.web.browser.Browser;
import org.vigil.web.browser.BrowserTest;

/**
 * The measures pages in real Chromium: a special-forces unit proposed by the embassy's officer, approved by two
 * distinct HQ directors (the same director cannot approve twice, and the page says why), then marked implemented
 * by the officer; and a note verbale drafted, previewed with the right convention, and tracked.
 */
@BrowserTest
class MeasuresBrowserTest {

    @Autowired
    JdbcClient jdbc;

    static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector("form.logout button")).click();
        browser.waitUntil(
                "the sign-in page after signing out", d -> browser.path().startsWith("/login"));
    }

    @Test
    void aSpecialForcesUnitNeedsTwoDistinctDirectorsBeforeTheOfficerMarksItImplemented(Browser browser) {
        jdbc.sql(
                        "UPDATE measure SET state = 'WITHDRAWN' WHERE mission_id = 'ru-embassy-ankara'"
                                + " AND code = 'SPECIAL_FORCES' AND state IN ('PROPOSED', 'APPROVED', 'IMPLEMENTED', 'UNDER_REVIEW')")
                .update();

        browser.login("officer.ankara", "demo").open("/measures");
        browser.waitFor(By.id("new-measure")).click();
        browser.waitUntil("the proposal form", d -> browser.path().startsWith("/measures/new"));
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("code"))).selectByValue("SPECIAL_FORCES");
        browser.waitFor(By.id("reason")).sendKeys("Threats against the ambassador after the escalation in Idlib");
        browser.driver().findElement(By.id("propose")).click();
        browser.waitUntil("the new measure's page", d -> browser.path().matches("/measures/\\d+"));
        String page = browser.path();
        assertThat(browser.text(By.id("flash"))).contains("needs 2 distinct approvers");
        assertThat(browser.text(By.id("measure-state"))).isEqualTo("Proposed");
        // the officer may not approve: the page offers no Approve and says who may, in words
        assertThat(browser.all(By.id("approve"))).isEmpty();
        assertThat(browser.text(By.id("awaiting")))
                .contains("HQ security director")
                .doesNotContain("HQ_DIRECTOR");
        assertThat(browser.all(By.id("withdraw")))
                .as("the proposer may take it back")
                .hasSize(1);
        signOut(browser);

        browser.login("director", "demo").open(page);
        browser.waitFor(By.id("approve")).click();
        assertThat(browser.text(By.id("flash"))).contains("1 of 2").contains("another approver");
        assertThat(browser.text(By.id("measure-state"))).isEqualTo("Proposed");
        // one approval a person: the director is offered no second one
        assertThat(browser.all(By.id("approve"))).isEmpty();
        browser.screenshot("measure-same-approver-not-offered");
        signOut(browser);

        browser.login("deputy.director", "demo").open(page);
        browser.waitFor(By.id("approve")).click();
        assertThat(browser.text(By.id("flash"))).isEqualTo("Approved.");
        assertThat(browser.text(By.id("measure-state"))).isEqualTo("Approved");
        assertThat(browser.text(By.id("approvals")))
                .contains("2 of 2")
                .contains("director")
                .contains("deputy.director");
        signOut(browser);

        browser.login("officer.ankara", "demo").open(page);
        browser.waitFor(By.id("implement")).click();
        assertThat(browser.text(By.id("flash"))).contains("implemented");
        assertThat(browser.text(By.id("measure-state"))).isEqualTo("Implemented");
        assertThat(browser.text(By.id("history")))
                .contains("propose")
                .contains("approve")
                .contains("implement");
        browser.screenshot("measure-implemented");

        browser.open("/measures/network");
        assertThat(browser.text(By.id("deployed"))).contains("Embassy of the Russian Federation in Turkey");
    }

    @Test
    void anOfficerDraftsANoteVerbaleThatCitesTheViennaConventionAndTracksIt(Browser browser) {
        browser.login("officer.ankara", "demo").open("/host-requests");
        browser.waitFor(By.id("new-request")).click();
        browser.waitUntil("the drafting form", d -> browser.path().startsWith("/host-requests/new"));
        browser.waitFor(By.id("threat"))
                .sendKeys("The Ambassador receives threats on social networks: "
                        + "\"Farewell to life\", \"It is time for you to burn up\".");
        browser.driver()
                .findElement(By.id("measuresAsked"))
                .sendKeys("Police protection of the chancery and the residence\nClose protection at public events");
        browser.driver().findElement(By.id("person-yerkhov")).click();
        browser.driver().findElement(By.id("draft")).click();
        browser.waitUntil("the request's page", d -> browser.path().matches("/host-requests/\\d+"));
        String page = browser.path();
        String note = browser.text(By.id("note-preview"));
        assertThat(note)
                .contains("presents its compliments to the Ministry of Foreign Affairs of Türkiye")
                .contains("Article 22, paragraph 2, of the Vienna Convention on Diplomatic Relations")
                .contains("Article 29")
                .contains("Farewell to life")
                .contains("Alexei Yerkhov, Ambassador")
                .contains("Police protection of the chancery");
        assertThat(browser.driver().findElement(By.id("pdf")).getDomAttribute("href"))
                .endsWith("/note.pdf");
        assertThat(browser.text(By.id("request-status"))).isEqualTo("Draft");
        browser.screenshot("note-verbale");

        browser.driver().findElement(By.id("step-note")).sendKeys("Delivered by hand to the Ministry");
        browser.driver().findElement(By.id("record-step")).click();
        assertThat(browser.text(By.id("request-status"))).isEqualTo("Sent");
        assertThat(browser.text(By.id("steps"))).contains("Delivered by hand");
        signOut(browser);

        browser.login("officer.istanbul", "demo").open(page);
        assertThat(browser.text(By.cssSelector(".error-page h1"))).isEqualTo("Nothing here");
    }
}
