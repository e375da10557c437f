package org.vigil.signals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.TestPrincipals;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.ingest.pipeline.SourceCommand;
import org.vigil.ingest.pipeline.SourceKind;
import org.vigil.ingest.pipeline.Sources;
import org.vigil.web.browser.Browser;
import org.vigil.web.browser.BrowserTest;

/**
 * An analyst in real Chromium finds a threat in the signal list, opens it, sees the evidence marked in the text
 * (and the markup the post carried shown as text), and dismisses it with a reason.
 */
@BrowserTest
class SignalPageBrowserTest {

    @Autowired
    Intake intake;

    @Autowired
    Sources sources;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystSeesTheEvidenceHighlightedAndDismissesTheSignalWithAReason(Browser browser) {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String source = "browser-" + u;
        SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
        try {
            sources.create(new SourceCommand(
                    source, SourceKind.PUSH, "Browser test replies", null, null, null, "C", true, List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String text = "<b>Ambassador Yerkhov</b>, no one will mourn you. Ref " + u;
        Intake.Stored stored = intake.store(
                source,
                Parsed.accepted(new IncomingItem(
                        "b-" + u,
                        text,
                        null,
                        null,
                        null,
                        "x.com/someone",
                        null,
                        "POST",
                        "@RusEmbTurkey",
                        IncomingItem.hash(text))));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                .param(stored.itemId())
                                .query(Long.class)
                                .single()
                        == 1);
        long signal = jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                .param(stored.itemId())
                .query(Long.class)
                .single();

        browser.login("analyst", "demo").open("/signals");
        WebElement search = browser.waitFor(By.id("q"));
        search.sendKeys(u);
        // htmx reloads only the results as the analyst types
        browser.waitUntil(
                "the signal in the filtered list",
                d -> d.findElements(By.cssSelector("#signals-table tr[data-signal-id='" + signal + "']"))
                                        .size()
                                == 1
                        && d.findElements(By.cssSelector("#signals-table tbody tr"))
                                        .size()
                                == 1);
        // the address follows the search (hx-push-url); wait until no request is in flight before clicking
        browser.waitUntil(
                "the search settled",
                d -> browser.path().contains("q=" + u)
                        && d.findElements(By.cssSelector(".htmx-request")).isEmpty());
        browser.screenshot("signals");
        browser.waitUntil("a click on the signal", d -> {
            try {
                d.findElement(By.cssSelector("tr[data-signal-id='" + signal + "'] td.signal-excerpt a"))
                        .click();
                return true;
            } catch (StaleElementReferenceException swappedMeanwhile) {
                return false;
            }
        });
        browser.waitUntil("the signal's page", d -> browser.path().equals("/signals/" + signal));

        WebElement marked = browser.waitFor(By.cssSelector("#signal-text mark.evidence"));
        assertThat(marked.getText().toLowerCase()).contains("mourn");
        assertThat(marked.getCssValue("background-color"))
                .as("the evidence stands out")
                .isNotEqualTo(browser.driver().findElement(By.id("signal-text")).getCssValue("background-color"));
        assertThat(browser.text(By.id("signal-text"))).startsWith("<b>Ambassador Yerkhov</b>");
        assertThat(browser.all(By.cssSelector("#signal-text b")))
                .as("the post's markup is not rendered")
                .isEmpty();
        assertThat(browser.text(By.id("signal-level"))).isIn("HIGH", "CRITICAL");
        assertThat(browser.text(By.id("signal-targets"))).contains("Alexei Yerkhov");
        browser.screenshot("signal");

        browser.driver().findElement(By.id("triage-dismiss")).click();
        assertThat(browser.text(By.id("triage-error"))).contains("say why");
        browser.driver().findElement(By.id("reason")).sendKeys("a line quoted from a film");
        browser.driver().findElement(By.id("triage-dismiss")).click();
        browser.waitUntil(
                "the dismissed signal",
                d -> d.findElement(By.id("signal-status")).getText().equals("Dismissed"));
        assertThat(browser.text(By.id("triage-reason"))).isEqualTo("a line quoted from a film");
        assertThat(jdbc.sql("SELECT status || ' ' || triaged_by FROM signal WHERE id = ?")
                        .param(signal)
                        .query(String.class)
                        .single())
                .isEqualTo("DISMISSED analyst");
    }

    @Test
    void anAdministratorPressesTestNowAndReadsWhatHappenedInPlace(Browser browser) {
        String id = "browser-feed-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(TestPrincipals.admin());
        try {
            // paused, on an address the fetcher refuses: pressing the button must say so, and nothing is fetched
            sources.create(new SourceCommand(
                    id, SourceKind.RSS, "Intranet feed", null, "http://10.9.8.7/feed.xml", 600, "B", false, List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser.login("admin", "demo").open("/sources");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-source-id='" + id + "']"));
        assertThat(row.getText()).contains("Paused").contains("RSS");
        row.findElement(By.cssSelector("button.test-now")).click();
        WebElement report = browser.waitFor(By.cssSelector("tr[data-source-id='" + id + "'] + tr .poll-report"));
        assertThat(report.getText())
                .contains("Failed")
                .contains("FORBIDDEN_ADDRESS")
                .contains("allow-list");
        browser.open("/sources");
        assertThat(browser.waitFor(By.cssSelector("tr[data-source-id='" + id + "']"))
                        .getText())
                .contains("FORBIDDEN_ADDRESS");
        browser.screenshot("sources");
    }
}
