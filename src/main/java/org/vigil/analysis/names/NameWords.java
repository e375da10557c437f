package org.vigil.analysis.names;

import java.util.HashSet;
import java.util.Set;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * What the name readers know of the languages, read from the language folders when built, so that a malformed
 * table fails when the engine starts: titles and role words, function words, surname particles and endings, the
 * readings of Latin letters ({@link LatinReadings}) and the words of missions ({@link MissionWords}).
 * {@link #shared()} reads {@link LanguageData#shared()}; a test or a tool builds its own from another
 * {@link LanguageData}. Immutable.
 */
public final class NameWords {

    static final String PARTICLES = "name-particles";

    private static volatile NameWords shared;

    final Titles titles;
    final FunctionWords functionWords;
    final Surnames surnames;
    final MissionWords missions;
    final LatinReadings latinReadings;
    final CommonWords commonWords;
    private final Set<String> particles = new HashSet<>();
    private final Set<String> articles = new HashSet<>();

    private NameWords(LanguageData data) {
        titles = new Titles(data);
        functionWords = new FunctionWords(data);
        surnames = new Surnames(data);
        missions = new MissionWords(data);
        latinReadings = new LatinReadings(data);
        commonWords = new CommonWords(data);
        for (Table t : data.tables(PARTICLES)) {
            t.requireColumns("word");
            boolean hasArticle = t.columns().contains("article");
            for (Table.Row row : t.rows()) {
                String w = row.get("word").strip();
                if (!w.matches("[a-z]+")) {
                    throw row.error("the particle '" + w + "' is not a phonetic key in lower-case Latin letters");
                }
                particles.add(w);
                String article = hasArticle ? row.get("article").strip() : "";
                if (article.equals("yes")) {
                    articles.add(w);
                } else if (!article.isEmpty() && !article.equals("no")) {
                    throw row.error("column 'article' is '" + article + "': expected yes, no or nothing");
                }
            }
        }
    }

    /** The words of the shipped language folders (and those of {@link LanguageData#DIR_PROPERTY}). */
    public static NameWords shared() {
        NameWords w = shared;
        if (w == null) {
            synchronized (NameWords.class) {
                w = shared;
                if (w == null) {
                    w = new NameWords(LanguageData.shared());
                    shared = w;
                }
            }
        }
        return w;
    }

    /** The words of these language folders. */
    public static NameWords of(LanguageData data) {
        return new NameWords(data);
    }

    /** Whether a phonetic key is a particle that belongs to the surname after it ("al", "van"). */
    boolean isParticle(String key) {
        return particles.contains(key);
    }

    /** Whether a phonetic key is the Arabic article written in Latin letters, apart from its word ("al-Assad"). */
    boolean isArticle(String key) {
        return articles.contains(key);
    }
}
