package org.vigil.analysis.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A language's morphology, as {@code language.properties} names it in {@code stemmer=}: the stem or lemma of a word
 * (lower case), from a maintained analyser, so that inflected forms of a word meet on one key. Every stemmer is safe
 * to call from several threads (the analysers underneath are not, so each thread has its own).
 *
 * <table>
 *   <caption>stemmer names</caption>
 *   <tr><td>{@code snowball:NAME}</td><td>Lucene's Snowball stemmer of that name (russian, turkish, french, german,
 *       spanish, portuguese, italian, dutch, english, greek, hindi, swedish, arabic, ...)</td></tr>
 *   <tr><td>{@code lucene-arabic}</td><td>Lucene's Arabic normaliser and light stemmer (definite article, clitics,
 *       suffixes)</td></tr>
 *   <tr><td>{@code lucene-persian}, {@code lucene-hindi}</td><td>Lucene's normalisers and light stemmers of
 *       those languages</td></tr>
 *   <tr><td>{@code stempel-polish}</td><td>Lucene's Stempel stemmer with its Polish table</td></tr>
 *   <tr><td>{@code morfologik-ukrainian}</td><td>the lemma from the Ukrainian morfologik dictionary (dict_uk in
 *       {@code ua.net.nlp:morfologik-ukrainian-search}, read with morfologik-stemming), the word itself when the dictionary does not know it</td></tr>
 *   <tr><td>{@code none}</td><td>the word itself</td></tr>
 * </table>
 */
@FunctionalInterface
public interface Stemmer {

    /** The stem of one lower-case word; never null, the word itself when nothing applies. */
    String stem(String word);

    Stemmer NONE = word -> word;

    /** The stemmer a {@code stemmer=} value names; {@code file} and {@code line} say where, for the error. */
    static Stemmer named(String spec, String file, int line) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("none")) {
            return NONE;
        }
        if (s.startsWith("snowball:")) {
            return snowball(s.substring("snowball:".length()), file, line);
        }
        return switch (s) {
            case "lucene-arabic" -> filters(ts -> new ArabicStemFilter(new ArabicNormalizationFilter(ts)));
            case "lucene-persian" -> filters(ts -> new PersianStemFilter(new PersianNormalizationFilter(ts)));
            case "lucene-hindi" -> filters(ts -> new HindiStemFilter(new HindiNormalizationFilter(ts)));
            case "stempel-polish" -> stempel();
            case "morfologik-ukrainian" -> ukrainian();
            default ->
                throw new LanguageDataException(
                        file,
                        line,
                        "stemmer '" + spec + "' is unknown; use "
                                + "snowball:NAME (russian, turkish, french, ...), lucene-arabic, lucene-persian, lucene-hindi, "
                                + "stempel-polish, morfologik-ukrainian or none");
        };
    }

    private static Stemmer snowball(String name, String file, int line) {
        if (!name.matches("[a-z]+")) {
            throw new LanguageDataException(file, line, "snowball stemmer '" + name + "' is not a name");
        }
        String cls =
                "org.tartarus.snowball.ext." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Stemmer";
        Supplier<SnowballStemmer> make;
        try {
            Class<? extends SnowballStemmer> type = Class.forName(cls).asSubclass(SnowballStemmer.class);
            var ctor = type.getConstructor();
            ctor.newInstance();
            make = () -> {
                try {
                    return ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new LanguageDataException(
                    file,
                    line,
                    "there is no Snowball stemmer '" + name + "' in Lucene's " + "analysis-common (expected class "
                            + cls + ")",
                    e);
        }
        ThreadLocal<SnowballStemmer> local = ThreadLocal.withInitial(make);
        return word -> {
            SnowballStemmer st = local.get();
            st.setCurrent(word);
            st.stem();
            String out = st.getCurrent();
            return out.isEmpty() ? word : out;
        };
    }

    /**
     * One word through a chain of Lucene token filters (normalisation, then stemming). Lucene's analysers reuse
     * their token streams per thread, so this is safe from several threads.
     */
    private static Stemmer filters(UnaryOperator<TokenStream> chain) {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, chain.apply(source));
            }
        };
        return word -> {
            try (TokenStream ts = analyzer.tokenStream("w", word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                String out = ts.incrementToken() ? term.toString() : word;
                ts.end();
                return out.isEmpty() ? word : out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Stemmer stempel() {
        ThreadLocal<StempelStemmer> local =
                ThreadLocal.withInitial(() -> new StempelStemmer(PolishAnalyzer.getDefaultTable()));
        return word -> {
            StringBuilder out = local.get().stem(word);
            return out == null || out.isEmpty() ? word : out.toString();
        };
    }

    /** The dictionary (4 MB) is read on the first word, not when the language folders load. */
    private static Stemmer ukrainian() {
        ThreadLocal<DictionaryLookup> local =
                ThreadLocal.withInitial(() -> new DictionaryLookup(UkrainianDictionary.INSTANCE));
        return word -> {
            List<WordData> found = local.get().lookup(word);
            if (found.isEmpty()) {
                return word;
            }
            CharSequence stem = found.get(0).getStem();
            return stem == null || stem.isEmpty() ? word : stem.toString().toLowerCase(Locale.ROOT);
        };
    }

    /** Holder: loaded when first used. */
    final class UkrainianDictionary {
        static final Dictionary INSTANCE = loadUkrainian();

        private UkrainianDictionary() {}
    }

    private static Dictionary loadUkrainian() {
        try (InputStream fsa = Stemmer.class.getResourceAsStream("/ua/net/nlp/ukrainian.dict");
                InputStream info = Stemmer.class.getResourceAsStream("/ua/net/nlp/ukrainian.info")) {
            if (fsa == null || info == null) {
                throw new IllegalStateException("the Ukrainian morfologik dictionary (ua.net.nlp:"
                        + "morfologik-ukrainian-search) is not on the class path");
            }
            return Dictionary.read(fsa, info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
