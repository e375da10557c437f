package org.vigil.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.accounts.Accounts;

/**
 * The Russian interface in real Chromium (whose own language is English): the sign-in page switches with its EN / RU
 * links, and a signed-in user's RU in the header stores the choice on the account, so that every page, its
 * navigation, labels, levels and dates are in Russian from then on, in this session and the next; EN takes it back.
 */
@BrowserTest
class RussianInterfaceBrowserTest {

    static final String USER = "head.ankara";

    @Autowired
    Accounts accounts;

    @AfterEach
    void followTheBrowserAgain() {
        accounts.setInterfaceLanguage(USER, "");
    }

    @Test
    void theSignInPageSwitchesToRussian(Browser browser) {
        browser.open("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to Vigil");
        browser.driver().findElement(By.id("lang-ru")).click();
        browser.waitUntil(
                "the Russian sign-in page", d -> browser.text(By.tagName("h1")).equals("Вход в Vigil"));
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ru");
        assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Имя пользователя");
        assertThat(browser.text(By.cssSelector("form.login-form button[type=submit]")))
                .isEqualTo("Войти");
    }

    @Test
    void aUsersChoiceOfRussianHoldsOnEveryPageAndInTheNextSession(Browser browser) {
        browser.login(USER, "demo").open("/signals");
        assertThat(browser.text(By.id("mainnav"))).contains("Signals", "Missions");

        browser.driver().findElement(By.id("lang-ru")).click();
        browser.waitUntil(
                "the signals page again, in Russian",
                d -> browser.path().startsWith("/signals")
                        && browser.text(By.tagName("h1")).equals("Сигналы"));
        assertThat(browser.text(By.id("mainnav"))).contains("Сигналы", "Представительства", "Оповещения", "Меры");
        assertThat(browser.text(By.cssSelector("form.logout button"))).isEqualTo("Выйти");
        assertThat(browser.driver().findElement(By.id("lang-ru")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");

        // a list's headings, a state and a date, all in Russian
        browser.open("/measures");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Меры защиты");
        assertThat(browser.all(By.cssSelector("#measures thead th")))
                .extracting(WebElement::getText)
                .map(String::toLowerCase)
                .contains("представительство", "мера", "состояние", "срок");
        WebElement first = browser.waitFor(By.cssSelector("#measures tbody tr"));
        assertThat(first.findElement(By.cssSelector("td:nth-child(4) .badge")).getText())
                .isIn("Предложена", "Утверждена", "Исполнена", "На пересмотре", "Отменена", "Отклонена", "Отозвана");
        assertThat(first.findElement(By.cssSelector("td:nth-child(5)")).getText())
                .matches("\\d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\\.? \\d{4}");
        browser.open("/missions/ru-embassy-ankara");
        assertThat(browser.text(By.tagName("main"))).contains("Охраняемые лица", "Государство пребывания");
        browser.screenshot("russian-mission");

        // the choice is the account's: a new session in the same English browser is still in Russian
        browser.driver().findElement(By.cssSelector("form.logout button")).click();
        browser.waitUntil("signed out", d -> browser.path().startsWith("/login"));
        browser.login(USER, "demo").open("/alerts");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Оповещения");

        browser.driver().findElement(By.id("lang-en")).click();
        browser.waitUntil("English again", d -> browser.text(By.tagName("h1")).equals("Alerts"));
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
    }
}
