package org.vigil.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.registry.MissionStatus;
import org.vigil.shared.Role;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.Times;

/** Times, numbers, counts and labels in each language of the interface, from the real bundles. */
class TimesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Instant AT = Instant.parse("2026-11-23T19:05:00Z");

    final ResourceBundleMessageSource messages = bundles();
    final Times times = new Times(messages);
    final Labels labels = new Labels(messages);

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesHaveTheLanguagesMonthNamesAnd24Hours() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.utc(AT)).isEqualTo("23 Nov 2026, 19:05 UTC");
        LocaleContextHolder.setLocale(RU);
        assertThat(times.utc(AT)).isEqualTo("23 нояб. 2026, 19:05 UTC");
        assertThat(times.date(AT)).isEqualTo("23 нояб. 2026");
        assertThat(times.seconds(AT)).endsWith("19:05:00 UTC");
        assertThat(times.utc(null)).isEqualTo("—");
    }

    @Test
    void relativeTimesReadAsPeopleSayThem() {
        Instant now = AT.plus(Duration.ofHours(3));
        assertThat(times.ago(AT, now, Locale.ENGLISH)).isEqualTo("3 h ago");
        assertThat(times.ago(AT, now, RU)).isEqualTo("3 ч назад");
        assertThat(times.ago(AT, AT.plusSeconds(30), RU)).isEqualTo("только что");
        assertThat(times.ago(AT, AT.plus(Duration.ofMinutes(12)), RU)).isEqualTo("12 мин назад");
        assertThat(times.ago(AT, AT.plus(Duration.ofDays(5)), RU)).isEqualTo("5 дн. назад");
    }

    @Test
    void numbersUseTheLanguagesSeparators() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.number(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(times.percent(0.54)).isEqualTo("54%");
        LocaleContextHolder.setLocale(RU);
        assertThat(times.number(1234.5, 1).replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("1 234,5");
        assertThat(times.number(0.91, 2)).isEqualTo("0,91");
    }

    @Test
    void countsHaveTheLanguagesPluralForms() {
        LocaleContextHolder.setLocale(RU);
        assertThat(List.of(1, 3, 5, 21, 22, 25, 111).stream()
                        .map(n -> times.count("count.signals", n))
                        .toList())
                .containsExactly(
                        "1 сигнал",
                        "3 сигнала",
                        "5 сигналов",
                        "21 сигнал",
                        "22 сигнала",
                        "25 сигналов",
                        "111 сигналов");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.count("count.signals", 1)).isEqualTo("1 signal");
        assertThat(times.count("count.signals", 21)).isEqualTo("21 signals");
    }

    @Test
    void constantsReadAsWordsInEachLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.of(Role.HQ_DIRECTOR)).isEqualTo("HQ security director");
        assertThat(labels.anyOf(List.of(Role.HQ_DIRECTOR, Role.ADMIN)))
                .isEqualTo("HQ security director or Administrator");
        LocaleContextHolder.setLocale(RU);
        assertThat(labels.of(Role.HQ_DIRECTOR)).isEqualTo("Директор службы безопасности центра");
        assertThat(labels.of(MissionStatus.SUSPENDED)).isEqualTo("Приостановлено");
        assertThat(labels.lower(MissionStatus.SUSPENDED)).isEqualTo("приостановлено");
    }

    @Test
    void aLanguageWithoutABundleGetsEnglishNotTheServersLanguage() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(RU);
            assertThat(labels.of(Role.AUDITOR, Locale.GERMAN)).isEqualTo("Auditor");
        } finally {
            Locale.setDefault(server);
        }
    }
}
