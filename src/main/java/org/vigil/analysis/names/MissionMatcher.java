package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.names.MissionWords.KindPattern;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * Finds registry missions in a tokenised text: by their registry names and aliases, and by the way news speaks of
 * them ("the Russian embassy in Ankara", "Rusya'nın Ankara Büyükelçiliği" and their forms in other languages).
 * A word for a kind of post, in one of the languages of mission-words.tsv, opens a window of nearby
 * words in the same sentence; in it, the gazetteer's countries, cities and nationality adjectives say which state
 * sends the mission and where it is. Nothing here is specific to one registry: the sending and host states and the
 * city come from each mission's registry entry. Thread-safe.
 */
public final class MissionMatcher {

    private static final int WINDOW = 5;

    private record Info(MissionEntry mission, long cityId, String cityKey) {}

    private record Phrase(String[] keys, MissionEntry mission) {}

    private final List<Info> missions = new ArrayList<>();
    /** Missions by sending state and by host state, so that a window only scores the missions it can name. */
    private final Map<String, List<Info>> bySending = new HashMap<>();

    private final Map<String, List<Info>> byHost = new HashMap<>();
    /** How many missions fit each description (said kind, sending, host, city), for {@link #unique}. */
    private final Map<String, Integer> fits = new HashMap<>();

    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Gazetteer gazetteer;
    private final NameWords words;

    public MissionMatcher(RegistryFile registry, Gazetteer gazetteer) {
        this(registry, gazetteer, NameWords.shared());
    }

    /** @param words the language folders' words for posts, titles and state abbreviations */
    public MissionMatcher(RegistryFile registry, Gazetteer gazetteer, NameWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        for (MissionEntry m : registry.missions()) {
            long cityId = -1;
            String cityKey = null;
            if (m.city() != null) {
                cityKey = keys(m.city());
                Gazetteer.Entry e = cityKey == null ? null : gazetteer.lookup(cityKey);
                if (e != null && e.kind() == Gazetteer.Kind.CITY && e.country().equals(m.hostCountry())) {
                    cityId = e.id();
                }
            }
            Info info = new Info(m, cityId, cityKey);
            missions.add(info);
            bySending
                    .computeIfAbsent(m.sendingCountry(), k -> new ArrayList<>())
                    .add(info);
            byHost.computeIfAbsent(m.hostCountry(), k -> new ArrayList<>()).add(info);
            List<String> names = new ArrayList<>(m.aliases());
            names.add(m.name());
            for (String n : names) {
                Tokens t = Tokenizer.tokenize(n);
                if (t.size() == 0) {
                    continue;
                }
                String[] keys = new String[t.size()];
                for (int i = 0; i < t.size(); i++) {
                    keys[i] = t.pkey(i);
                }
                phrases.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Phrase(keys, m));
            }
        }
        countFits();
    }

    private static String fitKey(MissionKind said, String sending, String host, long cityId) {
        return said.ordinal() + "|" + sending + "|" + host + "|" + cityId;
    }

    private void countFits() {
        for (MissionKind said : MissionKind.values()) {
            for (Info info : missions) {
                MissionEntry m = info.mission;
                if (kindFit(said, m.kind()) == 0) {
                    continue;
                }
                fits.merge(fitKey(said, m.sendingCountry(), m.hostCountry(), -1), 1, Integer::sum);
                fits.merge(fitKey(said, m.sendingCountry(), null, -1), 1, Integer::sum);
                fits.merge(fitKey(said, null, m.hostCountry(), -1), 1, Integer::sum);
                if (info.cityId >= 0) {
                    fits.merge(fitKey(said, null, m.hostCountry(), info.cityId), 1, Integer::sum);
                }
            }
        }
    }

    private static String keys(String s) {
        Tokens t = Tokenizer.tokenize(s);
        return t.size() == 0 ? null : t.pkeys();
    }

    /**
     * A reference to a country or city near a word for a kind of post: its ISO country, the city's GeoNames id (-1
     * for a country), whether it can be the sending state or the host, whether it rests on a shared beginning only,
     * and its word range (inclusive).
     */
    public record Ref(
            String country, long cityId, boolean sending, boolean host, boolean weak, int from, int to, String key) {}

    /** A word for a kind of post at words [from, to] and the references of its window (for targets.ArticleContext). */
    public record PostWord(int from, int to, MissionKind kind, List<Ref> refs) {}

    /** Every word for a kind of post in the text, with what its window says of the sending state and the place. */
    public List<PostWord> postWords(Tokens t, List<Gazetteer.Match> places) {
        List<PostWord> out = new ArrayList<>();
        List<int[]> kinds = kindWords(t);
        for (int k = 0; k < kinds.size(); k++) {
            int[] kd = kinds.get(k);
            int prevEnd = k > 0 ? kinds.get(k - 1)[1] + 1 : 0;
            int nextStart = k + 1 < kinds.size() ? kinds.get(k + 1)[0] - 1 : t.size() - 1;
            out.add(new PostWord(
                    kd[0],
                    kd[1],
                    MissionKind.values()[kd[2]],
                    references(t, places, kd[0], kd[1], prevEnd, nextStart)));
        }
        return out;
    }

    private List<int[]> kindWords(Tokens t) {
        List<int[]> kinds = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            KindPattern kp = kindAt(t, i);
            if (kp != null) {
                kinds.add(new int[] {i, i + kp.prefixes().length - 1, kp.kind().ordinal()});
                i += kp.prefixes().length - 1;
            }
        }
        return kinds;
    }

    public List<Mention> find(Tokens t, List<Gazetteer.Match> places) {
        List<Mention> out = new ArrayList<>();
        if (missions.isEmpty()) {
            return out;
        }
        int n = t.size();
        // registry names and aliases, word for word
        for (int i = 0; i < n; i++) {
            List<Phrase> ps = phrases.get(t.pkey(i));
            if (ps == null) {
                continue;
            }
            for (Phrase p : ps) {
                int len = p.keys.length;
                if (i + len > n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < len && ok; k++) {
                    ok = t.pkey(i + k).equals(p.keys[k]);
                }
                if (ok) {
                    add(out, t, p.mission, i, i + len - 1, 0.95);
                }
            }
        }
        // the way news speaks of missions: each word for a post, with the words around it up to the next such word
        List<int[]> kinds = kindWords(t);
        for (int k = 0; k < kinds.size(); k++) {
            int[] kd = kinds.get(k);
            int prevEnd = k > 0 ? kinds.get(k - 1)[1] + 1 : 0;
            int nextStart = k + 1 < kinds.size() ? kinds.get(k + 1)[0] - 1 : n - 1;
            describe(t, places, MissionKind.values()[kd[2]], kd[0], kd[1], prevEnd, nextStart, out);
        }
        return out;
    }

    private KindPattern kindAt(Tokens t, int i) {
        KindPattern best = null;
        String first = t.pkey(i);
        if (first.length() < 4 || words.titles.of(first) != null) {
            return null; // "ambassador" is a person's title, not the embassy
        }
        String fold = t.fold(i);
        if (words.missions.isPlural(fold, t.script(i))) {
            return null; // "embassies", "consulates": missions in general
        }
        List<KindPattern> candidates = words.missions.kindsStarting(first);
        if (candidates == null) {
            return null;
        }
        for (KindPattern kp : candidates) {
            String[] p = kp.prefixes();
            if (i + p.length > t.size() || !first.startsWith(p[0])) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < p.length && ok; k++) {
                ok = t.pkey(i + k).startsWith(p[k]) && !t.has(i + k, Tokens.SENTENCE_BEFORE);
            }
            if (ok && (best == null || p.length > best.prefixes().length)) {
                best = kp;
            }
        }
        return best;
    }

    private void describe(
            Tokens t,
            List<Gazetteer.Match> places,
            MissionKind kind,
            int ks,
            int ke,
            int min,
            int max,
            List<Mention> out) {
        List<Ref> refs = references(t, places, ks, ke, min, max);
        if (refs.isEmpty()) {
            return;
        }
        score(kind, ks, ke, refs, t, out);
    }

    /** The countries, cities, nationality words and abbreviations in the window of the post word [ks, ke]. */
    private List<Ref> references(Tokens t, List<Gazetteer.Match> places, int ks, int ke, int min, int max) {
        int lo = ks, hi = ke;
        while (lo > min && ks - lo < WINDOW && !t.has(lo, Tokens.SENTENCE_BEFORE)) {
            lo--;
        }
        while (hi < max && hi - ke < WINDOW && !t.has(hi + 1, Tokens.SENTENCE_BEFORE)) {
            hi++;
        }
        List<Ref> refs = new ArrayList<>();
        boolean[] used = new boolean[hi - lo + 1];
        for (Gazetteer.Match m : places) {
            if (m.to() < lo || m.from() > hi || m.from() >= ks && m.from() <= ke) {
                continue;
            }
            for (int k = Math.max(lo, m.from()); k <= Math.min(hi, m.to()); k++) {
                used[k - lo] = true;
            }
            Gazetteer.Entry e = m.entry();
            if (e.kind() == Gazetteer.Kind.CITY) {
                refs.add(new Ref(
                        e.country(),
                        e.id(),
                        false,
                        true,
                        false,
                        m.from(),
                        m.to(),
                        keys(t.text().substring(t.start(m.from()), t.end(m.to())))));
            } else {
                int role = countryRole(t, m.from(), m.to());
                refs.add(new Ref(e.country(), -1, role >= 0, role <= 0, false, m.from(), m.to(), null));
            }
        }
        for (int j = lo; j <= hi; j++) {
            if (used[j - lo] || j >= ks && j <= ke) {
                continue;
            }
            String abbreviation = t.has(j, Tokens.ALL_CAPS) ? words.missions.abbreviation(t.fold(j)) : null;
            if (abbreviation != null) {
                // "the RF embassy in Ankara", "ABD Büyükelçiliği": the sender, or the host after a preposition
                int role = countryRole(t, j, j);
                refs.add(new Ref(abbreviation, -1, role >= 0, role <= 0, false, j, j, null));
                continue;
            }
            Gazetteer.Entry d = gazetteer.demonym(t, j);
            if (d != null) {
                refs.add(new Ref(d.country(), -1, true, false, false, j, j, null));
            } else if (t.pkey(j).length() >= 5 && t.script(j) != Tokens.DIGITS) {
                Set<String> cc = gazetteer.countriesByPrefix(t.pkey(j));
                if (cc.size() == 1) {
                    refs.add(new Ref(cc.iterator().next(), -1, true, false, true, j, j, null));
                }
            }
        }
        return refs;
    }

    private void score(MissionKind kind, int ks, int ke, List<Ref> refs, Tokens t, List<Mention> out) {
        // each mission of a compatible kind, scored by what the window says of it
        List<Object[]> scored = new ArrayList<>();
        java.util.Set<Info> candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean anyHost = false;
        for (Ref r : refs) {
            if (r.host) {
                anyHost = true;
                candidates.addAll(byHost.getOrDefault(r.country, List.of()));
            }
        }
        if (!anyHost) {
            // only a sending state: it names a mission only when that state has one mission of this kind
            for (Ref r : refs) {
                if (r.sending && unique(kind, r.country, null, -1)) {
                    for (Info info : bySending.getOrDefault(r.country, List.of())) {
                        if (kindFit(kind, info.mission.kind()) > 0) {
                            candidates.add(info);
                        }
                    }
                }
            }
        }
        for (Info info : candidates) {
            MissionEntry m = info.mission;
            double kindFit = kindFit(kind, m.kind());
            if (kindFit == 0) {
                continue;
            }
            Ref sending = null, city = null, hostCountry = null;
            boolean foreign = false;
            for (Ref r : refs) {
                if (r.sending
                        && r.country.equals(m.sendingCountry())
                        && (sending == null || sending.weak && !r.weak || nearer(r, sending, ks, ke))) {
                    sending = r;
                } else if (r.sending
                        && !r.host
                        && !r.country.equals(m.sendingCountry())
                        && !r.country.equals(m.hostCountry())) {
                    foreign = true;
                }
                if (r.host
                        && r.cityId >= 0
                        && (r.cityId == info.cityId
                                || info.cityId < 0
                                        && r.country.equals(m.hostCountry())
                                        && info.cityKey != null
                                        && info.cityKey.equals(r.key))
                        && (city == null || nearer(r, city, ks, ke))) {
                    city = r;
                } else if (r.host
                        && r.cityId < 0
                        && r.country.equals(m.hostCountry())
                        && !r.country.equals(m.sendingCountry())
                        && (hostCountry == null || nearer(r, hostCountry, ks, ke))) {
                    hostCountry = r;
                }
            }
            if (foreign && sending == null) {
                continue;
            }
            double conf;
            if (sending != null && city != null) {
                conf = 0.93;
            } else if (sending != null && hostCountry != null) {
                conf = unique(kind, m.sendingCountry(), m.hostCountry(), -1) ? 0.9 : 0.5;
            } else if (sending != null) {
                // "the Russian embassy", "the embassy of Russia": only right next to the word for the post
                boolean adjacent = sending.to >= ks - 2 && sending.from <= ke + 2;
                conf = adjacent && unique(kind, m.sendingCountry(), null, -1) ? 0.5 : 0;
            } else if (city != null) {
                conf = unique(kind, null, m.hostCountry(), info.cityId) ? 0.6 : 0.35;
            } else if (hostCountry != null) {
                conf = unique(kind, null, m.hostCountry(), -1) ? 0.45 : 0;
            } else {
                conf = 0;
            }
            if (sending != null && sending.weak) {
                conf *= 0.9;
            }
            conf *= kindFit;
            if (conf < PersonMatcher.FLOOR) {
                continue;
            }
            int from = ks, to = ke;
            for (Ref r : new Ref[] {sending, city, hostCountry}) {
                if (r != null) {
                    from = Math.min(from, r.from);
                    to = Math.max(to, r.to);
                }
            }
            scored.add(new Object[] {m, from, to, conf});
        }
        for (Object[] s : scored) {
            add(out, t, (MissionEntry) s[0], (int) s[1], (int) s[2], (double) s[3]);
        }
    }

    private static boolean nearer(Ref a, Ref b, int ks, int ke) {
        return distance(a, ks, ke) < distance(b, ks, ke);
    }

    private static int distance(Ref r, int ks, int ke) {
        return r.to < ks ? ks - r.to : r.from > ke ? r.from - ke : 0;
    }

    /** Whether exactly one registry mission fits: a kind, and a sending state, a host state or a city. */
    private boolean unique(MissionKind kind, String sending, String host, long cityId) {
        return fits.getOrDefault(fitKey(kind, sending, host, cityId), 0) == 1;
    }

    /** How well a mission of kind {@code actual} fits a text's word for kind {@code said} (0: not at all). */
    public static double kindFit(MissionKind said, MissionKind actual) {
        if (said == actual) {
            return 1;
        }
        if (said == MissionKind.CONSULATE && actual == MissionKind.CONSULATE_GENERAL) {
            return 0.95;
        }
        if (said == MissionKind.CONSULATE_GENERAL && actual == MissionKind.CONSULATE) {
            return 0.8;
        }
        return 0;
    }

    /**
     * Whether a country named at words [from, to] is the host (-1: "in Turkey", "Türkiye'de"), the sending state (1:
     * "Russia's", "of Russia", "Rusya'nın", a Russian genitive without a preposition) or either (0), by the words of
     * country-words.tsv.
     */
    private int countryRole(Tokens t, int from, int to) {
        String before = from > 0 && !t.has(from, Tokens.SENTENCE_BEFORE) ? t.fold(from - 1) : "";
        String after = to + 1 < t.size() && !t.has(to + 1, Tokens.SENTENCE_BEFORE) ? t.fold(to + 1) : "";
        MissionWords w = words.missions;
        int role = w.roleBefore(before);
        if (role == 0) {
            role = w.roleOfPrefix(t.fold(from), t.script(from));
        }
        if (role == 0) {
            role = w.roleAfter(after);
        }
        if (role == 0 && t.script(to) == Tokens.CYRILLIC) {
            return 1; // no preposition: a genitive, as Russian names the sending state after the post
        }
        return role;
    }

    private static void add(List<Mention> out, Tokens t, MissionEntry m, int from, int to, double conf) {
        int s = t.start(from), e = t.end(to);
        for (int k = 0; k < out.size(); k++) {
            Mention o = out.get(k);
            if (o.entityId().equals(m.id()) && o.start() < e && s < o.end()) {
                if (o.confidence() < conf) {
                    out.set(k, new Mention(m.id(), EntityType.MISSION, t.text().substring(s, e), s, e, conf));
                }
                return;
            }
        }
        out.add(new Mention(
                m.id(), EntityType.MISSION, t.text().substring(s, e), s, e, Math.round(conf * 100) / 100.0));
    }
}
