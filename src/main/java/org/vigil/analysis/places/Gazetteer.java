package org.vigil.analysis.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.vigil.analysis.Place;
import org.vigil.analysis.text.Tokens;

/**
 * Cities and countries in many scripts, each with its ISO country, loaded from the committed resource that
 * {@link GazetteerBuilder} makes from GeoNames and mledoze/countries. Matching is a hash lookup of each word's
 * phonetic key (and of the phrases that start with it), so "Ankara", its Cyrillic spelling, its Russian locative
 * and its Arabic spelling all name the same city. In scripts with capitals a place name must be capitalised, so that "turkey" or "nice" in lower case
 * are not places. Immutable and shared.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/org/vigil/analysis/places/gazetteer.tsv.gz";

    /** A gazetteer entry: a city (with its GeoNames id and population), a country, or a demonym. */
    public record Entry(Kind kind, String country, long id, long population) {}

    /** What an entry names. */
    public enum Kind {
        COUNTRY,
        CITY,
        DEMONYM
    }

    /** A place found in a text: entry and word range (inclusive). */
    public record Match(Entry entry, int from, int to) {}

    private static volatile Gazetteer shared;
    /** Keys of Arabic words without their one-letter prefix, shared and bounded. */
    private static final Map<String, String> STRIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Entry> places;
    private final Map<String, Entry> demonyms;
    /** For each first word of a multi-word name, the largest number of words of such a name. */
    private final Map<String, Integer> phraseStarts;
    /** Single-word country names by their first three letters, for {@link #countriesByPrefix}. */
    private final Map<String, List<String[]>> countryNames = new HashMap<>();

    private Gazetteer(InputStream in) throws IOException {
        places = new HashMap<>(400_000);
        demonyms = new HashMap<>();
        phraseStarts = new HashMap<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                int c = line.indexOf('\t', b + 1);
                int d = line.indexOf('\t', c + 1);
                String key = line.substring(0, a);
                char type = line.charAt(a + 1);
                String cc = line.substring(b + 1, c).intern();
                long pop = Long.parseLong(line, c + 1, d, 10);
                long id = Long.parseLong(line, d + 1, line.length(), 10);
                Entry e = new Entry(type == 'C' ? Kind.COUNTRY : type == 'P' ? Kind.CITY : Kind.DEMONYM, cc, id, pop);
                if (e.kind == Kind.DEMONYM) {
                    demonyms.put(key, e);
                    continue;
                }
                places.put(key, e);
                int sp = key.indexOf(' ');
                if (sp > 0) {
                    int words = 1;
                    for (int k = 0; k < key.length(); k++) {
                        if (key.charAt(k) == ' ') {
                            words++;
                        }
                    }
                    phraseStarts.merge(key.substring(0, sp), words, Math::max);
                } else if (e.kind == Kind.COUNTRY && key.length() >= 4) {
                    countryNames
                            .computeIfAbsent(key.substring(0, 3), x -> new ArrayList<>())
                            .add(new String[] {key, cc});
                }
            }
        }
    }

    /** The gazetteer on the class path, loaded on first use. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the "
                                    + "class path; rebuild it with GazetteerBuilder (see docs/analysis-engine.md)");
                        }
                        g = new Gazetteer(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = g;
                }
            }
        }
        return g;
    }

    public int size() {
        return places.size() + demonyms.size();
    }

    /** The entry a name's key (see {@link GazetteerBuilder#key}) leads to, or null. */
    public Entry lookup(String key) {
        return places.get(key);
    }

    /** Whether a phonetic key is a place name or a nationality word. */
    public boolean isPlaceOrNationality(String key) {
        return places.containsKey(key) || demonyms.containsKey(key);
    }

    /** The country whose demonym or nationality adjective word i is ("Russian", Russian "rossiyskogo", Arabic "al-rusiya"). */
    public Entry demonym(Tokens t, int i) {
        String k = t.pkey(i);
        Entry e = demonyms.get(k);
        return e;
    }

    /** Places named in the text: the longest name at each position; in cased scripts only capitalised words. */
    public List<Match> match(Tokens t) {
        List<Match> out = new ArrayList<>();
        int n = t.size();
        StringBuilder b = new StringBuilder(48);
        for (int i = 0; i < n; i++) {
            byte script = t.script(i);
            if (script == Tokens.DIGITS || script == Tokens.OTHER) {
                continue;
            }
            boolean cased = script != Tokens.ARABIC;
            if (cased && !t.has(i, Tokens.CAPITALISED)) {
                continue;
            }
            String k = t.pkey(i);
            if (k.length() < 2) {
                continue;
            }
            Integer longest = phraseStarts.get(k);
            Match found = null;
            if (longest != null) {
                b.setLength(0);
                b.append(k);
                for (int j = i + 1; j < n && j - i < longest; j++) {
                    if (t.has(j, Tokens.SENTENCE_BEFORE)
                            || t.has(j, Tokens.PUNCT_BEFORE) && !t.fold(j).equals("s")) {
                        break;
                    }
                    b.append(' ').append(t.pkey(j));
                    Entry e = places.get(b.toString());
                    if (e == null && t.script(j) == Tokens.CYRILLIC) {
                        e = caseForm(b.toString()); // Russian locatives of New York, Buenos Aires
                    }
                    if (e != null) {
                        found = new Match(e, i, j);
                    }
                }
            }
            if (found == null) {
                Entry e = single(t, i, k, script);
                if (e != null && !(e.kind == Kind.CITY && e.population < 500_000 && cased && insideName(t, i))) {
                    found = new Match(e, i, i);
                }
            }
            if (found != null
                    && script == Tokens.ARABIC
                    && found.from == found.to
                    && t.has(i, Tokens.ARABIC_ARTICLE)
                    && demonyms.containsKey(k)) {
                found = null; // Arabic al-rusiya is "the Russian", not Russia (rusiya): the article marks the adjective
            }
            if (found != null) {
                out.add(found);
                i = found.to;
            }
        }
        return out;
    }

    /**
     * Whether word i is part of a longer proper name ("Smolenskaya-Sennaya Square", "Vladimir Putin", "Central
     * Military Command"): a capitalised word right before (not starting the sentence) or right after it.
     */
    private static boolean insideName(Tokens t, int i) {
        boolean before = i > 0
                && !t.has(i, Tokens.SENTENCE_BEFORE)
                && !t.has(i, Tokens.PUNCT_BEFORE)
                && t.has(i - 1, Tokens.CAPITALISED)
                && !t.has(i - 1, Tokens.SENTENCE_BEFORE);
        boolean after = i + 1 < t.size()
                && !t.has(i + 1, Tokens.SENTENCE_BEFORE)
                && !t.has(i + 1, Tokens.PUNCT_BEFORE)
                && t.has(i + 1, Tokens.CAPITALISED);
        return before || after;
    }

    private Entry single(Tokens t, int i, String k, byte script) {
        Entry e = places.get(k);
        if (k.length() < 4) {
            return e;
        }
        if (script == Tokens.CYRILLIC) {
            // case forms: Moskve, Moskvy -> Moskva; Turtsii -> Turtsiya; Stambule -> Stambul. When a case form is
            // also some place's own name (Monreale: Monreale in Sicily, and Montreal in the locative), the bigger wins.
            e = bigger(e, caseForm(k));
        } else if (e == null && script == Tokens.ARABIC) {
            // a one-letter preposition or conjunction written on the word: bi-Ankara, wa-Moskow
            char c = t.fold(i).charAt(0);
            if (c == 'b' || c == 'l' || c == 'u' || c == 'f' || c == 'k') {
                String fold = t.fold(i);
                String stripped = STRIPPED.get(fold);
                if (stripped == null) {
                    stripped = org.vigil.analysis.text.PhoneticKey.of(fold.substring(1), false, true);
                    if (STRIPPED.size() < 100_000) {
                        STRIPPED.put(fold, stripped);
                    }
                }
                e = places.get(stripped);
            }
        }
        return e;
    }

    /** A Cyrillic case form of a name, reduced: Moskve, Turtsii, Yorke (in Cyrillic). */
    private Entry caseForm(String k) {
        Entry e = null;
        char last = k.charAt(k.length() - 1);
        if (last == 'e' || last == 'i' || last == 'u' || last == 'o' || last == 'a') {
            String base = k.substring(0, k.length() - 1);
            for (String tail : new String[] {"a", "", "ia", "e", "i"}) {
                e = bigger(e, places.get(base + tail));
            }
        }
        if (k.endsWith("om") || k.endsWith("oi") || k.endsWith("ei") || k.endsWith("em")) {
            String base = k.substring(0, k.length() - 2);
            e = bigger(e, places.get(base));
            e = bigger(e, places.get(base + "a"));
        }
        return e;
    }

    private static Entry bigger(Entry a, Entry b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.kind == Kind.COUNTRY) {
            return a;
        }
        return b.kind == Kind.COUNTRY || b.population > a.population ? b : a;
    }

    /** The contract's places for these matches (countries and cities; demonyms are not places). */
    public static List<Place> places(Tokens t, List<Match> matches) {
        List<Place> out = new ArrayList<>(matches.size());
        String text = t.text();
        for (Match m : matches) {
            int s = t.start(m.from), e = t.end(m.to);
            out.add(new Place(text.substring(s, e), m.entry.country, s, e));
        }
        return out;
    }

    /** Places named in the text. */
    public List<Place> find(Tokens t) {
        return places(t, match(t));
    }

    /**
     * The countries whose name a word starts like, for inflected or derived forms that no list has (Russian
     * "rossiyskogo" near "Rossiya"): a shared beginning of at least four letters, or three when the name is short.
     */
    public java.util.Set<String> countriesByPrefix(String pkey) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (pkey.length() < 3) {
            return out;
        }
        for (String[] name : countryNames.getOrDefault(pkey.substring(0, 3), List.of())) {
            int need = name[0].length() <= 5 ? 3 : 4;
            if (pkey.length() >= need && pkey.regionMatches(0, name[0], 0, need)) {
                out.add(name[1]);
            }
        }
        return out;
    }
}
