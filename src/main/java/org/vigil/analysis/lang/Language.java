package org.vigil.analysis.lang;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One language folder as loaded: its code (the folder's name, an ISO 639-1 code or a dialect tag such as
 * {@code ar-eg}), the {@code language.properties} it declares, its morphology and its tables by name.
 */
public final class Language {

    private final String code;
    private final String name;
    private final String script;
    private final String parent;
    private final Stemmer stemmer;
    private final Tagger tagger;
    /** Reads a table's text by name, null when the folder has no such table. */
    private final Function<String, String> reader;

    private final Map<String, Optional<Table>> tables = new ConcurrentHashMap<>();

    Language(
            String code,
            String name,
            String script,
            String parent,
            Stemmer stemmer,
            Tagger tagger,
            Function<String, String> reader) {
        this.code = code;
        this.name = name;
        this.script = script;
        this.parent = parent;
        this.stemmer = stemmer;
        this.tagger = tagger;
        this.reader = reader;
    }

    /** The folder's name: {@code ru}, {@code tr}, {@code ar-eg}. */
    public String code() {
        return code;
    }

    /** The language's English name, for people reading logs and reports. */
    public String name() {
        return name;
    }

    /** The script its words are written in: Latin, Cyrillic, Arabic, Devanagari, Greek, Han. */
    public String script() {
        return script;
    }

    /**
     * The language a dialect folder belongs to ({@code ar} for {@code ar-eg}), empty for a language of its own. A
     * document in the parent language is read with the dialects' rows too.
     */
    public Optional<String> parent() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }

    /** The language's morphology (its stemmer or lemmatiser). */
    public Stemmer stemmer() {
        return stemmer;
    }

    /** The language's tagging morphology (lemma and features of a form), {@link Tagger#NONE} when it has none. */
    public Tagger tagger() {
        return tagger;
    }

    /**
     * A table of the folder ({@code titles} for {@code titles.tsv}), read and checked on first request and kept;
     * empty when the folder has none. A malformed file fails here with its file and line.
     */
    public Optional<Table> table(String name) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a table name: " + name);
        }
        return tables.computeIfAbsent(name, n -> {
            String text = reader.apply(n + ".tsv");
            return text == null ? Optional.empty() : Optional.of(Table.parse(code, code + "/" + n + ".tsv", text));
        });
    }

    /** The names of the tables asked for so far that the folder has (for the check that no file goes unread). */
    public Set<String> tablesRead() {
        Set<String> out = new TreeSet<>();
        tables.forEach((n, t) -> t.ifPresent(x -> out.add(n)));
        return out;
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
