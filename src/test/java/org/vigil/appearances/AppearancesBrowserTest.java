package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.shared.Scope;
import org.vigil.web.browser.Browser;
import org.vigil.web.browser.BrowserTest;

/**
 * The appearance pages in real Chromium: the embassy's officer records an appearance in the form (the venue placed
 * by a click on the map, the venue time shown in the officer's own time), is told next to the field that it ends
 * before it starts, corrects it and saves, then edits it; and the week view shows the demo exhibition opening on
 * its day, in its risk's colour, one click from its page.
 */
@BrowserTest
class AppearancesBrowserTest {

    static final ZoneId ANKARA_TIME = ZoneId.of("Europe/Istanbul");

    @Autowired
    Appearances appearances;

    static void setValue(Browser browser, WebElement input, String value) {
        // a datetime-local field takes its segments in the browser's locale: set the value as a script would
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('input'));"
                                + " arguments[0].dispatchEvent(new Event('change'));",
                        input,
                        value);
    }

    @Test
    void anOfficerRecordsAnAppearanceIsToldWhatIsWrongCorrectsItAndEditsIt(Browser browser) {
        LocalDate day = LocalDate.now(ANKARA_TIME).plusDays(12);
        LocalDateTime start = day.atTime(11, 0);
        browser.login("officer.ankara", "demo").open("/appearances");
        browser.open(browser.waitFor(By.id("new-appearance")).getDomAttribute("href"));
        browser.waitUntil("the appearance form", d -> browser.path().startsWith("/appearances/new"));

        new Select(browser.waitFor(By.id("personId"))).selectByValue("yerkhov");
        browser.driver().findElement(By.id("title")).sendKeys("Wreath-laying at Anitkabir");
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("VISIT");
        new Select(browser.driver().findElement(By.id("publicity"))).selectByValue("PUBLIC");
        browser.driver().findElement(By.id("venueName")).sendKeys("Anitkabir");
        browser.driver().findElement(By.id("city")).sendKeys("Ankara");
        new Select(browser.driver().findElement(By.id("countryCode"))).selectByValue("TR");

        // the venue is placed by a click on the map: the position fields take the clicked point
        WebElement map = browser.waitFor(By.id("venue-map"));
        browser.waitUntil(
                "the map's base layer",
                d -> !map.findElements(By.cssSelector(".leaflet-overlay-pane canvas, .leaflet-overlay-pane path"))
                        .isEmpty());
        new Actions(browser.driver()).moveToElement(map).click().perform();
        browser.waitUntil("the clicked position", d -> map.getDomAttribute("data-picked") != null);
        double lat =
                Double.parseDouble(browser.driver().findElement(By.id("lat")).getDomProperty("value"));
        double lon =
                Double.parseDouble(browser.driver().findElement(By.id("lon")).getDomProperty("value"));
        assertThat(lat).isBetween(36.0, 42.0);
        assertThat(lon).isBetween(26.0, 45.0);
        assertThat(browser.all(By.cssSelector("#venue-map .venue-marker"))).hasSize(1);

        WebElement zone = browser.driver().findElement(By.id("timeZone"));
        zone.clear();
        zone.sendKeys("Europe/Istanbul");
        setValue(browser, browser.driver().findElement(By.id("start")), start.toString());
        // the end before the start: a mistake the form must name at its field
        setValue(
                browser,
                browser.driver().findElement(By.id("end")),
                start.minusHours(1).toString());
        assertThat(browser.text(By.id("start-yours"))).startsWith("Your time:");
        browser.driver().findElement(By.id("expectedAttendance")).sendKeys("150");
        browser.screenshot("appearance-form");
        browser.driver().findElement(By.id("save-appearance")).click();

        browser.waitFor(By.id("form-errors"));
        assertThat(browser.text(By.id("form-errors"))).contains("The appearance was not saved");
        WebElement endField = browser.driver().findElement(By.cssSelector(".field.invalid #end"));
        String error = endField.findElement(By.xpath("ancestor::div[contains(@class,'field')]//span[@class='error']"))
                .getText();
        assertThat(error).contains("is not after the start").contains(day.getDayOfMonth() + " ");
        // what was typed is still there
        assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value"))
                .isEqualTo("Wreath-laying at Anitkabir");
        assertThat(browser.driver().findElement(By.id("lat")).getDomProperty("value"))
                .startsWith(String.valueOf((int) lat));
        browser.screenshot("appearance-form-error");

        setValue(
                browser,
                browser.driver().findElement(By.id("end")),
                start.plusHours(1).toString());
        browser.driver().findElement(By.id("save-appearance")).click();
        browser.waitUntil("the new appearance's page", d -> browser.path().matches("/appearances/\\d+"));
        assertThat(browser.text(By.id("flash"))).contains("recorded");
        assertThat(browser.text(By.id("appearance-title"))).isEqualTo("Wreath-laying at Anitkabir");
        assertThat(browser.text(By.id("appearance-start"))).contains("11:00").contains("Europe/Istanbul");
        assertThat(browser.text(By.id("appearance-your-time"))).isNotBlank().doesNotContain("scripts");
        long id = Long.parseLong(browser.path().substring("/appearances/".length()));

        browser.driver().findElement(By.id("edit-appearance")).click();
        browser.waitUntil("the edit form", d -> browser.path().endsWith("/edit"));
        assertThat(browser.waitFor(By.id("start")).getDomProperty("value")).isEqualTo(start.toString());
        WebElement title = browser.driver().findElement(By.id("title"));
        title.clear();
        title.sendKeys("Wreath-laying at Anitkabir, with the defence attache");
        browser.driver().findElement(By.id("save-appearance")).click();
        browser.waitUntil("the appearance's page", d -> browser.path().equals("/appearances/" + id));
        assertThat(browser.text(By.id("flash"))).contains("saved");
        assertThat(browser.text(By.id("appearance-title")))
                .isEqualTo("Wreath-laying at Anitkabir, with the defence attache");
        assertThat(appearances.find(Scope.all(), id).orElseThrow().localStart()).isEqualTo(start);
        browser.screenshot("appearance-edited");
    }

    @Test
    void theWeekViewShowsTheOpeningOnItsDayInItsRiskColourOneClickFromItsPage(Browser browser) {
        AppearanceSummary opening =
                appearances
                        .list(Scope.all(), new Appearances.Filter("ru-embassy-ankara", null, null, null), 100)
                        .stream()
                        .filter(a -> a.kind() == AppearanceKind.EXHIBITION)
                        .findFirst()
                        .orElseThrow();
        LocalDate day = LocalDate.ofInstant(opening.startsAt(), ZoneId.of(opening.timeZone()));
        browser.login("officer.ankara", "demo")
                .open("/appearances?month=" + day.toString().substring(0, 7));
        browser.open(browser.waitFor(By.id("week-view")).getDomAttribute("href"));
        browser.waitUntil(
                "the week view", d -> !d.findElements(By.id("appearance-week")).isEmpty());
        browser.open("/appearances?view=week&week=" + day);
        WebElement cell = browser.waitFor(By.cssSelector("#appearance-week td[data-day='" + day + "']"));
        WebElement badge = cell.findElement(By.cssSelector("a.badge[href$='/appearances/" + opening.id() + "']"));
        assertThat(badge.getText()).startsWith("18:00").contains(opening.title());
        String level = opening.riskLevel().name().toLowerCase(Locale.ROOT);
        assertThat(badge.getDomAttribute("class")).contains("level-" + level);
        // the colour is the risk's, as on the map
        String colour = badge.getCssValue("background-color");
        assertThat(colour).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.text(By.id("week-name"))).contains(String.valueOf(day.getYear()));
        browser.screenshot("appearances-week");

        browser.driver().findElement(By.id("next-week")).click();
        browser.waitUntil(
                "the next week",
                d -> browser.path().contains("week=" + day.plusDays(7).with(java.time.DayOfWeek.MONDAY)));
        assertThat(browser.all(By.cssSelector("a.badge[href$='/appearances/" + opening.id() + "']")))
                .isEmpty();
        browser.driver().findElement(By.id("previous-week")).click();
        browser.waitFor(By.cssSelector("a.badge[href$='/appearances/" + opening.id() + "']"))
                .click();
        browser.waitUntil("the opening's page", d -> browser.path().equals("/appearances/" + opening.id()));
        assertThat(browser.text(By.id("appearance-title"))).isEqualTo(opening.title());
    }
}
