package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.Scope;

/**
 * The pages as people use them, in real headless Chromium against the running application and its demo data:
 * signing in, the world map, need-to-know for a mission officer, and an administrator adding a mission.
 */
@BrowserTest
class PagesBrowserTest {

    static final By MARKERS = By.cssSelector("#world-map path.mission-marker");

    @Autowired
    Missions missions;

    @Test
    void signingInRefusesAWrongPasswordAndThenTakesTheUserWhereTheyWereGoing(Browser browser) {
        browser.open("/missions");
        browser.waitUntil("redirect to the sign-in page", d -> browser.path().startsWith("/login"));

        browser.waitFor(By.name("username")).sendKeys("analyst");
        browser.driver().findElement(By.name("password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.text(By.cssSelector("[role=alert]"))).isNotBlank();
        assertThat(browser.path()).startsWith("/login");

        browser.waitFor(By.name("username")).sendKeys("analyst");
        browser.driver().findElement(By.name("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(
                "the missions list after signing in", d -> browser.path().startsWith("/missions"));
        assertThat(browser.text(By.cssSelector(".session .user-name"))).isEqualTo("analyst");
        // an analyst sees the registry but may not change it, and has no admin or audit pages
        assertThat(browser.all(By.id("new-mission"))).isEmpty();
        assertThat(browser.all(By.linkText("Admin"))).isEmpty();
        assertThat(browser.all(By.linkText("Audit"))).isEmpty();

        browser.driver().findElement(By.cssSelector("form.logout button")).click();
        browser.waitUntil(
                "the sign-in page after signing out", d -> browser.path().startsWith("/login"));
        browser.open("/missions");
        browser.waitUntil("signed out for real", d -> browser.path().startsWith("/login"));
    }

    @Test
    void theMapShowsEveryMissionOfTheNetworkAndAClickOpensTheMission(Browser browser) {
        browser.login("admin", "demo").open("/");
        int markers = waitForMarkers(browser);
        long placed =
                missions.all(Scope.all()).stream().filter(m -> m.lat() != null).count();
        assertThat(markers).isGreaterThanOrEqualTo(25).isEqualTo((int) placed);
        // every mission is drawn, as its own marker or inside a numbered cluster of missions too close to tell apart
        int clustered = Integer.parseInt(browser.waitUntil(
                "the clusters", d -> d.findElement(By.id("world-map")).getDomAttribute("data-clustered")));
        assertThat(browser.all(MARKERS).size() + clustered).isEqualTo(markers);
        assertThat(browser.text(By.id("map-count"))).isEqualTo(markers + " missions on the map");
        WebElement legend = browser.waitFor(By.id("map-legend"));
        // every mission is assessed at start, so the markers and the legend speak of risk levels
        assertThat(legend.getText())
                .containsIgnoringCase("Risk level")
                .contains("Moderate")
                .contains("Conflict event")
                .contains("Missions too close to tell apart");
        // the demo's conflict events near the missions are their own layer
        browser.waitUntil("the conflict events", d -> {
            String n = d.findElement(By.id("world-map")).getDomAttribute("data-events");
            return n != null && Integer.parseInt(n) > 0;
        });
        assertThat(browser.all(By.cssSelector("#world-map path.conflict-event")))
                .isNotEmpty();
        assertThat(browser.all(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                        // the control is collapsed until hovered: its text is in the page, not shown
                        .map(l -> l.getDomProperty("textContent"))
                        .map(String::strip))
                .contains("Conflict events", "Recent signals");
        assertThat(browser.all(By.linkText("Admin"))).hasSize(1);
        assertThat(browser.all(By.linkText("Audit"))).hasSize(1);

        Path shot = browser.screenshot("home");
        assertThat(shot).exists();
        assertThat(shot.toFile().length()).isGreaterThan(20_000); // a drawn map, not a blank page

        // Brasília is far from any other mission, so its marker is not under another one
        clickWhenTheMapIsStill(browser, browser.waitFor(By.cssSelector("path.mission-ru-embassy-brasilia")));
        browser.waitUntil(
                "the mission page after a click on its marker",
                d -> browser.path().equals("/missions/ru-embassy-brasilia"));
        assertThat(browser.text(By.id("mission-name"))).contains("Brazil");
    }

    @Test
    void missionsTooCloseToTellApartAreOneClusterThatAClickOpensUp(Browser browser) {
        browser.login("admin", "demo").open("/");
        waitForMarkers(browser);
        // Ankara, Istanbul and Antalya are a few hundred kilometres apart: one cluster on the world map
        By turkey = By.cssSelector(".mission-cluster[data-missions~='ru-embassy-ankara']");
        WebElement cluster = browser.waitFor(turkey);
        assertThat(cluster.getDomAttribute("data-missions")).contains("ru-consulate-istanbul");
        assertThat(browser.all(By.cssSelector("path.mission-ru-embassy-ankara")))
                .isEmpty();
        clickWhenTheMapIsStill(browser, cluster);
        browser.waitUntil(
                "Ankara's own marker after zooming in",
                d -> !d.findElements(By.cssSelector("path.mission-ru-embassy-ankara"))
                        .isEmpty());
    }

    @Test
    void aMissionOfficerSeesOnlyTheirOwnMission(Browser browser) {
        browser.login("officer.ankara", "demo").open("/");
        assertThat(waitForMarkers(browser)).isEqualTo(1);
        List<WebElement> markers = browser.all(MARKERS);
        assertThat(markers).hasSize(1);
        assertThat(markers.getFirst().getDomAttribute("class")).contains("mission-ru-embassy-ankara");
        assertThat(browser.all(By.linkText("Admin"))).isEmpty();

        clickWhenTheMapIsStill(browser, markers.getFirst());
        browser.waitUntil("the embassy's page", d -> browser.path().equals("/missions/ru-embassy-ankara"));
        assertThat(browser.text(By.id("mission-people"))).contains("Alexei Yerkhov");
        assertThat(browser.all(By.id("edit-mission"))).isEmpty();
        browser.waitUntil(
                "the small map of the mission",
                d -> "loaded".equals(d.findElement(By.id("mission-map")).getDomAttribute("data-base-map")));
        browser.screenshot("mission");

        browser.open("/missions");
        assertThat(rowIds(browser)).containsExactly("ru-embassy-ankara");
        browser.open("/missions?host=TR&kind=CONSULATE_GENERAL");
        assertThat(rowIds(browser)).isEmpty();

        browser.open("/missions/ru-consulate-istanbul");
        assertThat(browser.text(By.cssSelector(".error-page h1"))).isEqualTo("Nothing here");
        browser.screenshot("not-found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Istanbul\u003c/h1>", "Consulate General of");
    }

    @Test
    void anAdministratorAddsAMissionThroughTheFormAndFindsItInTheListAndOnTheMap(Browser browser) {
        String id = "ru-consulate-test-browser";
        browser.login("admin", "demo").open("/");
        int before = waitForMarkers(browser);

        browser.open("/missions");
        browser.waitFor(By.id("new-mission")).click();
        browser.waitUntil("the new mission form", d -> browser.path().equals("/missions/new"));

        // first with mistakes: the form says what is wrong and keeps what was typed
        browser.waitFor(By.id("id")).sendKeys(id);
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("CONSULATE_GENERAL");
        new Select(browser.driver().findElement(By.id("hostCountry"))).selectByValue("DE");
        browser.driver().findElement(By.id("city")).sendKeys("Bonn");
        browser.driver().findElement(By.id("lat")).sendKeys("fifty");
        browser.driver().findElement(By.id("lon")).sendKeys("7.0982");
        browser.driver().findElement(By.id("save-mission")).click();
        assertThat(browser.text(By.id("form-errors"))).contains("The mission was not saved");
        assertThat(fieldError(browser, "name")).isEqualTo("is required");
        assertThat(fieldError(browser, "lat")).contains("\"fifty\" is not a number");
        assertThat(browser.driver().findElement(By.id("city")).getDomProperty("value"))
                .isEqualTo("Bonn");
        browser.screenshot("mission-form-errors");

        browser.driver().findElement(By.id("name")).sendKeys("Consulate General of Russia in Bonn");
        WebElement lat = browser.driver().findElement(By.id("lat"));
        lat.clear();
        lat.sendKeys("50.7374");
        browser.driver().findElement(By.id("aliases")).sendKeys("Russian consulate in Bonn");
        browser.driver().findElement(By.id("save-mission")).click();
        browser.waitUntil("the new mission's page", d -> browser.path().equals("/missions/" + id));
        assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("created");
        assertThat(browser.text(By.id("mission-name"))).isEqualTo("Consulate General of Russia in Bonn");

        // the list's live search finds it while typing, without a page load
        browser.open("/missions");
        WebElement table = browser.waitFor(By.id("missions-table"));
        browser.driver().findElement(By.id("q")).sendKeys("Bonn");
        browser.waitUntil("the live search to replace the results", ExpectedConditions.stalenessOf(table));
        browser.waitUntil("only the new mission listed", d -> rowIds(browser).equals(List.of(id)));
        browser.waitUntil(
                "the address to follow the search", d -> browser.path().contains("q=Bonn"));
        browser.open("/missions");
        browser.waitFor(By.id("missions-table"));
        browser.screenshot("missions");

        browser.open("/");
        assertThat(waitForMarkers(browser)).isEqualTo(before + 1);
        assertThat(browser.all(By.cssSelector("path.mission-" + id)).size()
                        + browser.all(By.cssSelector(".mission-cluster[data-missions~='" + id + "']"))
                                .size())
                .as("the new mission on the map, alone or in a cluster")
                .isEqualTo(1);
        MissionView saved = missions.find(Scope.all(), id).orElseThrow();
        assertThat(saved.lat()).isEqualTo(50.7374);
        assertThat(saved.aliases()).containsExactly("Russian consulate in Bonn");
    }

    /**
     * A marker clicked while Leaflet still animates the zoom to fit the markers lands on the animation's canvas:
     * wait until the map stands still (no element has Leaflet's zoom-animation class), as a person would.
     */
    private static void clickWhenTheMapIsStill(Browser browser, WebElement marker) {
        browser.waitUntil(
                "the map to finish its zoom animation",
                d -> d.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty());
        marker.click();
    }

    private static int waitForMarkers(Browser browser) {
        String count = browser.waitUntil("the map's markers", d -> {
            String n = d.findElement(By.id("world-map")).getDomAttribute("data-markers");
            String base = d.findElement(By.id("world-map")).getDomAttribute("data-base-map");
            return n != null && "loaded".equals(base) ? n : null;
        });
        assertThat(count).as("markers loaded").isNotEqualTo("failed");
        return Integer.parseInt(count);
    }

    private static List<String> rowIds(Browser browser) {
        browser.waitFor(By.id("mission-results"));
        return browser.all(By.cssSelector("#mission-results tr[data-mission-id]")).stream()
                .map(r -> r.getDomAttribute("data-mission-id"))
                .toList();
    }

    private static String fieldError(Browser browser, String field) {
        return browser.driver()
                .findElement(By.id(field))
                .findElement(By.xpath("./ancestor::div[contains(@class,'field')]//span[@class='error']"))
                .getText();
    }

    @Test
    void anIrreversibleActionAsksFirstAndNothingHappensWhenTheUserSaysNo(Browser browser) {
        String host = "confirm-" + System.nanoTime() + ".intranet";
        browser.login("admin", "demo").open("/admin/fetch-allowlist");
        browser.waitFor(By.id("entry")).sendKeys(host);
        browser.driver()
                .findElement(By.cssSelector("#allowlist-form button[type=submit]"))
                .click();
        By remove = By.xpath("//tr[td[text()='" + host + "']]//button");
        browser.waitFor(remove).click();
        org.openqa.selenium.Alert question =
                browser.waitUntil("the confirmation question", ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("Remove this entry");
        question.dismiss();
        assertThat(browser.all(remove)).as("kept when the user says no").hasSize(1);

        browser.driver().findElement(remove).click();
        browser.waitUntil("the confirmation question", ExpectedConditions.alertIsPresent())
                .accept();
        browser.waitUntil("the entry removed", d -> browser.all(remove).isEmpty());
    }
}
