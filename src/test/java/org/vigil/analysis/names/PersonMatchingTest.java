package org.vigil.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.SeedRegistry;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/** Issue 3, capability 2: registry people found across scripts, spellings and grammar, with calibrated confidence. */
class PersonMatchingTest {

    private static final AnalysisEngine SEED = SeedRegistry.engine();

    private static Optional<Mention> best(AnalysisEngine engine, String text, String id) {
        List<Mention> all = engine.mentions(text);
        for (Mention m : all) {
            assertThat(text.substring(m.start(), m.end()))
                    .as("offsets of %s", m)
                    .isEqualTo(m.text());
        }
        return all.stream()
                .filter(m -> m.entityId().equals(id) && m.type() == EntityType.PERSON)
                .max((a, b) -> Double.compare(a.confidence(), b.confidence()));
    }

    private static double confidence(String text, String id) {
        return best(SEED, text, id).map(Mention::confidence).orElse(0.0);
    }

    /** The seed registry's matcher without calibration: the score the evidence gives, before it is calibrated. */
    private static final PersonMatcher SCORES = new PersonMatcher(
            new NameIndex(SEED.registry(), org.vigil.analysis.places.Gazetteer.shared()::isPlaceOrNationality),
            MentionCalibration.NONE);

    private static double score(String text, String id) {
        return SCORES.find(org.vigil.analysis.text.Tokenizer.tokenize(text)).stream()
                .filter(m -> m.entityId().equals(id))
                .mapToDouble(Mention::confidence)
                .max()
                .orElse(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alexei Yerkhov", "Алексей Ерхов", "أليكسي يرخوف", "Олексій Єрхов"})
    void fullNameInLatinCyrillicAndArabicScript(String name) {
        assertThat(confidence("Today " + name + " met the press.", "yerkhov")).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Alexey Yerkhov",
                "Aleksei Erkhov",
                "Alexej Jerchow",
                "Alexeï Ierkhov",
                "Aleksey Yerkhov",
                "Aleksej Erxov",
                "Aleksej Erchov"
            })
    void transliterationsNoOneListed(String name) {
        assertThat(confidence("Yesterday " + name + " said so.", "yerkhov")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void spellingsMadeByIcuRomanisationSystemsAreFound() {
        for (String system : new String[] {"Russian-Latin/BGN", "Cyrillic-Latin", "Any-Latin; Latin-ASCII"}) {
            Transliterator tr = Transliterator.getInstance(system);
            for (String[] p : new String[][] {
                {"Алексей Ерхов", "yerkhov"},
                {"Сергей Лавров", "lavrov"},
                {"Дмитрий Песков", "peskov"},
                {"Ирина Касимова", "kasimova"},
                {"Андрей Карлов", "karlov"}
            }) {
                String spelled = tr.transliterate(p[0]);
                assertThat(confidence("On Monday " + spelled + " spoke.", p[1]))
                        .as("%s by %s", spelled, system)
                        .isGreaterThanOrEqualTo(0.85);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ерхова", "Ерхову", "Ерховым", "Ерхове", "Алексея Ерхова", "Алексею Ерхову"})
    void russianCaseForms(String form) {
        assertThat(confidence("Посол " + form + " прокомментировал.", "yerkhov"))
                .isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void feminineSurnameCaseForms() {
        assertThat(confidence("Слова Ирины Касимовой подтвердили.", "kasimova")).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ambassador Erkhov",
                "Mr. Yerkhov",
                "Herr Jerchow",
                "M. Ierkhov",
                "посол Ерхов",
                "Büyükelçi Yerkhov",
                "Sayın Yerkhov",
                "السفير يرخوف",
                "l'ambassadeur Ierkhov",
                "Botschafter Jerchow"
            })
    void honorificsAndTitlesSupportASurnameAlone(String text) {
        // the title raises the matcher's score, and the calibrated confidence keeps the mention firm
        assertThat(score("Reported: " + text + " was there.", "yerkhov")).isGreaterThanOrEqualTo(0.7);
        assertThat(confidence("Reported: " + text + " was there.", "yerkhov"))
                .isGreaterThanOrEqualTo(MentionCalibration.REPORTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A. Yerkhov", "А. Ерхов", "A.Yerkhov", "Yerkhov A."})
    void initials(String text) {
        assertThat(confidence("Statement by " + text + " today", "yerkhov")).isGreaterThanOrEqualTo(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YERKHOV, Alexei", "Ерхов Алексей", "ALEXEI YERKHOV", "alexei yerkhov"})
    void reversedOrderAndCapitals(String text) {
        assertThat(confidence("List: " + text + ".", "yerkhov")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void withoutDiacritics() {
        RegistryFile r = new RegistryFile(
                List.of(new MissionEntry("m", MissionKind.EMBASSY, "Embassy", "RU", "TR", "Ankara", null, List.of())),
                List.of(new PersonEntry(
                        "altintas", "Mevlüt Mert Altıntaş", PersonRole.OTHER, null, List.of(), List.of())));
        AnalysisEngine engine = AnalysisEngine.create(r);
        assertThat(best(engine, "Mevlut Mert Altintas opened fire", "altintas"))
                .get()
                .extracting(Mention::confidence)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(best(engine, "Стрелял Мевлют Мерт Алтынташ", "altintas")).isPresent();
        assertThat(best(engine, "the policeman Mevlut Merth Altıntash", "altintas"))
                .isPresent();
    }

    @Test
    void latinLettersAsOtherLanguagesReadThem() {
        RegistryFile r = new RegistryFile(
                List.of(),
                List.of(
                        new PersonEntry("jazbec", "Luka Jazbec", PersonRole.DIPLOMAT, null, List.of(), List.of()),
                        new PersonEntry("welby", "Justin Welby", PersonRole.OTHER, null, List.of(), List.of()),
                        new PersonEntry("dajani", "Omar Dajani", PersonRole.STAFF, null, List.of(), List.of()),
                        new PersonEntry("kovalyov", "Sergey Kovalyov", PersonRole.STAFF, null, List.of(), List.of()),
                        new PersonEntry("sergeyev", "Ivan Sergeyev", PersonRole.STAFF, null, List.of(), List.of())));
        AnalysisEngine engine = AnalysisEngine.create(r);
        for (String[] c : new String[][] {
            {"Встреча: Лука Язбец приехал", "jazbec"},
            {"Сказал Джастин Уэлби", "welby"},
            {"قال عمر الدجاني", "dajani"},
            {"Сергей Ковалёв заявил", "kovalyov"},
            {"Sergei Kovalev said", "kovalyov"},
            {"Иван Сергеев заявил", "sergeyev"},
            {"Ivan Sergeev said", "sergeyev"}
        }) {
            assertThat(best(engine, c[0], c[1]))
                    .as(c[0])
                    .get()
                    .extracting(Mention::confidence)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                    .isGreaterThanOrEqualTo(0.8);
        }
        // letters with no sound of their own in the key (ع, ь) still belong to the mention's text
        assertThat(best(engine, "قال عمر الدجاني", "dajani"))
                .get()
                .extracting(Mention::text)
                .isEqualTo("عمر الدجاني");
        assertThat(best(engine, "Сергей Ковалёв заявил", "kovalyov"))
                .get()
                .extracting(Mention::text)
                .isEqualTo("Сергей Ковалёв");
    }

    @Test
    void surnameAloneCountsWhenContextSupportsIt() {
        assertThat(score("Lavrov said nothing.", "lavrov")).isLessThan(0.6);
        assertThat(score("Foreign Minister Lavrov said nothing.", "lavrov")).isGreaterThanOrEqualTo(0.8);
        // calibrated: alone it is firm but no more; with the fitting title it is near certain
        assertThat(confidence("Lavrov said nothing.", "lavrov")).isBetween(MentionCalibration.REPORTING, 0.6);
        assertThat(confidence("Foreign Minister Lavrov said nothing.", "lavrov"))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(confidence("Sergey Lavrov arrived. Later Lavrov said nothing.", "lavrov"))
                .isGreaterThanOrEqualTo(0.8);
        String later = "Sergey Lavrov arrived. Later Lavrov said nothing.";
        assertThat(SEED.mentions(later))
                .filteredOn(m -> m.text().equals("Lavrov"))
                .singleElement()
                .extracting(Mention::confidence)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void similarButDifferentSurnameOrNamesakeIsLowConfidence() {
        assertThat(confidence("Alexei Erokhin visited the city.", "yerkhov")).isLessThan(0.5);
        assertThat(confidence("Andrei Yerkhov, a football coach, visited the city.", "yerkhov"))
                .isLessThan(0.5);
        assertThat(confidence("Pavel Lavrov, a chess player, won.", "lavrov")).isLessThan(0.5);
        assertThat(confidence("Ivan Ivanov and Oleg Petrov met.", "yerkhov")).isZero();
    }

    @Test
    void homoglyphsDoNotHideAName() {
        // Cyrillic е and о inside a Latin name, and a Latin o inside a Cyrillic one
        assertThat(confidence("Alexei Y\u0435rkh\u043Ev must answer", "yerkhov"))
                .isGreaterThanOrEqualTo(0.9);
        assertThat(confidence("Алексей Ерхоv ответит", "yerkhov")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void invisibleAndControlCharactersDoNotHideANameAndOffsetsStayExact() {
        String zw = "Threat to Alexei Yer\u200Bkh\u200Dov now";
        Mention m = best(SEED, zw, "yerkhov").orElseThrow();
        assertThat(m.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(m.text()).isEqualTo("Alexei Yer\u200Bkh\u200Dov");
        String rtl = "\u202BAlexei Yerkhov\u202C \u200Fيرخوف\u200E";
        assertThat(SEED.mentions(rtl))
                .filteredOn(x -> x.entityId().equals("yerkhov"))
                .hasSize(2)
                .allSatisfy(x -> assertThat(rtl.substring(x.start(), x.end())).isEqualTo(x.text()));
        assertThat(confidence("Alexei\u0007Yerkhov\u0000", "yerkhov")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aSurnameSplitByAStraySpaceIsStillFound() {
        assertThat(confidence("the press secretary Dmitry Pesk Ov said", "peskov"))
                .isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void anAccountNamesItsPerson() {
        String text = "@RusEmbTurkey you will regret this";
        assertThat(best(SEED, text, "yerkhov")).get().extracting(Mention::text).isEqualTo("@RusEmbTurkey");
    }

    @Test
    void ordinaryTextMentionsNobody() {
        assertThat(SEED.mentions("The weather in the city was cold, and the market opened late on Monday."))
                .isEmpty();
        assertThat(SEED.mentions("")).isEmpty();
    }
}
