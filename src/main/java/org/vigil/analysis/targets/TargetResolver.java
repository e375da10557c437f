package org.vigil.analysis.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.Target;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.threat.Sentences;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * Decides whom a threat, attack, plot or protest is aimed at, with the contract's meaning of a target.
 *
 * <p>Each finding is linked to the mentions of its own sentence by the slot its phrase leaves for the target:
 * "assassination of X" and "threats to X" take the first entity after the phrase, "X was shot" and "X began to
 * receive threats" the nearest one before it, "we will kill you" the account the post replies to or an entity
 * named in the sentence. A pronoun in the slot ("opened fire on him") refers back to the nearest person before.
 * Entities elsewhere in the sentence (a minister who comments, a spokesperson quoted) are not targets. A person
 * target brings their mission, at nearly the same confidence. Thread-safe.
 */
public final class TargetResolver {

    /** How far (UTF-16 units) a slot reaches: "assassination of Russian Ambassador to Turkey Andrey Karlov". */
    private static final int OBJECT_REACH = 70;

    private static final int SUBJECT_REACH = 140;
    /** Short posts are one unit: a threat in one sentence is aimed at a name in the next. */
    private static final int SHORT_POST = 300;
    /** How sure a link by syntax, by mere proximity, and by reply makes us. */
    private static final double BY_SLOT = 0.95;

    private static final double BY_PROXIMITY = 0.7;
    private static final double BY_REPLY = 0.95;
    /** Harassment is a concern for the person, not a threat: it gives a target, at most this sure. */
    private static final double HARASSMENT_CAP = 0.4;

    private final Map<String, PersonEntry> people = new HashMap<>();
    private final Map<String, MissionEntry> missions = new HashMap<>();
    private final Map<String, PersonEntry> byAccount = new HashMap<>();

    /** The words around a mention that say it is not the target (target-words.tsv of the language folders). */
    private final Pattern pronounAfter, speechAfter, speechBefore, comparisonBefore, comparisonAfter;

    public TargetResolver(RegistryFile registry) {
        this(registry, LanguageData.shared());
    }

    /** @param languages the language folders whose {@value #TABLE}.tsv give the words of speech and comparison */
    public TargetResolver(RegistryFile registry, LanguageData languages) {
        Map<Use, String> forms = forms(languages);
        pronounAfter = compile("\\s*" + forms.get(Use.PRONOUN) + "(?![\\p{L}])");
        speechAfter = compile("\\s*(?:,[^,.]{0,40},\\s*)?" + optional(forms.get(Use.SPEECH_AUXILIARY), "\\s+")
                + forms.get(Use.SPEECH_VERB) + "(?![\\p{L}])");
        speechBefore = compile(forms.get(Use.SPEECH_BEFORE) + "\\s+(?:\\p{L}+\\s+){0,3}$");
        List<String> before = new ArrayList<>();
        if (forms.containsKey(Use.LIKE)) {
            before.add(forms.get(Use.LIKE) + "\\s+(?:\\p{L}{1,20}\\s+)?");
        }
        if (forms.containsKey(Use.AS)) {
            before.add(forms.get(Use.AS) + "\\s+");
        }
        if (forms.containsKey(Use.FATE)) {
            // whose fate is promised to another, not "the fate of Yerkhov is sealed" (he is the target)
            before.add(forms.get(Use.FATE) + "\\s+");
        }
        comparisonBefore = compile("(?<![\\p{L}])(?:" + (before.isEmpty() ? NOTHING : String.join("|", before)) + ")"
                + (forms.containsKey(Use.COMPARED_QUALIFIER)
                        ? "(?:" + forms.get(Use.COMPARED_QUALIFIER) + "\\s+){0,3}"
                        : "")
                + "$");
        comparisonAfter = compile("(?:['\u2019]?\\p{L}{0,5})?\\s*(?:\\p{L}{1,20}\\s+)?"
                + forms.get(Use.COMPARISON_AFTER) + "(?![\\p{L}])");
        for (MissionEntry m : registry.missions()) {
            missions.put(m.id(), m);
        }
        for (PersonEntry p : registry.people()) {
            people.put(p.id(), p);
            for (String account : p.accounts()) {
                byAccount.putIfAbsent(normaliseAccount(account), p);
            }
        }
    }

    /** How sure a target is that only the headline gives a reported attack with no target of its own in the body. */
    private static final double BY_HEADLINE = 0.75;

    /**
     * The targets of a news article read as a whole ({@link ArticleTargets}): the body's findings see the missions
     * that the article lets its words for posts mean ("the embassy"), the headline's findings are resolved in the
     * headline, and an attack, plot, protest or reported threat whose sentence names no target is aimed at the
     * mission or person the headline names. Without an article context this is {@link #resolve(Document, List,
     * ThreatAssessment)}. Thread-safe.
     */
    public List<Target> resolve(
            Document doc, List<Mention> mentions, ThreatAssessment assessment, ArticleTargets.Context article) {
        if (article == null) {
            return resolve(doc, mentions, assessment);
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Target t : resolve(doc, withReferences(mentions, article.textReferences()), assessment)) {
            merge(targets, t);
        }
        List<Mention> head = article.titleMentions();
        ThreatAssessment headAssessment = article.titleAssessment();
        if (article.title() != null && headAssessment != null) {
            Document headline = new Document(
                    doc.id(), article.title(), null, null, null, null, doc.language(), DocumentKind.ARTICLE, null);
            for (Target t : resolve(headline, withReferences(List.of(), head), headAssessment)) {
                merge(targets, t);
            }
        }
        boolean anyMission = targets.values().stream().anyMatch(t -> t.type() == EntityType.MISSION);
        double reported = Math.max(reportedWeight(assessment), reportedWeight(headAssessment));
        if (!anyMission && reported > 0 && head != null) {
            // "Blast at Russian embassy in Kabul" over a body that says "the blast killed two": the headline's entity
            Map<String, Target> fromHead = new LinkedHashMap<>();
            for (Mention m : head) {
                if (m.confidence() >= 0.5 && !isSpeaker(article.title(), m) && !isComparison(article.title(), m)) {
                    add(fromHead, m, reported * BY_HEADLINE);
                }
            }
            fromHead.values().forEach(t -> merge(targets, t));
        }
        List<Target> out = new ArrayList<>(targets.values());
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    private static void merge(Map<String, Target> targets, Target t) {
        targets.merge(t.entityId(), t, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }

    /** The strongest finding of an attack, plot, protest or reported threat, or 0. */
    private static double reportedWeight(ThreatAssessment a) {
        double w = 0;
        if (a != null) {
            for (Finding f : a.findings()) {
                if (f.category() == ThreatCategory.ATTACK
                        || f.category() == ThreatCategory.PLOT
                        || f.category() == ThreatCategory.PROTEST
                        || f.category() == ThreatCategory.REPORTED_THREAT) {
                    w = Math.max(w, f.score());
                }
            }
        }
        return w;
    }

    /**
     * The matcher's mentions with the article's reading of its post words: a reference replaces a weaker mission
     * mention over the same words ("the embassy in Kabul", one of several there) and gives way to a stronger one.
     */
    private static List<Mention> withReferences(List<Mention> mentions, List<Mention> references) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean weaker = m.type() == EntityType.MISSION
                    && references.stream().anyMatch(r -> overlaps(r, m) && r.confidence() > m.confidence());
            if (!weaker) {
                out.add(m);
            }
        }
        for (Mention r : references) {
            boolean covered = mentions.stream()
                    .anyMatch(
                            m -> m.type() == EntityType.MISSION && overlaps(r, m) && m.confidence() >= r.confidence());
            if (!covered) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Thread-safe. */
    public List<Target> resolve(Document doc, List<Mention> mentions, ThreatAssessment assessment) {
        if (assessment == null || assessment.findings().isEmpty()) {
            return List.of();
        }
        String text = doc.text();
        List<Mention> sorted = new ArrayList<>();
        for (Mention m : mentions) {
            // "you will die like Karlov": the one compared with is an example, not the target.
            if (!isComparison(text, m)) {
                sorted.add(m);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        PersonEntry repliedTo = doc.inReplyTo() == null ? null : byAccount.get(normaliseAccount(doc.inReplyTo()));
        boolean shortPost = doc.kind() != DocumentKind.ARTICLE && text.length() <= SHORT_POST;

        Map<String, Target> targets = new LinkedHashMap<>();
        for (Finding f : assessment.findings()) {
            double weight = f.category() == ThreatCategory.HARASSMENT ? Math.min(HARASSMENT_CAP, f.score()) : f.score();
            int sStart = shortPost ? 0 : Sentences.start(text, f.span().start());
            int sEnd = shortPost ? text.length() : Sentences.end(text, f.span().end() - 1);
            List<Mention> inSentence = sorted.stream()
                    .filter(m -> m.start() >= sStart && m.end() <= sEnd)
                    .toList();

            switch (f.slot()) {
                case OBJECT_AFTER -> {
                    Mention m = firstAfter(inSentence, f.span().end(), OBJECT_REACH);
                    if (m != null) {
                        add(targets, m, weight * BY_SLOT);
                    } else if (pronounAfter
                            .matcher(text)
                            .region(f.span().end(), text.length())
                            .lookingAt()) {
                        // the one who speaks ("Kirby said ... the attack on the ambassador") is not the one meant
                        Mention antecedent = lastPersonBefore(
                                sorted.stream().filter(x -> !isSpeaker(text, x)).toList(),
                                f.span().start(),
                                Sentences.start(text, Math.max(0, sStart - 1)));
                        if (antecedent != null) {
                            add(targets, antecedent, weight * BY_PROXIMITY);
                        }
                    }
                }
                case SUBJECT_BEFORE -> {
                    Mention m = lastBefore(inSentence, f.span().start(), SUBJECT_REACH);
                    if (m == null) {
                        // Verb-first and object-first word orders (Russian "ubit posol", Turkish, Arabic).
                        m = firstAfter(inSentence, f.span().end(), OBJECT_REACH / 2);
                    }
                    if (m != null) {
                        add(targets, m, weight * BY_SLOT);
                    }
                }
                case ADDRESSEE -> {
                    if (repliedTo != null) {
                        addPerson(targets, repliedTo, weight * BY_REPLY);
                    }
                    for (Mention m : inSentence) {
                        add(targets, m, weight * BY_PROXIMITY);
                    }
                }
                case MISSIONS -> {
                    // "demonstrators stormed the US and French embassies": every mission its sentence names
                    // words that fit several missions ("the embassy in Berlin", one of many there) name none
                    for (Mention m : inSentence) {
                        if (m.type() == EntityType.MISSION
                                && inSentence.stream()
                                        .noneMatch(o -> o != m && o.type() == EntityType.MISSION && overlaps(o, m))) {
                            add(targets, m, weight * BY_PROXIMITY);
                        }
                    }
                }
                case NEAREST -> {
                    // Without syntax to go by, the one who speaks of the threat is not taken for its target.
                    List<Mention> candidates =
                            inSentence.stream().filter(x -> !isSpeaker(text, x)).toList();
                    Mention m = nearest(candidates, f.span().start(), f.span().end());
                    if (m != null) {
                        add(targets, m, weight * BY_PROXIMITY);
                    } else if (repliedTo != null && doc.kind() != DocumentKind.ARTICLE) {
                        addPerson(targets, repliedTo, weight * BY_PROXIMITY);
                    }
                }
            }
        }
        List<Target> out = new ArrayList<>(targets.values());
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    private void add(Map<String, Target> targets, Mention m, double confidence) {
        double c = confidence * m.confidence();
        if (m.type() == EntityType.PERSON) {
            PersonEntry p = people.get(m.entityId());
            if (p != null) {
                addPerson(targets, p, c);
                return;
            }
        }
        put(targets, m.entityId(), m.type(), c);
    }

    private void addPerson(Map<String, Target> targets, PersonEntry p, double confidence) {
        put(targets, p.id(), EntityType.PERSON, confidence);
        if (p.missionId() != null && missions.containsKey(p.missionId())) {
            put(targets, p.missionId(), EntityType.MISSION, confidence * 0.95);
        }
    }

    private static void put(Map<String, Target> targets, String id, EntityType type, double confidence) {
        double c = Math.round(Math.min(1, confidence) * 1000) / 1000.0;
        targets.merge(id, new Target(id, type, c), (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }

    private static Mention firstAfter(List<Mention> mentions, int from, int reach) {
        for (Mention m : mentions) {
            if (m.start() >= from) {
                return m.start() - from <= reach ? m : null;
            }
        }
        return null;
    }

    private static Mention lastBefore(List<Mention> mentions, int before, int reach) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.end() <= before) {
                found = m;
            }
        }
        return found != null && before - found.end() <= reach ? found : null;
    }

    private static Mention lastPersonBefore(List<Mention> mentions, int before, int notBefore) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.end() <= before && m.start() >= notBefore) {
                found = m;
            }
        }
        return found;
    }

    private static Mention nearest(List<Mention> mentions, int start, int end) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** A mention followed by a verb of speech ("Lavrov said", "Çavuşoğlu dedi"; target-words.tsv). */
    private boolean isSpeaker(String text, Mention m) {
        return speechAfter
                        .matcher(text)
                        .region(m.end(), Math.min(text.length(), m.end() + 60))
                        .lookingAt()
                || speechBefore
                        .matcher(text)
                        .region(Math.max(0, m.start() - 30), m.start())
                        .find();
    }

    /**
     * A mention that is the standard of a comparison: "like Karlov", "as Karlov was", "Karlov gibi", "Karlov'un
     * akıbeti gibi", and the one whose fate is promised to another: "you will share Karlov's fate", "Karlov'un
     * akıbetine uğrayacaksın" (the words of target-words.tsv). The fate words alone do not make a comparison: in
     * "Yerkhov'un sonu geldi" or "the fate of Yerkhov is sealed" he is the target.
     */
    boolean isComparison(String text, Mention m) {
        return comparisonBefore
                        .matcher(text)
                        .region(Math.max(0, m.start() - 40), m.start())
                        .find()
                || comparisonAfter
                        .matcher(text)
                        .region(m.end(), Math.min(text.length(), m.end() + 40))
                        .lookingAt();
    }

    static final String TABLE = "target-words";

    /** What the words of a row of {@value #TABLE}.tsv tell (its column use); see docs/languages.md. */
    private enum Use {
        PRONOUN,
        SPEECH_VERB,
        SPEECH_AUXILIARY,
        SPEECH_BEFORE,
        LIKE,
        AS,
        FATE,
        COMPARED_QUALIFIER,
        COMPARISON_AFTER
    }

    /** A pattern that matches nothing, for a use no language folder has words for. */
    private static final String NOTHING = "(?!)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Each use's forms from every language folder, as one alternation; a form that is no regex fails with its row. */
    private static Map<Use, String> forms(LanguageData languages) {
        for (org.vigil.analysis.lang.Table t : languages.tables(TABLE)) {
            t.requireColumns("use", "form");
        }
        Map<Use, List<String>> byUse = new java.util.EnumMap<>(Use.class);
        for (org.vigil.analysis.lang.Table.Row row : languages.rows(TABLE)) {
            Use use = row.choice("use", Use.class);
            String form = row.get("form").strip();
            try {
                Pattern.compile(form, FLAGS);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw row.error(
                        "column 'form' is not a regular expression: " + e.getDescription() + " in '" + form + "'");
            }
            byUse.computeIfAbsent(use, u -> new ArrayList<>()).add("(?:" + form + ")");
        }
        Map<Use, String> out = new java.util.EnumMap<>(Use.class);
        byUse.forEach((use, fs) -> out.put(use, "(?:" + String.join("|", fs) + ")"));
        for (Use use : List.of(Use.PRONOUN, Use.SPEECH_VERB, Use.SPEECH_BEFORE, Use.COMPARISON_AFTER)) {
            out.putIfAbsent(use, NOTHING);
        }
        return out;
    }

    private static String optional(String alternation, String after) {
        return alternation == null ? "" : "(?:" + alternation + after + ")?";
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** "@RusEmbTurkey", "RusEmbTurkey" and "https://x.com/RusEmbTurkey" are one account. */
    static String normaliseAccount(String account) {
        String a = account.strip().toLowerCase(Locale.ROOT);
        int slash = a.lastIndexOf('/');
        if (slash >= 0 && slash < a.length() - 1) {
            a = a.substring(slash + 1);
        }
        while (a.startsWith("@")) {
            a = a.substring(1);
        }
        return a;
    }
}
