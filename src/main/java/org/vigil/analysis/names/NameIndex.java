package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.text.PhoneticKey;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * The registry's people as a hash index on the consonant skeleton of their surnames (and of the surnames' stems,
 * to catch similar but different surnames and give them a low confidence). Built once per registry; immutable and
 * so safe to share between threads.
 */
public final class NameIndex {

    private static final PersonName[] NONE = new PersonName[0];

    private final Map<String, PersonName[]> bySkeleton = new HashMap<>();
    private final Map<String, PersonName[]> byStem = new HashMap<>();
    /** Each surname under its skeleton with one letter left out, to find spellings one edit away. */
    private final Map<String, PersonName[]> byDeletion = new HashMap<>();

    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> givenSkeletons = new HashSet<>();
    private final Map<String, PersonEntry> accounts = new HashMap<>();

    private final java.util.function.Predicate<String> placeWords;
    private final NameWords words;

    public NameIndex(RegistryFile registry) {
        this(registry, key -> false);
    }

    public NameIndex(RegistryFile registry, java.util.function.Predicate<String> placeWords) {
        this(registry, placeWords, NameWords.shared());
    }

    /**
     * @param placeWords whether a phonetic key is a place or a nationality word (so that "Russian Lavrov" is not
     *     read as a namesake called Russian)
     * @param words the language folders' titles, particles and surname endings
     */
    public NameIndex(RegistryFile registry, java.util.function.Predicate<String> placeWords, NameWords words) {
        this.placeWords = placeWords;
        this.words = words;
        Map<String, List<PersonName>> sk = new HashMap<>();
        Map<String, List<PersonName>> st = new HashMap<>();
        Map<String, List<PersonName>> del = new HashMap<>();
        for (PersonEntry p : registry.people()) {
            List<String> forms = new ArrayList<>();
            forms.add(p.name());
            forms.addAll(p.aliases());
            for (String f : List.copyOf(forms)) {
                String joined = joinElided(f);
                if (joined != null) {
                    forms.add(joined);
                }
            }
            for (String f : List.copyOf(forms)) {
                forms.addAll(words.latinReadings.of(f));
            }
            Set<String> seen = new HashSet<>();
            for (String form : forms) {
                PersonName n = parse(p, form);
                if (n == null || !seen.add(String.join(" ", n.given()) + "|" + String.join(" ", n.surname()))) {
                    continue;
                }
                sk.computeIfAbsent(n.anchorSkeleton(), k -> new ArrayList<>()).add(n);
                // "ch" is sh in French and in Arabic spellings of French names, and sh is how others write it
                String anchor = n.anchor();
                for (String variant : new String[] {anchor.replace('C', 'S'), anchor.replace('S', 'C')}) {
                    String vk = PhoneticKey.skeleton(variant);
                    if (!variant.equals(anchor) && !vk.equals(n.anchorSkeleton())) {
                        List<PersonName> bucket = sk.computeIfAbsent(vk, k -> new ArrayList<>());
                        if (!bucket.contains(n)) {
                            bucket.add(n);
                        }
                    }
                }
                String ask = n.anchorSkeleton();
                if (ask.length() >= MIN_EDIT_SKELETON && n.script() != Tokens.OTHER) {
                    for (int k = 0; k < ask.length(); k++) {
                        List<PersonName> bucket =
                                del.computeIfAbsent(ask.substring(0, k) + ask.substring(k + 1), x -> new ArrayList<>());
                        // the same name deleted at two places gives the same key: skip the repeat (the last added)
                        if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != n) {
                            bucket.add(n);
                        }
                    }
                }
                if (n.arabicScript() && n.anchor().length() > 3 && n.anchor().endsWith("H")) {
                    // an Arabic Lwbh is also read as Laube: the final heh may write a vowel
                    String bare = PhoneticKey.skeleton(
                            n.anchor().substring(0, n.anchor().length() - 1));
                    if (!bare.isEmpty() && !bare.equals(n.anchorSkeleton())) {
                        List<PersonName> bucket = sk.computeIfAbsent(bare, k -> new ArrayList<>());
                        if (!bucket.contains(n)) {
                            bucket.add(n);
                        }
                    }
                }
                if (words.surnames.suffixClass(n.anchor()) != null) {
                    String stem = PhoneticKey.skeleton(words.surnames.stem(n.anchor()));
                    if (stem.length() >= 2) {
                        st.computeIfAbsent(stem, k -> new ArrayList<>()).add(n);
                    }
                }
                for (String g : n.given()) {
                    givenNames.add(g);
                    String gs = PhoneticKey.skeleton(g);
                    if (gs.length() >= 2) {
                        givenSkeletons.add(gs);
                    }
                }
            }
            for (String a : p.accounts()) {
                accounts.put(handle(a), p);
            }
        }
        sk.forEach((k, v) -> bySkeleton.put(k, v.toArray(NONE)));
        st.forEach((k, v) -> byStem.put(k, v.toArray(NONE)));
        del.forEach((k, v) -> byDeletion.put(k, v.toArray(NONE)));
    }

    /**
     * The name with an elided prefix joined to its word, as other scripts write it: O'Brien is Awbrayn in Arabic and
     * O'Brayen or Obrayen in Russian, D'Hondt Hwndt or Dkhondt; null when there is none. A prefix of one or two letters
     * followed by an apostrophe counts (O', D', L', N', Mc').
     */
    static String joinElided(String name) {
        StringBuilder b = null;
        int n = name.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = name.charAt(i);
            if ((c == '\'' || c == '\u2019' || c == '\u02BC') && Character.isLetter(name.charAt(i + 1))) {
                int s = i;
                while (s > 0 && Character.isLetter(name.charAt(s - 1))) {
                    s--;
                }
                if (i - s >= 1 && i - s <= 2) {
                    if (b == null) {
                        b = new StringBuilder(name);
                    }
                    b.setCharAt(i, '\u0000');
                }
            }
        }
        return b == null ? null : b.toString().replace("\u0000", "");
    }

    static String handle(String account) {
        String a = account.strip();
        if (a.startsWith("@")) {
            a = a.substring(1);
        }
        return a.toLowerCase(Locale.ROOT);
    }

    private PersonName parse(PersonEntry p, String form) {
        Tokens t = Tokenizer.tokenize(form);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String k = t.pkey(i);
            if (k.isEmpty() || words.titles.of(k) != null && t.size() > 1 && i < t.size() - 1) {
                continue;
            }
            keys.add(k);
        }
        if (keys.isEmpty()) {
            return null;
        }
        int surnameStart = keys.size() - 1;
        while (surnameStart > 1 && words.isParticle(keys.get(surnameStart - 1))) {
            surnameStart--;
        }
        if (surnameStart == 1 && keys.size() > 2 && words.isParticle(keys.get(0))) {
            surnameStart = 0;
        }
        String[] given = keys.subList(0, surnameStart).toArray(String[]::new);
        String[] surname = keys.subList(surnameStart, keys.size()).toArray(String[]::new);
        String[] givenSk = new String[given.length];
        for (int i = 0; i < given.length; i++) {
            givenSk[i] = PhoneticKey.skeleton(given[i]);
        }
        String anchorSk = PhoneticKey.skeleton(surname[surname.length - 1]);
        if (anchorSk.isEmpty()) {
            return null;
        }
        int last = t.size() - 1;
        boolean articled = t.has(last, Tokens.ARABIC_ARTICLE) || surname.length > 1 && words.isArticle(surname[0]);
        return new PersonName(
                p, given, givenSk, surname, anchorSk, t.script(last) == Tokens.ARABIC, articled, t.script(last));
    }

    /** The words the index was built with, for the matcher that reads texts with it. */
    NameWords words() {
        return words;
    }

    PersonName[] bySkeleton(String skeleton) {
        return bySkeleton.getOrDefault(skeleton, NONE);
    }

    PersonName[] byStem(String stemSkeleton) {
        return byStem.getOrDefault(stemSkeleton, NONE);
    }

    /**
     * Names whose skeleton is one letter edit away from {@code skeleton} (a letter more, less or replaced), each
     * given to {@code sink} possibly more than once; the caller checks the edit itself ({@link SpellingEdits}).
     */
    void oneEditAway(String skeleton, java.util.function.Consumer<PersonName[]> sink) {
        if (skeleton.length() >= MIN_EDIT_SKELETON - 1) {
            sink.accept(byDeletion.getOrDefault(skeleton, NONE)); // the name has a letter more
        }
        if (skeleton.length() < MIN_EDIT_SKELETON) {
            return;
        }
        for (int k = 0; k < skeleton.length(); k++) {
            if (k > 0 && skeleton.charAt(k) == skeleton.charAt(k - 1)) {
                continue;
            }
            String shorter = skeleton.substring(0, k) + skeleton.substring(k + 1);
            sink.accept(bySkeleton.getOrDefault(shorter, NONE)); // the word has a letter more
            sink.accept(byDeletion.getOrDefault(shorter, NONE)); // a letter replaced
        }
    }

    /**
     * Skeletons shorter than this are not looked up one edit away: two consonants one edit from each other join
     * too many different names (and the buckets of one-letter keys would be large).
     */
    static final int MIN_EDIT_SKELETON = 3;

    /** Whether a word is some registry person's given name (so a different first name makes a namesake). */
    boolean isGivenName(String pkey) {
        return givenNames.contains(pkey);
    }

    /** The same for a word in a script without written vowels (Arabic), by consonant skeleton. */
    boolean isGivenNameSkeleton(String skeleton) {
        return givenSkeletons.contains(skeleton);
    }

    boolean isPlaceOrNationality(String pkey) {
        return placeWords.test(pkey);
    }

    PersonEntry account(String handle) {
        return accounts.get(handle);
    }

    boolean hasAccounts() {
        return !accounts.isEmpty();
    }

    /** Number of distinct index keys, for diagnostics and the benchmark. */
    public int size() {
        return bySkeleton.size() + byStem.size();
    }
}
