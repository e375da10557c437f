package org.vigil.analysis.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * Implicit and colloquial threats in Russian, Turkish and Arabic ("нож под ребро", "Sıra sizlere de elbet gelecek",
 * "الله يحرقك"), and the false friends beside them (idioms, blessings, curses about hell, reports), in both directions;
 * each phrase also gives the same findings with and without the anchor filter. Replies to the embassy's account are
 * threats against the ambassador.
 */
class ImplicitThreatsTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ImplicitThreatsTest.class.getResourceAsStream("/seed/seed-registry.json")) {
            engine = AnalysisEngine.create(RegistryFiles.parse(in));
        }
    }

    private static boolean threat(String text) {
        List<Finding> findings = ThreatLexicon.shared().scan(text, true).findings();
        assertThat(findings)
                .as("anchor filter changes no finding: " + text)
                .isEqualTo(ThreatLexicon.shared().scan(text, false).findings());
        return findings.stream()
                .anyMatch(
                        f -> f.category() == ThreatCategory.DIRECT_THREAT || f.category() == ThreatCategory.INCITEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Ты не жилец, мразь",
                "Недолго тебе осталось, посол",
                "Конец твой близок, тиран!",
                "Ты ответишь за это",
                "Ты ещё поплатишься",
                "Жди гостей",
                "Мы за тобой придём",
                "Твоя очередь тоже придёт",
                "Пожалеешь, что на свет родился",
                "Живым ты отсюда не уйдешь",
                "Тебе пиздец, понял?",
                "Нож под ребро и всё",
                "Перо в бок получишь",
                "Словишь маслину, гнида",
                "Голову тебе оторву",
                "Ебало набью",
                "Я тебя завалю",
                "Закатаем тебя в асфальт",
                "Вывезем тебя в лес",
                "Отправлю тебя на тот свет",
                "Умоетесь кровью",
                "Готовь гроб",
                "Я знаю, где ты живешь",
                "Кончишь как Карлов",
                "Повторишь судьбу Карлова",
                "Чтоб вы все сдохли",
                "Надо сжечь посольство",
                "Убить посла надо",
                "Сожжём ваше посольство",
                "Вешать их на фонарях",
                "К стенке их",
                "Хохла на штык!",
            })
    void russianThreats(String text) {
        assertThat(threat(text)).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Ты ответишь на мой вопрос?",
                "Я сломаю голову над этой задачей",
                "Нож в спину от лучшего друга",
                "Он пустил себе пулю в лоб",
                "Экзамен завалю точно",
                "Руки бы оторвать тому, кто это строил",
                "Ждите нас в каждом штате, сказал Гуайдо",
                "Дорогу закатают в асфальт к осени",
                "Пусть сдохнет от зависти",
                "Пусть горят в аду",
                "Протестующие пытались захватить посольство",
                "Повесить объявление на столб",
                "Поставить диван к стенке",
                "Ты следующий в очереди на приём",
            })
    void russianFalseFriends(String text) {
        assertThat(threat(text)).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Sıra sizlere de elbet gelecek",
                "Senin de sıran gelecek",
                "Bunun hesabını vereceksin",
                "Bedelini ağır ödeyeceksin",
                "Kanınla ödeyeceksin",
                "Kafana sıkacağım",
                "Sana bir kurşun var",
                "Tek yumrukla sizi toprağa gömerim",
                "Ağzını burnunu kırarım",
                "Seni öldürürüm",
                "Öldürcem seni",
                "Seni yaşatmayacağım",
                "Seni de bulacağız",
                "Sonun Karlov gibi olacak",
                "Karlov'un akıbetine uğrayacaksın",
                "Umarım ölürsün",
                "Allah canını alsın",
                "Geberip gidesin",
                "Rus elçiliğini yakacağız",
                "Büyükelçiliği basın",
                "Büyükelçiyi vurun",
                "Kafasına sıkmak lazım",
                "İdam edilsin",
            })
    void turkishThreats(String text) {
        assertThat(threat(text)).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Hesabı sen ödeyeceksin bu akşam",
                "Aşık olmanın bedelini çok ağır ödüyorum",
                "Sıra sana gelince söyle",
                "İnşallah cehennemde yanarsın",
                "Allah belanı versin",
                "Ağzına sıçarım senin",
                "Tecavüz suçunun cezası sadece idam olmalıdır",
                "Elçilik önünde protesto yapıldı",
            })
    void turkishFalseFriends(String text) {
        assertThat(threat(text)).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "منك لله الله يحرقك",
                "الله ياخذك يا زوران",
                "ربنا ياخدك",
                "الله يقصف عمرك",
                "عساك ما تقوم",
                "انشالله تموت",
                "دورك جاي",
                "نعرف وين ساكن",
                "ايامك معدودة",
                "صه يا طبل حنجيبك",
                "ويلك مني",
                "هتدفع التمن",
                "ستلقى نفس مصير كارلوف",
                "رصاصة في راسك",
                "رصاصة تنتظرك",
                "بطخك",
                "هفجر دماغك",
                "عقبال مانكسر راسك يابهيمه",
                "بدنا نقصفلو رقبتوا",
                "رقبتك بدنا نفكا",
                "بنذبحكم",
                "بدي اقتله",
                "هموتك",
                "هخلص عليك",
                "هتموت يا كلب",
                "سنحرق السفارة",
                "احرقوا السفارة",
                "لازم نقتحم السفارة",
                "اقتلوا السفير",
                "يجب اغتيال السفير",
                "دمه حلال",
                "يستاهل الاعدام",
            })
    void arabicThreats(String text) {
        assertThat(threat(text)).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "الله لا يحرق قلبك",
                "والله يحرق اعصابك يا زوران",
                "ربنا يحرقك في نار جهنم يا اخوانجي",
                "الله ياخذ بيدك",
                "الله يقطع لسانك",
                "تاج راسك يا عميل",
                "دم زلمتك برقبتك",
                "بموت فيك",
                "هتموت من الضحك",
                "هتموت وتعرف",
                "يا هتموت لوحدك يا هتعيش معاها",
                "خلاص دوركم انتهى",
                "المتظاهرون احرقوا السفارة",
                "ارفع راسك انت بترولي",
                "بنجيبك من المطار",
                "الله ينتقم منك",
                "يستاهلوا حرق دمهم",
            })
    void arabicFalseFriends(String text) {
        assertThat(threat(text)).as(text).isFalse();
    }

    /** The second round: opinions that someone should be killed, "по нему виселица плачет", prayers for destruction. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Таких надо вешать",
                "Давно пора расстрелять этих уродов",
                "Вас всех вешать будут",
                "По тебе виселица плачет",
                "Очистим страну от таких как вы",
                "Бойтесь нас",
                "Kan akacak",
                "Hayatına son vereceğim",
                "Bi kurşun 2 TL aslanım",
                "اللهم دمرهم",
                "اسحقها يا الله",
                "موتك حتكون أشنع من بشه",
                "المنطقتين بدهن حرق",
            })
    void secondRoundThreats(String text) {
        assertThat(threat(text)).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Не стоит на всех вешать ярлыки",
                "Надо повесить полку в коридоре",
                "Нужно уничтожить документы после прочтения",
                "Можно пристрелить даже замахнувшееся на тебя быдло, такие там законы",
                "По нему тюрьма плачет",
                "Hayatıma son vereceğim diyordu",
                "Kanım aktı dizimden",
                "اللهم خذ بيده",
                "اللهم شل اركانهم وشتت شملهم",
                "بده وقت",
                "يستاهلوا حرق دمهم",
            })
    void secondRoundFalseFriends(String text) {
        assertThat(threat(text)).as(text).isFalse();
    }

    /** Replies to the embassy's account name no one: they are aimed at the ambassador and his mission. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Нож под ребро и всё, посол",
                "Ты не жилец",
                "Sıra sana da elbet gelecek",
                "Kanınla ödeyeceksin",
                "رصاصة تنتظرك",
                "دورك جاي يا سفير",
            })
    void repliesToTheEmbassyAreThreatsAgainstTheAmbassador(String text) {
        AnalysisResult r = engine.analyze(
                new Document("p", text, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
        assertThat(r.threat().categories()).as(r.threat().toString()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(r.threat().level()).isGreaterThanOrEqualTo(ThreatLevel.HIGH);
        assertThat(r.targets()).extracting(Target::entityId).contains("yerkhov").doesNotContain("karlov");
    }

    /** The one compared with is not the target. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Кончишь как Карлов",
                "Повторишь судьбу Карлова",
                "Sonun Karlov gibi olacak",
                "Karlov'un akıbetine uğrayacaksın",
                "ستلقى نفس مصير كارلوف"
            })
    void theOneComparedWithIsNotTheTarget(String text) {
        AnalysisResult r = engine.analyze(
                new Document("p", text, null, null, null, null, null, DocumentKind.POST, "@RusEmbTurkey"));
        assertThat(r.threat().categories()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(r.targets()).extracting(Target::entityId).contains("yerkhov").doesNotContain("karlov");
    }

    /** A fate announced to someone named makes him the target, not the standard of a comparison. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Yerkhov'un sonu geldi, onu öldüreceğiz.",
                "Yerkhov'un akıbeti belli, onu öldüreceğiz.",
                "Участь Ерхова решена, мы его убьём.",
                "Судьба посла Ерхова решена, мы его убьём."
            })
    void theOneWhoseFateIsAnnouncedIsTheTarget(String text) {
        AnalysisResult r =
                engine.analyze(new Document("p", text, null, null, null, null, null, DocumentKind.POST, null));
        assertThat(r.threat().categories()).as(r.threat().toString()).contains(ThreatCategory.DIRECT_THREAT);
        assertThat(r.targets()).extracting(Target::entityId).contains("yerkhov");
    }
}
