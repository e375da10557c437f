package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.text.PhoneticKey;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;

/**
 * Finds registry people in a tokenised text. Each word is looked up by its consonant skeleton (and, for inflected
 * words, the skeleton without the case ending); each candidate is scored on the phonetic keys of the surname, then
 * the words around it decide the confidence: a matching given name or initial (before, or after in reversed
 * order), a different given name (a namesake: low), a role word or honorific nearby, or a strong mention of the
 * same person elsewhere in the text. Thread-safe: all state is per call.
 */
public final class PersonMatcher {

    /** Mentions whose score (before calibration) is below this are not reported. */
    static final double FLOOR = 0.1;

    private final NameIndex index;
    private final Titles titles;
    private final FunctionWords functionWords;
    private final Surnames surnames;
    private final NameWords words;
    private final CommonWords commonWords;

    /**
     * A word this frequent (per million words of its language's corpus, written in lower case) is an ordinary word:
     * as a surname alone it needs stronger evidence; a given name this frequent is no evidence.
     */
    static final double ORDINARY_WORD = 50;

    static final double ORDINARY_GIVEN_WORD = 2000;
    /** What an ordinary word's confidence is multiplied by without stronger evidence: below the reporting level. */
    static final double ORDINARY_FACTOR = 0.45;

    private final MentionCalibration calibration;

    /**
     * A matcher with the words (titles, function words, surname endings) the index was built with, its confidences
     * calibrated by the shipped map ({@link MentionCalibration#shared()}).
     */
    public PersonMatcher(NameIndex index) {
        this(index, MentionCalibration.shared());
    }

    /** The same with another calibration ({@link MentionCalibration#NONE}: the matcher's own scores). */
    public PersonMatcher(NameIndex index, MentionCalibration calibration) {
        this.index = index;
        this.calibration = calibration;
        this.words = index.words();
        this.titles = words.titles;
        this.functionWords = words.functionWords;
        this.surnames = words.surnames;
        this.commonWords = words.commonWords;
    }

    private enum Given {
        MATCH,
        INITIAL,
        MISMATCH,
        NONE
    }

    private record Candidate(
            PersonEntry person,
            int from,
            int to,
            double q,
            Given given,
            double givenScore,
            boolean roleFits,
            boolean titled,
            boolean lowerCase,
            boolean ordinary) {}

    public List<Mention> find(Tokens t) {
        return find(t, null);
    }

    /**
     * The same, and for each mention read from the text's words (the account mentions that follow them have none)
     * the evidence it was scored on, added to {@code evidence} (for fitting the calibration).
     */
    List<Mention> find(Tokens t, List<MentionCalibration.Evidence> evidence) {
        List<Candidate> raw = new ArrayList<>();
        boolean anyCapital = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.has(i, Tokens.CAPITALISED)) {
                anyCapital = true;
                break;
            }
        }
        // a word's surname qualities against its skeleton bucket do not depend on where it stands: reuse them
        Map<String, Readings> memo = new HashMap<>();
        Map<PersonEntry, Candidate> best = new java.util.IdentityHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            byte script = t.script(i);
            if (script == Tokens.DIGITS || script == Tokens.OTHER && t.fold(i).isEmpty() || t.has(i, Tokens.HANDLE)) {
                continue; // a handle is an account, matched by accounts(), not a name in the text
            }
            // Arabic writes few vowels and ain has no key letter: Omar counts its three letters, fi and min are too
            // short
            int min = script == Tokens.ARABIC ? 2 : 3;
            if (t.fold(i).length() < min || script == Tokens.ARABIC && t.end(i) - t.start(i) < 3) {
                continue;
            }
            String d = t.pkey(i);
            if (d.length() < min) {
                continue;
            }
            List<Candidate> here = new ArrayList<>(2);
            Readings readings = cachedReadings(d, script, memo);
            for (int b = 0; b < readings.names.length; b++) {
                Candidate c = candidate(t, i, readings.names[b], anyCapital, readings.qualities[b]);
                if (c != null) {
                    here.add(c);
                }
            }
            if (script == Tokens.LATIN && t.has(i, Tokens.CAPITALISED) && !here.isEmpty() && !hasExactReading(here)) {
                // a Japanese name has its Russian reading even when its letters also spell some other name
                Readings jp = japaneseCache.get(t.fold(i));
                if (jp == null) {
                    String reading = LatinReadings.japanese(t.fold(i));
                    jp = reading == null ? NO_READINGS : readingsOf(reading);
                    if (japaneseCache.size() < CACHE_LIMIT) {
                        japaneseCache.put(t.fold(i), jp);
                    }
                }
                for (int b = 0; b < jp.names.length; b++) {
                    Candidate c = candidate(t, i, jp.names[b], anyCapital, jp.qualities[b]);
                    if (c != null) {
                        here.add(c);
                    }
                }
            }
            if (script == Tokens.LATIN && (here.isEmpty() || t.has(i, Tokens.CAPITALISED) && !hasExactReading(here))) {
                // other readings of Latin letters: GOST 7.79 x for kha ("Erxov"), j as dzh or zh, c as ts, w as u
                Readings alt = altCache.get(t.fold(i));
                if (alt == null) {
                    alt = alternativeReadings(t.fold(i));
                    if (altCache.size() < CACHE_LIMIT) {
                        altCache.put(t.fold(i), alt);
                    }
                }
                for (int b = 0; b < alt.names.length; b++) {
                    Candidate c = candidate(t, i, alt.names[b], anyCapital, alt.qualities[b]);
                    if (c != null) {
                        here.add(c);
                    }
                }
            }
            if (here.isEmpty()
                    && (script == Tokens.LATIN || script == Tokens.CYRILLIC || script == Tokens.ARABIC)
                    && (script == Tokens.ARABIC || t.has(i, Tokens.CAPITALISED))) {
                Readings edits = oneEditCache.get(d);
                if (edits == null) {
                    edits = oneEditReadings(d, script);
                    if (oneEditCache.size() < CACHE_LIMIT) {
                        oneEditCache.put(d, edits);
                    }
                }
                for (int b = 0; b < edits.names.length; b++) {
                    Candidate c = candidate(t, i, edits.names[b], anyCapital, edits.qualities[b]);
                    if (c != null) {
                        here.add(c);
                    }
                }
            }
            if (here.isEmpty()
                    && i > 0
                    && t.end(i - 1) - t.start(i - 1) <= 2
                    && t.start(i) - t.end(i - 1) == 1
                    && isApostrophe(t.text().charAt(t.end(i - 1)))
                    && t.script(i - 1) == script) {
                // an elided prefix written apart: "O'Brien", "D'Hondt", a Russian "O'Kifi" are one name
                String joined = PhoneticKey.of(t.fold(i - 1) + t.fold(i), false);
                Readings r = cachedReadings(joined, script, memo);
                // the prefix carries the capital (O'donnell): the word is then not a lower-case word
                boolean capital = anyCapital && !t.has(i - 1, Tokens.CAPITALISED);
                for (int b = 0; b < r.names.length; b++) {
                    Candidate c = candidate(t, i, r.names[b], capital, 0.95 * r.qualities[b]);
                    if (c != null) {
                        here.add(new Candidate(
                                c.person,
                                i - 1,
                                c.to,
                                c.q,
                                c.given,
                                c.givenScore,
                                c.roleFits,
                                c.titled,
                                c.lowerCase,
                                c.ordinary));
                    }
                }
            }
            if (here.isEmpty()
                    && i + 1 < t.size()
                    && t.has(i, Tokens.CAPITALISED)
                    && t.end(i + 1) - t.start(i + 1) <= 3
                    && t.start(i + 1) - t.end(i) == 1
                    && t.script(i + 1) == script
                    && script != Tokens.ARABIC) {
                // a surname broken in two by a stray space or a bad line break: "Pesk Ov"
                String joined = PhoneticKey.of(t.fold(i) + t.fold(i + 1), false);
                for (PersonName n : index.bySkeleton(PhoneticKey.skeleton(joined))) {
                    double q = surnames.quality(joined, n.anchor(), false);
                    if (q >= 0.95) {
                        Candidate c = candidate(t, i, n, anyCapital, 0.8 * q);
                        if (c != null) {
                            here.add(new Candidate(
                                    c.person,
                                    c.from,
                                    i + 1,
                                    c.q,
                                    c.given,
                                    c.givenScore,
                                    c.roleFits,
                                    c.titled,
                                    c.lowerCase,
                                    c.ordinary));
                        }
                    }
                }
            }
            // keep each person's best reading of this word
            if (here.size() == 1) {
                raw.add(here.get(0));
            } else if (!here.isEmpty()) {
                best.clear();
                for (Candidate c : here) {
                    best.merge(c.person, c, (a, b) -> rank(b) > rank(a) ? b : a);
                }
                for (Candidate c : here) {
                    if (best.get(c.person) == c) {
                        raw.add(c);
                        best.remove(c.person);
                    }
                }
            }
        }
        Object[] cache = titleCache.get();
        cache[0] = null;
        cache[1] = null;
        cache[2] = null;
        if (raw.isEmpty()) {
            return accounts(t, new ArrayList<>());
        }
        Set<PersonEntry> strong = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : raw) {
            if (c.given == Given.MATCH && c.q >= 0.85 && !c.ordinary) {
                strong.add(c.person);
            }
        }
        List<Mention> out = new ArrayList<>();
        // a word read as part of someone's full name is not also another person's surname on its own: in "Ambassador
        // Sakichi Inzaghi" the given name does not name a registry Sakichi
        List<Candidate> full = null;
        for (Candidate c : raw) {
            if (c.given == Given.MATCH && c.q >= 0.85 && !c.ordinary) {
                if (full == null) {
                    full = new ArrayList<>(2);
                }
                full.add(c);
            }
        }
        List<Candidate> fullNames = full;
        raw.removeIf(c -> !plausible(c, strong.contains(c.person)) || insideFullName(c, fullNames));
        // group by the anchor word: several people may share a surname, and then each is less certain
        for (int a = 0; a < raw.size(); ) {
            int b = a;
            while (b < raw.size() && raw.get(b).to == raw.get(a).to) {
                b++;
            }
            List<Candidate> group = raw.subList(a, b);
            double[] conf = new double[group.size()];
            for (int k = 0; k < conf.length; k++) {
                conf[k] = confidence(group.get(k), strong.contains(group.get(k).person));
            }
            Integer[] order = new Integer[conf.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(conf[y], conf[x]));
            for (int r = 0; r < Math.min(MAX_PER_WORD, order.length); r++) {
                Candidate c = group.get(order[r]);
                double v = conf[order[r]];
                int rivals = 0;
                for (int k = 0; k < conf.length; k++) {
                    if (k != order[r] && group.get(k).person != c.person && conf[k] >= v - RIVAL_WINDOW) {
                        rivals++;
                    }
                }
                if (rivals > 0) {
                    v *= RIVAL_FACTOR;
                }
                if (v >= FLOOR) {
                    // the score decides what is reported; the confidence is how often a mention so scored is right
                    int s = t.start(c.from), e = t.end(c.to);
                    MentionCalibration.Evidence kind = rivals > 0 ? MentionCalibration.Evidence.RIVALS : evidence(c);
                    double confidence = calibration.apply(t.script(c.from), kind, round(v));
                    if (evidence != null) {
                        evidence.add(kind);
                    }
                    out.add(new Mention(
                            c.person.id(), EntityType.PERSON, t.text().substring(s, e), s, e, round(confidence)));
                }
            }
            a = b;
        }
        return accounts(t, out);
    }

    private static MentionCalibration.Evidence evidence(Candidate c) {
        return switch (c.given) {
            case MATCH, INITIAL -> MentionCalibration.Evidence.FULL;
            case MISMATCH -> MentionCalibration.Evidence.NAMESAKE;
            case NONE -> MentionCalibration.Evidence.SURNAME;
        };
    }

    /** Whether a reading of a word alone lies within another person's full name (a word of it, not the whole). */
    private static boolean insideFullName(Candidate c, List<Candidate> fullNames) {
        if (fullNames == null || c.given != Given.NONE) {
            return false;
        }
        for (Candidate f : fullNames) {
            if (f.person != c.person && f.from <= c.from && c.to <= f.to && (f.from < c.from || c.to < f.to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** At most this many people are reported for one word (a common surname shared by many registry people). */
    static final int MAX_PER_WORD = 5;

    /** Readings of one word this close in confidence are rivals: each is then less certain. */
    static final double RIVAL_WINDOW = 0.03;

    /**
     * What a reading with rivals is multiplied by: the word is one of several registry people's names, so a surname
     * alone, even with a title, stays below the reporting level (the confidence scale's "low").
     */
    static final double RIVAL_FACTOR = 0.7;

    /** The registry surnames a word can spell, with how well: the same for every occurrence of the word. */
    private record Readings(PersonName[] names, double[] qualities) {

        static Readings of(List<PersonName> names, List<Double> qualities) {
            if (names.isEmpty()) {
                return NO_READINGS;
            }
            double[] q = new double[qualities.size()];
            for (int k = 0; k < q.length; k++) {
                q[k] = qualities.get(k);
            }
            return new Readings(names.toArray(PersonName[]::new), q);
        }
    }

    private static final Readings NO_READINGS = new Readings(new PersonName[0], new double[0]);

    /** Readings of frequent words, shared by all documents and threads (bounded: a cache, not a vocabulary). */
    private final Map<String, Readings> latinCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Readings> arabicCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private final Map<String, Readings> altCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Readings> japaneseCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Readings> oneEditCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean hasExactReading(List<Candidate> here) {
        for (Candidate c : here) {
            if (c.q >= 0.95) {
                return true;
            }
        }
        return false;
    }

    /** The names one alternative spelling of a Latin word reads as (at 0.95 of its quality). */
    private Readings readingsOf(String spelling) {
        String key = PhoneticKey.of(spelling, false);
        List<PersonName> names = new ArrayList<>();
        List<Double> qs = new ArrayList<>();
        for (PersonName n : index.bySkeleton(PhoneticKey.skeleton(key))) {
            double q = surnames.quality(key, n.anchor(), n.arabicScript());
            if (q > 0) {
                names.add(n);
                qs.add(0.95 * q);
            }
        }
        return Readings.of(names, qs);
    }

    /**
     * Readings of a Latin word under the other values of its letters (j as dzh or zh, c as ts, w as u, x as kh,
     * al- as the Arabic article), all of them: each person once, at the best of their readings.
     */
    private Readings alternativeReadings(String fold) {
        List<String> alts = words.latinReadings.of(fold);
        if (fold.indexOf('x') > 0) {
            alts.add(fold.replace("x", "kh"));
        }
        Map<PersonEntry, Integer> at = new java.util.IdentityHashMap<>();
        List<PersonName> names = new ArrayList<>();
        List<Double> qs = new ArrayList<>();
        for (String a : alts) {
            // "Alharby" read as "al Harby": the surname is the word after the article
            String key = PhoneticKey.of(a.substring(a.lastIndexOf(' ') + 1), false);
            for (PersonName n : index.bySkeleton(PhoneticKey.skeleton(key))) {
                double q = 0.95 * surnames.quality(key, n.anchor(), n.arabicScript());
                if (q <= 0) {
                    continue;
                }
                Integer k = at.get(n.person());
                if (k == null) {
                    at.put(n.person(), names.size());
                    names.add(n);
                    qs.add(q);
                } else if (q > qs.get(k)) {
                    names.set(k, n);
                    qs.set(k, q);
                }
            }
        }
        return Readings.of(names, qs);
    }

    private Readings cachedReadings(String d, byte script, Map<String, Readings> perText) {
        Map<String, Readings> cache = script == Tokens.ARABIC ? arabicCache : latinCache;
        Readings r = cache.get(d);
        if (r == null) {
            r = perText.get(d);
        }
        if (r == null) {
            r = readings(d, script);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(d, r);
            } else {
                perText.put(d, r); // the shared cache is full: still compute each word once per text
            }
        }
        return r;
    }

    private Readings readings(String d, byte script) {
        List<PersonName> names = new ArrayList<>();
        List<Double> qs = new ArrayList<>();
        boolean arabic = script == Tokens.ARABIC;
        java.util.function.Consumer<PersonName[]> add = bucket -> {
            for (PersonName n : bucket) {
                double q = arabic != n.arabicScript()
                        ? surnames.arabicLatinQuality(d, n.anchor(), arabic)
                        : surnames.quality(d, n.anchor(), arabic);
                if (q > 0) {
                    names.add(n);
                    qs.add(q);
                }
            }
        };
        add.accept(index.bySkeleton(PhoneticKey.skeleton(d)));
        if (!arabic) {
            for (String e : surnames.consonantEndings) {
                if (d.length() - e.length() >= 3 && d.endsWith(e)) {
                    add.accept(index.bySkeleton(PhoneticKey.skeleton(d.substring(0, d.length() - e.length()))));
                }
            }
            if (surnames.suffixClass(d) != null) {
                add.accept(index.byStem(PhoneticKey.skeleton(surnames.stem(d))));
            }
        } else if (d.length() > 3) {
            add.accept(index.bySkeleton(PhoneticKey.skeleton(d.substring(1))));
        }
        if (arabic
                && names.isEmpty()
                && d.length() > 3
                && d.charAt(d.length() - 1) == 'H'
                && !PhoneticKey.skeleton(d).endsWith("HH")) {
            // a final heh writes the final vowel of a foreign name (Lwbh Laube, Kafyh Café, Trbyh Tarabay)
            String bare = d.substring(0, d.length() - 1);
            for (PersonName n : index.bySkeleton(PhoneticKey.skeleton(bare))) {
                if (!n.arabicScript()) {
                    double q = surnames.arabicLatinQuality(d, n.anchor(), true);
                    if (q > 0) {
                        names.add(n);
                        qs.add(q);
                    }
                }
            }
        }
        return Readings.of(names, qs);
    }

    /**
     * Names the word spells by sound in another script, one learned consonant edit away (Russian Kale for
     * Kahle, Kurakiti for Kurakichi): tried only when no name shares the word's skeleton.
     */
    private Readings oneEditReadings(String d, byte script) {
        List<PersonName> names = new ArrayList<>();
        List<Double> qs = new ArrayList<>();
        Set<PersonName> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        index.oneEditAway(PhoneticKey.skeleton(d), bucket -> {
            for (PersonName n : bucket) {
                if (!seen.add(n)) {
                    continue;
                }
                double q = 0;
                if (script == Tokens.LATIN && n.script() == Tokens.CYRILLIC) {
                    q = SpellingEdits.quality(d, n.anchor(), SpellingEdits.CYRILLIC);
                } else if (script == Tokens.LATIN && n.script() == Tokens.ARABIC) {
                    q = SpellingEdits.quality(d, n.anchor(), SpellingEdits.ARABIC);
                } else if (n.script() == Tokens.LATIN && script == Tokens.CYRILLIC) {
                    q = SpellingEdits.quality(n.anchor(), d, SpellingEdits.CYRILLIC);
                } else if (n.script() == Tokens.LATIN && script == Tokens.ARABIC) {
                    q = SpellingEdits.quality(n.anchor(), d, SpellingEdits.ARABIC);
                }
                if (q > 0) {
                    names.add(n);
                    qs.add(q);
                }
            }
        });
        return Readings.of(names, qs);
    }

    private static double rank(Candidate c) {
        return c.q + (c.given == Given.MATCH ? 1 : c.given == Given.INITIAL ? 0.5 : 0);
    }

    private static double round(double v) {
        return Math.round(Math.min(0.99, v) * 100) / 100.0;
    }

    /**
     * Whether a reading is worth reporting at all: a near spelling (not the same key) needs support, a given name
     * or a title or another mention, and a lower-case word in a text that has capitals must spell the name exactly.
     */
    private static boolean plausible(Candidate c, boolean strongElsewhere) {
        if (c.lowerCase && c.q < 0.95) {
            return false;
        }
        if (c.given == Given.NONE && c.q < 0.95 && !c.titled && !strongElsewhere) {
            return false;
        }
        return c.given != Given.MISMATCH || c.q >= 0.85 || c.q <= 0.3 && strongElsewhere;
    }

    private static double confidence(Candidate c, boolean strongElsewhere) {
        double base = switch (c.given) {
            case MATCH -> 0.9 + 0.1 * c.givenScore;
            case INITIAL -> 0.92;
            case NONE ->
                c.roleFits || strongElsewhere ? (c.roleFits && strongElsewhere ? 0.92 : 0.85) : c.titled ? 0.75 : 0.55;
            case MISMATCH -> c.roleFits && strongElsewhere ? 0.65 : c.roleFits || strongElsewhere ? 0.45 : 0.3;
        };
        double conf = base * c.q;
        if (c.ordinary && !strongElsewhere) {
            conf *= ORDINARY_FACTOR;
        }
        if (c.lowerCase) {
            conf *= 0.9;
        }
        return conf;
    }

    private Candidate candidate(Tokens t, int i, PersonName n, boolean anyCapital, double q) {
        byte script = t.script(i);
        boolean casedWord = script == Tokens.LATIN || script == Tokens.CYRILLIC || script == Tokens.GREEK;
        if (q < 0.95 && casedWord && anyCapital && !t.has(i, Tokens.CAPITALISED)) {
            return null; // a lower-case word in a text with capitals must spell the name exactly (see plausible)
        }
        // al-kharij is "abroad": a word with the Arabic article is a surname when the registry writes it so, or, for a
        // name the registry writes in another script (al-Dajani for Dajani), after the person's first name or a title
        boolean articleWord = t.has(i, Tokens.ARABIC_ARTICLE) && !n.articled();
        if (q <= 0 || articleWord && n.arabicScript()) {
            return null;
        }
        // the surname's other words (particles, double-barrelled names) precede the anchor
        int from = i;
        String[] sur = n.surname();
        for (int k = sur.length - 2; k >= 0; k--) {
            if (k == 0 && sur.length == 2 && words.isArticle(sur[0]) && t.has(i, Tokens.ARABIC_ARTICLE)) {
                break; // the article is written on the word itself: albutairi for al-Butairi
            }
            int j = from - 1;
            if (j < 0 || t.sentenceBetween(j, from) || PhoneticKey.distance(t.pkey(j), sur[k]) > 0.5) {
                return null;
            }
            from = j;
        }
        int to = i;
        Given given = Given.NONE;
        double givenScore = 0;
        // given name before the surname, skipping a patronymic
        int j = from - 1;
        boolean patronymic = false;
        if (j >= 0
                && surnames.isPatronymic(t.pkey(j))
                && !t.has(from, Tokens.PUNCT_BEFORE)
                && !t.has(from, Tokens.SENTENCE_BEFORE)) {
            j--;
            patronymic = true;
        }
        if (j >= 0 && !t.sentenceBetween(j, from) && !t.has(j + 1, Tokens.PUNCT_BEFORE)
                || patronymic && (j < 0 || t.sentenceBetween(j, from) || t.has(j + 1, Tokens.PUNCT_BEFORE))) {
            double g = j >= 0 && !t.sentenceBetween(j, from) && !t.has(j + 1, Tokens.PUNCT_BEFORE)
                    ? givenMatch(t, j, n)
                    : 0;
            if (patronymic && g <= 0) {
                // no given name before it: the -ovich/-ić word is not a patronymic but the first name of a namesake
                // ("Gavrilovich Brood", a South Slavic surname used as a first name), or another word
                j = from - 1;
                g = givenMatch(t, j, n);
            }
            if (g > 0) {
                given = g >= 2 ? Given.INITIAL : Given.MATCH;
                givenScore = g >= 2 ? 1 : g;
                from = j;
            } else if (g < 0) {
                given = Given.MISMATCH;
                from = j;
            }
        }
        if (given == Given.NONE && i + 1 < t.size() && !t.has(i + 1, Tokens.SENTENCE_BEFORE)) {
            // reversed order: "Yerkhov Alexei", "YERKHOV, Alexei"
            double g = givenMatch(t, i + 1, n);
            if (g > 0) {
                given = g >= 2 ? Given.INITIAL : Given.MATCH;
                givenScore = g >= 2 ? 1 : g;
                to = i + 1;
            }
        }
        boolean roleFits = false, titled = false;
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            if (t.has(k + 1, Tokens.SENTENCE_BEFORE)) {
                break;
            }
            Set<PersonRole> roles = titles(t, k);
            if (roles != null) {
                titled = true;
                roleFits |= roles.contains(n.person().role());
            } else if (!casedWord && !connective(t, k)) {
                // without capitals nothing marks the words between a title and a name as part of the name: only
                // place and nationality words and grammar words ("the ambassador of Russia in Turkey") may stand there
                break;
            }
        }
        if (to + 1 < t.size() && t.has(to + 1, Tokens.PUNCT_BEFORE)) {
            for (int k = to + 1; k < Math.min(t.size(), to + 5); k++) {
                if (k > to + 1 && t.has(k, Tokens.SENTENCE_BEFORE)) {
                    break;
                }
                Set<PersonRole> roles = titles(t, k);
                if (roles != null) {
                    titled = true;
                    roleFits |= roles.contains(n.person().role());
                }
            }
        }
        if (articleWord && given != Given.MATCH && !titled) {
            return null; // "the ambassador al-Dajani" or "Omar al-Dajani", not "al-kharij" alone
        }
        boolean cased = t.script(i) == Tokens.LATIN || t.script(i) == Tokens.CYRILLIC || t.script(i) == Tokens.GREEK;
        boolean lower = cased && anyCapital && !t.has(i, Tokens.CAPITALISED);
        // a surname that is also a frequent ordinary word of the text's script ("Said", "Jamil", "Rose") is not the
        // person on its own: it needs the full name, a title or an earlier mention; a "given name" that is itself a
        // very frequent word (a vocative, an article) is no full name, nor, without capitals to mark names, are two
        // ordinary words together; a title counts when it stands next to the name
        boolean ordinary = commonWords.perMillion(t, i) >= ORDINARY_WORD
                && (given == Given.NONE
                        || given == Given.MATCH
                                && from < i
                                && commonWords.perMillion(t, from) >= (casedWord ? ORDINARY_GIVEN_WORD : ORDINARY_WORD))
                && !(from > 0 && !t.has(from, Tokens.SENTENCE_BEFORE) && titles(t, from - 1) != null)
                && !(to + 1 < t.size() && t.has(to + 1, Tokens.PUNCT_BEFORE) && titles(t, to + 1) != null);
        return new Candidate(n.person(), from, to, q, given, givenScore, roleFits, titled, lower, ordinary);
    }

    /**
     * Whether word k may stand between a title and the name it belongs to in a script without capitals: a place or
     * nationality word, a function word, or a word as frequent as grammar words are (the language's corpus says so).
     */
    private boolean connective(Tokens t, int k) {
        String w = t.pkey(k);
        return index.isPlaceOrNationality(w)
                || functionWords.is(w)
                || commonWords.perMillion(t, k) >= ORDINARY_GIVEN_WORD;
    }

    /**
     * Whether word j reads as someone's first name: a registry given name, or a capitalised word that is not a
     * title, a function word, a place or a nationality ("Pavel" in "Pavel Lavrov": a namesake). Once per text.
     */
    private boolean otherFirstName(Tokens t, int j) {
        byte[] at = (byte[]) cacheFor(t)[2];
        if (at[j] == 0) {
            String w = t.pkey(j);
            boolean cased = t.script(j) == Tokens.LATIN || t.script(j) == Tokens.CYRILLIC;
            boolean yes = !t.has(j, Tokens.ARABIC_ARTICLE) && index.isGivenName(w)
                    || !t.has(j, Tokens.ARABIC_ARTICLE)
                            && (t.script(j) == Tokens.ARABIC || cased && t.has(j, Tokens.CAPITALISED))
                            && w.length() >= 3
                            && index.isGivenNameSkeleton(t.ckey(j))
                            && !functionWords.is(w)
                    || cased
                            && t.has(j, Tokens.CAPITALISED)
                            && !t.has(j, Tokens.ALL_CAPS)
                            && w.length() >= 3
                            && titles.of(w) == null
                            && !functionWords.is(w)
                            && !index.isPlaceOrNationality(w)
                    // Arabic has no capitals, but a word between a title and the surname, without the article
                    // that adjectives carry (the ambassador al-Rusi), is a first name: "the ambassador Khalid X" is not
                    // X
                    || t.script(j) == Tokens.ARABIC
                            && !t.has(j, Tokens.ARABIC_ARTICLE)
                            && j > 0
                            && !t.has(j, Tokens.SENTENCE_BEFORE)
                            && !t.has(j, Tokens.PUNCT_BEFORE)
                            && titles(t, j - 1) != null
                            && titles.of(w) == null
                            && !functionWords.is(w)
                            && !index.isPlaceOrNationality(w);
            at[j] = yes ? (byte) 1 : (byte) 2;
        }
        return at[j] == 1;
    }

    /** Per-text memo of facts about words that every candidate near them asks about. */
    private Object[] cacheFor(Tokens t) {
        Object[] cache = titleCache.get();
        if (cache[0] != t) {
            cache[0] = t;
            cache[1] = new Object[t.size()];
            cache[2] = new byte[t.size()];
        }
        return cache;
    }

    /** Titles.of for word k, looked up once per text (the same words are examined for every candidate). */
    private final ThreadLocal<Object[]> titleCache = ThreadLocal.withInitial(() -> new Object[3]);

    @SuppressWarnings("unchecked")
    private Set<PersonRole> titles(Tokens t, int k) {
        Object[] at = (Object[]) cacheFor(t)[1];
        Object v = at[k];
        if (v == null) {
            Set<PersonRole> roles = titles.of(t.pkey(k));
            v = roles == null ? Boolean.FALSE : roles;
            at[k] = v;
        }
        return v == Boolean.FALSE ? null : (Set<PersonRole>) v;
    }

    /**
     * How word j reads as this person's given name: a score in (0, 1] for a match, 2 for a matching initial, -1 for
     * a different given name (a namesake), 0 when the word is not a given name at all.
     */
    private double givenMatch(Tokens t, int j, PersonName n) {
        if (n.given().length == 0) {
            return 0;
        }
        String w = t.pkey(j);
        String f = t.fold(j);
        if (w.isEmpty() || t.has(j, Tokens.ARABIC_ARTICLE)) {
            return 0; // a word with the Arabic article is not a first name
        }
        boolean initial = t.end(j) - t.start(j) == 1
                && Character.isLetter(t.text().charAt(t.start(j)))
                && Character.isUpperCase(t.text().charAt(t.start(j)));
        if (initial && titles.of(w) == null) {
            for (String g : n.given()) {
                if (!g.isEmpty() && initialOf(g) == initialOf(w)) {
                    return 2;
                }
            }
            return -1;
        }
        boolean arabic = t.script(j) == Tokens.ARABIC || n.arabicScript();
        double best = 0;
        for (int k = 0; k < n.given().length; k++) {
            String g = n.given()[k];
            if (arabic) {
                String wk = PhoneticKey.skeleton(w);
                if (wk.equals(n.givenSkeletons()[k])) {
                    best = Math.max(best, 0.9);
                } else if (t.script(j) == Tokens.ARABIC
                        && !n.arabicScript()
                        && wk.length() > 1
                        && wk.endsWith("H")
                        && wk.substring(0, wk.length() - 1).equals(n.givenSkeletons()[k])) {
                    best = Math.max(best, 0.85); // the final heh of a foreign given name: Ibwyh Éboué
                } else if (t.script(j) != Tokens.ARABIC || !n.arabicScript()) {
                    // one script Arabic, the other not: the given name may be spelled by sound, as surnames are
                    boolean wordArabic = t.script(j) == Tokens.ARABIC;
                    String latin = wordArabic ? g : w, other = wordArabic ? w : g;
                    if (latin.length() >= 3
                            && other.length() >= 2
                            && SpellingEdits.quality(latin, other, SpellingEdits.ARABIC) > 0) {
                        best = Math.max(best, 0.8);
                    }
                }
                continue;
            }
            if (w.equals(g)) {
                return 1;
            }
            char w0 = w.charAt(0), g0 = g.charAt(0);
            if (w0 != g0 && !isVowelKey(w0) && !isVowelKey(g0) && !PhoneticKey.similarLetters(w0, g0)) {
                continue; // different first consonant: not a spelling of this given name
            }
            double limit = Math.min(1.0, g.length() / 5.0);
            double d = PhoneticKey.distance(w, g, 1.0);
            if (d <= limit) {
                best = Math.max(best, 1 - d / 3);
            } else {
                // inflected given name: "Alekseya", "Alexeia"
                for (String e : surnames.endings) {
                    if (w.length() - e.length() >= 3
                            && w.endsWith(e)
                            && PhoneticKey.distance(w.substring(0, w.length() - e.length()), g, 1.0)
                                    <= Math.min(0.7, limit)) {
                        best = Math.max(best, 0.9);
                    }
                }
            }
        }
        if (best > 0) {
            return best;
        }
        return otherFirstName(t, j) ? -1 : 0;
    }

    private static boolean isVowelKey(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char initialOf(String key) {
        char c = Character.toLowerCase(key.charAt(0));
        // the phonetic key writes the glide of Ye-/Ya-/Yu- as i and sounds such as kh, sh as one capital letter
        return switch (c) {
            case 'h' -> 'h';
            default -> c;
        };
    }

    /** Mentions of a person by one of their accounts: "@RusEmbTurkey". */
    private List<Mention> accounts(Tokens t, List<Mention> out) {
        if (!index.hasAccounts()) {
            return out;
        }
        String text = t.text();
        int n = text.length();
        for (int i = text.indexOf('@'); i >= 0 && i < n; i = text.indexOf('@', i + 1)) {
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            if (j > i + 1) {
                PersonEntry p = index.account(text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT));
                if (p != null) {
                    out.add(new Mention(p.id(), EntityType.PERSON, text.substring(i, j), i, j, 0.9));
                }
            }
        }
        return out;
    }
}
