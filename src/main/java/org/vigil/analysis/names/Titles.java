package org.vigil.analysis.names;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.PersonRole;

/**
 * Honorifics and role words in the languages Vigil reads, keyed by phonetic key so that every script and
 * inflection written here is matched however the text spells it. A role word next to a surname is the context that
 * lets a surname alone count as a mention; a role word that fits the registry role counts more.
 */
final class Titles {

    /** Role words, with the registry roles they describe; honorifics describe no role. */
    private static final Map<String, Set<PersonRole>> WORDS = new HashMap<>();

    static {
        Set<PersonRole> amb = EnumSet.of(PersonRole.AMBASSADOR);
        Set<PersonRole> consul = EnumSet.of(PersonRole.CONSUL_GENERAL);
        Set<PersonRole> dipl = EnumSet.of(PersonRole.DIPLOMAT, PersonRole.STAFF, PersonRole.AMBASSADOR,
                PersonRole.CONSUL_GENERAL);
        Set<PersonRole> staff = EnumSet.of(PersonRole.STAFF, PersonRole.DIPLOMAT);
        Set<PersonRole> other = EnumSet.of(PersonRole.OTHER);
        Set<PersonRole> none = EnumSet.noneOf(PersonRole.class);
        add(amb, "ambassador", "ambassadors", "amb", "envoy", "посол", "посла", "послу", "послом", "после",
                "послы", "посланник", "büyükelçi", "büyükelçisi", "büyükelçimiz", "büyükelçiyi", "büyükelçiye",
                "السفير", "سفير", "والسفير", "للسفير", "سفيرة", "ambassadeur", "ambassadrice", "botschafter",
                "botschafterin", "embajador", "embajadora", "embaixador", "embaixadora", "ambasciatore", "سفیر",
                "ambasador", "посолка");
        add(consul, "consul", "consul-general", "консул", "консула", "консулу", "генконсул", "генконсула",
                "konsolos", "konsolosu", "başkonsolos", "başkonsolosu", "القنصل", "قنصل", "konsul", "generalkonsul",
                "cónsul", "consule", "consolo");
        add(dipl, "diplomat", "diplomats", "дипломат", "дипломата", "дипломату", "diplomatı", "الدبلوماسي",
                "دبلوماسي", "diplomate", "diplomático", "attaché", "attache", "атташе", "chargé", "counsellor",
                "counselor", "советник", "müsteşar", "secretary", "секретарь", "секретаря");
        add(staff, "spokeswoman", "spokesman", "spokesperson", "officer", "employee", "staffer", "сотрудник",
                "сотрудница", "сотрудника", "пресс-секретарь", "пресс-атташе", "sözcüsü", "sözcü", "çalışanı",
                "موظف", "المتحدث", "متحدث", "المتحدثة", "porte-parole", "sprecher", "sprecherin", "portavoz");
        add(other, "minister", "министр", "министра", "министру", "bakan", "bakanı", "وزير", "الوزير", "ministre",
                "ministro", "president", "президент", "президента", "cumhurbaşkanı", "الرئيس", "président",
                "präsident", "presidente", "secretary-general", "kremlin", "кремля");
        add(none, "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "lord", "lady", "herr", "frau", "m", "mme",
                "mlle", "monsieur", "madame", "señor", "señora", "sr", "sra", "senhor", "senhora", "sig", "signor",
                "signora", "господин", "госпожа", "господина", "г-н", "г-жа", "пан", "пані", "пани", "sayın", "bay",
                "bayan", "السيد", "السيدة", "الدكتور", "آقای", "خانم", "excellency", "превосходительство",
                "ekselansları", "معالي", "سعادة", "comrade", "товарищ");
    }

    private Titles() {
    }

    private static void add(Set<PersonRole> roles, String... words) {
        for (String w : words) {
            Tokens t = Tokenizer.tokenize(w);
            // hyphenated titles ("г-н", "porte-parole") are matched on their last word
            String key = t.pkey(t.size() - 1);
            if (t.size() > 1 && key.length() < 2) {
                key = t.pkey(0);
            }
            WORDS.merge(key, EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(PersonRole.class) : roles), (a, b) -> {
                Set<PersonRole> m = EnumSet.noneOf(PersonRole.class);
                m.addAll(a);
                m.addAll(b);
                return m;
            });
        }
    }

    /** The roles a word describes (empty for an honorific), or null when it is neither. */
    static Set<PersonRole> of(String pkey) {
        return WORDS.get(pkey);
    }
}
