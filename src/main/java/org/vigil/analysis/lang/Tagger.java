package org.vigil.analysis.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * A language's tagging morphology, as {@code language.properties} names it in {@code tagger=}: the readings of a
 * word, each a lemma and the grammatical features of that form (part of speech, person, tense, mood, case), from a
 * maintained dictionary. Where the stemmer only brings forms together, the tagger says what a form is: Russian "ubyu"
 * is the verb "ubit'" in the future, first person singular. Safe to call from several threads.
 *
 * <table>
 *   <caption>tagger names</caption>
 *   <tr><td>{@code morfologik:RESOURCE}</td><td>a morfologik finite-state dictionary on the class path (the
 *       {@code .dict} resource, its {@code .info} beside it), read with morfologik-stemming; the tag's parts,
 *       separated by {@code :} or {@code +}, are the features (LanguageTool's dictionaries are of this kind)</td></tr>
 *   <tr><td>{@code none}</td><td>no readings</td></tr>
 * </table>
 */
@FunctionalInterface
public interface Tagger {

    /** One reading of a word: its lemma (lower case) and the features of the form. */
    record Reading(String lemma, Set<String> features) {}

    /** The readings of one lower-case word; empty when the dictionary does not know it. */
    List<Reading> read(String word);

    Tagger NONE = word -> List.of();

    /** The tagger a {@code tagger=} value names; {@code file} and {@code line} say where, for the error. */
    static Tagger named(String spec, String file, int line) {
        String s = spec.strip();
        if (s.isEmpty() || s.equals("none")) {
            return NONE;
        }
        if (!s.startsWith("morfologik:")) {
            throw new LanguageDataException(
                    file,
                    line,
                    "tagger '" + spec + "' is unknown; use morfologik:RESOURCE (a .dict on the class path)"
                            + " or none");
        }
        String resource = s.substring("morfologik:".length());
        if (!resource.startsWith("/") || !resource.endsWith(".dict")) {
            throw new LanguageDataException(
                    file,
                    line,
                    "tagger '" + spec + "': name the dictionary as an absolute class-path resource ending"
                            + " in .dict, e.g. morfologik:/org/languagetool/resource/ru/russian.dict");
        }
        Dictionary dictionary;
        String info = resource.substring(0, resource.length() - ".dict".length()) + ".info";
        try (InputStream fsa = Tagger.class.getResourceAsStream(resource);
                InputStream meta = Tagger.class.getResourceAsStream(info)) {
            if (fsa == null || meta == null) {
                throw new LanguageDataException(
                        file,
                        line,
                        "tagger '" + spec + "': " + (fsa == null ? resource : info)
                                + " is not on the class path (is the artifact that ships it a dependency?)");
            }
            dictionary = Dictionary.read(fsa, meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tagger dictionary " + resource, e);
        }
        ThreadLocal<DictionaryLookup> lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        return word -> {
            List<WordData> found = lookups.get().lookup(word);
            if (found.isEmpty()) {
                return List.of();
            }
            List<Reading> out = new ArrayList<>(found.size());
            for (WordData wd : found) {
                CharSequence lemma = wd.getStem();
                CharSequence tag = wd.getTag();
                if (lemma == null || tag == null) {
                    continue;
                }
                out.add(new Reading(
                        lemma.toString().toLowerCase(Locale.ROOT),
                        Set.copyOf(java.util.Arrays.asList(tag.toString().split("[:+]")))));
            }
            return out;
        };
    }
}
