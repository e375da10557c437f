package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Span;
import org.vigil.analysis.Threat;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.analysis.threat.ThreatAssessment.Finding;

/**
 * Scores threat language and tells the contract's categories apart, with evidence spans.
 *
 * <p>Two sources of evidence are combined. The {@link ThreatLexicon} finds the phrases of the language folders'
 * {@code threat-patterns.tsv} (English, Russian, Turkish and Arabic so far), each with a category and a weight. The learned {@link ThreatModel} (logistic regression over hashed word
 * and character n-grams plus cross-lingual concept features, trained by {@code bin/vigil train}) gives, per
 * sentence, the probability that it threatens violence and the probability that it is abusive. How they combine:
 * <ul>
 * <li>per category, the weights of its findings are folded by noisy-or, 1 − Π(1 − wᵢ), and capped (harassment
 * at 0.35 (LOW), protest at 0.55 (MEDIUM), news categories at 0.85 (HIGH: CRITICAL is kept for threats made
 * in the text));</li>
 * <li>a sentence the model scores as threatening but where no pattern fired becomes a DIRECT_THREAT finding with
 * the model's probability as weight (evidence: that sentence); a sentence where both fire raises the pattern's
 * weight to the noisy-or of the two;</li>
 * <li>a sentence the model scores as abusive without threat becomes a HARASSMENT finding;</li>
 * <li>in an article, threats and calls to harm are quotations or reports: they count as REPORTED_THREAT.</li>
 * </ul>
 * The document's score is the highest category score; {@link #level(double)} maps it to a level.
 */
public final class ThreatClassifier {

    /** Lower bounds of LOW, MEDIUM, HIGH and CRITICAL on the score. */
    public static final double LOW = 0.2;

    public static final double MEDIUM = 0.4;
    public static final double HIGH = 0.6;
    public static final double CRITICAL = 0.9;

    /** At most this many findings (and evidence spans) per document. */
    static final int MAX_FINDINGS = 100;

    /** Findings weaker than this are dropped. */
    static final double MIN_FINDING = 0.25;

    private static final Map<ThreatCategory, Double> CAPS = new EnumMap<>(Map.of(
            ThreatCategory.DIRECT_THREAT, 1.0,
            ThreatCategory.INCITEMENT, 1.0,
            ThreatCategory.REPORTED_THREAT, 0.85,
            ThreatCategory.ATTACK, 0.85,
            ThreatCategory.PLOT, 0.85,
            ThreatCategory.PROTEST, 0.55,
            ThreatCategory.HARASSMENT, 0.35));

    private static volatile ThreatClassifier defaultInstance;

    private final ThreatModel model;
    private final ThreatLexicon lexicon;
    private final ThreatConstructions constructions = ThreatConstructions.shared();

    ThreatClassifier(ThreatModel model) {
        this(model, ThreatLexicon.shared());
    }

    ThreatClassifier(ThreatModel model, ThreatLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
        // The sentence tables are read when the engine is built too, so that a malformed one fails at start.
        Sentences.abbreviations();
    }

    /** The classifier with the model committed under src/main/resources, loaded once. */
    public static ThreatClassifier loadDefault() {
        ThreatClassifier c = defaultInstance;
        if (c == null) {
            synchronized (ThreatClassifier.class) {
                c = defaultInstance;
                if (c == null) {
                    c = new ThreatClassifier(ThreatModel.loadDefault());
                    defaultInstance = c;
                }
            }
        }
        return c;
    }

    /** Patterns only, no learned model: what the model adds is measured against this. */
    public static ThreatClassifier patternsOnly() {
        return new ThreatClassifier(null);
    }

    /** The level for a score, by the thresholds above. */
    public static ThreatLevel level(double score) {
        if (score >= CRITICAL) {
            return ThreatLevel.CRITICAL;
        }
        if (score >= HIGH) {
            return ThreatLevel.HIGH;
        }
        if (score >= MEDIUM) {
            return ThreatLevel.MEDIUM;
        }
        if (score >= LOW) {
            return ThreatLevel.LOW;
        }
        return ThreatLevel.NONE;
    }

    /** Thread-safe. {@code kind} may be null: then long multi-sentence texts count as articles. */
    public ThreatAssessment assess(String text, String language, DocumentKind kind) {
        if (text == null || text.isBlank()) {
            return ThreatAssessment.NONE;
        }
        DocumentKind effectiveKind = kind != null ? kind : guessKind(text);
        ThreatLexicon.Scan scan = lexicon.scanAll(text);
        List<Finding> findings = new ArrayList<>(scan.findings());
        // Constructions over concepts read what no pattern of the language anticipated; where a pattern already
        // found more than abuse in the unit, the pattern's narrower evidence stands.
        for (Finding c : constructions.find(text, language, effectiveKind)) {
            boolean covered = false;
            for (Finding f : scan.findings()) {
                covered |= f.category() != ThreatCategory.HARASSMENT
                        && f.span().start() < c.span().end()
                        && c.span().start() < f.span().end();
            }
            if (!covered) {
                findings.add(c);
            }
        }
        if (model != null) {
            findings = model.refine(text, masked(text, scan.idioms()), language, effectiveKind, findings);
        }
        findings = resolveOverlaps(findings);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (f.score() < MIN_FINDING) {
                continue;
            }
            if (effectiveKind == DocumentKind.ARTICLE
                    && (f.category() == ThreatCategory.DIRECT_THREAT || f.category() == ThreatCategory.INCITEMENT)) {
                f = new Finding(ThreatCategory.REPORTED_THREAT, f.span(), f.score(), f.slot());
            }
            kept.add(f);
        }
        return summarise(kept);
    }

    /** Weight of a finding of an event a news report tells of at one of its posts (below HIGH: the model may add). */
    static final double EVENT_AT_POST = 0.55;

    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'\u2019-]*");

    /**
     * A news article's assessment with the events it reports at its posts: in a sentence that holds a word for a post
     * ({@code posts}: [start, end) of each in {@code text}), a word of an event concept (attack, explosion, storming,
     * protest, arson, shooting: the language's concept forms, met through its stemmer) is a finding of an attack or a
     * protest, aimed at the missions of that sentence. For articles only: a post is never read this way.
     */
    public ThreatAssessment withEvents(ThreatAssessment a, String text, String language, List<int[]> posts) {
        if (text == null || posts == null || posts.isEmpty()) {
            return a;
        }
        List<Finding> found = new ArrayList<>(a == null ? List.of() : a.findings());
        java.util.Set<Integer> sentences = new java.util.HashSet<>();
        for (int[] post : posts) {
            int from = Sentences.start(text, post[0]);
            if (!sentences.add(from)) {
                continue;
            }
            int to = Sentences.end(text, Math.max(post[0], post[1] - 1));
            java.util.regex.Matcher m = WORD.matcher(text).region(from, to);
            while (m.find()) {
                if (m.end() > post[0] && m.start() < post[1]) {
                    continue; // the post word itself ("Botschaftsangriff" aside) is no event
                }
                ThreatCategory category = null;
                for (Concepts.Concept c : Concepts.of(Features.normalise(m.group()), language)) {
                    if (c.isEvent()) {
                        category = c == Concepts.Concept.PROTEST && category == null
                                ? ThreatCategory.PROTEST
                                : ThreatCategory.ATTACK;
                    }
                }
                if (category == null) {
                    continue;
                }
                Span span = new Span(m.start(), m.end(), m.group());
                boolean covered = false;
                for (Finding f : found) {
                    covered |= f.span().start() < span.end()
                            && span.start() < f.span().end();
                }
                if (!covered) {
                    found.add(new Finding(category, span, EVENT_AT_POST, ThreatAssessment.Slot.MISSIONS));
                }
            }
        }
        if (a != null && found.size() == a.findings().size()) {
            return a;
        }
        found.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return summarise(found);
    }

    private static ThreatAssessment summarise(List<Finding> kept) {
        if (kept.isEmpty()) {
            return ThreatAssessment.NONE;
        }
        if (kept.size() > MAX_FINDINGS) {
            // A text repeating a threat phrase thousands of times is one threat: keep the strongest findings.
            kept.sort((x, y) -> Double.compare(y.score(), x.score()));
            kept = new ArrayList<>(kept.subList(0, MAX_FINDINGS));
            kept.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        }
        Map<ThreatCategory, Double> perCategory = new EnumMap<>(ThreatCategory.class);
        for (Finding f : kept) {
            perCategory.merge(f.category(), f.score(), (a, b) -> 1 - (1 - a) * (1 - b));
        }
        double score = 0;
        List<ThreatCategory> categories = new ArrayList<>();
        for (Map.Entry<ThreatCategory, Double> e : perCategory.entrySet()) {
            double s = Math.min(CAPS.get(e.getKey()), e.getValue());
            score = Math.max(score, s);
            categories.add(e.getKey());
        }
        // Abuse beside a threat is part of the threat, not a separate harassment finding.
        if (categories.size() > 1) {
            categories.remove(ThreatCategory.HARASSMENT);
        }
        score = Math.round(score * 1000) / 1000.0;
        List<Span> evidence = new ArrayList<>();
        for (Finding f : kept) {
            if (categories.contains(f.category())) {
                evidence.add(f.span());
            }
        }
        List<Finding> reported =
                kept.stream().filter(f -> categories.contains(f.category())).toList();
        return new ThreatAssessment(new Threat(score, level(score), categories, evidence), reported);
    }

    /**
     * The text with its idioms blanked out, so that the model does not read "kill it at the gym" or "you're
     * killing me" as threats. Same length, so that spans stay.
     */
    static String masked(String text, List<Span> idioms) {
        if (idioms.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Span s : idioms) {
            java.util.Arrays.fill(chars, s.start(), s.end(), ' ');
        }
        return new String(chars);
    }

    /** Long texts of several sentences read as articles, short ones as posts. */
    static DocumentKind guessKind(String text) {
        if (text.length() < 400) {
            return DocumentKind.POST;
        }
        int sentences = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Sentences.isBoundaryAfter(text, i)) {
                sentences++;
            }
        }
        return sentences >= 4 ? DocumentKind.ARTICLE : DocumentKind.POST;
    }

    /**
     * Overlapping findings are one piece of evidence: the longer span wins (it read more of the phrase), then the
     * higher weight.
     */
    static List<Finding> resolveOverlaps(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((a, b) -> {
            int byLength = Integer.compare(
                    b.span().end() - b.span().start(), a.span().end() - a.span().start());
            return byLength != 0 ? byLength : Double.compare(b.score(), a.score());
        });
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            boolean overlaps = false;
            for (Finding k : kept) {
                if (f.span().start() < k.span().end()
                        && k.span().start() < f.span().end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(f);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return kept;
    }
}
