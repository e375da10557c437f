package org.vigil.analysis.names;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.PersonRole;

/**
 * Honorifics and role words in the languages Vigil reads ({@code titles.tsv} of each language folder), keyed by
 * phonetic key so that every script and inflection written there is matched however the text spells it. A role word
 * next to a surname is the context that lets a surname alone count as a mention; a role word that fits the registry
 * role counts more.
 */
final class Titles {

    static final String TABLE = "titles";
    /** The value of the role column for a word that describes no role (an honorific). */
    static final String HONORIFIC = "honorific";

    /** Role words, with the registry roles they describe; honorifics describe no role. */
    private final Map<String, Set<PersonRole>> words = new HashMap<>();

    Titles(LanguageData data) {
        for (Table t : data.tables(TABLE)) {
            t.requireColumns("word", "role");
        }
        for (Table.Row row : data.rows(TABLE)) {
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            java.util.List<String> names = row.words("role");
            if (!(names.size() == 1 && names.get(0).equalsIgnoreCase(HONORIFIC))) {
                for (String name : names) {
                    roles.add(role(row, name));
                }
            }
            add(row, roles, row.get("word").strip());
        }
    }

    private static PersonRole role(Table.Row row, String name) {
        for (PersonRole r : PersonRole.values()) {
            if (r.name().equalsIgnoreCase(name) || r.name().replace('_', '-').equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw row.error("column 'role' names '" + name + "': expected " + HONORIFIC + " or one or more of "
                + java.util.Arrays.stream(PersonRole.values())
                        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    private void add(Table.Row row, Set<PersonRole> roles, String w) {
        Tokens t = Tokenizer.tokenize(w);
        if (t.size() == 0) {
            throw row.error("the word '" + w + "' has no letters");
        }
        // hyphenated titles ("porte-parole") are matched on their last word
        String key = t.pkey(t.size() - 1);
        if (t.size() > 1 && key.length() < 2) {
            key = t.pkey(0);
        }
        words.merge(key, EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(PersonRole.class) : roles), (a, b) -> {
            Set<PersonRole> m = EnumSet.noneOf(PersonRole.class);
            m.addAll(a);
            m.addAll(b);
            return m;
        });
    }

    /** The roles a word describes (empty for an honorific), or null when it is neither. */
    Set<PersonRole> of(String pkey) {
        return words.get(pkey);
    }
}
