package org.vigil.analysis.threat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.analysis.lang.Language;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Writes a language's {@code concept-forms.tsv} from bilingual dictionaries: the English seed words of each concept
 * ({@code en/concept-seeds.tsv}) looked up in the English→language dictionary, each translation kept when the
 * language→English dictionary, where there is one, glosses it back with a seed of the same concept (or does not
 * list it at all), and the language→English dictionary's own headwords whose first glosses are a seed added. What the
 * team's review ({@code concept-forms-review.tsv} of the folder) struck out (a wrong sense, a function word) stays out
 * and what it added (a common form the dictionaries lack) is in, when the file is written again. The forms are matched at run time through the language's stemmer (see
 * {@link Concepts}), so one dictionary form covers its inflections as far as the stemmer reaches.
 */
public final class ConceptFormsGenerator {

    /** Senses of a dictionary entry that are read: the first ones are the common meanings. */
    private static final int SENSES = 3;

    private ConceptFormsGenerator() {}

    private enum YesNo {
        YES,
        NO
    }

    private enum PartOfSpeech {
        V,
        N,
        ADJ,
        PRON,
        ANY
    }

    private enum Review {
        STRIKE,
        ADD
    }

    /** The seed words of each concept, those also looked up in reverse, and the part of speech of each. */
    record Seeds(
            Map<String, List<String>> words, Map<String, List<String>> reversible, Map<String, String> partsOfSpeech) {}

    /** A folder's review: "concept\tform" keys struck out (concept * for all), and forms added. */
    record Reviewed(Set<String> struck, List<String[]> added) {}

    /** Reads en/concept-seeds.tsv and every folder's concept-forms-review.tsv, failing on a malformed row. */
    public static void checkTables(LanguageData data) {
        seeds(data);
        for (Language l : data.languages()) {
            review(l);
        }
    }

    static Seeds seeds(LanguageData data) {
        Map<String, List<String>> seeds = new LinkedHashMap<>();
        Map<String, List<String>> reversible = new LinkedHashMap<>();
        Map<String, String> partsOfSpeech = new java.util.HashMap<>();
        Table seedTable = data.language("en")
                .flatMap(l -> l.table("concept-seeds"))
                .orElseThrow(() -> new IllegalStateException("en/concept-seeds.tsv is missing"));
        for (Table.Row row : seedTable.rows()) {
            Concepts.Concept c = row.choice("concept", Concepts.Concept.class);
            String word = row.get("word").strip().toLowerCase(Locale.ROOT);
            partsOfSpeech.put(word, row.choice("pos", PartOfSpeech.class).name().toLowerCase(Locale.ROOT));
            seeds.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(word);
            if (row.choice("reverse", YesNo.class) == YesNo.YES) {
                reversible
                        .computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(word);
            }
        }
        return new Seeds(seeds, reversible, partsOfSpeech);
    }

    static Reviewed review(Language language) {
        Set<String> rejected = new LinkedHashSet<>();
        List<String[]> added = new ArrayList<>();
        language.table("concept-forms-review").ifPresent(t -> {
            for (Table.Row row : t.rows()) {
                String concept = row.get("concept").strip();
                if (!concept.equals("*")) {
                    row.choice("concept", Concepts.Concept.class);
                }
                String form = row.get("form").strip().toLowerCase(Locale.ROOT);
                if (row.choice("action", Review.class) == Review.STRIKE) {
                    rejected.add(concept + "\t" + form);
                } else if (concept.equals("*")) {
                    throw row.error("an added form names its concept, not *");
                } else {
                    added.add(new String[] {concept, form});
                }
            }
        });
        return new Reviewed(rejected, added);
    }

    /**
     * The forms of {@code code} from the dictionaries in {@code dictionaries}, without the rejected ones, in concept
     * and form order.
     */
    public static List<String[]> generate(LanguageData data, Path dictionaries, String code, PrintStream progress)
            throws IOException {
        Language language = data.language(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "there is no language folder '" + code + "'; the folders are " + codes(data)));
        String iso3 = Locale.of(code).getISO3Language();
        Dictd forward = Dictd.open(dictionaries, "freedict-eng-" + iso3);
        if (forward == null) {
            throw new IllegalArgumentException("no English-" + language.name() + " dictionary freedict-eng-" + iso3
                    + ".index/.dict.dz in " + dictionaries + " (Debian: apt-get install dict-freedict-eng-" + iso3
                    + ")");
        }
        Dictd reverse = Dictd.open(dictionaries, "freedict-" + iso3 + "-eng");
        Seeds seedRows = seeds(data);
        Map<String, List<String>> seeds = seedRows.words();
        Map<String, List<String>> reversible = seedRows.reversible();
        Map<String, String> partsOfSpeech = seedRows.partsOfSpeech();
        Reviewed reviewed = review(language);
        Set<String> rejected = reviewed.struck();
        List<String[]> added = reviewed.added();
        // concept -> form -> [seeds, sources]
        Map<String, Map<String, Set<String>[]>> found = new LinkedHashMap<>();
        for (var e : seeds.entrySet()) {
            for (String seed : e.getValue()) {
                for (String w : forward.words(seed, SENSES, partsOfSpeech.get(seed))) {
                    String form = w.toLowerCase(Locale.ROOT);
                    if (reverse != null && reverse.has(form) && !glossedBy(reverse, form, e.getValue())) {
                        continue;
                    }
                    add(found, e.getKey(), form, seed, forward.name());
                }
            }
        }
        if (reverse != null) {
            for (String headword : reverse.headwords()) {
                if (!Dictd.isOneWord(headword)) {
                    continue;
                }
                List<String> glosses = reverse.words(headword, 2);
                for (var e : reversible.entrySet()) {
                    for (String seed : e.getValue()) {
                        if (glosses.stream().anyMatch(g -> g.equalsIgnoreCase(seed))
                                && reverse.words(headword, 2, partsOfSpeech.get(seed)).stream()
                                        .anyMatch(g -> g.equalsIgnoreCase(seed))) {
                            add(found, e.getKey(), headword.toLowerCase(Locale.ROOT), seed, reverse.name());
                        }
                    }
                }
            }
        }
        for (String[] a : added) {
            add(found, a[0], a[1], "", "review");
        }
        List<String[]> out = new ArrayList<>();
        int dropped = 0;
        for (var c : found.entrySet()) {
            for (var f : new TreeMap<>(c.getValue()).entrySet()) {
                if (rejected.contains(c.getKey() + "\t" + f.getKey()) || rejected.contains("*\t" + f.getKey())) {
                    dropped++;
                    continue;
                }
                out.add(new String[] {
                    c.getKey(), f.getKey(), String.join(" ", f.getValue()[0]).strip(), String.join(" ", f.getValue()[1])
                });
            }
        }
        progress.printf(
                "%s: %d forms of %d concepts from %s%s; the review struck out %d and added %d%n",
                code,
                out.size(),
                found.size(),
                forward.name(),
                reverse == null ? "" : " and " + reverse.name(),
                dropped,
                added.size());
        return out;
    }

    /** Writes the forms as {@code concept-forms.tsv} with a header that says where they come from. */
    public static void write(List<String[]> forms, String code, Path dictionaries, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(
                        "# Forms of the cross-lingual concepts in this language, for the threat model (org.vigil.analysis.threat\n")
                .append("# .Concepts), matched through the language's stemmer. Generated by `bin/vigil concepts ")
                .append(code)
                .append("` from the FreeDict\n")
                .append("# dictionaries in ")
                .append(dictionaries)
                .append(" (English seeds: en/concept-seeds.tsv;")
                .append(" the team's review:\n")
                .append("# concept-forms-review.tsv). Do not edit by hand: strike or add a row there and generate ")
                .append("again.\n")
                .append("# Derived from FreeDict (https://freedict.org), GPL-2.0-or-later: this file is distributed ")
                .append("under that licence\n# (see NOTICE and docs/languages.md).\n")
                .append("concept\tform\tseeds?\tsources\n");
        for (String[] f : forms) {
            b.append(String.join("\t", f)).append('\n');
        }
        Files.writeString(file, b);
    }

    private static boolean glossedBy(Dictd reverse, String form, List<String> seeds) {
        for (String g : reverse.words(form, SENSES)) {
            if (seeds.contains(g.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void add(
            Map<String, Map<String, Set<String>[]>> found, String concept, String form, String seed, String source) {
        Set<String>[] v = found.computeIfAbsent(concept, k -> new LinkedHashMap<>())
                .computeIfAbsent(form, k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
        v[0].add(seed);
        v[1].add(source.replace("freedict-", ""));
    }

    private static String codes(LanguageData data) {
        return data.languages().stream().map(Language::code).toList().toString();
    }
}
