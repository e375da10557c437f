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
import org.vigil.analysis.threat.Sentences;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;
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

    private static final Pattern PRONOUN_AFTER = Pattern.compile(
            "\\s*(?:him|her|them|the\\s+(?:ambassador|diplomat|consul)|его|её|ее|него|неё|нее|onu|ona|ه|ها)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, PersonEntry> people = new HashMap<>();
    private final Map<String, MissionEntry> missions = new HashMap<>();
    private final Map<String, PersonEntry> byAccount = new HashMap<>();

    public TargetResolver(RegistryFile registry) {
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
            List<Mention> inSentence = sorted.stream().filter(m -> m.start() >= sStart && m.end() <= sEnd).toList();

            switch (f.slot()) {
                case OBJECT_AFTER -> {
                    Mention m = firstAfter(inSentence, f.span().end(), OBJECT_REACH);
                    if (m != null) {
                        add(targets, m, weight * BY_SLOT);
                    } else if (PRONOUN_AFTER.matcher(text).region(f.span().end(), text.length()).lookingAt()) {
                        Mention antecedent = lastPersonBefore(sorted, f.span().start(), Sentences.start(text,
                                Math.max(0, sStart - 1)));
                        if (antecedent != null) {
                            add(targets, antecedent, weight * BY_PROXIMITY);
                        }
                    }
                }
                case SUBJECT_BEFORE -> {
                    Mention m = lastBefore(inSentence, f.span().start(), SUBJECT_REACH);
                    if (m == null) {
                        // Verb-first and object-first word orders (Russian "убит посол", Turkish, Arabic).
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
                case NEAREST -> {
                    // Without syntax to go by, the one who speaks of the threat is not taken for its target.
                    List<Mention> candidates = inSentence.stream().filter(x -> !isSpeaker(text, x)).toList();
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

    /** A mention followed by a verb of speech ("Lavrov said", "Песков заявил", "Çavuşoğlu dedi", "قال"). */
    private static boolean isSpeaker(String text, Mention m) {
        return SPEECH_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt()
                || SPEECH_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find();
    }

    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "\\s*(?:,[^,.]{0,40},\\s*)?(?:also\\s+|has\\s+|had\\s+)?(?:said|says|told|stated|noted|added|announced|warned|"
                    + "stressed|commented|explained|recalled|заявил|сказал|сообщил|отметил|подчеркнул|dedi|söyledi|"
                    + "açıkladı|belirtti)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?:according\\s+to|по\\s+словам|قال|وقال|أكد|صرح)\\s+(?:\\p{L}+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A mention that is the standard of a comparison: "like Karlov", "as Karlov was", "как Карлова", "словно
     * Карлов", "Karlov gibi", "Karlov'un akıbeti gibi", "مثل كارلوف", "كما كارلوف", and the one whose fate is promised to
     * another: "повторишь судьбу Карлова", "Karlov'un akıbetine uğrayacaksın", "ستلقى نفس مصير كارلوف". The fate
     * words alone do not make a comparison: in "Yerkhov'un sonu geldi" or "участь Ерхова решена" he is the target.
     */
    static boolean isComparison(String text, Mention m) {
        return COMPARISON_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                || COMPARISON_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40)).lookingAt();
    }

    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:like|как|مثل)\\s+(?:\\p{L}{1,20}\\s+)?|(?:as|unlike|словно|подобно|будто|كما|زي|متل|comme|wie|como)\\s+"
                    // whose fate is promised to another, not "the fate of Yerkhov is sealed" (he is the target)
                    + "|(?:повтор\\p{L}*|раздел\\p{L}*|постигнет|постигла)\\s+(?:\\p{L}+\\s+)?(?:судьб\\p{L}*|участь)\\s+"
                    + "|(?:نفس|ذات)\\s+(?:ال)?مصير\\s+)"
                    + "(?:(?:и|the|late|former|dead|your|his|happened\\s+to|did|покойн\\p{L}*|бывш\\p{L}*|убит\\p{L}*|"
                    + "ambassador|посла|посол|послу|السفير|الراحل)\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern COMPARISON_AFTER = Pattern.compile(
            "(?:['’]?\\p{L}{0,5})?\\s*(?:\\p{L}{1,20}\\s+)?(?:gibi|misali|kadar|ak[ıi]betine\\s+u[ğg]ra\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
