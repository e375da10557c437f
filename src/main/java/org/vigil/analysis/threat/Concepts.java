package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * A small multilingual dictionary that maps words of English, Russian, Turkish and Arabic to the same concepts
 * (KILL, DIE, BURN, YOU, FUTURE, FAREWELL...). The learned model sees these concepts as features beside the words
 * themselves; trained on English, the weights it puts on concepts and on pairs of concepts ("YOU+DIE",
 * "FAREWELL+LIFE") are what carries to the languages that have no threat labels.
 *
 * <p>The forms are data: {@code concepts.tsv} of each language folder (a form matched as the whole word, as the
 * start of a word, or, for roots, anywhere inside a word of the Arabic script, since prefixes and suffixes attach)
 * and {@code concept-affixes.tsv} (affixes that carry a concept: the Arabic future prefix, the Turkish future tense
 * and person endings), see docs/languages.md. Every language's rows apply to every text, as the hand list did.
 * Words are normalised by {@link Features#normalise}.
 */
final class Concepts {

    enum Concept {
        KILL,
        DIE,
        BURN,
        WEAPON,
        HANG,
        BLOOD,
        YOU,
        WE,
        FUTURE,
        FAREWELL,
        LIFE,
        MOURN,
        FIND,
        TIME,
        HELL,
        NOBODY,
        CALL,
        FRIENDLY,
        HURT,
        WANT,
        ALL,
        // events a news report tells of (read for articles beside a word for a post; not features of the model)
        ATTACK,
        EXPLOSION,
        STORM,
        PROTEST,
        ARSON,
        SHOOTING;

        /** The event concepts: what a report says happened, read for news articles ({@code article-events.tsv}), never by the model. */
        static final java.util.Set<Concept> EVENTS =
                java.util.EnumSet.of(ATTACK, EXPLOSION, STORM, PROTEST, ARSON, SHOOTING);

        boolean isEvent() {
            return EVENTS.contains(this);
        }
    }

    enum Match {
        WORD,
        PREFIX,
        ROOT
    }

    /** How a row of construction-strikes.tsv meets a word: as its start, or through the folder's stemmer. */
    enum Strike {
        PREFIX,
        FORM
    }

    enum Where {
        PREFIX,
        CONTAINS,
        SUFFIX
    }

    /** One row of concept-affixes.tsv: rows of one rule are alternatives, the first that matches applies. */
    private record Affix(String rule, Where where, String affix, List<Concept> concepts, int minLength, String after) {

        boolean matches(String word) {
            return word.length() >= minLength
                    && switch (where) {
                        case PREFIX -> word.startsWith(affix);
                        case CONTAINS -> word.contains(affix);
                        case SUFFIX -> word.endsWith(affix);
                    };
        }
    }

    private static final Map<String, List<Concept>> EXACT = new HashMap<>();
    private static final Map<String, List<Concept>> STEMS = new HashMap<>();
    private static final Map<String, List<Concept>> ROOTS = new HashMap<>();
    private static final List<Affix> AFFIXES = new ArrayList<>();
    /** Per language: the stem of each generated form to its concepts. */
    private static final Map<String, Map<String, List<Concept>>> FORMS = new HashMap<>();
    /**
     * Per language: each generated form as written. A word of the text that is a form itself takes that form's
     * concepts only: French "tu" (you) is not "tuer" (kill), though both stem to "tu".
     */
    private static final Map<String, Map<String, List<Concept>>> WORDS = new HashMap<>();

    private static final Map<String, org.vigil.analysis.lang.Stemmer> STEMMERS = new HashMap<>();

    /** One row of tag-concepts.tsv: a reading with all these features carries these concepts. */
    private record TagRule(java.util.Set<String> features, List<Concept> concepts) {}

    /** Per language with a tagger and tag-concepts.tsv: the tagger and its rules. */
    private static final Map<String, org.vigil.analysis.lang.Tagger> TAGGERS = new HashMap<>();

    private static final Map<String, List<TagRule>> TAG_RULES = new HashMap<>();
    /** Per thread: a word of a language to all its concepts (none: an empty list), up to SEEN_MAX. */
    private static final ThreadLocal<Map<String, List<Concept>>> SEEN = ThreadLocal.withInitial(HashMap::new);

    private static final int SEEN_MAX = 50_000;
    /** A dialect reads its parent language's forms (ar-eg reads ar). */
    private static final Map<String, String> PARENTS = new HashMap<>();

    private static final int LONGEST_STEM;
    private static final int LONGEST_ROOT;

    /**
     * construction-strikes.tsv of every folder: forms that carry a concept for the learned model but not in a
     * construction (English "deserve" is a CALL for the model, no call to act in "they deserve to hang"). By
     * prefix: every text, as the hand-written forms; by form: the folder's language, met through its stemmer.
     */
    private static final Map<String, List<Concept>> STRUCK_PREFIXES = new HashMap<>();

    private static final Map<String, Map<String, List<Concept>>> STRUCK_FORMS = new HashMap<>();
    private static final int LONGEST_STRUCK;

    static {
        LanguageData data = LanguageData.shared();
        int stem = 0;
        int root = 0;
        for (Table.Row row : data.rows("concepts")) {
            Concept c = row.choice("concept", Concept.class);
            String form = Features.normalise(row.get("form").strip());
            if (form.isEmpty() || form.contains(" ")) {
                throw row.error("column 'form' is '" + row.get("form") + "': a concept form is one word");
            }
            Match match = row.choice("match", Match.class);
            Map<String, List<Concept>> map = switch (match) {
                case WORD -> EXACT;
                case PREFIX -> STEMS;
                case ROOT -> ROOTS;
            };
            map.computeIfAbsent(form, k -> new ArrayList<>()).add(c);
            if (match == Match.PREFIX) {
                stem = Math.max(stem, form.length());
            } else if (match == Match.ROOT) {
                root = Math.max(root, form.length());
            }
        }
        LONGEST_STEM = stem;
        LONGEST_ROOT = root;
        for (Table table : data.tables("concept-forms")) {
            String code = table.language();
            org.vigil.analysis.lang.Stemmer stemmer = data.stemmer(code);
            STEMMERS.put(code, stemmer);
            Map<String, List<Concept>> forms = FORMS.computeIfAbsent(code, k -> new HashMap<>());
            Map<String, List<Concept>> words = WORDS.computeIfAbsent(code, k -> new HashMap<>());
            for (Table.Row row : table.rows()) {
                Concept c = row.choice("concept", Concept.class);
                String form = Features.normalise(row.get("form").strip());
                if (form.isEmpty() || form.contains(" ")) {
                    throw row.error("column 'form' is '" + row.get("form") + "': a concept form is one word");
                }
                for (List<Concept> list : List.of(
                        forms.computeIfAbsent(key(stemmer, form), k -> new ArrayList<>(1)),
                        words.computeIfAbsent(form, k -> new ArrayList<>(1)))) {
                    if (!list.contains(c)) {
                        list.add(c);
                    }
                }
            }
        }
        for (org.vigil.analysis.lang.Language l : data.languages()) {
            l.parent().ifPresent(parent -> PARENTS.put(l.code(), parent));
        }
        for (Table table : data.tables("tag-concepts")) {
            String code = table.language();
            org.vigil.analysis.lang.Language l = data.language(code).orElseThrow();
            if (l.tagger() == org.vigil.analysis.lang.Tagger.NONE) {
                throw new org.vigil.analysis.lang.LanguageDataException(
                        code + "/tag-concepts.tsv",
                        0,
                        "the folder has tag rules but no tagger: name one in language.properties (tagger=)");
            }
            TAGGERS.put(code, l.tagger());
            List<TagRule> rules = TAG_RULES.computeIfAbsent(code, k -> new ArrayList<>());
            for (Table.Row row : table.rows()) {
                List<Concept> concepts = named(row, "concepts");
                List<String> features = row.words("features");
                if (features.isEmpty()) {
                    throw row.error("column 'features' is empty: name the tag's parts a reading must have");
                }
                rules.add(new TagRule(java.util.Set.copyOf(features), List.copyOf(concepts)));
            }
        }
        int struck = 0;
        for (Table table : data.tables("construction-strikes")) {
            String code = table.language();
            for (Table.Row row : table.rows()) {
                Concept c = row.choice("concept", Concept.class);
                String form = Features.normalise(row.get("form").strip());
                if (form.isEmpty() || form.contains(" ")) {
                    throw row.error("column 'form' is '" + row.get("form") + "': a struck form is one word");
                }
                List<Concept> list = switch (row.choice("match", Strike.class)) {
                    case PREFIX -> {
                        struck = Math.max(struck, form.length());
                        yield STRUCK_PREFIXES.computeIfAbsent(form, k -> new ArrayList<>(1));
                    }
                    case FORM ->
                        STRUCK_FORMS
                                .computeIfAbsent(code, k -> new HashMap<>())
                                .computeIfAbsent(key(data.stemmer(code), form), k -> new ArrayList<>(1));
                };
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        LONGEST_STRUCK = struck;
        java.util.Set<String> rules = new java.util.HashSet<>();
        for (Table.Row row : data.rows("concept-affixes")) {
            List<Concept> concepts = named(row, "concepts");
            String after = row.get("after").strip();
            if (!after.isEmpty() && !after.equals("any") && !rules.contains(after)) {
                throw row.error("column 'after' is '" + after + "': name a rule of an earlier row, or any");
            }
            String rule = row.get("rule").strip();
            rules.add(rule);
            int min = row.get("min-length").isBlank() ? 0 : (int) row.number("min-length", 0, 100);
            AFFIXES.add(new Affix(
                    rule,
                    row.choice("where", Where.class),
                    Features.normalise(row.get("affix")),
                    List.copyOf(concepts),
                    min,
                    after));
        }
    }

    private Concepts() {}

    /** The concepts a row names in {@code column}, space-separated; a name that is no concept fails with the row. */
    static List<Concept> named(Table.Row row, String column) {
        List<Concept> out = new ArrayList<>();
        for (String w : row.words(column)) {
            try {
                out.add(Concept.valueOf(w.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("column '" + column + "' names '" + w + "', which is no concept; the concepts are "
                        + java.util.Arrays.toString(Concept.values()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static List<Concept> addAll(List<Concept> out, List<Concept> found) {
        if (found == null) {
            return out;
        }
        List<Concept> result = out == null ? new ArrayList<>(2) : out;
        for (Concept c : found) {
            if (!result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    /** What a generated form and a word of a text meet on: the stem, or the word itself when the stem is a letter. */
    private static String key(org.vigil.analysis.lang.Stemmer stemmer, String word) {
        String stem = stemmer.stem(word);
        return stem.length() >= 2 ? stem : word;
    }

    /** Whether the language (or its parent) has generated concept forms. */
    static boolean hasForms(String language) {
        return language != null && FORMS.containsKey(PARENTS.getOrDefault(language, language));
    }

    /**
     * The concepts of one normalised word of a text in {@code language}: the hand-written forms of every language
     * ({@link #of(String)}) and the language's generated forms, met through its stemmer.
     */
    static List<Concept> of(String word, String language) {
        if (language == null) {
            return of(word);
        }
        String code = PARENTS.getOrDefault(language, language);
        Map<String, List<Concept>> forms = FORMS.get(code);
        if (forms == null) {
            return of(word);
        }
        // stemming, tagging and the hand forms' prefix look-ups are the cost here, and words repeat: each thread
        // remembers what it found for a word of a language
        Map<String, List<Concept>> seen = SEEN.get();
        String cacheKey = code + '\u0000' + word;
        List<Concept> cached = seen.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<Concept> found = WORDS.get(code).get(word);
        if (found == null) {
            String key = key(STEMMERS.get(code), word);
            // a two-letter stem meets inflected words only: "tué" is "tuer", the pronoun "tu" is not
            List<Concept> hit = key.length() > 2 || word.length() > key.length() ? forms.get(key) : null;
            found = tagged(code, word, forms, hit == null ? List.of() : hit);
        }
        List<Concept> out = of(word);
        List<Concept> merged = found.isEmpty() ? out : addAll(new ArrayList<>(out), found);
        merged = merged.isEmpty() ? List.of() : List.copyOf(merged);
        if (seen.size() >= SEEN_MAX) {
            seen.clear();
        }
        seen.put(cacheKey, merged);
        return merged;
    }

    /**
     * The concepts a word carries in a construction ({@link ThreatConstructions}): {@link #of(String, String)}
     * without the ones construction-strikes.tsv strikes for it. The learned model keeps reading every concept.
     */
    static List<Concept> inConstructions(String word, String language) {
        List<Concept> all = of(word, language);
        if (all.isEmpty()) {
            return all;
        }
        List<Concept> struck = null;
        for (int len = 1; len <= Math.min(LONGEST_STRUCK, word.length()); len++) {
            struck = addAll(struck, STRUCK_PREFIXES.get(word.substring(0, len)));
        }
        String code = language == null ? null : PARENTS.getOrDefault(language, language);
        Map<String, List<Concept>> forms = code == null ? null : STRUCK_FORMS.get(code);
        if (forms != null) {
            struck = addAll(struck, forms.get(key(LanguageData.shared().stemmer(code), word)));
        }
        if (struck == null) {
            return all;
        }
        List<Concept> out = new ArrayList<>(all);
        out.removeAll(struck);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * {@code found} with what the language's tagger reads in the word: each reading's lemma met in the generated
     * forms (the dictionary form of an inflected verb the stemmer leaves apart) and the concepts its features carry
     * (tag-concepts.tsv: a first-person future is "I will", a second-person form is addressed to "you").
     */
    private static List<Concept> tagged(
            String code, String word, Map<String, List<Concept>> forms, List<Concept> found) {
        org.vigil.analysis.lang.Tagger tagger = TAGGERS.get(code);
        if (tagger == null) {
            return found;
        }
        List<org.vigil.analysis.lang.Tagger.Reading> readings = tagger.read(word);
        if (readings.isEmpty()) {
            return found;
        }
        List<Concept> out = new ArrayList<>(found);
        for (org.vigil.analysis.lang.Tagger.Reading r : readings) {
            List<Concept> byLemma = WORDS.get(code).get(r.lemma());
            if (byLemma == null && !r.lemma().equals(word)) {
                String key = key(STEMMERS.get(code), r.lemma());
                byLemma = key.length() > 2 ? forms.get(key) : null;
            }
            addAll(out, byLemma);
            for (TagRule rule : TAG_RULES.get(code)) {
                if (r.features().containsAll(rule.features())) {
                    addAll(out, rule.concepts());
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** The concepts of one normalised word (usually none), by hash look-ups of its prefixes and substrings. */
    static List<Concept> of(String word) {
        List<Concept> out = null;
        out = addAll(out, EXACT.get(word));
        for (int len = 1; len <= Math.min(LONGEST_STEM, word.length()); len++) {
            out = addAll(out, STEMS.get(word.substring(0, len)));
        }
        if (!word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC) {
            for (int i = 0; i < word.length(); i++) {
                for (int len = 2; len <= LONGEST_ROOT && i + len <= word.length(); len++) {
                    out = addAll(out, ROOTS.get(word.substring(i, i + len)));
                }
            }
        }
        if (!AFFIXES.isEmpty()) {
            java.util.Set<String> applied = null;
            for (Affix a : AFFIXES) {
                if (applied != null && applied.contains(a.rule())) {
                    continue;
                }
                boolean allowed = switch (a.after()) {
                    case "" -> true;
                    case "any" -> out != null;
                    default -> applied != null && applied.contains(a.after());
                };
                if (allowed && a.matches(word)) {
                    out = out == null ? new ArrayList<>(2) : out;
                    out.addAll(a.concepts());
                    applied = applied == null ? new java.util.HashSet<>() : applied;
                    applied.add(a.rule());
                }
            }
        }
        return out == null ? List.of() : out;
    }
}
