package org.vigil.analysis.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.names.MissionMatcher;
import org.vigil.analysis.names.MissionMatcher.PostWord;
import org.vigil.analysis.names.MissionMatcher.Ref;
import org.vigil.analysis.places.Capitals;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * Reads a news article as a whole to say which registry mission each word for a post means ("the embassy", "the
 * Russian embassy", "posolstvo", "al-safara" (the words of the language folders)), when its own sentence does not say it all. The sending state comes
 * from the words around the post word, else from the nationality the article gives its posts elsewhere (headline
 * first); the place from a city or a capital periphrasis next to it ("in the Afghan capital": the capital of the
 * country, from {@link Capitals}), else from the headline's post words, the agency dateline ("KABUL (Reuters) -"),
 * a capital periphrasis elsewhere, and the cities the article names, in that order. A description that fits more
 * than one registry mission names none. Nothing here is specific to one language: the words for capitals and the
 * dateline formats are the language folders' (see {@link ArticleWords}). Thread-safe.
 */
public final class ArticleTargets {

    /** How sure a resolution is when both the sending state and the place come from the post word's window. */
    private static final double IN_WINDOW = 0.9;
    /** The factor for each of the two that comes from elsewhere in the article. */
    private static final double FROM_ARTICLE = 0.85;
    /** A sending state with a host country but no city, and a sending state alone (one mission of that state). */
    private static final double HOST_ONLY = 0.75, SENDER_ONLY = 0.55;
    /** A capital word and the country word that says whose capital it is are this many words apart at most. */
    private static final int CAPITAL_REACH = 3;

    private record Info(MissionEntry mission, long cityId, String cityKey) {}

    /** What one article says of its places and its posts, and the missions its post words mean. */
    public record Context(
            List<Mention> textReferences,
            String title,
            List<Mention> titleMentions,
            ThreatAssessment titleAssessment,
            List<int[]> textPosts,
            List<int[]> titlePosts) {

        /** The same reading with the headline assessed again (the events it reports at its posts added). */
        public Context withTitleAssessment(ThreatAssessment a) {
            return new Context(textReferences, title, titleMentions, a, textPosts, titlePosts);
        }
    }

    /** A capital periphrasis at words [from, to]: the capital of a country. */
    private record CapitalPhrase(int from, int to, String country, Gazetteer.Entry city) {}

    /** A part of the article (headline or body), read once. */
    private record Part(
            Tokens tokens, List<Gazetteer.Match> places, List<PostWord> posts, List<CapitalPhrase> capitals) {}

    private final List<Info> missions = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final Capitals capitals;
    private final MissionMatcher matcher;
    private final ArticleWords words;

    public ArticleTargets(RegistryFile registry, Gazetteer gazetteer, MissionMatcher matcher) {
        this(registry, gazetteer, Capitals.shared(), matcher, LanguageData.shared());
    }

    public ArticleTargets(
            RegistryFile registry,
            Gazetteer gazetteer,
            Capitals capitals,
            MissionMatcher matcher,
            LanguageData languages) {
        this.gazetteer = gazetteer;
        this.capitals = capitals;
        this.matcher = matcher;
        this.words = new ArticleWords(languages);
        for (MissionEntry m : registry.missions()) {
            long cityId = -1;
            String key = m.city() == null ? null : Capitals.key(m.city());
            Gazetteer.Entry e = key == null || key.isEmpty() ? null : gazetteer.lookup(key);
            if (e != null && e.kind() == Gazetteer.Kind.CITY && e.country().equals(m.hostCountry())) {
                cityId = e.id();
            }
            missions.add(new Info(m, cityId, key));
        }
    }

    /**
     * Reads an article: its body (tokens and gazetteer matches as the engine made them), its headline (may be null)
     * with the mentions and threat assessment the engine found in it.
     */
    public Context read(
            String text,
            Tokens tokens,
            List<Gazetteer.Match> places,
            String title,
            List<Mention> titleMentions,
            ThreatAssessment titleAssessment) {
        Part body = part(tokens, places);
        Part head = null;
        if (title != null && !title.isBlank()) {
            Tokens tt = Tokenizer.tokenize(title);
            head = part(tt, gazetteer.match(tt));
        }
        Evidence ev = evidence(text, body, head);
        List<Mention> bodyRefs = references(body, ev);
        List<Mention> titleAll = new ArrayList<>(titleMentions == null ? List.of() : titleMentions);
        if (head != null) {
            titleAll.addAll(references(head, ev));
        }
        return new Context(
                bodyRefs, title, titleAll, titleAssessment, spans(body), head == null ? List.of() : spans(head));
    }

    /** The [start, end) in its text of each word for a post of a part. */
    private static List<int[]> spans(Part p) {
        List<int[]> out = new ArrayList<>(p.posts.size());
        for (PostWord w : p.posts) {
            out.add(new int[] {p.tokens.start(w.from()), p.tokens.end(w.to())});
        }
        return out;
    }

    private Part part(Tokens t, List<Gazetteer.Match> places) {
        return new Part(t, places, matcher.postWords(t, places), capitalPhrases(t, places));
    }

    /** "the Afghan capital", "capital of Afghanistan", "stolitsa Afganistana", "Afgan başkenti", "al-asima al-afghaniya" (transliterated; the forms are in capital-words.tsv). */
    private List<CapitalPhrase> capitalPhrases(Tokens t, List<Gazetteer.Match> places) {
        List<CapitalPhrase> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!words.isCapital(t, i)) {
                continue;
            }
            String country = null;
            int at = -1, best = Integer.MAX_VALUE;
            for (int j = Math.max(0, i - CAPITAL_REACH); j <= Math.min(t.size() - 1, i + CAPITAL_REACH); j++) {
                if (j == i || Math.abs(j - i) >= best || crossesSentence(t, i, j)) {
                    continue;
                }
                String c = countryWord(t, places, j);
                if (c != null) {
                    country = c;
                    at = j;
                    best = Math.abs(j - i);
                }
            }
            Gazetteer.Entry city = country == null ? null : capitals.of(country);
            if (city != null) {
                out.add(new CapitalPhrase(Math.min(i, at), Math.max(i, at), country, city));
            }
        }
        return out;
    }

    private static boolean crossesSentence(Tokens t, int a, int b) {
        for (int k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) {
            if (t.has(k, Tokens.SENTENCE_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** The country word j names: a country of the gazetteer, a nationality word, or a word only one country's name begins. */
    private String countryWord(Tokens t, List<Gazetteer.Match> places, int j) {
        for (Gazetteer.Match m : places) {
            if (m.from() <= j && j <= m.to()) {
                return m.entry().kind() == Gazetteer.Kind.COUNTRY ? m.entry().country() : null;
            }
        }
        Gazetteer.Entry d = gazetteer.demonym(t, j);
        if (d != null) {
            return d.country();
        }
        if (t.pkey(j).length() >= 5 && t.script(j) != Tokens.DIGITS) {
            Set<String> cc = gazetteer.countriesByPrefix(t.pkey(j));
            if (cc.size() == 1) {
                return cc.iterator().next();
            }
        }
        return null;
    }

    /** What the whole article says: its sending states by weight, and its places in the order they are trusted. */
    private record Evidence(
            Map<String, Integer> sending, List<Long> cities, Map<Long, String> cityCountry, List<String> hosts) {}

    private Evidence evidence(String text, Part body, Part head) {
        Map<String, Integer> sending = new LinkedHashMap<>();
        List<Long> cities = new ArrayList<>();
        Map<Long, String> cityCountry = new HashMap<>();
        List<String> hosts = new ArrayList<>();
        List<Part> parts = head == null ? List.of(body) : List.of(head, body);
        for (Part p : parts) {
            int weight = p == head ? 2 : 1;
            for (PostWord w : p.posts) {
                for (Ref r : senders(p, w)) {
                    sending.merge(r.country(), weight, Integer::sum);
                }
            }
        }
        // places: the headline's posts, the dateline, capital periphrases, the body's posts, every city named
        if (head != null) {
            postPlaces(head, cities, cityCountry, hosts);
        }
        int[] dl = words.dateline(text);
        if (dl != null) {
            Gazetteer.Entry e = gazetteer.lookup(Capitals.key(text.substring(dl[0], dl[1])));
            if (e != null && e.kind() == Gazetteer.Kind.CITY) {
                addCity(cities, cityCountry, e);
            }
        }
        for (Part p : parts) {
            for (CapitalPhrase c : p.capitals) {
                addCity(cities, cityCountry, c.city);
            }
        }
        postPlaces(body, cities, cityCountry, hosts);
        for (Part p : parts) {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            Map<Long, Gazetteer.Entry> entries = new HashMap<>();
            for (Gazetteer.Match m : p.places) {
                if (m.entry().kind() == Gazetteer.Kind.CITY) {
                    counts.merge(m.entry().id(), 1, Integer::sum);
                    entries.put(m.entry().id(), m.entry());
                } else if (m.entry().kind() == Gazetteer.Kind.COUNTRY
                        && !hosts.contains(m.entry().country())) {
                    hosts.add(m.entry().country());
                }
            }
            counts.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(en -> addCity(cities, cityCountry, entries.get(en.getKey())));
        }
        return new Evidence(sending, cities, cityCountry, hosts);
    }

    private static void addCity(List<Long> cities, Map<Long, String> cityCountry, Gazetteer.Entry e) {
        if (!cities.contains(e.id())) {
            cities.add(e.id());
            cityCountry.put(e.id(), e.country());
        }
    }

    private void postPlaces(Part p, List<Long> cities, Map<Long, String> cityCountry, List<String> hosts) {
        for (PostWord w : p.posts) {
            for (Ref r : w.refs()) {
                if (r.host() && r.cityId() >= 0) {
                    if (!cities.contains(r.cityId())) {
                        cities.add(r.cityId());
                        cityCountry.put(r.cityId(), r.country());
                    }
                } else if (r.host() && !r.sending() && !hosts.contains(r.country())) {
                    hosts.add(r.country());
                }
            }
            CapitalPhrase c = capitalNear(p, w);
            if (c != null) {
                addCity(cities, cityCountry, c.city);
            }
        }
    }

    /** The references of a post word's window that can be its sending state (not the country of a capital phrase). */
    private static List<Ref> senders(Part p, PostWord w) {
        List<Ref> out = new ArrayList<>();
        boolean strong = false;
        for (Ref r : w.refs()) {
            if (r.sending() && r.cityId() < 0 && !inCapitalPhrase(p, r) && (!r.weak() || plausiblyNamed(p.tokens, r))) {
                out.add(r);
                strong |= !r.weak();
            }
        }
        if (strong) {
            out.removeIf(Ref::weak); // a word that only begins like a country's name gives way to a named one
        }
        return out;
    }

    /**
     * Whether a word that only begins like a country's name can be that country: in Latin script a lower-case word
     * ("stormed", "Storbritannien") is an ordinary word; inflected adjectives of other scripts are written in
     * lower case (Russian "rossiyskogo").
     */
    private static boolean plausiblyNamed(Tokens t, Ref r) {
        return t.script(r.from()) != Tokens.LATIN || t.has(r.from(), Tokens.CAPITALISED);
    }

    private static boolean inCapitalPhrase(Part p, Ref r) {
        for (CapitalPhrase c : p.capitals) {
            if (r.from() <= c.to && c.from <= r.to() && r.country().equals(c.country)) {
                return true;
            }
        }
        return false;
    }

    /** A capital phrase in the window of a post word (within five words of it, as the window is). */
    private static CapitalPhrase capitalNear(Part p, PostWord w) {
        CapitalPhrase best = null;
        for (CapitalPhrase c : p.capitals) {
            int d = c.to < w.from() ? w.from() - c.to : c.from > w.to() ? c.from - w.to() : 0;
            if (d <= 6
                    && !crossesSentence(p.tokens, Math.min(c.from, w.from()), Math.max(c.to, w.to()))
                    && (best == null || d < distance(best, w))) {
                best = c;
            }
        }
        return best;
    }

    private static int distance(CapitalPhrase c, PostWord w) {
        return c.to < w.from() ? w.from() - c.to : c.from > w.to() ? c.from - w.to() : 0;
    }

    /** For each post word of a part, the one registry mission the article lets it mean, as a mention of it. */
    private List<Mention> references(Part p, Evidence ev) {
        List<Mention> out = new ArrayList<>();
        for (PostWord w : p.posts) {
            Resolved r = resolve(p, w, ev);
            if (r == null) {
                continue;
            }
            Tokens t = p.tokens;
            int s = t.start(w.from()), e = t.end(w.to());
            out.add(new Mention(
                    r.info.mission.id(),
                    EntityType.MISSION,
                    t.text().substring(s, e),
                    s,
                    e,
                    Math.round(r.confidence * 100) / 100.0));
        }
        return out;
    }

    private record Resolved(Info info, double confidence) {}

    private Resolved resolve(Part p, PostWord w, Evidence ev) {
        // the sending state: the nearest one the window names, else the one the article gives its posts most
        String sender = null;
        double senderFactor = 1;
        int nearest = Integer.MAX_VALUE;
        for (Ref r : senders(p, w)) {
            int d = r.to() < w.from() ? w.from() - r.to() : r.from() - w.to();
            if (d < nearest || d == nearest && !r.weak()) {
                sender = r.country();
                nearest = d;
            }
        }
        if (sender == null) {
            sender = mostGiven(ev.sending);
            senderFactor = FROM_ARTICLE;
        }
        // the place: the window's city or capital periphrasis, else the article's places in their order
        List<Long> cities = new ArrayList<>();
        Map<Long, String> cityCountry = new HashMap<>(ev.cityCountry);
        Ref windowCity = null;
        for (Ref r : w.refs()) {
            if (r.host() && r.cityId() >= 0 && (windowCity == null || distance(r, w) < distance(windowCity, w))) {
                windowCity = r;
            }
        }
        if (windowCity != null) {
            cities.add(windowCity.cityId());
            cityCountry.put(windowCity.cityId(), windowCity.country());
        } else {
            CapitalPhrase c = capitalNear(p, w);
            if (c != null) {
                cities.add(c.city.id());
                cityCountry.put(c.city.id(), c.country);
            }
        }
        int inWindow = cities.size();
        for (Long c : ev.cities) {
            if (!cities.contains(c)) {
                cities.add(c);
            }
        }
        for (int k = 0; k < cities.size(); k++) {
            long city = cities.get(k);
            String host = cityCountry.get(city);
            Resolved r = unique(w.kind(), sender, host, city);
            double placeFactor = k < inWindow ? 1 : FROM_ARTICLE;
            if (r != null) {
                return new Resolved(r.info, IN_WINDOW * senderFactor * placeFactor * r.confidence);
            }
            if (sender == null && fits(w.kind(), null, host, city) > 1) {
                return null; // the place, but not which of its missions
            }
        }
        if (sender == null) {
            return null;
        }
        List<String> hosts = new ArrayList<>();
        for (Ref r : w.refs()) {
            if (r.host() && r.cityId() < 0 && !r.country().equals(sender)) {
                hosts.add(r.country());
            }
        }
        hosts.addAll(ev.hosts);
        for (String h : hosts) {
            Resolved r = unique(w.kind(), sender, h, -1);
            if (r != null) {
                return new Resolved(r.info, HOST_ONLY * senderFactor * r.confidence);
            }
        }
        if (senderFactor == 1) {
            Resolved r = unique(w.kind(), sender, null, -1);
            if (r != null) {
                return new Resolved(r.info, SENDER_ONLY * r.confidence);
            }
        }
        return null;
    }

    private static int distance(Ref r, PostWord w) {
        return r.to() < w.from() ? w.from() - r.to() : r.from() > w.to() ? r.from() - w.to() : 0;
    }

    /** The state given most weight, or null when none is or two share the top. */
    private static String mostGiven(Map<String, Integer> weights) {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The one mission of the best-fitting kind that fits a description (a null part fits anything), or null. */
    private Resolved unique(MissionKind kind, String sender, String host, long city) {
        Info found = null;
        double bestFit = 0;
        int count = 0;
        for (Info info : missions) {
            double fit = fit(info, kind, sender, host, city);
            if (fit > bestFit) {
                found = info;
                bestFit = fit;
                count = 1;
            } else if (fit > 0 && fit == bestFit) {
                count++;
            }
        }
        return count == 1 ? new Resolved(found, bestFit) : null;
    }

    private int fits(MissionKind kind, String sender, String host, long city) {
        int n = 0;
        for (Info info : missions) {
            if (fit(info, kind, sender, host, city) > 0) {
                n++;
            }
        }
        return n;
    }

    private static double fit(Info info, MissionKind kind, String sender, String host, long city) {
        MissionEntry m = info.mission;
        if (sender != null && !sender.equals(m.sendingCountry())
                || host != null && !host.equals(m.hostCountry())
                || city >= 0 && info.cityId != city) {
            return 0;
        }
        return MissionMatcher.kindFit(kind, m.kind());
    }
}
