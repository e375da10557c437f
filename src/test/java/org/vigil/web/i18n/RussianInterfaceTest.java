package org.vigil.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.TestPrincipals;
import org.vigil.accounts.Accounts;
import org.vigil.shared.Scope;

/**
 * The interface in Russian: the main pages speak it when the browser asks for it (Accept-Language), the user's own
 * choice (stored on the account, audited) overrides the browser, the sign-in page follows {@code ?lang=}, and
 * English stays the default for everyone else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RussianInterfaceTest {

    static final String RUSSIAN_BROWSER = "ru-RU,ru;q=0.9,en;q=0.6";

    /** An administrator who sees every mission (no account of that name: no choice of language stored). */
    static final RequestPostProcessor ADMIN = authentication(TestPrincipals.admin());

    /** The demo account "analyst", whose own choice of language the tests store and take back. */
    static final RequestPostProcessor ANALYST =
            authentication(TestPrincipals.auth("analyst", Scope.all(), "ROLE_HQ_ANALYST"));

    /** Each main page and a heading of it in Russian. */
    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("/", "Ждёт вашего решения"),
            Map.entry("/missions", "Посольства, консульства и постоянные представительства"),
            Map.entry("/missions/ru-embassy-ankara", "Охраняемые лица"),
            Map.entry("/risk/missions/ru-embassy-ankara", "Со вчерашнего дня"),
            Map.entry("/people", "Охраняемые лица"),
            Map.entry("/signals", "Что анализ нашёл"),
            Map.entry("/alerts", "Оповещения по представительствам"),
            Map.entry("/alerts/rules", "Правила оповещений"),
            Map.entry("/incidents", "Зарегистрировать инцидент"),
            Map.entry("/measures", "Меры защиты"),
            Map.entry("/measures/catalogue", "Каталог мер"),
            Map.entry("/host-requests", "Запросы к принимающему государству"),
            Map.entry("/briefings", "Ежедневная картина"),
            Map.entry("/sources", "Откуда поступают материалы"),
            Map.entry("/dead-letters", "Отклонённые данные"),
            Map.entry("/admin/accounts", "Учётные записи"),
            Map.entry("/admin/pipeline", "Материалов в минуту"),
            Map.entry("/audit", "Журнал аудита"),
            Map.entry("/search?q=ankara", "Доступные вам люди"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void analystFollowsTheBrowserAgain() {
        accounts.setInterfaceLanguage("analyst", "");
    }

    @Test
    void theMainPagesSpeakRussianWhenTheBrowserAsksForIt() throws Exception {
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            String html = page(page.getKey(), ADMIN, RUSSIAN_BROWSER);
            assertThat(html).as(page.getKey()).contains("<html lang=\"ru\"", page.getValue());
            assertThat(html)
                    .as("%s: the navigation and the header", page.getKey())
                    .contains(">Представительства", ">Сигналы", ">Выйти<");
            assertThat(html).as("%s: no key without a message", page.getKey()).doesNotContain("??");
            assertThat(html)
                    .as("%s: no English heading left", page.getKey())
                    .doesNotContain(">Sign out<", ">Missions<");
        }
    }

    @Test
    void datesAndCountsFollowTheLanguage() throws Exception {
        String missions = page("/missions", ADMIN, RUSSIAN_BROWSER);
        // 45 missions in the demo registry: "45 представительств" (the many form), not "45 missions"
        assertThat(missions).containsPattern("\\d+ представительств");
        String audit = page("/audit", ADMIN, RUSSIAN_BROWSER);
        assertThat(audit)
                .as("audit times with Russian month names")
                .containsPattern(
                        "\\d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\\.? \\d{4}, \\d{2}:\\d{2}:\\d{2} UTC");
        String english = page("/audit", ADMIN, "en-GB,en;q=0.8");
        assertThat(english)
                .containsPattern("\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}, \\d{2}:\\d{2}");
    }

    @Test
    void englishIsTheDefaultForEveryOtherBrowser() throws Exception {
        for (String header : new String[] {null, "de-DE,de;q=0.9", "en-US"}) {
            String html = page("/missions", ADMIN, header);
            assertThat(html).as(String.valueOf(header)).contains("<html lang=\"en\"", ">Missions", ">Sign out<");
            assertThat(html).doesNotContain("Представительства");
        }
    }

    @Test
    void theUsersOwnChoiceOverridesTheBrowserAndIsAudited() throws Exception {
        RequestPostProcessor analyst = ANALYST;
        mvc.perform(post("/account/language")
                        .param("language", "ru")
                        .param("back", "/signals?sort=newest")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(redirectedUrl("/signals?sort=newest"));

        assertThat(page("/signals", analyst, "en-GB,en;q=0.9"))
                .as("the account's Russian beats the English browser")
                .contains("<html lang=\"ru\"", "Что анализ нашёл");
        assertThat(page(
                        "/signals",
                        authentication(TestPrincipals.auth("director", Scope.all(), "ROLE_HQ_DIRECTOR")),
                        "en-GB"))
                .as("another user is not affected")
                .contains("<html lang=\"en\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'CHANGE_LANGUAGE' AND entity_id = ?")
                        .param("analyst")
                        .query(Long.class)
                        .single())
                .as("the change is in the audit trail")
                .isPositive();

        mvc.perform(post("/account/language")
                        .param("language", "")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        assertThat(page("/signals", analyst, "en-GB")).contains("<html lang=\"en\"");
        assertThat(page("/signals", analyst, RUSSIAN_BROWSER))
                .as("without a choice the browser decides again")
                .contains("<html lang=\"ru\"");
    }

    @Test
    void aLanguageTheInterfaceDoesNotSpeakIsRefusedWithAReason() throws Exception {
        mvc.perform(post("/account/language")
                        .param("language", "de")
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("[en, ru]")));
        assertThat(accounts.interfaceLanguage("analyst")).isEmpty();
    }

    @Test
    void theSwitchSendsTheUserBackOnlyToAPageOfThisSite() throws Exception {
        mvc.perform(post("/account/language")
                        .param("language", "en")
                        .param("back", "//evil.example/phish")
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
    }

    @Test
    void theSignInPageFollowsTheLangParameterAndTheBrowser() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String picked = mvc.perform(get("/login").param("lang", "ru").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(picked).contains("<html lang=\"ru\"", "Вход в Vigil", "Имя пользователя");
        String again = mvc.perform(get("/login").param("error", "").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).as("the session keeps the language picked").contains("Неверное имя пользователя или пароль.");

        assertThat(page("/login", null, RUSSIAN_BROWSER)).contains("Вход в Vigil");
        assertThat(page("/login", null, null)).contains("Sign in to Vigil").doesNotContain("Вход в Vigil");
    }

    private String page(String path, RequestPostProcessor who, String acceptLanguage) throws Exception {
        var request = get(path);
        if (who != null) {
            request = request.with(who);
        }
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
