package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.MissionKind;

/**
 * The words {@link MissionMatcher} reads missions by, from the language folders: the words for a kind of post
 * ({@code mission-words.tsv}) and the endings that make them speak of posts in general ({@code mission-plurals.tsv}),
 * abbreviations of state names ({@code abbreviations.tsv}) and the words that make a
 * country next to them the host or the sending state ({@code country-words.tsv}).
 */
final class MissionWords {

    static final String KINDS = "mission-words",
            ABBREVIATIONS = "abbreviations",
            COUNTRY_WORDS = "country-words",
            PLURALS = "mission-plurals";

    /** A word for a kind of post: the beginnings of the phonetic keys of its words. */
    record KindPattern(String[] prefixes, MissionKind kind) {}

    /** Letters written onto a country's name that make it the host (the prefix's folded form and its script). */
    private record Prefix(String fold, byte script, int role) {}

    private enum Position {
        BEFORE,
        AFTER,
        PREFIX
    }

    private enum Role {
        HOST,
        SENDING
    }

    /** Patterns by the first three letters of their first word's key. */
    private final Map<String, List<KindPattern>> kindsByStart = new HashMap<>();

    private final boolean[] kindFirstLetters = new boolean[128];
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, Integer> before = new HashMap<>();
    private final Map<String, Integer> after = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    /** Endings of a word for posts in general ("embassies"), each with the script of the words it ends. */
    private final List<Prefix> plurals = new ArrayList<>();

    MissionWords(LanguageData data) {
        for (Table t : data.tables(KINDS)) {
            t.requireColumns("kind", "form");
        }
        for (Table t : data.tables(ABBREVIATIONS)) {
            t.requireColumns("abbreviation", "country");
        }
        for (Table t : data.tables(COUNTRY_WORDS)) {
            t.requireColumns("form", "position", "role");
        }
        for (Table t : data.tables(PLURALS)) {
            t.requireColumns("ending");
        }
        for (Table.Row row : data.rows(PLURALS)) {
            Tokens t = Tokenizer.tokenize(row.get("ending").strip());
            if (t.size() != 1) {
                throw row.error("column 'ending' is '" + row.get("ending") + "': expected the letters of one ending");
            }
            plurals.add(new Prefix(t.fold(0), t.script(0), 0));
        }
        for (Table.Row row : data.rows(KINDS)) {
            MissionKind kind = row.choice("kind", MissionKind.class);
            Tokens t = Tokenizer.tokenize(row.get("form").strip());
            String[] keys = new String[t.size()];
            for (int i = 0; i < t.size(); i++) {
                keys[i] = t.pkey(i);
            }
            if (keys.length == 0 || keys[0].length() < 3 || keys[0].charAt(0) >= 128) {
                throw row.error("the form '" + row.get("form") + "' does not begin with a word whose phonetic key has "
                        + "three letters or more");
            }
            KindPattern kp = new KindPattern(keys, kind);
            kindsByStart
                    .computeIfAbsent(keys[0].substring(0, 3), x -> new ArrayList<>())
                    .add(kp);
            kindFirstLetters[keys[0].charAt(0)] = true;
        }
        for (Table.Row row : data.rows(ABBREVIATIONS)) {
            String country = row.get("country").strip();
            if (!country.matches("[A-Z]{2}")) {
                throw row.error("column 'country' is '" + country + "': expected an ISO 3166 alpha-2 code (RU, US)");
            }
            abbreviations.put(oneFold(row, "abbreviation"), country);
        }
        for (Table.Row row : data.rows(COUNTRY_WORDS)) {
            Position position = row.choice("position", Position.class);
            int role = row.choice("role", Role.class) == Role.HOST ? -1 : 1;
            String fold = oneFold(row, "form");
            if (position == Position.PREFIX) {
                prefixes.add(new Prefix(
                        fold, Tokenizer.tokenize(row.get("form").strip()).script(0), role));
                continue;
            }
            Integer old = (position == Position.BEFORE ? before : after).put(fold, role);
            if (old != null && old != role) {
                throw row.error("the word '" + fold + "' " + position.name().toLowerCase(java.util.Locale.ROOT)
                        + " a country is given both roles (host and sending)");
            }
        }
    }

    private static String oneFold(Table.Row row, String column) {
        Tokens t = Tokenizer.tokenize(row.get(column).strip());
        if (t.size() != 1) {
            throw row.error("column '" + column + "' is '" + row.get(column) + "': expected one word");
        }
        return t.fold(0);
    }

    /** Whether a word (its folded form and script) speaks of posts in general, as a plural does. */
    boolean isPlural(String fold, byte script) {
        for (Prefix p : plurals) {
            if (p.script == script && fold.endsWith(p.fold)) {
                return true;
            }
        }
        return false;
    }

    /** The words for a post whose first word's key begins as {@code first} does, or null. */
    List<KindPattern> kindsStarting(String first) {
        char c0 = first.charAt(0);
        if (c0 >= 128 || !kindFirstLetters[c0]) {
            return null;
        }
        return kindsByStart.get(first.substring(0, 3));
    }

    /** The state an upper-case word abbreviates (by its folded form), or null. */
    String abbreviation(String fold) {
        return abbreviations.get(fold);
    }

    /** -1 when the word before a country makes it the host, 1 the sending state, 0 neither. */
    int roleBefore(String fold) {
        return before.getOrDefault(fold, 0);
    }

    /** The same for the word after a country. */
    int roleAfter(String fold) {
        return after.getOrDefault(fold, 0);
    }

    /** The same for letters written onto the country's name (a word of that script and fold). */
    int roleOfPrefix(String fold, byte script) {
        for (Prefix p : prefixes) {
            if (p.script == script && fold.startsWith(p.fold) && fold.length() > p.fold.length() + 3) {
                return p.role;
            }
        }
        return 0;
    }
}
