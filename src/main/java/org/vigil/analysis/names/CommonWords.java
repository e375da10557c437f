package org.vigil.analysis.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.analysis.lang.Language;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Stemmer;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;

/**
 * How often a word is an ordinary word of a language: {@code word-frequencies.tsv} of each language folder (the
 * word's stem folded as the name matcher folds words, and its frequency per million words of the language's corpus,
 * written in lower case for a script with capitals), generated from corpora by {@link WordFrequencyBuilder}. A
 * registry name whose word is frequent in the text's script needs stronger evidence than the word alone (see
 * {@link PersonMatcher}). Immutable; the per-word cache is bounded and thread-safe.
 */
final class CommonWords {

    static final String TABLE = "word-frequencies";

    /** Frequency per million of each folded stem, per script of {@link Tokens} (the highest over its languages). */
    private final Map<Byte, Map<String, Double>> perScript = new HashMap<>();
    /** The stemmer of each script's languages, in the order of the languages. */
    private final Map<Byte, java.util.List<Stemmer>> stemmers = new HashMap<>();

    private final Map<String, Double> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    CommonWords(LanguageData data) {
        for (Table t : data.tables(TABLE)) {
            t.requireColumns("word", "per_million");
            Language language = data.language(t.language()).orElseThrow();
            byte script = scriptOf(language.script());
            Map<String, Double> table = perScript.computeIfAbsent(script, s -> new HashMap<>());
            stemmers.computeIfAbsent(script, s -> new java.util.ArrayList<>()).add(language.stemmer());
            for (Table.Row row : t.rows()) {
                String w = row.get("word").strip();
                if (w.isEmpty() || w.indexOf(' ') >= 0) {
                    throw row.error("the word '" + w + "' is not one folded word");
                }
                table.merge(w, row.number("per_million", 0, 1_000_000), Math::max);
            }
        }
    }

    static byte scriptOf(String script) {
        return switch (script.toLowerCase(Locale.ROOT)) {
            case "latin" -> Tokens.LATIN;
            case "cyrillic" -> Tokens.CYRILLIC;
            case "arabic" -> Tokens.ARABIC;
            case "greek" -> Tokens.GREEK;
            default -> Tokens.OTHER;
        };
    }

    /**
     * The key of a word in a frequency table: the word in lower case, stemmed by the language's stemmer (the Arabic
     * one takes off wa-, bi-, al- and the case and possessive endings), then folded as the tokenizer folds words;
     * null when the stem is not one word.
     */
    static String key(String surface, Stemmer stemmer) {
        String stem = stemmer.stem(surface.toLowerCase(Locale.ROOT));
        Tokens t = Tokenizer.tokenize(stem.isEmpty() ? surface : stem);
        return t.size() == 1 && !t.fold(0).isEmpty() ? t.fold(0) : null;
    }

    /** How often word i of a text is an ordinary word of a language of its script, per million words (0: never). */
    double perMillion(Tokens t, int i) {
        byte script = t.script(i);
        Map<String, Double> table = perScript.get(script);
        if (table == null) {
            return 0;
        }
        String surface = t.surface(i);
        Double v = cache.get(surface);
        if (v == null) {
            double best = 0;
            for (Stemmer s : stemmers.get(script)) {
                String k = key(surface, s);
                if (k != null) {
                    best = Math.max(best, table.getOrDefault(k, 0.0));
                }
            }
            v = best;
            if (cache.size() < CACHE_LIMIT) {
                cache.put(surface, v);
            }
        }
        return v;
    }
}
