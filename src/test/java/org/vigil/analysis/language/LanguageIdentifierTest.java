package org.vigil.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Thank you for the reception, Ambassador",
                "en|When is the consulate open?",
                "en|No one will mourn you",
                "ru|Прощайся с жизнью",
                "ru|Когда открыто консульство?",
                "ru|Пришло время тебе сгореть",
                "uk|Дякую за прийом, пане посол",
                "uk|Коли відкрите консульство?",
                "tr|Kimse senin için ağlamayacak",
                "tr|Konsolosluk ne zaman açık?",
                "tr|Hayata veda et",
                "ar|لن يبكي عليك أحد",
                "ar|متى تفتح القنصلية؟",
                "fa|سفارت روسیه در آنکارا کی باز است؟",
                "fa|از پذیرایی شما سپاسگزارم",
                "fr|Merci pour la réception, monsieur l'ambassadeur",
                "fr|Quand le consulat est-il ouvert ?",
                "de|Danke für den Empfang, Herr Botschafter",
                "de|Wann ist das Konsulat geöffnet?",
                "es|Gracias por la recepción, señor embajador",
                "es|¿Cuándo abre el consulado?",
                "pt|Obrigado pela recepção, senhor embaixador",
                "pt|Quando o consulado está aberto?",
                "it|Grazie per il ricevimento, signor ambasciatore",
                "it|Quando è aperto il consolato?",
                "nl|Bedankt voor de ontvangst, meneer de ambassadeur",
                "nl|Wanneer is het consulaat open?",
                "pl|Dziękuję za przyjęcie, panie ambasadorze",
                "pl|Kiedy jest otwarty konsulat?",
                "zh|大使先生，感谢您的招待",
                "zh|领事馆什么时候开门？",
            })
    void shortPosts(String expected, String text) {
        assertThat(identifier.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A Latin handle and name inside Cyrillic, Arabic or Turkish text do not decide the language.
                "ru|@RusEmbTurkey Ерхов, прощайся с жизнью #Idlib https://t.co/abc",
                "ar|@RusEmbTurkey السفير Yerkhov لن يبكي عليك أحد",
                "tr|@RusEmbTurkey Büyükelçi Yerkhov hayatına veda et",
                "en|Ambassador Ерхов said he received threats over Idlib on social networks",
                "zh|俄罗斯驻土耳其大使 Alexei Yerkhov 收到威胁",
                "uk|Посол Yerkhov отримав погрози у соцмережах",
                "fa|سفیر روسیه Yerkhov در آنکارا تهدید شد و گفت این پیام‌ها خطرناک است",
            })
    void mixedScriptText(String expected, String text) {
        assertThat(identifier.detect(text)).isEqualTo(expected);
    }

    @Test
    void nothingToTellIsUndetermined() {
        assertThat(identifier.detect("")).isEqualTo("und");
        assertThat(identifier.detect("12345 !!! 🙂")).isEqualTo("und");
        assertThat(identifier.detect("@RusEmbTurkey https://t.co/x")).isEqualTo("und");
    }

    @Test
    void longerLatinTextsAreToldApartByTheModel() {
        assertThat(identifier.detect("Die Botschaft bleibt wegen der Proteste vorerst geschlossen"))
                .isEqualTo("de");
        assertThat(identifier.detect("La embajada permanece cerrada por las protestas"))
                .isEqualTo("es");
        assertThat(identifier.detect("A embaixada permanece fechada por causa dos protestos"))
                .isEqualTo("pt");
        assertThat(identifier.detect("L'ambassade reste fermée à cause des manifestations"))
                .isEqualTo("fr");
        assertThat(identifier.detect("Büyükelçilik protestolar nedeniyle kapalı kalıyor"))
                .isEqualTo("tr");
    }
}
