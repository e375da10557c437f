package org.vigil.measures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.vigil.shared.registryfile.MissionKind;

/**
 * The languages a note verbale is drafted in, with the fixed wording of each: the courtesy formulas, the
 * protection duties of the receiving state quoted from the Vienna Conventions (Art. 22(2) and 29 of the 1961
 * Convention on Diplomatic Relations for embassies and permanent missions, Art. 31(3) and 40 of the 1963
 * Convention on Consular Relations for consular posts), the request and the closing.
 */
public enum NoteLanguage {
    EN("eng", Locale.UK), FR("fra", Locale.FRENCH), RU("rus", Locale.forLanguageTag("ru")),
    TR("tur", Locale.forLanguageTag("tr"));

    private final String iso3;
    private final Locale locale;

    NoteLanguage(String iso3, Locale locale) {
        this.iso3 = iso3;
        this.locale = locale;
    }

    /** ISO 639-3, the key of a country's names in the registry. */
    String iso3() {
        return iso3;
    }

    String lang() {
        return name().toLowerCase(Locale.ROOT);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static boolean consular(MissionKind kind) {
        return kind == MissionKind.CONSULATE_GENERAL || kind == MissionKind.CONSULATE;
    }

    /** The sender as it names itself: "the Embassy of Russia", "L'Ambassade de Russie", "Rusya Büyükelçiliği"... */
    String sender(MissionKind kind, String sendingState, String missionName) {
        return switch (this) {
            case EN -> missionName;
            case FR -> Map.of(MissionKind.EMBASSY, "L'Ambassade", MissionKind.CONSULATE_GENERAL, "Le Consulat général",
                    MissionKind.CONSULATE, "Le Consulat", MissionKind.PERMANENT_MISSION, "La Mission permanente")
                    .getOrDefault(kind, "La Mission") + (startsWithVowel(sendingState) ? " d'" : " de ") + sendingState;
            case RU -> Map.of(MissionKind.EMBASSY, "Посольство", MissionKind.CONSULATE_GENERAL, "Генеральное консульство",
                    MissionKind.CONSULATE, "Консульство", MissionKind.PERMANENT_MISSION, "Постоянное представительство")
                    .getOrDefault(kind, "Представительство") + " (" + sendingState + ")";
            case TR -> sendingState + " " + Map.of(MissionKind.EMBASSY, "Büyükelçiliği", MissionKind.CONSULATE_GENERAL,
                    "Başkonsolosluğu", MissionKind.CONSULATE, "Konsolosluğu", MissionKind.PERMANENT_MISSION,
                    "Daimi Temsilciliği").getOrDefault(kind, "Temsilciliği");
        };
    }

    /** The sender once named: "The Embassy", "L'Ambassade", "Посольство", "Büyükelçilik". */
    String senderShort(MissionKind kind) {
        return switch (this) {
            case EN -> "The " + Map.of(MissionKind.EMBASSY, "Embassy", MissionKind.CONSULATE_GENERAL, "Consulate General",
                    MissionKind.CONSULATE, "Consulate", MissionKind.PERMANENT_MISSION, "Permanent Mission")
                    .getOrDefault(kind, "Mission");
            case FR -> Map.of(MissionKind.EMBASSY, "L'Ambassade", MissionKind.CONSULATE_GENERAL, "Le Consulat général",
                    MissionKind.CONSULATE, "Le Consulat", MissionKind.PERMANENT_MISSION, "La Mission permanente")
                    .getOrDefault(kind, "La Mission");
            case RU -> Map.of(MissionKind.EMBASSY, "Посольство", MissionKind.CONSULATE_GENERAL, "Генеральное консульство",
                    MissionKind.CONSULATE, "Консульство", MissionKind.PERMANENT_MISSION, "Постоянное представительство")
                    .getOrDefault(kind, "Представительство");
            case TR -> Map.of(MissionKind.EMBASSY, "Büyükelçilik", MissionKind.CONSULATE_GENERAL, "Başkonsolosluk",
                    MissionKind.CONSULATE, "Konsolosluk", MissionKind.PERMANENT_MISSION, "Daimi Temsilcilik")
                    .getOrDefault(kind, "Temsilcilik");
        };
    }

    /** The addressee: the host state's ministry of foreign affairs. */
    String ministry(String hostState) {
        return switch (this) {
            case EN -> "the Ministry of Foreign Affairs of " + hostState;
            case FR -> "au Ministère des Affaires étrangères" + (startsWithVowel(hostState) ? " d'" : " de ") + hostState;
            case RU -> "Министерству иностранных дел (" + hostState + ")";
            case TR -> hostState + " Dışişleri Bakanlığına";
        };
    }

    String title() {
        return switch (this) {
            case EN -> "Note verbale";
            case FR -> "Note verbale";
            case RU -> "Вербальная нота";
            case TR -> "Sözlü nota";
        };
    }

    String reference() {
        return switch (this) {
            case EN, FR -> "No.";
            case RU -> "№";
            case TR -> "Sayı:";
        };
    }

    String compliments(String sender, String ministry) {
        return switch (this) {
            case EN -> sender + " presents its compliments to " + ministry + " and has the honour to draw the "
                    + "Ministry's attention to the following.";
            case FR -> sender + " présente ses compliments " + ministry + " et a l'honneur de porter à son attention "
                    + "ce qui suit.";
            case RU -> sender + " свидетельствует своё уважение " + ministry + " и имеет честь сообщить следующее.";
            case TR -> sender + ", " + ministry + " saygılarını sunar ve aşağıdaki hususu dikkatlerine getirmekten "
                    + "şeref duyar.";
        };
    }

    String persons() {
        return switch (this) {
            case EN -> "The threats concern in particular:";
            case FR -> "Les menaces visent en particulier :";
            case RU -> "Угрозы касаются, в частности:";
            case TR -> "Tehditler özellikle şu kişileri hedef almaktadır:";
        };
    }

    /** The receiving state's duty, quoted from the convention that fits the mission. */
    String duty(boolean consular) {
        return switch (this) {
            case EN -> consular
                    ? "Under Article 31, paragraph 3, of the Vienna Convention on Consular Relations of 24 April 1963, "
                            + "the receiving State is under a special duty to take all appropriate steps to protect the "
                            + "consular premises against any intrusion or damage and to prevent any disturbance of the "
                            + "peace of the consular post or impairment of its dignity; under Article 40 it shall treat "
                            + "consular officers with due respect and take all appropriate steps to prevent any attack "
                            + "on their person, freedom or dignity."
                    : "Under Article 22, paragraph 2, of the Vienna Convention on Diplomatic Relations of 18 April 1961, "
                            + "the receiving State is under a special duty to take all appropriate steps to protect the "
                            + "premises of the mission against any intrusion or damage and to prevent any disturbance of "
                            + "the peace of the mission or impairment of its dignity; under Article 29 it shall treat "
                            + "diplomatic agents with due respect and take all appropriate steps to prevent any attack on "
                            + "their person, freedom or dignity.";
            case FR -> consular
                    ? "Aux termes de l'article 31, paragraphe 3, de la Convention de Vienne sur les relations consulaires "
                            + "du 24 avril 1963, l'État de résidence a l'obligation spéciale de prendre toutes mesures "
                            + "appropriées pour empêcher que les locaux consulaires ne soient envahis ou endommagés, la paix "
                            + "du poste consulaire troublée ou sa dignité amoindrie ; aux termes de l'article 40, il traite "
                            + "les fonctionnaires consulaires avec le respect qui leur est dû et prend toutes mesures "
                            + "appropriées pour empêcher toute atteinte à leur personne, leur liberté et leur dignité."
                    : "Aux termes de l'article 22, paragraphe 2, de la Convention de Vienne sur les relations "
                            + "diplomatiques du 18 avril 1961, l'État accréditaire a l'obligation spéciale de prendre toutes "
                            + "mesures appropriées afin d'empêcher que les locaux de la mission ne soient envahis ou "
                            + "endommagés, la paix de la mission troublée ou sa dignité amoindrie ; aux termes de "
                            + "l'article 29, il traite l'agent diplomatique avec le respect qui lui est dû et prend toutes "
                            + "mesures appropriées pour empêcher toute atteinte à sa personne, sa liberté et sa dignité.";
            case RU -> consular
                    ? "В соответствии с пунктом 3 статьи 31 Венской конвенции о консульских сношениях от 24 апреля "
                            + "1963 года на государство пребывания возлагается специальная обязанность принимать все "
                            + "надлежащие меры для защиты консульских помещений от всякого вторжения или нанесения ущерба "
                            + "и для предотвращения всякого нарушения спокойствия консульского учреждения или оскорбления "
                            + "его достоинства; согласно статье 40 государство пребывания относится к консульским "
                            + "должностным лицам с должным уважением и принимает все надлежащие меры для предупреждения "
                            + "каких-либо посягательств на их личность, свободу или достоинство."
                    : "В соответствии с пунктом 2 статьи 22 Венской конвенции о дипломатических сношениях от 18 апреля "
                            + "1961 года на государство пребывания возлагается специальная обязанность принимать все "
                            + "надлежащие меры для защиты помещений представительства от всякого вторжения или нанесения "
                            + "ущерба и для предотвращения всякого нарушения спокойствия представительства или оскорбления "
                            + "его достоинства; согласно статье 29 государство пребывания относится к дипломатическому "
                            + "агенту с должным уважением и принимает все надлежащие меры для предупреждения каких-либо "
                            + "посягательств на его личность, свободу или достоинство.";
            case TR -> consular
                    ? "24 Nisan 1963 tarihli Konsolosluk İlişkileri Hakkında Viyana Sözleşmesi'nin 31. maddesinin 3. "
                            + "fıkrası uyarınca kabul eden Devlet, konsolosluk binalarını her türlü saldırı veya hasara "
                            + "karşı korumak ve konsolosluğun huzurunun bozulmasını veya itibarının zedelenmesini önlemek "
                            + "için gerekli tüm tedbirleri almakla özel olarak yükümlüdür; 40. madde uyarınca konsolosluk "
                            + "memurlarına gereken saygıyı gösterir ve şahıslarına, özgürlüklerine veya onurlarına yönelik "
                            + "her türlü saldırıyı önlemek için gerekli tüm tedbirleri alır."
                    : "18 Nisan 1961 tarihli Diplomatik İlişkiler Hakkında Viyana Sözleşmesi'nin 22. maddesinin 2. "
                            + "fıkrası uyarınca kabul eden Devlet, misyon binalarını her türlü saldırı veya hasara karşı "
                            + "korumak ve misyonun huzurunun bozulmasını veya itibarının zedelenmesini önlemek için gerekli "
                            + "tüm tedbirleri almakla özel olarak yükümlüdür; 29. madde uyarınca diplomatik ajana gereken "
                            + "saygıyı gösterir ve şahsına, özgürlüğüne veya onuruna yönelik her türlü saldırıyı önlemek "
                            + "için gerekli tüm tedbirleri alır.";
        };
    }

    String request(String senderShort) {
        return switch (this) {
            case EN -> senderShort + " therefore requests the competent authorities to take the following measures "
                    + "without delay:";
            case FR -> senderShort + " prie en conséquence les autorités compétentes de prendre sans délai les mesures "
                    + "suivantes :";
            case RU -> "В связи с этим " + senderShort + " просит компетентные органы безотлагательно принять "
                    + "следующие меры:";
            case TR -> "Bu nedenle " + senderShort + ", yetkili makamların aşağıdaki tedbirleri gecikmeksizin "
                    + "almasını rica eder:";
        };
    }

    String informed(String senderShort) {
        return switch (this) {
            case EN -> senderShort + " would be grateful to be informed of the measures taken.";
            case FR -> senderShort + " saurait gré au Ministère de bien vouloir l'informer des mesures prises.";
            case RU -> senderShort + " будет признательно за информацию о принятых мерах.";
            case TR -> senderShort + ", alınan tedbirler hakkında bilgilendirilmekten memnuniyet duyacaktır.";
        };
    }

    String closing(String sender) {
        return switch (this) {
            case EN -> sender + " avails itself of this opportunity to renew to the Ministry the assurances of its "
                    + "highest consideration.";
            case FR -> sender + " saisit cette occasion pour renouveler au Ministère les assurances de sa très haute "
                    + "considération.";
            case RU -> sender + " пользуется случаем, чтобы возобновить Министерству уверения в своём высоком "
                    + "уважении.";
            case TR -> sender + " bu vesileyle Bakanlığa en derin saygılarını yineler.";
        };
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "AEIOUYÉÈÊÎÏÔÛÙÀÂaeiouy".indexOf(s.charAt(0)) >= 0;
    }
}
