package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.analysis.AppearanceCues.DateMention;
import org.vigil.analysis.AppearanceCues.EventKind;

/**
 * Relative dates resolved against the text's own day, per language, and the event and venue cues. The reference
 * day is Monday 7 December 2026.
 */
class AppearanceCuesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    final AppearanceCues cues = AppearanceCues.shared();

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | We will be waiting for him tomorrow at the gallery | tomorrow | 2026-12-08 | 2026-12-08",
                "en | see you the day after tomorrow, ambassador | day after tomorrow | 2026-12-09 | 2026-12-09",
                "en | On Friday he will not leave the opening alive | Friday | 2026-12-11 | 2026-12-11",
                "en | next week the ambassador speaks, and so will we | next week | 2026-12-14 | 2026-12-20",
                "en | the opening on 19 December will be his last | 19 December | 2026-12-19 | 2026-12-19",
                "ru | Завтра на выставке послу конец | Завтра | 2026-12-08 | 2026-12-08",
                "ru | послезавтра мы его встретим | послезавтра | 2026-12-09 | 2026-12-09",
                "ru | в пятницу посол не уйдёт живым | пятницу | 2026-12-11 | 2026-12-11",
                "ru | на следующей неделе он выступит в галерее | на следующей неделе | 2026-12-14 | 2026-12-20",
                "ru | открытие 19 декабря станет последним | 19 декабря | 2026-12-19 | 2026-12-19",
                "tr | Yarın sergide büyükelçiyi bekliyoruz | Yarın | 2026-12-08 | 2026-12-08",
                "tr | Cumaya kadar bekle, elçi | Cumaya | 2026-12-11 | 2026-12-11",
                "tr | Cumartesi açılışta görüşürüz | Cumartesi | 2026-12-12 | 2026-12-12",
                "tr | gelecek hafta sergi açılıyor | gelecek hafta | 2026-12-14 | 2026-12-20",
                "tr | 19 Aralık'ta sergide olacak | 19 Aralık | 2026-12-19 | 2026-12-19",
                "ar | غداً في المعرض سننتقم من السفير | غداً | 2026-12-08 | 2026-12-08",
                "ar | يوم الجمعة لن يخرج حياً | الجمعة | 2026-12-11 | 2026-12-11",
                "ar | الأسبوع المقبل في افتتاح المعرض | الأسبوع المقبل | 2026-12-14 | 2026-12-20",
            })
    void relativeDatesAreResolvedAgainstTheDayOfTheText(
            String language, String text, String words, LocalDate from, LocalDate to) {
        List<DateMention> dates = cues.dates(text, MONDAY);
        assertThat(dates).hasSize(1);
        DateMention d = dates.getFirst();
        assertThat(d.words()).isEqualTo(words);
        assertThat(d.language()).isEqualTo(language);
        assertThat(d.from()).isEqualTo(from);
        assertThat(d.to()).isEqualTo(to);
    }

    @Test
    void theSameWordsMeanOtherDaysInATextOfAnotherDay() {
        LocalDate friday = LocalDate.of(2026, 12, 11);
        assertThat(cues.dates("tomorrow at the gallery", friday).getFirst().from())
                .isEqualTo(LocalDate.of(2026, 12, 12));
        // a weekday is the next such day: on a Friday, "on Friday" is a week later
        assertThat(cues.dates("on Friday", friday).getFirst().from()).isEqualTo(LocalDate.of(2026, 12, 18));
        // a day and month already past this year is next year's
        assertThat(cues.dates("on 3 March", friday).getFirst().from()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(cues.dates("this weekend", friday).getFirst())
                .extracting(DateMention::from, DateMention::to)
                .containsExactly(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 13));
    }

    @Test
    void textsWithoutADateNameNone() {
        assertThat(cues.dates("The ambassador met the minister. Among the guests was the mayor.", MONDAY))
                .isEmpty();
        // Russian "sredi" (among) is not Wednesday, and a month word without a day is no date
        assertThat(cues.dates("Среди гостей был посол, в марте он уехал", MONDAY))
                .isEmpty();
        assertThat(cues.dates("May God protect him", MONDAY)).isEmpty();
    }

    @Test
    void numericDatesAreRead() {
        assertThat(cues.dates("the event on 2026-12-19", MONDAY).getFirst().from())
                .isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(cues.dates("sergi 19.12 tarihinde", MONDAY).getFirst().from())
                .isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(cues.dates("bad date 31.02.2026", MONDAY)).isEmpty();
    }

    @Test
    void eventWordsNameTheKindInEachLanguage() {
        assertThat(cues.events("He will not leave the exhibition alive"))
                .extracting(AppearanceCues.EventMention::kind)
                .containsExactly(EventKind.EXHIBITION);
        assertThat(cues.events("на фотовыставке будет посол"))
                .extracting(AppearanceCues.EventMention::kind)
                .containsExactly(EventKind.EXHIBITION);
        assertThat(cues.events("resepsiyonda görüşürüz"))
                .extracting(AppearanceCues.EventMention::kind)
                .containsExactly(EventKind.RECEPTION);
        assertThat(cues.events("سننتظره في المعرض"))
                .extracting(AppearanceCues.EventMention::kind)
                .containsExactly(EventKind.EXHIBITION);
        assertThat(cues.events("The ambassador is a fine man")).isEmpty();
    }

    @Test
    void aVenueIsNamedWithoutCaseOrAccentsAndWithAnEnding() {
        assertThat(AppearanceCues.names("Yarın Çağdaş Sanat Merkezi'nde", "Cagdas Sanat Merkezi"))
                .isTrue();
        assertThat(AppearanceCues.names("at the CONTEMPORARY ARTS CENTRE tomorrow", "Contemporary Arts Centre"))
                .isTrue();
        assertThat(AppearanceCues.names("at the arts centre", "Contemporary Arts Centre"))
                .isFalse();
        // a short one-word name is no evidence on its own
        assertThat(AppearanceCues.names("the art of war", "Art")).isFalse();
    }

    @Test
    void aWeekdayBesideAWordOfThePastIsTheLastSuchDayBeforeTheText() {
        LocalDate lastFriday = LocalDate.of(2026, 12, 4);
        assertThat(cues.dates("I was there last Friday", MONDAY).getFirst().from())
                .isEqualTo(lastFriday);
        assertThat(cues.dates("в прошлую пятницу", MONDAY).getFirst().from()).isEqualTo(lastFriday);
        assertThat(cues.dates("geçen cuma oradaydım", MONDAY).getFirst().from()).isEqualTo(lastFriday);
        assertThat(cues.dates("الجمعة الماضية", MONDAY).getFirst().from()).isEqualTo(lastFriday);
        // "last" away from a weekday changes nothing: "on Friday ... his last" is still the coming Friday
        assertThat(cues.dates("On Friday he gives his last speech", MONDAY)
                        .getFirst()
                        .from())
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aVenueNameIsFoundInflectedInEachOfItsWords() {
        // Russian inflects every word of a name: "Tsentr" is "v Tsentre", "kontsertny zal" is "v kontsertnom zale"
        assertThat(AppearanceCues.names("выставка в Центре современного искусства", "Центр современного искусства"))
                .isTrue();
        assertThat(AppearanceCues.names("в концертном зале Билкент", "Концертный зал Билкент"))
                .isTrue();
        // another word is no inflection: a longer ending or another stem does not match
        assertThat(AppearanceCues.names("в центральном зале Билкент", "Центр зал Билкент"))
                .isFalse();
        assertThat(AppearanceCues.names("the Contemporary Arts Centre", "Contemporary Art Centre"))
                .isTrue();
        assertThat(AppearanceCues.names("contemporaneous arts centre", "Contemporary Arts Centre"))
                .isFalse();
    }

    @Test
    void aShortNameMatchesOnlyInCapitals() {
        assertThat(AppearanceCues.names("AKM'deki konser", "AKM")).isTrue();
        assertThat(AppearanceCues.names("akm konser", "AKM")).isFalse();
        assertThat(AppearanceCues.names("the ART of war", "Art")).isFalse();
    }
}
