package org.vigil.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.analysis.language.LanguageIdentifier;
import org.vigil.analysis.names.MissionMatcher;
import org.vigil.analysis.names.NameIndex;
import org.vigil.analysis.names.PersonMatcher;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.targets.ArticleTargets;
import org.vigil.analysis.targets.TargetResolver;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.analysis.threat.ThreatClassifier;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * The analysis engine for one registry: language, mentions of registry people and missions, places, threat and
 * targets of a document. Build it once per registry with {@link #create} (it indexes the registry and loads the
 * gazetteer and the threat model) and share it: {@link #analyze} is thread-safe.
 */
public final class AnalysisEngine {

    private static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::entityId);

    private final RegistryFile registry;
    private final PersonMatcher people;
    private final MissionMatcher missions;
    private final Gazetteer gazetteer;
    private final ThreatClassifier threats;
    private final TargetResolver targets;
    private final ArticleTargets articles;
    private final LanguageIdentifier languages;

    private AnalysisEngine(RegistryFile registry) {
        this.registry = registry;
        this.gazetteer = Gazetteer.shared();
        this.people = new PersonMatcher(new NameIndex(registry, gazetteer::isPlaceOrNationality));
        this.missions = new MissionMatcher(registry, gazetteer);
        this.threats = ThreatClassifier.loadDefault();
        this.targets = new TargetResolver(registry);
        this.articles = new ArticleTargets(registry, gazetteer, missions);
        this.languages = LanguageIdentifier.shared();
    }

    /** An engine for this registry. */
    public static AnalysisEngine create(RegistryFile registry) {
        return new AnalysisEngine(registry);
    }

    public RegistryFile registry() {
        return registry;
    }

    /** Everything the contract says about one document. Thread-safe. */
    public AnalysisResult analyze(Document doc) {
        String text = doc.text();
        Tokens tokens = Tokenizer.tokenize(text);
        String language = doc.language() != null && !doc.language().isBlank()
                ? doc.language().strip()
                : languages.detect(text);
        List<Gazetteer.Match> placeMatches = gazetteer.match(tokens);
        List<Mention> mentions = mentions(tokens, placeMatches);
        List<Place> places = withoutPeople(Gazetteer.places(tokens, placeMatches), mentions);
        ThreatAssessment assessment = threats.assess(text, language, doc.kind());
        ArticleTargets.Context article = null;
        if (isArticle(doc)) {
            // a news article's targets come from its headline, dateline and body together
            String title = hasTitle(doc) ? doc.title() : null;
            ThreatAssessment headline = title == null ? null : threats.assess(title, language, DocumentKind.ARTICLE);
            List<Mention> titleMentions = title == null ? List.of() : mentions(title);
            article = articles.read(text, tokens, placeMatches, title, titleMentions, headline);
            // a report of an attack, storming or protest at a post ("protesters stormed the embassy")
            assessment = threats.withEvents(assessment, text, language, article.textPosts());
            if (title != null) {
                article = article.withTitleAssessment(
                        threats.withEvents(headline, title, language, article.titlePosts()));
            }
        }
        List<Target> aimedAt = targets.resolve(doc, mentions, assessment, article);
        return new AnalysisResult(doc.id(), language, mentions, assessment.threat(), aimedAt, places);
    }

    /**
     * What {@link #analyzeAll} says about a batch: for the document at each index, either its result or the exception
     * its analysis threw (the other is null). One document that makes analysis throw spoils nothing else.
     */
    public record Batch(List<AnalysisResult> results, List<RuntimeException> errors) {
        public Batch {
            results = java.util.Collections.unmodifiableList(new ArrayList<>(results));
            errors = java.util.Collections.unmodifiableList(new ArrayList<>(errors));
        }

        public int size() {
            return results.size();
        }
    }

    /**
     * Analyses a batch of documents, side by side on the common fork-join pool and the calling thread (the engine
     * is thread-safe and holds no per-document state). Each result is what {@link #analyze} gives for that document.
     */
    public Batch analyzeAll(List<Document> docs) {
        int n = docs.size();
        AnalysisResult[] results = new AnalysisResult[n];
        RuntimeException[] errors = new RuntimeException[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            try {
                results[i] = analyze(docs.get(i));
            } catch (RuntimeException e) {
                errors[i] = e;
            }
        });
        return new Batch(java.util.Arrays.asList(results), java.util.Arrays.asList(errors));
    }

    /** A document the contract calls ARTICLE, or one that does not say and has a headline. */
    private static boolean isArticle(Document doc) {
        return doc.kind() == DocumentKind.ARTICLE || doc.kind() == null && hasTitle(doc);
    }

    private static boolean hasTitle(Document doc) {
        return doc.title() != null && !doc.title().isBlank() && doc.kind() != DocumentKind.POST;
    }

    /** A person's name is not a place, even when a town somewhere has that name ("Karlov", "Kasimova"). */
    private static List<Place> withoutPeople(List<Place> places, List<Mention> mentions) {
        List<Place> out = new ArrayList<>(places.size());
        for (Place p : places) {
            boolean person = false;
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON
                        && m.confidence() >= 0.3
                        && m.start() < p.end()
                        && p.start() < m.end()) {
                    person = true;
                    break;
                }
            }
            if (!person) {
                out.add(p);
            }
        }
        return out;
    }

    /** The mentions of registry people and missions in a text, in text order (the matching step alone). */
    public List<Mention> mentions(String text) {
        Tokens tokens = Tokenizer.tokenize(text);
        return mentions(tokens, gazetteer.match(tokens));
    }

    private List<Mention> mentions(Tokens tokens, List<Gazetteer.Match> places) {
        List<Mention> all = new ArrayList<>(people.find(tokens));
        all.addAll(missions.find(tokens, places));
        all.sort(BY_POSITION);
        return all;
    }
}
