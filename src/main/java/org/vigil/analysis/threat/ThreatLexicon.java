package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.analysis.Span;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;

/**
 * Hand-written threat patterns in English, Russian, Turkish and Arabic, each with the category it is evidence of,
 * a weight (how sure the phrase alone makes us, in [0, 1]) and where its target stands relative to it.
 *
 * <p>The learned model only knows English threats; these patterns are how threat language is carried into the
 * other languages, and how news language (reported threats, attacks, plots, protests) is told apart, which no
 * training set here labels. Russian and Turkish patterns match stems followed by any ending, so that inflected
 * forms match; Arabic ones allow the attached conjunctions and prepositions (و ف ب ل) in front.
 */
final class ThreatLexicon {

    /** Start of a word: no letter or digit before. */
    private static final String B = "(?<![\\p{L}\\p{N}_])";
    /** End of a word. */
    private static final String E = "(?![\\p{L}\\p{N}_])";
    /**
     * Any word ending (Russian, Turkish inflection). Every repetition in these patterns is bounded (words of at most
     * 30 letters, at most 20 spaces) so that hostile input (megabytes without a space) costs linear time.
     */
    private static final String END = "\\p{L}{0,30}";
    /** Arabic clitics that may be attached in front of a word. */
    private static final String AR = "(?<![\\p{L}\\p{N}_])[وف]?[بل]?";
    private static final String APOS = "['’]";

    /** After a verb: it is not negated ("not kill", "never shoot", "don't hang"). */
    private static final String NOT_NEGATED_VERB = "(?<!(?:not|never|n" + APOS + "t)\\s{1,3}\\p{L}{3,12})";
    /**
     * Arabic imperative plurals ("احرقوا", "اقتلوه") are also past tenses: after a subject ("المتظاهرون احرقوا السفارة")
     * they report what was done. Placed right after the verb (a look-behind before its literal would be tried at every
     * position of the text).
     */
    /**
     * Russian objects that make "надо повесить / уничтожить / сжечь" harmless: things, and idioms ("вешать ярлыки /
     * лапшу / нос / собак").
     */
    private static final String THINGS_RU = "(?!\\s{1,20}(?:ярлык|лапш|нос|собак|трубк|замок|замки|полк|картин|объявлен|люстр|шторы|"
            + "часы|время|мосты|калори|мусор|листья|траву|хлеб|торт|салат|овощ|мясо|бумаг|документ|файл|вирус|таракан|комар|клоп|"
            + "сорняк)\\p{L}{0,6})";
    private static final String AR_SUBJECT = "(?<!(?:المتظاهرون|المحتجون|متظاهرون|محتجون|المتظاهرين|قد|لقد|الذين|اللي|الي)\\s{1,3}\\p{L}{4,7})";
    /** One to three arbitrary words, for "we will (soon) kill", "I am going to (personally) find". */
    private static final String FEW = "(?:\\s{1,20}\\p{L}{1,30}){0,2}";
    /** As {@link #FEW}, but not a negation: "I will not shoot you" is no threat. */
    private static final String FEW_AFFIRMED = "(?:\\s{1,20}(?!(?:not|never)(?![\\p{L}]))\\p{L}{1,30}){0,2}";

    enum Script { LATIN, CYRILLIC, ARABIC }

    /**
     * One pattern. {@code category} null marks an idiom ("kill it", "убил наповал"): its matches are not evidence
     * but cancel the findings they overlap, and the model does not read them. {@code object}, when set, must match
     * the original (not folded) text right after the phrase: the phrase counts only with a person as its object.
     */
    record Rule(ThreatCategory category, Slot slot, double weight, Script script, Pattern pattern, Pattern object) {
    }

    /** The findings, and the idioms that were set aside, both in text order. */
    record Scan(List<Finding> findings, List<Span> idioms) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void en(ThreatCategory c, Slot s, double w, String regex) {
        add(c, s, w, Script.LATIN, B + "(?:" + regex + ")" + E);
    }

    private static void tr(ThreatCategory c, Slot s, double w, String regex) {
        add(c, s, w, Script.LATIN, B + "(?:" + regex + ")");
    }

    private static void ru(ThreatCategory c, Slot s, double w, String regex) {
        add(c, s, w, Script.CYRILLIC, B + "(?:" + regex + ")");
    }

    private static void ar(ThreatCategory c, Slot s, double w, String regex) {
        add(c, s, w, Script.ARABIC, AR + "(?:" + regex + ")");
    }

    private static void add(ThreatCategory c, Slot s, double w, Script script, String regex) {
        add(c, s, w, script, regex, null);
    }

    private static void add(ThreatCategory c, Slot s, double w, Script script, String regex, Pattern object) {
        // Patterns run on folded text (lower case, ı as i, char by char so offsets stay), which is much faster than
        // case-insensitive matching; the pattern's letters are folded the same way.
        RULES.add(new Rule(c, s, w, script, Pattern.compile(foldRegex(regex)), object));
    }

    /** An idiom in a script whose words may take endings after it (Russian, Turkish, Arabic). */
    private static void idiom(Script script, String regex) {
        add(null, Slot.NEAREST, 0, script, (script == Script.ARABIC ? AR : B) + "(?:" + regex + ")");
    }

    /**
     * What may stand right after a verb of violence for it to be aimed at someone: a capitalised name (the case
     * the folded text has lost), a person's title, a pronoun or a group of people. "shot a video", "attacked the
     * plan" are not attacks on anyone.
     */
    private static final Pattern PERSON_OBJECT = Pattern.compile(
            "(?:\\s{1,20}dead)?\\s{1,20}(?:(?:the|a|an|two|three|several|our|their|his|her)\\s{1,20})?(?:\\p{Lu}"
                    + "|(?:russian|turkish|american|british|french|german|former|late|deputy)?\\s{0,20}(?:ambassador|diplomat|consul|envoy|"
                    + "minister|attach|officer|policem|guard|soldier|journalist|protester|staff|employee|people|men|women|"
                    + "him|her|them|us|you|everyone|somebody|someone)(?![\\p{L}]))",
            Pattern.UNICODE_CASE);

    static {
        ThreatCategory direct = ThreatCategory.DIRECT_THREAT;
        ThreatCategory reported = ThreatCategory.REPORTED_THREAT;
        ThreatCategory attack = ThreatCategory.ATTACK;
        ThreatCategory plot = ThreatCategory.PLOT;
        ThreatCategory protest = ThreatCategory.PROTEST;
        ThreatCategory incite = ThreatCategory.INCITEMENT;
        ThreatCategory harass = ThreatCategory.HARASSMENT;

        String violentVerbs = "kill|murder|shoot|stab|hang|burn|behead|slaughter|butcher|execute|bomb|blow\\s{1,20}up"
                + "|gut|strangle|slit|torture|lynch|hunt|massacre|destroy|bury|eliminate|skin|knife|gun\\s{1,20}down";

        // ---- Idioms: violent words that harm no one. A match cancels the findings it overlaps and is hidden from
        // the model. Sports, games and contests ("I'll destroy you at chess") are idioms of the same kind.
        // Only the violent word itself is required in each idiom; what tells the idiom apart (the object, the game)
        // stands in look-arounds, whose words are not anchors, so that common words ("game", "love", "time") do not
        // make the idiom run on every text.
        String harmless = "(?:kill|murder|destroy|crush|wreck|slaughter|annihilate|bury|smash|massacre|demolish)\\w{0,4}";
        en(null, Slot.NEAREST, 0, "kill(?:s|ed|ing)?(?=\\s{1,20}(?:it|(?:some\\s{1,20})?time)(?![\\p{L}]))|killing\\s{1,20}me"
                + "|killer(?<=(?:was|is|be|looks?|sounds?|felt|feels)\\s{1,20}(?:\\p{L}{1,30}\\s{1,20})?killer)"
                + "|killer(?=s?\\s{1,20}(?:workout|deal|app|song|track|tune|game|view|smile|look|outfit|show|set|performance|combo|move|"
                + "feature|line|idea|instinct|heels|abs|body|price|recipe|playlist|beat|riff|solo|goal|shot|serve|party|weekend)s?(?![\\p{L}]))"
                + "|" + harmless + "(?=\\s{1,20}(?:this|that|the|my|your|our|his|her|their)\\s{1,20}(?:song|track|beat|stage|set|cover|solo|dance|"
                + "exam|test|interview|presentation|game|match|workout|level|boss|karaoke|mic|competition|audition|dinner|pizza|burger|meal|"
                + "buffet|homework|essay|deadline))"
                + "|" + harmless + "\\s{1,20}(?:you|u|ya|him|her|them|us|me|everyone|y" + APOS + "?all)(?=\\s{1,20}(?:at|in|on)\\s{1,20}(?:the\\s{1,20}|this\\s{1,20}|a\\s{1,20})?"
                + "(?:chess|poker|tennis|golf|football|soccer|basketball|fifa|cod|call\\s{1,20}of\\s{1,20}duty|fortnite|scrabble|monopoly|"
                + "ping\\s{1,20}pong|pool|darts|cards|mario\\s{1,20}kart|game|games|match|race|finals?|tournament|debate|quiz|trivia|polls?|"
                + "election|court|ring|gym|arena|league|ranked|online))"
                + "|burn(?:s|ed|ing|t)?\\s{1,20}the\\s{1,20}midnight\\s{1,20}oil|burn(?:s|ed|ing|t)?\\s{1,20}(?:some\\s{1,20})?calories"
                + "|dressed\\s{1,20}to\\s{1,20}kill|kill(?=\\s{1,20}(?:two\\s{1,20}birds|the\\s{1,20}(?:lights|engine|music|vibe|mood|process)))"
                + "|to\\s{1,20}death(?<=(?:laugh|laughed|laughing|bored|scared|worried|love|loved)\\s{1,20}(?:myself\\s{1,20}|me\\s{1,20})?to\\s{1,20}death)"
                + "|shoot\\s{1,20}(?:me|us)(?=\\s{1,20}(?:an?\\s{1,20})?(?:email|e-mail|message|text|dm|line|note))|shoot(?=\\s{1,20}(?:your|my)\\s{1,20}shot)");

        // ---- English: threats made in the text. The object of the verb must not be a thing ("I will kill it at
        // the gym", "we'll destroy this season"); idioms above take the commonest objects of sport and fun.
        en(direct, Slot.ADDRESSEE, 0.9, "(?:i|we|they)(?:" + APOS + "ll|\\s{1,20}will|\\s{1,20}shall|\\s{1,20}are\\s{1,20}going\\s{1,20}to|"
                + APOS + "re\\s{1,20}going\\s{1,20}to|" + APOS + "m\\s{1,20}going\\s{1,20}to|\\s{1,20}am\\s{1,20}going\\s{1,20}to|\\s{1,20}gonna|\\s{1,20}(?:are|am)\\s{1,20}coming\\s{1,20}to)"
                + FEW_AFFIRMED + "\\s{1,20}(?:" + violentVerbs + ")\\w{0,30}"
                + "+(?!\\s{1,20}(?:it|this|that|time|myself|ourselves|themselves|the\\s{1,20}(?:game|competition|exam|test|interview|show|stage|season|record|"
                + "workout|level|boss)|my\\s{1,20}(?:workout|exam|test|diet|time|record)|some\\s{1,20}time)(?![\\p{L}]))");
        en(direct, Slot.ADDRESSEE, 0.8, "(?:i|we)(?:" + APOS + "ll|\\s{1,20}will|\\s{1,20}are\\s{1,20}going\\s{1,20}to|" + APOS
                + "re\\s{1,20}going\\s{1,20}to|\\s{1,20}gonna)\\s{1,20}(?:find|come\\s{1,20}for|catch|visit)\\s{1,20}(?:you|u|him|her|them)");
        en(direct, Slot.ADDRESSEE, 0.9, "(?:you|u|ya)(?:" + APOS + "ll|\\s{1,20}will|\\s{1,20}are\\s{1,20}going\\s{1,20}to|" + APOS
                + "re\\s{1,20}going\\s{1,20}to|\\s{1,20}gonna)(?:\\s{1,20}\\p{L}{1,30})?\\s{1,20}(?:die|burn|bleed|pay\\s{1,20}with\\s{1,20}your\\s{1,20}life|hang|"
                + "be\\s{1,20}(?:dead|killed|shot|hanged|hung|executed|next|slaughtered|burned|burnt|buried))");
        // Future passive about a third person, "Ambassador Yerkhov will be killed": aimed at the subject.
        en(direct, Slot.SUBJECT_BEFORE, 0.85, "(?:will|shall|is\\s{1,20}going\\s{1,20}to|gonna)\\s{1,20}(?:soon\\s{1,20})?be\\s{1,20}(?:killed|shot|murdered|"
                + "executed|hanged|hung|slaughtered|burned|burnt|beheaded|stabbed|assassinated|blown\\s{1,20}up|gunned\\s{1,20}down)");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:you" + APOS + "re|you\\s{1,20}are|ur)\\s{1,20}(?:dead|next|a\\s{1,20}dead\\s{1,20}man|finished|done\\s{1,20}for)");
        en(direct, Slot.ADDRESSEE, 0.9, "(?:say\\s{1,20})?(?:farewell|goodbye|good\\s{1,20}bye)\\s{1,20}to\\s{1,20}(?:your\\s{1,20})?life");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:no\\s{1,20}one|nobody|none)\\s{1,20}will\\s{1,20}(?:mourn|miss|cry\\s{1,20}for|save|help|grieve\\s{1,20}for)\\s{1,20}(?:you|u|him|her|them)");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:it\\s{1,20}is|it" + APOS + "s|its)\\s{1,20}time\\s{1,20}for\\s{1,20}(?:you|u|him|them)\\s{1,20}to\\s{1,20}(?:die|burn|bleed|pay|hang)\\w{0,30}(?:\\s{1,20}up)?");
        en(direct, Slot.ADDRESSEE, 0.85, "your\\s{1,20}days\\s{1,20}are\\s{1,20}numbered|we\\s{1,20}know\\s{1,20}where\\s{1,20}you\\s{1,20}(?:live|are|sleep)|watch\\s{1,20}your\\s{1,20}back"
                + "|(?:a\\s{1,20})?bullet\\s{1,20}(?:in|through|between)\\s{1,20}(?:your|his|her|their)\\s{1,20}\\w{1,30}|put\\s{1,20}(?:you|him|her)\\s{1,20}in\\s{1,20}the\\s{1,20}ground"
                + "|cut\\s{1,20}(?:your|his|her)\\s{1,20}throat|blow\\s{1,20}(?:your|his|her)\\s{1,20}(?:head|brains)\\s{1,20}off|you\\s{1,20}will\\s{1,20}not\\s{1,20}live|won" + APOS + "t\\s{1,20}live\\s{1,20}long");
        en(direct, Slot.ADDRESSEE, 0.75, "(?:i|we)\\s{1,20}(?:hope|wish|pray)\\s{1,20}(?:that\\s{1,20})?(?:you|u|he|she|they)\\s{1,20}(?:die|dies|burn|burns|drowns?|chokes?|"
                + "gets?\\s{1,20}(?:shot|killed|raped|hanged|hung|lynched|stabbed|murdered)|rot|(?:hang|kill|shoot)s?\\s{1,20}(?:you|him|her|them))");
        en(direct, Slot.ADDRESSEE, 0.7, "death\\s{1,20}to\\s{1,20}(?:you|the\\s{1,20}\\p{L}{1,30}|\\p{L}{1,30})");
        en(direct, Slot.ADDRESSEE, 0.65, "(?:die|burn\\s{1,20}in\\s{1,20}hell|rot\\s{1,20}in\\s{1,20}hell),?\\s{1,20}(?:you|u)\\b");
        // ---- English: calls on others to harm
        // Not after a negation ("do not deserve to be"); the look-behind stands after the modal, so that it is tried
        // only where a modal matched, not at every position.
        String notNegated = "(?<!(?:not|never|n" + APOS + "t)\\s{1,3}\\p{L}{3,8})";
        en(incite, Slot.NEAREST, 0.8, "(?:(?:should|must|gotta)" + notNegated + "|(?:ought|needs?|has|have|deserves?)" + notNegated
                + "\\s{1,20}to)"
                + "(?:\\s{1,20}all)?\\s{1,20}be\\s{1,20}(?:shot|killed|hanged|hung|executed|lynched|burned|burnt|beheaded|murdered|slaughtered|"
                + "stabbed|eliminated|gassed|put\\s{1,20}down|strung\\s{1,20}up|bombed|nuked|drowned|tortured|exterminated|euthani[sz]ed|"
                + "guillotined|put\\s{1,20}to\\s{1,20}death|shot\\s{1,20}dead)");
        en(incite, Slot.NEAREST, 0.8, "(?:deserves?|needs?)\\s{1,20}to\\s{1,20}(?:die|hang|burn|be\\s{1,20}dead)");
        en(incite, Slot.NEAREST, 0.8, "(?:someone|somebody|anyone|we)\\s{1,20}(?:should|must|need\\s{1,20}to|has\\s{1,20}to|have\\s{1,20}to)\\s{1,20}(?:" + violentVerbs + ")\\w{0,30}");
        en(incite, Slot.NEAREST, 0.75, "(?:let" + APOS + "s|lets|let\\s{1,20}us|go)\\s{1,20}(?:" + violentVerbs + ")\\w{0,30}"
                // an imperative, not its negation ("do not kill him", "they did not kill him"): the look-behind stands
                // after the verb, so it is tried only where a verb matched
                + "|(?:" + violentVerbs + ")" + NOT_NEGATED_VERB + "\\s{1,20}(?:them|him|her|these|those|every)\\s{1,20}(?:all|\\p{L}{1,30})"
                + "|(?:hang|shoot|kill|execute|lynch|behead|drown|euthani[sz]e|strangle|guillotine|torture)" + NOT_NEGATED_VERB
                + "\\s{1,20}(?:them|him|her|the\\s{1,20}traitors?|all\\s{1,20}of\\s{1,20}them|all\\s{1,20}(?:(?:the|these|those)\\s{1,20})?(?:traitors?|"
                + "diplomats?|ambassadors?|russians?|jews?|muslims?|christians?|infidels?|kafirs?|cops?|police|politicians?|"
                + "liberals?|conservatives?|democrats?|republicans?|immigrants?|refugees?|foreigners?|soldiers?|officers?|guards?|"
                + "women|men|kids|children|gays?|blacks?|whites?|arabs?|turks?|americans?|ukrainians?|israelis?|palestinians?|"
                + "\\p{L}{1,20}\\s{1,20}people|people|you|of\\s{1,20}(?:them|you|those|these))(?![\\p{L}]))"
                // "hang that bitch", "kill this woman": a person or an insult for one as the object. The object stands in a
                // look-ahead so that its words ("that", "shit", "woman") are not anchors: the verb is the rare one.
                + "|(?:hang|shoot|kill|execute|lynch|behead|stab|strangle|drown|torture)(?=\\s{1,20}(?:that|this)\\s{1,20}(?:bitch|bastard|woman|man|"
                + "guy|dude|traitor|pig|scum|whore|cunt|pos|asshole|idiot|moron|motherfucker|mf|prick|hoe|piece\\s{1,20}of\\s{1,20}shit)(?![\\p{L}]))"
                + "\\s{1,20}\\p{L}{1,30}\\s{1,20}\\p{L}{1,30}");
        // A call on others, then within the clause a way of harming: "someone should go to the embassy and teach
        // them a lesson with fire", "who will shoot him", "go and burn it down".
        String harm = "(?:" + violentVerbs + ")\\w{0,30}|teach\\s{1,20}(?:them|him|her|those|these|the|that)\\s{1,20}(?:\\p{L}{1,30}\\s{1,20})?(?:a\\s{1,20})?lesson"
                + "|with\\s{1,20}(?:fire|bullets|guns|knives|a\\s{1,20}knife|a\\s{1,20}gun|a\\s{1,20}bomb|petrol|molotovs?)|set\\s{1,20}(?:it|them|the\\s{1,20}\\p{L}{1,30})\\s{1,20}on\\s{1,20}fire"
                + "|set\\s{1,20}fire|torch\\w{0,3}|storm\\w{0,3}|attack\\w{0,3}|raid\\w{0,3}|firebomb\\w{0,3}|burn\\w{0,3}\\s{1,20}(?:it|them|\\p{L}{1,30})\\s{1,20}down";
        en(incite, Slot.NEAREST, 0.8, "(?:(?:someone|somebody|anyone|anybody|one\\s{1,20}of\\s{1,20}you|you\\s{1,20}all|y" + APOS + "?all|we\\s{1,20}all|people)\\s{1,20}"
                + "(?:should|must|needs?\\s{1,20}to|has\\s{1,20}to|have\\s{1,20}to|ought\\s{1,20}to|better)|who\\s{1,20}(?:will|is\\s{1,20}going\\s{1,20}to|wants\\s{1,20}to)"
                + "|(?:let" + APOS + "s|lets|let\\s{1,20}us)\\s{1,20}go|go\\s{1,20}and|time\\s{1,20}to\\s{1,20}go)"
                + "(?:\\s{1,20}[\\p{L}\\p{N}" + APOS + "-]{1,30}[,.]?){0,12}?\\s{1,20}(?:" + harm + ")");
        // ---- English: news language
        // Active voice, "Altıntaş shot Andrei Karlov": only with a person as object ("shot a video" is not).
        add(attack, Slot.OBJECT_AFTER, 0.8, Script.LATIN, B + "(?:shot|killed|murdered|assassinated|stabbed|attacked|assaulted|"
                + "kidnapped|abducted|gunned\\s{1,20}down|beat\\s{1,20}up|opened\\s{1,20}fire\\s{1,20}on)" + E, PERSON_OBJECT);
        en(reported, Slot.OBJECT_AFTER, 0.75, "(?:death\\s{1,20})?threats?\\s{1,20}(?:to|against|towards|aimed\\s{1,20}at|directed\\s{1,20}at)");
        en(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:receiv\\w{0,30}|got|get|getting|faced?|facing)\\s{1,20}(?:death\\s{1,20}|numerous\\s{1,20}|several\\s{1,20}|many\\s{1,20})?threats"
                + "|(?:was|were|been|being|is|are)\\s{1,20}(?:\\w{1,30}\\s{1,20})?threatened|threatening\\s{1,20}(?:messages|letters|calls|comments)");
        en(reported, Slot.OBJECT_AFTER, 0.7, "threaten\\w{0,30}\\s{1,20}(?:to\\s{1,20}(?:kill|murder|attack|bomb)\\s{1,20})?");
        en(reported, Slot.NEAREST, 0.55, "death\\s{1,20}threats?|threats?\\s{1,20}(?:over|of\\s{1,20}violence|were\\s{1,20}made)");
        en(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:was|were|been|got|is|are)\\s{1,20}(?:\\w{1,30}\\s{1,20})?(?:shot|killed|murdered|assassinated|stabbed|attacked|wounded|"
                + "injured|beaten|kidnapped|abducted|gunned\\s{1,20}down|blown\\s{1,20}up|taken\\s{1,20}hostage)(?:\\s{1,20}dead)?");
        en(attack, Slot.OBJECT_AFTER, 0.8, "(?:assassination|murder|killing|shooting|stabbing|kidnapping|abduction|slaying|execution)\\s{1,20}of");
        // The possessive follows a letter, so this one has no word-start guard.
        add(attack, Slot.SUBJECT_BEFORE, 0.75, Script.LATIN, APOS + "s\\s{1,20}(?:assassination|murder|killing|shooting|kidnapping)" + E);
        en(attack, Slot.OBJECT_AFTER, 0.7, "(?:attacks?|assault|raid|bombing|arson\\s{1,20}attack|shots\\s{1,20}fired)\\s{1,20}(?:on|against|at|outside)"
                + "|opened\\s{1,20}fire\\s{1,20}(?:on|at)|set\\s{1,20}fire\\s{1,20}to|threw\\s{1,20}(?:a\\s{1,20})?(?:molotov|petrol\\s{1,20}bomb|grenade|stones?)\\s{1,20}at");
        en(attack, Slot.OBJECT_AFTER, 0.8, "(?:assassination|murder)\\s{1,20}attempt\\s{1,20}(?:on|against)|attempted\\s{1,20}(?:assassination|murder)\\s{1,20}of");
        en(attack, Slot.NEAREST, 0.55, "gunman|gunmen|shot\\s{1,20}dead|car\\s{1,20}bomb|explosion|suicide\\s{1,20}bomber|attacker|assassin");
        en(plot, Slot.OBJECT_AFTER, 0.75, "plot(?:ted|ting)?\\s{1,20}(?:to\\s{1,20}(?:kill|murder|assassinate|attack|bomb|kidnap)|against)"
                + "|plann(?:ed|ing)\\s{1,20}(?:to\\s{1,20}(?:kill|murder|assassinate|attack|bomb|kidnap)|an\\s{1,20}attack\\s{1,20}on|the\\s{1,20}(?:assassination|murder)\\s{1,20}of)"
                + "|conspir\\w{0,30}\\s{1,20}to\\s{1,20}(?:kill|murder|assassinate|attack)|surveillance\\s{1,20}of|(?:was|were)\\s{1,20}(?:being\\s{1,20})?(?:followed|watched|stalked|surveilled)"
                + "|foiled\\s{1,20}(?:a\\s{1,20})?(?:plot|attack)|assassination\\s{1,20}plot");
        en(protest, Slot.NEAREST, 0.55, "protest\\w{0,30}|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ied)\\s{1,20}(?:outside|at|in\\s{1,20}front\\s{1,20}of)|picket\\w{0,30}"
                + "|gathered\\s{1,20}(?:outside|in\\s{1,20}front\\s{1,20}of|at)|stormed\\s{1,20}the|burn(?:ed|t)\\s{1,20}(?:the\\s{1,20})?(?:\\p{L}{1,30}\\s{1,20})?flags?|chanting\\s{1,20}slogans");
        en(harass, Slot.ADDRESSEE, 0.3, "idiot|moron|scum|bastard|asshole|bitch|retard\\w{0,30}|fuck\\w{0,30}|shit\\w{0,30}|cunt|whore|pig|traitors?|trash|filth\\w{0,30}");

        // ---- Russian
        idiom(Script.CYRILLIC, "убил[аи]?\\s{1,20}наповал|наповал\\s{1,20}убил" + END + "|убива(?<=меня\\s{1,3}убива)" + END
                + "|убива" + END + "(?=\\s{1,20}меня)|уби(?:ть|вать|ваю|ваем|л|ли)(?=\\s{1,20}время)|хоть\\s{1,20}убей"
                + "|(?:умер|умерла|умерли|умираю|умру|сдохну)\\s{1,20}(?:со|от)\\s{1,20}смеху"
                + "|(?:убит|убитый|убитая|убитое|убитые)(?=\\s{1,20}(?:вагон|телефон|машин|диван|ноутбук|ковер|ковёр))"
                + "|сгор(?:ел|ела|ели|аю)(?=\\s{1,20}(?:от\\s{1,20}стыда|на\\s{1,20}работе|на\\s{1,20}солнце))"
                // Suicide, not a threat: "пустил себе пулю в лоб".
                + "|себе\\s{1,20}пул[юя]\\s{1,20}в\\s{1,20}(?:лоб|голову|висок|рот)");
        // Third person plural future, the impersonal "they": "посла застрелят", "тебя найдут", "сожгут посольство".
        // Not in a clause of time or condition: "когда убьют, тогда и приходите" is a complaint about the police.
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:убьют|застрелят|прикончат|зарежут|пристрелят|расстреляют|закопают|порешат|грохнут|"
                + "замочат|взорвут)(?<!(?:когда|если|пока|вдруг|ли)\\s{1,3}\\p{L}{5,11})" + E + "|(?:тебя|вас|его|е[её]|их)\\s{1,20}(?:найдут|достанут|повесят|сожгут)" + E
                + "|сожгут\\s{1,20}(?:тебя|вас|его|е[её]|их|посольств|консульств|дом)" + END
                + "|(?:тебе|вам|ему|ей|им|послу)\\s{1,20}(?:\\p{L}{1,30}\\s{1,20})?(?:конец|не\\s{1,20}жить|крышка|хана)" + E);
        // A call on others: "кто-нибудь должен (пойти и) сжечь посольство".
        ru(incite, Slot.NEAREST, 0.8, "(?:кто-?\\s?(?:нибудь|то)|кто\\s{1,20}(?:нибудь|то)|кому-?\\s?(?:нибудь|то)|вы|мы|люди|ребята)\\s{1,20}"
                + "(?:должн\\p{L}{0,3}|обязан\\p{L}{0,3}|пора|надо|нужно)(?:\\s{1,20}\\p{L}{1,30}){0,8}?\\s{1,20}"
                + "(?:убить|застрелить|прикончить|сжечь|поджечь|взорвать|повесить|зарезать|расстрелять|проучить|наказать|разгромить)" + E
                + "|кто\\s{1,20}(?:убь[её]т|застрелит|сожж[её]т|подожж[её]т|взорв[её]т|прикончит)" + E);
        // Reports in the active voice: "Алтынташ застрелил Карлова" (object after), "Карлова застрелили" (before).
        ru(attack, Slot.OBJECT_AFTER, 0.8, "(?:застрелил|убил|зарезал|расстрелял|ранил|похитил|избил|атаковал|напал)(?:а|и)?" + E);
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:по)?прощай(?:ся|тесь)\\s{1,20}с\\s{1,20}жизнью|тебе\\s{1,20}(?:конец|не\\s{1,20}жить|крышка|хана)|ты\\s{1,20}труп|вам\\s{1,20}(?:конец|не\\s{1,20}жить)");
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:сгори(?:шь|те)|сгоришь|сгорите|сдохнешь|сдохнете|сдохни|сдохните|умр[её]шь|умр[её]те|ответишь\\s{1,20}кровью|убейся)" + E);
        // Unambiguous verbs of killing, first person future, with or without the object.
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:(?:мы|я)\\s{1,20})?(?:(?:тебя|вас|его|е[её]|их)\\s{1,20})?(?:убь[её]м|убью|зарежем|зарежу|застрелим|застрелю|"
                + "прикончим|прикончу|закопаем|закопаю|пристрелим|пристрелю)" + E);
        // Colloquial first person threats of beating or killing; they need "you" to be threats, not boasts.
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:тебя|вас)\\s{1,20}(?:урою|уроем|замочу|замочим|грохну|грохнем|прибью|прибьём|прибьем|изобью|"
                + "отпизжу|порешу|порешим|придушу|задушу)" + E + "|(?:урою|замочу|грохну|прибью|придушу|задушу)\\s{1,20}(?:тебя|вас)" + E);
        // Verbs that also have harmless senses (burn fuel, find a way) count only with a personal object.
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:(?:мы|я)\\s{1,20})?(?:тебя|вас|его|е[её]|их)\\s{1,20}(?:сожж[её]м|сожгу|повесим|взорв[её]м|взорву|уничтожим|"
                + "найд[её]м|найду|достанем|достану)" + E + "|(?:доберемся|доберёмся|доберусь)\\s{1,20}до\\s{1,20}(?:тебя|вас|него|неё|нее)" + E
                + "|(?:я|мы)\\s{1,20}(?:же\\s{1,20})?(?:тебя|вас)\\s{1,20}найд(?:у|[её]м)" + E);
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:никто|ни\\s{1,20}кто)\\s{1,20}не\\s{1,20}(?:будет\\s{1,20})?(?:оплак|скорб|пожале|вспомн|спас|горева)" + END
                + "|пришло\\s{1,20}время\\s{1,20}(?:тебе|вам)\\s{1,20}(?:сгореть|умереть|сдохнуть|ответить)|(?:тво[иё]|ваши)\\s{1,20}дни\\s{1,20}сочтены"
                + "|(?:мы\\s{1,20})?знаем,?\\s{1,20}где\\s{1,20}ты\\s{1,20}живешь|знаем,?\\s{1,20}где\\s{1,20}ты\\s{1,20}живёшь|пуля\\s{1,20}в\\s{1,20}лоб|пулю\\s{1,20}в\\s{1,20}лоб");
        ru(direct, Slot.ADDRESSEE, 0.75, "(?:чтоб|чтобы)\\s{1,20}ты\\s{1,20}(?:сдох|сгорел|умер|сгнил)" + END
                + "|смерть\\s{1,20}(?:тебе|вам|им|ему|ей|\\p{L}{1,30}(?:ам|ям|у|ю))" + E + "|собачья\\s{1,20}смерть"
                + "|надеюсь,?\\s{1,20}(?:ты|вы|они|он|она|их|его|е[её])\\s{1,20}(?:\\p{L}{1,30}\\s{1,20}){0,2}(?:сдохн|сдох|умр|сгори|сгни|уничтож|убь)" + END);
        ru(incite, Slot.NEAREST, 0.8, "(?:убейте|убей\\s{1,20}\\p{L}{1,30}|убить\\s{1,20}(?:его|ее|её|их|всех|посла)|повесить\\s{1,20}(?:его|их|всех)|расстрелять|сжечь\\s{1,20}(?:их|его|посольство)"
                + "|(?:надо|нужно|следует|пора)\\s{1,20}(?:убить|повесить|расстрелять|сжечь|взорвать|уничтожить|прикончить))" + END
                + THINGS_RU);
        ru(reported, Slot.OBJECT_AFTER, 0.75, "угроз" + END + "\\s{1,20}(?:в\\s{1,20}адрес|послу|дипломат" + END + "|\\p{L}{1,30}у)");
        ru(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:получ|поступа|поступи|получа)" + END + "\\s{1,20}(?:\\p{L}{1,30}\\s{1,20})?угроз" + END
                + "|угрожа" + END + "|угрозы\\s{1,20}(?:убийством|расправой|смертью)|угрозами");
        ru(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:был\\p{L}?\\s{1,20})?(?:убит|застрелен|зарезан|ранен|похищен|избит|взорван)" + END);
        ru(attack, Slot.OBJECT_AFTER, 0.8, "(?:убийств|покушени|нападени|атак|похищени|обстрел|поджог|расстрел)" + END + "(?:\\s{1,20}на)?");
        ru(attack, Slot.NEAREST, 0.55, "(?:взрыв|стрелок|стрельб|теракт)" + END);
        ru(plot, Slot.OBJECT_AFTER, 0.75, "(?:готовил|планировал|замышлял)" + END + "\\s{1,20}(?:покушение|теракт|убийство|нападение|взрыв)" + END
                + "|заговор" + END + "|слежк" + END + "\\s{1,20}за|следил" + END + "\\s{1,20}за|предотвра" + END + "\\s{1,20}(?:теракт|покушение)" + END);
        ru(protest, Slot.NEAREST, 0.55, "(?:протест|митинг|пикет|демонстрац|акци[яи]\\s{1,20}протеста|беспорядк)" + END
                + "|собрал" + END + "\\s{1,20}(?:у|возле|перед)\\s{1,20}(?:посольств|консульств)" + END);
        ru(harass, Slot.ADDRESSEE, 0.3, "(?:мразь|мрази|тварь|твари|урод|сволочь|сука|суки|ублюд|подонок|подонки|гнида|дебил|идиот|падаль|мерзав)" + END);

        // ---- Turkish
        idiom(Script.LATIN, "(?:gülmekten|gülmeden|sıcaktan|soğuktan|açlıktan|meraktan|uykusuzluktan|sıkıntıdan|kahkahadan)\\s{1,20}"
                + "(?:öl|gebe|kırıl|yan)" + END + "|öldür(?:dün|dünüz|dü|düler|üyorsun|üyorsunuz)\\s{1,20}(?:beni|bizi)" + E
                + "|öldür(?<=(?:beni|bizi)\\s{1,3}öldür)(?:dün|dünüz|dü|üyorsun|üyorsunuz|ün|sünler|seler)" + E + "|öldür(?<=(?:vakit|zaman)\\s{1,3}öldür)" + END
                // The proverb "yiğidi öldür ama hakkını yeme": give the devil his due.
                + "|yiğidi\\s{1,20}öldür" + END + "(?:\\s{1,20}ama)?\\s{1,20}hakkını");
        // Future passive, "öldürülecek(sin)": a threat of what will be done to the subject (past forms are reports;
        // not the first person, "asılacağım" is to hang on to something, nor the conditional "vurulacaksa").
        tr(direct, Slot.SUBJECT_BEFORE, 0.85, "(?:öldürülece|vurulaca|asılaca|yakılaca|kurşunlanaca|gebertilece|kesilece|boğazlanaca)k(?:sin|sın|siniz|sınız|ler|lar)?" + E);
        // A call on others: "biri elçiliğe gidip onları yakmalı", "birisi şunu vurmalı".
        tr(incite, Slot.NEAREST, 0.8, "(?:biri|birisi|birileri|biriniz|herkes)(?:\\s{1,20}[\\p{L}'’]{1,30}){0,8}?\\s{1,20}"
                + "(?:öldürmeli|vurmalı|yakmalı|asmalı|gebertmeli|kurşunlamalı|bombalamalı|patlatmalı|dersini\\s{1,20}vermeli|haddini\\s{1,20}bildirmeli)" + END);
        tr(direct, Slot.ADDRESSEE, 0.9, "hayat(?:ın)?a\\s{1,20}veda\\s{1,20}et" + END + "|(?:seni|sizi|onu|onları)?\\s*(?:öldürece|öldürüce|gebertece|gebertice)(?:ğ|k)" + END
                // Cut, burn, hit, hang, find: threats only with a personal object.
                + "|(?:seni|sizi|onu|onları|kafanı|kafanızı|dilini)\\s{1,20}(?:kesece|kesice|kescem|keserim|yakaca|yakıca|yakarım|vuraca|vurıca|vururum|"
                + "asaca|boğaca|gömece|patlataca|bulaca|bulıca|bulurum|kırarım|kıracağ|koparırım|kopara)" + END);
        tr(direct, Slot.ADDRESSEE, 0.9, "(?<!gün\\s|birgün\\s|olsa\\s|şüphesiz\\s)(?:öleceks|ölecek\\s{1,20}sin|gebereceks|yanacaks|yanıcaks|kurşunlanacaks)" + END
                + "|(?:geber|gebersin|gebersinler|geberin|geberesin|geberesice|yanarak\\s{1,20}ölün|ölün)" + E
                + "|kafan\\s{1,20}kopsun|kafanı\\s{1,20}(?:kopar|kes|kır)\\p{L}{0,30}|mezarın\\s{1,20}olmasın|mezar\\s{1,20}dahi\\s{1,20}nasip\\s{1,20}olmasın"
                + "|kimse\\s{1,20}(?:senin\\s{1,20}için|sana|arkandan|için)\\s{1,20}(?:ağlamayacak|üzülmeyecek|yas\\s{1,20}tutmayacak)" + END
                + "|(?:yanma|ölme|gebermen?)\\s*(?:nin|in)?\\s{1,20}(?:zamanı|vakti)" + END + "|günlerin\\s{1,20}sayılı|nerede\\s{1,20}oturduğunu\\s{1,20}biliyoruz"
                + "|kanını\\s{1,20}dökece" + END + "|kafanı\\s{1,20}kesece" + END);
        tr(direct, Slot.ADDRESSEE, 0.7, "\\p{L}{1,30}" + APOS + "(?:y?[ae])\\s{1,20}ölüm" + E + "|(?:sana|size|\\p{L}{1,30}ler[ae]|\\p{L}{1,30}lar[ae])\\s{1,20}ölüm" + E + "|ölüm\\s{1,20}(?:sana|size)" + E);
        tr(direct, Slot.ADDRESSEE, 0.85, "(?:canını|canınızı)\\s{1,20}(?:alaca|alıca)(?:ğ|k)" + END
                + "|(?:seni|sizi)\\s{1,20}(?:doğraya|doğrıya|boğaza|mahvede|gebertece)(?:ca|ce)(?:ğ|k)" + END);
        tr(incite, Slot.NEAREST, 0.8, "(?:öldürün|gebertin|asın|asılsın|kurşunlayın|vurun\\s{1,20}(?:onu|şunu)|yakın\\s{1,20}(?:onu|onları|elçiliği|şunu)|"
                + "(?:öldürülmeli|asılmalı|kurşuna\\s{1,20}dizilmeli|gebertilmeli|yakılmalı))" + END);
        tr(reported, Slot.SUBJECT_BEFORE, 0.7, "tehdit\\s{1,20}(?:ald|edil|mesaj)" + END + "|tehditler\\s{1,20}ald" + END + "|tehdide\\s{1,20}maruz|tehdit\\s{1,20}ediyor");
        tr(reported, Slot.NEAREST, 0.55, "(?:ölüm\\s{1,20})?tehdit" + END);
        tr(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:öldürül|vurul|bıçaklan|yaralan|kaçırıl|katled|şehit\\s{1,20}edil)" + END);
        tr(attack, Slot.NEAREST, 0.8, "(?:suikast|saldırı|cinayet|kundakla)" + END);
        tr(attack, Slot.NEAREST, 0.55, "(?:silahlı\\s{1,20}saldırgan|saldırgan|patlama|bombalı|ateş\\s{1,20}aç)" + END);
        tr(plot, Slot.NEAREST, 0.75, "(?:suikast|saldırı|eylem)\\s{1,20}(?:planı|hazırlığı|girişimi)" + END + "|komplo" + END
                + "|fişle" + END + "|keşif\\s{1,20}yap" + END);
        tr(protest, Slot.NEAREST, 0.55, "(?:protesto|gösteri|eylem\\s{1,20}yap|önünde\\s{1,20}toplan|yürüyüş\\s{1,20}düzenle|slogan\\s{1,20}at)" + END);
        tr(harass, Slot.ADDRESSEE, 0.3, "(?:şerefsiz|orospu|piç|aşağılık|geri\\s{1,20}zekalı|gerizekalı|pislik|alçak|haysiyetsiz|namussuz|yavşak|göt|sik)" + END);

        // ---- Arabic
        idiom(Script.ARABIC, "(?:مت|متت|موت|ميت|بموت|هموت|رح\\s{1,20}موت)\\s{1,20}(?:من\\s{1,20})?(?:ال)?ضحك\\p{L}{0,30}"
                + "|قتلتني\\s{1,20}(?:من\\s{1,20})?(?:ال)?ضحك|(?:ي|ت|ن)?قتل\\p{L}{0,3}(?=\\s{1,20}(?:ال)?وقت)");
        // Third person future, "سيقتلون السفير": the impersonal "they" of a threat.
        ar(direct, Slot.ADDRESSEE, 0.85, "(?:سي|ست|هي|حي)(?:قتل|ذبح|حرق|صفي|سحل|نحر)(?:ون|وا|وك|وه|ونك|ونه|ونكم)(?!\\p{L})");
        // A call on others: "يجب على أحد أن يحرق السفارة".
        ar(incite, Slot.NEAREST, 0.8, "(?:يجب|لازم|على)\\s{1,20}(?:على\\s{1,20})?(?:أحد|احد|حدا|حد|أحدكم|احدكم|شخص|الشباب)(?:\\s{1,20}\\p{L}{1,30}){0,6}?\\s{1,20}"
                + "(?:أن\\s{1,20}|ان\\s{1,20})?(?:ي)(?:قتل|ذبح|حرق|فجر|يفجر|لقن|ضرب|هاجم|حرق)\\p{L}{0,30}");
        ar(direct, Slot.ADDRESSEE, 0.9, "سن(?:قتل|ذبح|حرق|فجر|صفي|دفن|سحق|جد|لاحق|نتقم\\s{1,20}من)\\p{L}{0,30}|ست(?:موت|موتون|حترق|حترقون|دفع\\s{1,20}الثمن)\\p{L}{0,30}");
        // First person singular and the dialect futures (Egyptian ه/ح, Levantine رح and ب, Gulf ب), with a "you"
        // object suffix: سأقتلك, هقتلك, رح اقتلك, بذبحك, والله لأقتلك.
        ar(direct, Slot.ADDRESSEE, 0.9, "(?:سأ|سا|ه|ح|ب|لأ|لا|رح\\s{1,20}ا?|راح\\s{1,20}ا?)(?:قتل|ذبح|دبح|حرق|سحل|صفي|دفن|نحر)(?:ك|كم|كي)(?!\\p{L})");
        ar(direct, Slot.ADDRESSEE, 0.9, "(?:ودع|ودّع|قل\\s{1,20}وداعا\\s{1,20}ل)\\s*(?:ال)?حيا\\p{L}{0,30}|وداعا\\s{1,20}(?:لل|ل)حيا\\p{L}{0,30}");
        ar(direct, Slot.ADDRESSEE, 0.85, "لن\\s{1,20}(?:يبكي|يحزن|يترحم|ينقذ)\\p{L}{0,30}\\s{1,20}عليك\\p{L}{0,30}(?:\\s{1,20}أحد)?|لن\\s{1,20}(?:يبكي|يحزن)\\s{1,20}أحد\\s{1,20}عليك\\p{L}{0,30}"
                + "|حان\\s{1,20}(?:ال)?وقت\\s{1,20}(?:أن\\s{1,20})?(?:ل)?(?:ت|ي)?(?:احتراق|حترق|موت|حرق|ذبح|رحيل)\\p{L}{0,30}|أيامك\\s{1,20}معدودة|نعرف\\s{1,20}(?:أين|اين)\\s{1,20}(?:تسكن|تعيش)|دمك\\s{1,20}مهدور");
        ar(direct, Slot.ADDRESSEE, 0.7, "الموت\\s{1,20}(?:لل|ل)\\s?(?!لا|له|لها|لهم)\\p{L}{3,}");
        ar(direct, Slot.ADDRESSEE, 0.8, "(?:يا\\s*رب|يارب|ان\\s{1,20}شاء\\s{1,20}الله|إن\\s{1,20}شاء\\s{1,20}الله|عقبال|الله\\s{1,20}ي)\\s*(?:ت|ي)موت\\p{L}{0,30}"
                + "|(?:س|راح\\s{1,20}|رح\\s{1,20})?ن(?:ضرب|قتل|ذبح|حرق|سحل)(?:ك|كم|ه|هم)(?!\\p{L})");
        ar(incite, Slot.NEAREST, 0.8, "(?:اقتلو|اذبحو|احرقو|اعدمو|اسحلو)" + AR_SUBJECT + "(?:ه|هم|ها|ا)(?!\\p{L})|لازم\\s{1,20}(?:ن|ت)(?:قتل|ذبح|بيد|حرق)\\p{L}{0,30}|(?:يجب|لازم|وجب)\\s{1,20}(?:قتل|ذبح|حرق|إعدام|اعدام)\\p{L}{0,30}|دمه\\s{1,20}مهدور");
        ar(reported, Slot.OBJECT_AFTER, 0.7, "تهديد\\p{L}{0,30}(?:\\s{1,20}(?:ل|إلى|الى|ضد))?");
        ar(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:تلقى|تلقت|يتلقى|تعرض|تعرضت)\\s{1,20}(?:ل)?(?:ال)?تهديد\\p{L}{0,30}|هُدد|هدد\\p{L}{0,30}");
        ar(attack, Slot.OBJECT_AFTER, 0.8, "(?:اغتيال|مقتل|قتل|هجوم\\s{1,20}على|الهجوم\\s{1,20}على|اعتداء\\s{1,20}على|الاعتداء\\s{1,20}على|اختطاف|طعن|إطلاق\\s{1,20}(?:ال)?نار\\s{1,20}على|اطلاق\\s{1,20}(?:ال)?نار\\s{1,20}على)");
        ar(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:اغتيل|قُتل|أصيب|اختطف|طُعن)\\p{L}{0,30}");
        ar(attack, Slot.NEAREST, 0.55, "(?:انفجار|تفجير|مسلح|أطلق\\s{1,20}النار|اطلق\\s{1,20}النار)\\p{L}{0,30}");
        ar(plot, Slot.OBJECT_AFTER, 0.75, "(?:مخطط|مؤامرة|مراقبة|التخطيط\\s{1,20}ل|خطط\\p{L}{0,30}\\s{1,20}ل)\\p{L}{0,30}");
        ar(protest, Slot.NEAREST, 0.55, "(?:احتجاج|تظاهر|مظاهر|متظاهر|اعتصام|وقفة\\s{1,20}احتجاجية)\\p{L}{0,30}");
        ar(harass, Slot.ADDRESSEE, 0.3, "(?:حقير|كلب|خنزير|وسخ|قذر|حمار|خائن|عميل|منافق|واطي)\\p{L}{0,30}");
    }

    /** Whitespace between two words of a phrase. */
    private static final String S = "\\s{1,20}";
    /** One optional word in between ("тебе [скоро] конец", "sıra [elbet] size"). */
    private static final String W1 = "(?:\\p{L}{1,30}\\s{1,20})?";
    /** A capitalised word right after the phrase: a name, as in "кончишь как Карлов". */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s{1,20}\\p{Lu}");

    // Implicit and colloquial threats in Russian, Turkish and Arabic, written from knowledge of the languages and
    // checked against training rows of ru_toxic, OffensEval-TR, OSACT4 and L-HSAB (never the validation rows): "your
    // days are numbered", "we know where you live", "you will pay / answer for this", "your turn will come", "a
    // bullet is waiting for you", "you'll end up like Karlov", "knife under the rib", calls to burn or storm an
    // embassy or to kill a diplomat, and death-wish curses (which the labels count as threats unless they are about
    // hell). Words with harmless senses count only with a personal object, and the harmless sense is excluded where
    // the data showed it ("сломаю голову" over a problem, "الله لا يحرق قلبك", "يحرق اعصابك", "hesabı ödeyeceksin").
    static {
        ThreatCategory direct = ThreatCategory.DIRECT_THREAT;
        ThreatCategory incite = ThreatCategory.INCITEMENT;

        // ---- Russian
        String body = "(?:голову|башку|бошку|ноги|шею|кишки|зубы|ебальник|ебало|хлебало|череп|хребет|морду|рожу|табло|рыло|харю|"
                + "яйца|глаза|челюсть|пасть|рога)";
        String beat = "(?:оторву|откручу|отрежу|снесу|проломлю|разобью|переломаю|вырву|выпущу|выбью|сверну|набью|начищу|расквашу|"
                + "оторв[её]м|открутим|отрежем|снес[её]м|проломим|разобь[её]м|переломаем|вырвем|выпустим|выбьем|свернем|свернём|набь[её]м|начистим)";
        ru(direct, Slot.ADDRESSEE, 0.85, "не" + S + "жил(?:ец|ица|ьцы)" + E + "|не" + S + "жить" + S + "(?:тебе|вам)" + E
                + "|(?:недолго|немного)" + S + "(?:тебе|вам|ему|ей|им)" + S + "(?:осталось|жить)" + E
                + "|(?:тебе|вам)" + S + "(?:осталось" + S + ")?(?:недолго|немного)" + S + "(?:осталось|жить)" + E
                + "|жить" + S + "(?:тебе|вам|ему|ей)" + S + "(?:осталось" + S + ")?(?:недолго|немного)" + E
                + "|(?:твой|твоя|ваш)" + S + "конец" + S + "(?:близок|близко|скоро|пришел|пришёл|настал)" + E
                + "|конец" + S + "(?:твой|ваш)" + S + "(?:близок|близко|настал|пришел|пришёл)" + E
                + "|дни" + S + "(?:твои|ваши|его|их)" + S + "сочтены|(?:его|их)" + S + "дни" + S + "сочтены");
        // "Ты ответишь за это", "поплатишься": only "you", and only "answer for", not "answer the question".
        ru(direct, Slot.ADDRESSEE, 0.8, "(?:ответишь|ответите)" + S + "за" + S
                + "(?:это|вс[её]|базар|слова|сво\\p{L}{1,3}|сделанное|содеянное|каждое|кровь)" + E + "|(?:поплатишься|поплатитесь)" + E
                + "|(?:жди|ждите)" + S + "(?:гостей|в" + S + "гости)" + E
                + "|(?:придем|придём|приедем|придут|приедут|явимся)" + S + "за" + S + "(?:тобой|вами)" + E
                + "|за" + S + "(?:тобой|вами)" + S + "(?:скоро" + S + ")?(?:придем|придём|приедем|придут|приедут)" + E
                + "|(?:твоя|тво[юя]|ваша|вашу)" + S + "очередь" + S + "(?:тоже" + S + "|ещё" + S + "|еще" + S + ")?(?:придет|придёт|настанет|наступит|скоро)" + E
                + "|до" + S + "(?:тебя|вас)" + S + "(?:тоже" + S + "|ещё" + S + "|еще" + S + "|скоро" + S + ")?(?:очередь" + S + ")?(?:дойд[её]т|доберутся)" + E
                + "|пожалее(?:шь|те),?" + S + "что" + S + "(?:на" + S + "свет" + S + ")?(?:родил|появил)\\p{L}{0,4}"
                + "|живым" + S + "(?:\\p{L}{1,30}" + S + "){0,2}не" + S + "(?:уйд[её]шь|уйти|уйд[её]те|выйдешь|выйти|выйдете|останешься|останетесь|вернешься|вернёшься)" + E);
        ru(direct, Slot.ADDRESSEE, 0.7, "(?:ты|вы)" + S + "(?:будешь" + S + "|будете" + S + ")?следующ(?:ий|ая|ие|им|ей|ими)(?=\\s{0,20}(?:[!.)]|$))"
                + "|(?:тебе|вам)" + S + W1 + "(?:пиздец|пизда|кранты|каюк)" + E + "(?!\\s{1,20}как)");
        // Knife and bullet, in the street forms ("перо в бок", "словишь маслину"); not "нож в спину" (betrayal) nor
        // "пустить себе пулю в лоб".
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:нож|перо|заточк\\p{L}{0,3}|пику)" + S + "(?:тебе" + S + "|вам" + S + ")?(?:под" + S + "ребр\\p{L}{0,2}|в" + S
                + "(?:бок|печень|пузо|брюхо))" + E
                + "|(?:получишь|словишь|схлопочешь|поймаешь|получите|словите)" + S + W1 + "(?:пулю|маслину|перо|пиздюлей|пизды|люлей|звездюлей|"
                + "по" + S + "(?:ебалу|морде|щам|щщам|роже|башке|зубам))" + E
                + "|(?:пиздюл\\p{L}{0,3}|пизды|люлей|звездюл\\p{L}{0,3})" + S + W1 + "(?:получишь|огреб[её]шь|отхватишь|дам|дадим|выпишу|выпишем|навешаю)" + E
                + "|пул[яю](?<!себе\\s{1,3}пул[яю])" + S + "(?:в" + S + "(?:голову|башку|затылок|висок|сердце)|(?:тебя|вас)" + S + "(?:жд[её]т|найд[её]т|догонит))" + E);
        // Beating: first person future with a body part and "тебе" ("голову оторву", "ебало набью"); not "сломаю голову".
        ru(direct, Slot.ADDRESSEE, 0.85, beat + S + "(?:тебе|вам|ему)" + S + W1 + body + E
                + "|(?:тебе|вам|ему)" + S + body + S + beat + E
                + "|" + body + S + "(?:тебе|вам|ему)" + S + beat + E
                + "|(?:ебальник|ебало|хлебало|морду|рожу|табло|рыло|харю|башку|бошку)" + S + "(?:твою" + S + ")?" + beat + E
                + "|" + beat + S + "(?:твою|твой|твои|вашу|ваши)" + S + body + E
                + "|глаз\\p{L}{0,2}" + S + "на" + S + "жопу" + S + "натян\\p{L}{0,3}|натяну" + S + "глаз\\p{L}{0,2}" + S + "на" + S + "жопу"
                + "|(?:глотку|горло)" + S + "(?:тебе" + S + ")?(?:перегрызу|перережу|перегриз[её]м|перережем)" + E
                + "|(?:перегрызу|перережу|перегриз[её]м|перережем)" + S + "(?:тебе|вам)" + S + "(?:глотк\\p{L}|горло)" + E);
        // Colloquial verbs of killing and beating, threats only with "you" as object ("экзамен завалю" is not).
        String kill = "(?:завалю|завалим|уебу|уеб[её]м|въебу|размажу|размажем|порешу|шлепну|шлёпну|пришью|пришь[её]м|запинаю|запинаем|кончу|кончим|"
                + "зарою|зароем|уработаю|отмудохаю|отхуярю|отпиздим|удавлю|утоплю|утопим|прирежу|прирежем)";
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:тебя|вас)" + S + kill + E + "|" + kill + S + "(?:тебя|вас)" + E
                + "|(?:закатаем|закатаю|закатают)" + S + "(?:тебя|вас|его|е[её]|их)" + S + "в" + S + "асфальт|(?:тебя|вас)" + S + "в" + S + "асфальт" + S + "(?:закатаем|закатаю|закатают)"
                + "|(?:вывезем|вывезу|вывезут)" + S + "(?:тебя|вас|его|е[её]|их)" + S + "в" + S + "лес" + E
                + "|(?:отправлю|отправим|отправят|отправишься|отправитесь)" + S + "(?:тебя" + S + "|вас" + S + "|его" + S + "|их" + S + ")?"
                + "(?:на" + S + "тот" + S + "свет|к" + S + "праотцам|на" + S + "кладбище|в" + S + "морг|в" + S + "могилу)" + E
                + "|(?:умоешься|умоетесь|захлебн[её]шься|захлебн[её]тесь)" + S + "(?:своей" + S + ")?кровью" + E
                + "|кровью" + S + "(?:умоешься|умоетесь|захлебн[её]шься|захлебн[её]тесь|заплатишь|заплатите)" + E
                + "|(?:ваша|твоя)" + S + "кровь" + S + "(?:польется|польётся|прольется|прольётся|будет" + S + "литься)" + E
                + "|(?:готовь|готовьте|заказывай|закажи|заказывайте|закажите|присматривай|присмотри|выбирай)" + S + "(?:себе" + S + ")?"
                + "(?:гроб|гробик|место" + S + "на" + S + "кладбище|венки)" + E
                + "|(?:гроб|место" + S + "на" + S + "кладбище)" + S + "(?:себе" + S + ")?(?:готовь|заказывай|закажи|присматривай|присмотри|выбирай)" + E
                + "|(?:знаю|знаем)" + S + "(?:твой|ваш)" + S + "адрес" + E + "|(?:знаю|знаем),?" + S + "где" + S + "(?:ты|вы)" + S
                + "(?:живешь|живёшь|живете|живёте|учишься|работаешь|спишь)" + E
                + "|(?:пробили|нашли|вычислили)" + S + "(?:твой|ваш)" + S + "адрес" + E);
        // "Кончишь как Карлов", "повторишь судьбу Карлова": a comparison with someone named, who is not the target.
        add(direct, Slot.ADDRESSEE, 0.85, Script.CYRILLIC, B + "(?:кончишь|закончишь|кончите|закончите|сдохнешь|сдохнете|ляжешь|ляжете|"
                + "подохнешь)" + S + "как" + E, NAME_AFTER);
        add(direct, Slot.ADDRESSEE, 0.85, Script.CYRILLIC, B + "(?:повторишь|повторите|разделишь|разделите)" + S + "(?:судьбу|участь)" + E, NAME_AFTER);
        ru(direct, Slot.ADDRESSEE, 0.75, "(?:чтоб|чтобы)" + S + "(?:вы|они|он|она)" + S + "(?:все" + S + ")?(?:сдохл|сгорел|сгнил|подохл|передохл|издохл)\\p{L}{0,3}"
                + "|пусть" + S + "(?:\\p{L}{1,30}" + S + "){0,2}(?:сдохнет|сдохнут|подохнет|подохнут|издохнет|издохнут)"
                + "(?!\\s{1,20}(?:от|со)\\s{1,20}(?:зависти|смеху|смеха|скуки|тоски))"
                + "|(?:подохни|подохните|подохнешь|подохнете|издохни|издохните)" + E);
        // Embassies and diplomats; not in reports of what others tried or planned.
        String tried = "(?<!(?:пытались|пытался|попытались|пытаются|пытаясь|планировали|планировал|хотели|собирались|собирался|готовили)\\s{1,3}\\p{L}{4,13})";
        ru(incite, Slot.NEAREST, 0.8, "(?:сжечь|взорвать|разнести|поджечь|штурмовать|захватить|разгромить|спалить|закидать)" + tried + S + W1
                + "(?:посольств|консульств)\\p{L}{0,3}"
                + "|(?:убить|замочить|грохнуть|расстрелять|пристрелить|повесить|вздернуть|вздёрнуть|зарезать|прикончить|ликвидировать)" + tried + S + W1
                + "(?:посла|послов|дипломат\\p{L}{0,3}|консула)" + E);
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:сожж[её]м|взорв[её]м|разнес[её]м|подожж[её]м|спалим|захватим|разгромим|возьм[её]м" + S + "штурмом)" + S + W1
                + "(?:посольств|консульств)\\p{L}{0,3}");
        // Lynching words: lanterns, the wall, the stake, the pitchfork, the bayonet ("хохла на штык", "к стенке их").
        ru(incite, Slot.NEAREST, 0.8, "(?:вешать|повесить|повесим|вздернуть|вздёрнуть|вздернем|вздёрнем)" + S + "(?:их|его|е[её]|тебя|вас|всех|таких|этих)" + S
                + "на" + S + "(?:фонар|столб|осин|берез|берёз|сук|виселиц)\\p{L}{0,5}"
                + "|на" + S + "(?:фонар\\p{L}{0,5}|столбах|осинах|виселиц\\p{L}{0,3})" + S + W1 + "(?:висеть|вешать|повесим|вздернуть|вздёрнуть)" + E
                + "|(?:поставить|ставить|поставим|поставлю)" + S + "(?:их|его|е[её]|тебя|вас|всех|таких|этих)" + S + "к" + S + "стенке" + E
                + "|к" + S + "стенке" + S + "(?:их|его|всех|таких|этих|поставить|ставить)" + E
                + "|на" + S + "кол" + S + "(?:посадить|сажать|посадим|их|его|всех)" + E
                + "|(?:посадить|сажать|посадим)" + S + "(?:их|его|всех|таких|этих)" + S + "на" + S + "кол" + E
                + "|на" + S + "вилы" + S + "(?:поднять|поднимем|их|его|всех)" + E
                + "|\\p{L}{2,30}" + S + "на" + S + "(?:штык|штыки|ножи|фонари|фонарь|виселицу)(?=\\s{0,20}(?:[!.]|$))"
                + "|(?:мочить|гасить|резать|вешать|стрелять|убивать)" + S + "(?:всех|таких)" + E);

        // ---- Turkish
        tr(direct, Slot.ADDRESSEE, 0.8, "sıra" + S + W1 + "(?:size|sana|sizlere|sizede|sanada|onlara|sizinkilere)(?:" + S
                + "(?:de|da|elbet|elbette|mutlaka|yakında|bir" + S + "gün)){0,3}" + S + "(?:gelecek|gelicek|gelcek|gelir|gelecektir)" + E
                + "|(?:sıran|sıranız)" + S + "(?:(?:de|da|elbet|elbette|yakında|mutlaka)" + S + "){0,2}(?:gelecek|gelicek|gelcek)" + E);
        // "Bunun hesabını vereceksin", "bedelini ödeyeceksin": you, not the bill ("hesabı ödeyeceksin").
        tr(direct, Slot.ADDRESSEE, 0.7, "(?:bunun|bunların|yaptıklarının|yaptığının)" + S + "hesabını" + S + W1
                + "(?:vereceksin|vereceksiniz|ödeyeceksin|ödeyeceksiniz)" + E
                + "|bedelini" + S + W1 + "(?:ödeyeceksin|ödeyeceksiniz|ödeteceğiz|ödeteceğim|ödeticez)" + E
                + "|(?:evini|evinizi|adresini|adresinizi|nerede" + S + "(?:yaşadığını|oturduğunu|çalıştığını|kaldığını))" + S + "(?:çok" + S + ")?(?:iyi" + S + ")?"
                + "(?:biliyoruz|biliyorum|bulduk|öğrendik)" + E);
        tr(direct, Slot.ADDRESSEE, 0.9, "(?:kanla|kanınla|kanınızla|canınla|canınızla|hayatınla|hayatınızla)" + S + "ödeyece\\p{L}{1,10}"
                + "|(?:kafana|kafanıza)" + S + "(?:bir" + S + ")?(?:sıkacağım|sıkacağız|sıkıcam|sıkıcaz|sıkarım|sıkarız|sıkcam|kurşun|mermi)" + E
                + "|(?:sana|size)" + S + "(?:bir" + S + ")?(?:kurşun|mermi)" + S + "(?:var|bekliyor|ayırdım|ayırdık|hazır|yeter)" + E
                + "|(?:kelleni|kellenizi)" + S + "(?:alacağız|alacağım|alırız|alırım|uçururum|uçuracağım|keseceğim|keseriz)" + E);
        tr(direct, Slot.ADDRESSEE, 0.85, "(?:seni|sizi|onu|onları)(?:" + S + "\\p{L}{1,30}){0,3}" + S + "(?:toprağa|mezara|toprağın" + S + "altına)" + S
                + "(?:gömeceğim|gömeceğiz|gömerim|gömeriz|gömcem|gömücem|sokacağım|sokacağız|sokarım|göndereceğim|göndereceğiz|yollarım)" + E
                + "|(?:ağzını|burnunu|bacaklarını|bacağını|kollarını|kolunu|dişlerini|çeneni|suratını|yüzünü|kemiklerini|boynunu)" + S + W1
                + "(?:kırarım|kıracağım|kıracam|kırıcam|kırcam|kırarız|kıracağız|dağıtırım|dağıtacağım|dağıtıcam|dağıtcam|sökerim|sökeceğim|"
                + "kopartırım|koparırım|koparacağım|kırayım|dağıtayım)" + E
                + "|(?:seni|sizi|onu|onları)(?:" + S + "(?:de|da|bir" + S + "gün|yakında))?" + S + "(?:öldürürüm|öldürürüz|gebertirim|gebertiriz|doğrarım|doğrarız|"
                + "boğarım|boğarız|bıçaklarım|bıçaklayacağım|öldürcem|öldürcez|gebertcem|gebertcez)" + E
                + "|(?:öldürcem|öldürcez|gebertcem|gebertcez|oldurecegim|oldurecegiz|oldurcem|gebertecegim)" + E
                + "|(?:seni|sizi|onu|onları)" + S + W1 + "(?:yaşatmayacağım|yaşatmayacağız|yaşatmayacaz|yaşatmayacam)" + E + "|yaşamana" + S + "izin" + S + "vermeyece\\p{L}{2,6}"
                + "|(?:seni|sizi)" + S + "(?:de|da)" + S + "(?:bulacağım|bulacağız|bulıcam|bulcaz|bulcam|bulurum|buluruz)" + E
                + "|(?:sonun|sonunuz|akıbetin|akıbetiniz)" + S + "(?:da" + S + "|de" + S + ")?\\p{L}{1,30}(?:" + APOS + "\\p{L}{1,5})?" + S + "gibi" + S
                + "(?:olacak|olur|olacaktır)" + E
                + "|\\p{L}{1,30}" + APOS + "\\p{L}{1,4}" + S + "akıbetine" + S + "uğraya(?:caksın|caksınız|caklar|cak)" + E);
        // Death wishes, in this world: "umarım ölürsün", "Allah canını alsın", "geberip gidesin"; not in hell.
        tr(direct, Slot.ADDRESSEE, 0.75, "(?:umarım|inşallah|insallah|inşaallah|insaallah|dilerim" + S + "ki)(?:" + S + "(?!cehennem)\\p{L}{1,30}){0,2}" + S
                + "(?:ölürsün|ölürsünüz|gebersin|gebersinler|geberirsin|geberirsiniz|ölür|ölürler|geberir|geberirler|ölsün|ölsünler|ölesin|"
                + "ölesiniz|geberesin|kansere" + S + "yakalanırsın|yanarak" + S + "ölürsün|gebertirler|öldürürler|asılırsın)" + E
                + "|(?:allah|rabbim)" + S + "(?:canını|canınızı|canlarını)" + S + "alsın" + E
                + "|(?:allah|rabbim)" + S + "(?:seni|sizi|onu|onları)" + S + "(?:gebertsin|öldürsün|yok" + S + "etsin)" + E
                + "|(?:geberip|ölüp)" + S + "(?:gidesin|gidesiniz|gidersin|gidersiniz)" + E + "|canın(?:ız)?" + S + "çıksın" + E
                + "|(?:hepsi|hepiniz|herkes|hainler|\\p{L}{2,30}(?:ler|lar))" + S + "ölsün(?:ler)?" + E);
        // Embassies and diplomats: first person futures are threats, imperatives and "should" calls on others.
        String missionTr = "(?:elçiliği|elçiliğini|büyükelçiliği|büyükelçiliğini|konsolosluğu|konsolosluğunu|elçiliğinizi|büyükelçiliğinizi|konsolosluğunuzu)";
        String diplomatTr = "(?:büyükelçiyi|elçiyi|konsolosu|diplomatı|diplomatları|büyükelçisini|elçisini|büyükelçilerini|konsolosunu)";
        tr(direct, Slot.ADDRESSEE, 0.85, missionTr + "(?:" + S + "\\p{L}{1,30}){0,2}" + S + "(?:yakacağız|yakıcaz|yakarız|basacağız|basıcaz|basarız|"
                + "bombalayacağız|havaya" + S + "uçuracağız|havaya" + S + "uçururuz|patlatacağız|ateşe" + S + "vereceğiz|yakacağım|basacağım|bombalayacağım|"
                + "havaya" + S + "uçuracağım)" + E
                + "|" + diplomatTr + "(?:" + S + "\\p{L}{1,30}){0,2}" + S + "(?:öldüreceğiz|vuracağız|gebertceğiz|kurşunlayacağız|öldüreceğim|vuracağım)" + E);
        tr(incite, Slot.NEAREST, 0.8, missionTr + "(?:" + S + "\\p{L}{1,30}){0,2}" + S + "(?:yakın|basın|bombalayın|havaya" + S + "uçurun|yakmalı|basmalı|yakalım|"
                + "basalım|taşlayalım|taşlayın|ateşe" + S + "verin|ateşe" + S + "verelim|yakmak" + S + "lazım|basmak" + S + "lazım|kuşatın|kuşatalım)" + E
                + "|" + diplomatTr + "(?:" + S + "\\p{L}{1,30}){0,2}" + S + "(?:öldürün|vurun|asın|kurşunlayın|gebertin|öldürmeli|vurmalı|asmalı|"
                + "öldürmek" + S + "lazım|vurmak" + S + "lazım|öldürelim|vuralım)" + E
                + "|(?:kafasına|kafalarına)" + S + "(?:bir" + S + ")?(?:sıkmak" + S + "lazım|sıkmalı|sıkın|sıkılmalı|kurşun" + S + "(?:sıkın|sıkmak|lazım))" + E
                + "|(?:bir|1|tek)" + S + "kurşun" + S + "(?:da" + S + "|de" + S + ")?(?:anneye|bebeğe|ona|onlara|kafasına|kafalarına)" + E
                + "|(?:idam" + S + "edilsin|idam" + S + "edilsinler|kurşuna" + S + "dizilsin|kurşuna" + S + "dizilsinler|kellesi" + S + "alınsın|kelleleri" + S
                + "alınsın|kellesini" + S + "alın|kafasını" + S + "kesin|kafalarını" + S + "kesin)" + E
                + "|(?:kellesi|kelleleri|kelleniz|kellen)" + S + "(?:alınacak|alınacaktır|uçurulacak)" + E);

        // ---- Arabic
        // Death-wish curses: "الله يحرقك", "الله ياخذك", "ربنا ياخدك", "الله يقصف عمرك", "عساك ما تقوم". Not when the
        // burning is in hell ("ربنا يحرقك في نار جهنم"), nor blessings ("الله ياخذ بيدك", "الله لا يحرق قلبك").
        String hell = "(?!\\s{1,20}(?:(?:في|فى)\\s{1,20}|ب)?(?:ال)?(?:نار|جهنم|جحيم|آخرة|اخرة|قبر)|\\s{1,20}(?:ل?بيت|بيد|للحج))";
        ar(direct, Slot.ADDRESSEE, 0.6, "(?:الله|ربي|ربنا|اللهم|عسى|عساه|يارب)" + S + "[يت](?:حرق|حرئ|اخذ|أخذ|اخد|أخد|هلك|دمر|موت|قصف"
                + S + "عمر)(?:ك|كم|كي|ه|ها|هم|كو|كن)(?!\\p{L})" + hell
                + "|(?:الله|ربي|ربنا)" + S + "يخسف" + S + "(?:بك|بكم|فيك|فيكم|بيك|بيكم|به|بهم)" + S + "(?:ال)?(?:ارض|أرض)"
                + "|عساك" + S + "(?:تموت|الموت|ما" + S + "تقوم)(?!\\p{L})"
                + "|(?:انشالله|إنشالله|انشاءالله|إنشاءالله|نشالله)" + S + "(?:ب|ت|ي|رح\\s{1,20}ت|ح\\s{0,20}ت|ه\\s{0,20}ت)موت\\p{L}{0,3}");
        ar(direct, Slot.ADDRESSEE, 0.8, "دور(?:ك|كم|ه|هم)" + S + "(?:\\p{L}{1,10}" + S + ")?(?:جاي|جاى|جاية|جايه|قادم|قريب|اقترب|قرب|بيجي|جايي|جاييك|حييجي|هييجي|"
                + "راح\\s{1,20}يجي|رح\\s{1,20}يجي|سيأتي|سياتي)(?!\\p{L})"
                + "|(?:جاي|جاى|قادم|قرب|اقترب)" + S + "دور(?:ك|كم)(?!\\p{L})"
                + "|(?:نعرف|نعرفك|عارفين|عارفينك|بنعرف|منعرف|نعلم|بعرف|اعرف|أعرف)" + S + "(?:\\p{L}{1,10}" + S + ")?(?:عنوانك|بيتك|وين" + S
                + "(?:ساكن|تسكن|بيتك|تشتغل|تنام)|فين" + S + "(?:ساكن|بيتك|بتشتغل)|اين" + S + "تسكن|أين" + S + "تسكن|أين" + S + "تعيش|اين" + S + "تعيش|"
                + "بيت" + S + "اهلك|مدرسة" + S + "(?:اولادك|ابنك|بنتك))(?!\\p{L})"
                + "|(?:ايامك|ايامكم|أيامكم)" + S + "(?:صارت" + S + ")?(?:معدودة|معدوده)|أيامك" + S + "صارت" + S + "معدود\\p{L}"
                + "|(?:ه|ح)نجيب(?:ك|كم|ه|هم)(?!\\p{L})(?!\\s{1,20}(?:من|معنا|معانا|عال|على|ع|لل|الى|إلى|البيت|هدية|هديه))"
                + "|ويل(?:ك|كم)" + S + "(?:مني|منا|منّي)(?!\\p{L})");
        ar(direct, Slot.ADDRESSEE, 0.75, "(?:هت|حت|بت|رح\\s{1,20}ت|راح\\s{1,20}ت|ح\\s{1,20}ت|سوف\\s{1,20}ت)دفع(?:و|ون|وا|ي)?" + S + "(?:ال)?(?:ثمن|تمن)(?!\\p{L})"
                + "|حسابك" + S + "(?:معي|معايا|معنا|معانا|جاي|قرب)(?!\\p{L})"
                + "|(?:ستلقى|ستلاقي|هتلاقي|حتلاقي|هتلقى|ستواجه|هتواجه)" + S + "(?:نفس" + S + "|ذات" + S + ")?مصير"
                + "|(?:مصيرك|مصيركم)" + S + "(?:سيكون" + S + "|هيكون" + S + "|حيكون" + S + ")?(?:زي|مثل|متل|كمصير)(?!\\p{L})");
        // A bullet for you; breaking heads and necks, in the first person or a future ("هكسر راسك", "بدنا نقصفلو رقبتو",
        // "عقبال مانكسر راسك"); not "الله يقطع لسانك" (a curse) nor "تاج راسك", "دمه برقبتك".
        String part = "(?:راسك|رأسك|راسه|رأسه|رقبتك|رقبته|رقبتو|رقبتوا|رقبتكم|رقابكم|روسكم|رؤوسكم|راسكم|ايدك|إيدك|يدك|رجلك|رجليك|ايديك|لسانك|"
                + "عضمك|عظمك|عظامك|وشك|دماغك|ضهرك|ظهرك|رقبتها|راسها|لسانه)";
        ar(direct, Slot.ADDRESSEE, 0.85, "(?:رصاص\\p{L}{0,2}|طلق\\p{L}{0,2})(?:" + S + "\\p{L}{1,10}){0,2}" + S + "(?:(?:في|فى|بين)" + S + ")?[بف]?(?:راس|رأس|عيون|عين|قلب|"
                + "صدر|جبين|دماغ|نافوخ|مخ)(?:ك|كم|كو)(?!\\p{L})"
                + "|رصاص\\p{L}{0,2}" + S + "(?:تنتظرك|تنتظركم|بانتظارك|بانتظاركم|مستنياك|مستنياكم|بتستناك)(?!\\p{L})"
                + "|(?:عينك|راسك|رأسك|قلبك|صدرك)(?:" + S + "\\p{L}{1,10}){0,3}" + S + "رصاص\\p{L}{0,2}(?!\\p{L})"
                + "|(?:ه|ح|ب|سأ|سا|لأ|لا|رح\\s{1,20}ا?|راح\\s{1,20}ا?|بن|هن|حن|من)(?:طخك|طخكم|طخه|طخهم|طخكو|قوصك|قوصكم|قوصه|قوصهم)(?!\\p{L})"
                + "|(?:ه|ح|ب|سأ|لأ|لا|رح\\s{1,20}ا?|راح\\s{1,20}ا?)(?:فجر|فرغ)" + S + "(?:\\p{L}{1,10}" + S + ")?(?:راسك|رأسك|دماغك|مخك|نافوخك|راسكم)(?!\\p{L})"
                + "|لا" + S + "(?:فجرت|كسرت|قطعت)" + S + part + "(?!\\p{L})"
                + "|(?:ما\\s{0,20})?(?:ه|ح|هن|حن|بن|سأ|سا|سن|لأ|ن|أ|ا|بدي\\s{1,20}ا?|بدنا\\s{1,20}ن?|رح\\s{1,20}[ان]?|راح\\s{1,20}[ان]?|بدو\\s{1,20}ي)"
                + "(?:كسر|قطع|قصف|ذبح|نحر)\\p{L}{0,3}" + S + "(?:لك" + S + ")?" + part + "(?!\\p{L})"
                + "|" + part + S + "(?:بدنا|بدي|رح|راح|ح|ه|سوف)" + S + "[ناأ]?(?:فك|كسر|قطع|قصف|فجر)\\p{L}{0,3}(?!\\p{L})");
        // We will kill you, in the dialects: "بنذبحكم", "منقتلك", "بدي اقتله", "هموتك", "هخلص عليك".
        ar(direct, Slot.ADDRESSEE, 0.85, "(?:بن|هن|حن|من)(?:قتل|ذبح|دبح|سحل|شنق)(?:ك|كم|ه|هم|كو|كن|و|ها)(?!\\p{L})"
                + "|(?:بن|هن|حن|من)(?:حرق|فجر)(?:ك|كم|كو|كن)(?!\\p{L})"
                + "|(?:بدي|بدنا|ودي|ناوي|نويت|هقوم|حقوم)" + S + "[انأ]?(?:قتل|ذبح|دبح|حرق|سحل|شنق|فجر|طخ|قوص)(?:ك|كم|كو|كن|ه|هم|و)(?!\\p{L})"
                + "|(?:ه|ح|سأ|لأ|رح\\s{1,20}ا?|راح\\s{1,20}ا?)(?:موت|خلص" + S + "علي)(?:ك|كم|كي)(?!\\p{L})(?!\\s{1,20}(?:من" + S + ")?(?:ال)?ضحك)"
                + "|(?:ه|ح|سأ|لأ|رح\\s{1,20}ا?|راح\\s{1,20}ا?)(?:قطع|فرم|سلخ|علق)(?:ك|كم)(?!\\p{L})"
                + "|(?:جئناكم|جيناكم)" + S + "بالذبح"
                // Not "يا هتموت يا هتعيش" (either, or), nor "من الهم حتموت" (of worry).
                + "|(?:هت|حت|رح\\s{1,20}ت|راح\\s{1,20}ت)موت(?<!(?:يا|الهم|هم|القهر|قهر|الغيظ|الحسرة)\\s{1,3}(?:هت|حت|رح\\s{1,20}ت|راح\\s{1,20}ت)موت)(?:وا|و|ي)?(?!\\p{L})(?!\\s{1,20}(?:من|على|عل|ع|في|فيه|فيها|فيك|فيا|عليه|عليها|و\\p{L}|بالضحك|ضحك|"
                + "قهر|بغيظ|غيظ|بحسرت|حسرة|جوع|عطش))");
        // Embassies and diplomats. Imperative plurals are also past tenses ("احرقوا" they burned): not after a subject.
                ar(direct, Slot.ADDRESSEE, 0.85, "(?:سن|هن|حن|بن|رح\\s{1,20}ن|راح\\s{1,20}ن|لازم\\s{1,20}ن)(?:حرق|فجر|نسف|قتحم|هاجم|دمر|ولع" + S + "(?:في|ب))"
                + S + "?(?:ال)?(?:سفار|قنصلي)\\p{L}{0,3}");
        ar(incite, Slot.NEAREST, 0.85, "(?:احرقو|فجرو|انسفو|اقتحمو|ولعو|حاصرو)" + AR_SUBJECT + "\\p{L}{0,1}" + S + "(?:في" + S + "|على" + S + ")?(?:ال)?(?:سفار|قنصلي)\\p{L}{0,3}"
                + "|(?:يجب|لازم|وجب|لابد" + S + "من|يلا|يالله|هيا)" + S + "(?:\\p{L}{1,10}" + S + ")?(?:حرق|تفجير|نسف|اقتحام|مهاجمة|نحرق|نفجر|ننسف|نقتحم|نهاجم)"
                + S + "(?:ال)?(?:سفار|قنصلي)\\p{L}{0,3}"
                + "|(?:اقتلو|اذبحو|اعدمو|اسحلو|اشنقو|ارجمو|اطعنو|اغتالو)\\p{L}{0,1}" + S + "(?:ال)?(?:سفير|سفراء|قنصل|دبلوماسي)\\p{L}{0,4}"
                + "|(?:يجب|لازم|وجب|لابد" + S + "من)" + S + "(?:اغتيال|تصفية|تصفيه|سحل|شنق|رجم)\\p{L}{0,3}"
                + "|(?:اقطعو|اشنقو|ارجمو|اطعنو|ادبحو)(?:ا|ه|هم|ها)(?!\\p{L})"
                + "|(?:دمك|دمه|دمهم|دمكم|دماءهم|دمائهم|دماؤهم|دمها)" + S + "(?:حلال|مباح|مستباح)(?!\\p{L})"
                + "|(?:الشعب|نحن|احنا)" + S + "(?:يريد|نريد|عايز|عايزين|بدنا)" + S + "(?:اعدام|إعدام|شنق|سحل|قتل)\\p{L}{0,3}");
        ar(incite, Slot.NEAREST, 0.7, "(?:يستاهل|تستاهل|يستحق|تستحق|يستاهلو|يستحقون|يستاهلون|تستاهلون|تستحقون|يستحقوا|يستاهلوا)" + S
                + "(?:ال)?(?:قتل|ذبح|دبح|اعدام|إعدام|موت|شنق|حرق|سحل|رصاص|رجم)(?!\\p{L})(?!\\s{1,20}(?:دم|اعصاب|أعصاب))");
    }

    // Second implicit-threat round: forms of the kinds the second blind sets showed missing (opinions that someone
    // should be hanged or burned, "по нему виселица плачет", "kan akacak", prayers for someone's destruction, "موتك
    // حتكون"), written from knowledge of the languages after those sets were read; measured on the third blind sets,
    // drawn after this block was frozen (docs/model-card.md).
    static {
        ThreatCategory direct = ThreatCategory.DIRECT_THREAT;
        ThreatCategory incite = ThreatCategory.INCITEMENT;

        // ---- Russian: opinions that someone should be killed ("таких надо вешать", "можно было вешать", "желательно
        // сжечь"); not "вешать ярлыки / лапшу / нос / собак" and not things ("надо повесить полку").
        String harmRu = "(?:вешать|повесить|вздернуть|вздёрнуть|расстреливать|расстрелять|убивать|убить|мочить|замочить|"
                + "сжечь|спалить|сжигать|резать|вырезать|перерезать|душить|передушить|давить|передавить|истребить|истреблять|"
                + "казнить|кастрировать|четвертовать|уничтожить|уничтожать|пристрелить|перестрелять|стрелять)";
        ru(incite, Slot.NEAREST, 0.75, "(?:надо|нужно|следует|давно" + S + "пора|можно" + S + "было|желательно|стоит|необходимо)" + S
                + "(?:бы" + S + ")?(?:\\p{L}{1,30}" + S + "){0,2}?" + harmRu + E
                + THINGS_RU
                + "|(?:вас|тебя|их|таких)" + S + "(?:всех" + S + ")?(?:будут|станут)" + S + "(?:вешать|расстреливать|резать|убивать|мочить|жечь)" + E
                + "|(?:вешать|расстреливать|резать|убивать|мочить)" + S + "(?:вас|вас" + S + "всех|их|таких)" + S + "будут" + E
                + "|(?:вешать|расстреливать)" + S + "будут" + E);
        // "По тебе виселица плачет": you deserve the gallows; not prison ("тюрьма плачет").
        ru(direct, Slot.ADDRESSEE, 0.7, "по" + S + "(?:\\p{L}{1,30}" + S + "){1,5}?(?:печь|печка|виселица|петля|стенка|пуля|кол|газовая" + S + "камера)" + S + "плач\\p{L}{1,3}"
                + "|(?:печь|печка|виселица|петля|стенка|пуля|газовая" + S + "камера)" + S + "по" + S + "(?:\\p{L}{1,30}" + S + "){1,5}?плач\\p{L}{1,3}"
                + "|(?:очистить|очистим|зачистить|зачистим|вычистить|вычистим)" + S + "(?:\\p{L}{1,30}" + S + "){0,2}от" + S + "(?:таких|вас|них|вашего|вашей|этих|этой)" + E
                + "|(?:бойся|бойтесь)" + S + "(?:нас|меня)" + E);

        // ---- Turkish: "kan akacak", "hayatına son vereceğim", the "bir kurşun 2 lira" threat.
        tr(direct, Slot.ADDRESSEE, 0.7, "(?:kan|kanınız|kanın|kanları)" + S + "(?:akacak|akıcak|akcak|akacaktır|dökülecek|dökülcek)" + E
                + "|(?:hayatına|hayatınıza|canına|canınıza)" + S + "son" + S + "(?:vereceğim|vereceğiz|vercem|vericem|vercez|vericez)" + E
                + "|(?:bir|bi|1)" + S + "kurşun(?:un)?" + S + "(?:\\p{L}{1,30}" + S + ")?\\d{1,3}" + S + "(?:tl|lira)" + E);

        // ---- Arabic: prayers for someone's destruction ("اللهم دمرهم", "اسحقها يا الله", "فجر عروق قلبها يا الله"), not
        // "اللهم خذ بيده" (help him), nor "شل اركانهم" or "زلزل الارض تحت اقدامها" (labelled curses, not death wishes);
        // "موتك حتكون أشنع"; "بدهن حرق" (they need burning).
        String destroy = "(?:دمر|أهلك|اهلك|ابد|أبد|اسحق|احرق|اقتل|اخسف" + S + "ب|فجر" + S + "(?:عروق|شرايين|قلب))";
        ar(direct, Slot.ADDRESSEE, 0.6, "(?:اللهم|يارب|يا" + S + "رب|يا" + S + "الله)" + S + destroy + "\\p{L}{0,3}(?!\\s{1,20}بيد)"
                + "|" + destroy + "\\p{L}{0,3}(?:" + S + "\\p{L}{1,10}){0,3}?" + S + "(?:يا" + S + "الله|يارب|يا" + S + "رب|اللهم)(?!\\p{L})"
                + "|(?:موتك|موتكم|موته|موتهم)" + S + "(?:حيكون|حتكون|هيكون|هتكون|سيكون|ستكون|راح" + S + "يكون|رح" + S + "يكون|بيكون)");
        ar(incite, Slot.NEAREST, 0.7, "(?:بده|بدها|بدهن|بدهم|بدو|يبيله|يبيلها|يبيلهم|محتاج|محتاجة|محتاجين|يستحقوا|تستاهل)" + S
                + "(?:حرق|ذبح|دبح|قتل|اعدام|إعدام|سحل|شنق|تفجير|رصاص|رصاصة|حرقه|حرقها|حرقهم)(?!\\p{L})(?!\\s{1,20}(?:دم|اعصاب|أعصاب))");
    }

    private static final Anchors ANCHORS = new Anchors(RULES.stream().map(r -> r.pattern().pattern()).toList());

    /** How far from an anchor a phrase may reach, in UTF-16 units. */
    private static final int WINDOW = 80;

    private ThreatLexicon() {
    }

    private static void collect(Matcher m, int from, int to, String text, Rule rule, List<Finding> out,
            List<Span> idioms) {
        m.region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // Trim whitespace the optional parts may have taken in.
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= start) {
                continue;
            }
            if (rule.category() == null) {
                idioms.add(Span.of(text, start, end));
            } else if (rule.object() == null
                    || rule.object().matcher(text).region(end, Math.min(text.length(), end + 80)).lookingAt()) {
                out.add(new Finding(rule.category(), Span.of(text, start, end), rule.weight(), rule.slot()));
            }
        }
    }

    /**
     * Every match of every pattern whose script occurs in the text, in text order. Invisible characters (zero-width
     * spaces and joiners, direction marks, soft hyphens) do not hide a phrase: they are skipped while matching and
     * the evidence spans still point into the original text.
     */
    static List<Finding> scan(String text) {
        return scanAll(text).findings();
    }

    /** As {@link #scan(String)}, with the idioms that cancelled findings or are to be hidden from the model. */
    static Scan scanAll(String text) {
        int invisible = 0;
        for (int i = 0; i < text.length(); i++) {
            invisible += isInvisible(text.charAt(i)) ? 1 : 0;
        }
        if (invisible == 0) {
            return scan(text, true);
        }
        StringBuilder visible = new StringBuilder(text.length() - invisible);
        int[] original = new int[text.length() - invisible];
        for (int i = 0; i < text.length(); i++) {
            if (!isInvisible(text.charAt(i))) {
                original[visible.length()] = i;
                visible.append(text.charAt(i));
            }
        }
        Scan inner = scan(visible.toString(), true);
        List<Finding> out = new ArrayList<>();
        for (Finding f : inner.findings()) {
            int start = original[f.span().start()];
            int end = original[f.span().end() - 1] + 1;
            out.add(new Finding(f.category(), Span.of(text, start, end), f.score(), f.slot()));
        }
        List<Span> idioms = new ArrayList<>();
        for (Span i : inner.idioms()) {
            idioms.add(Span.of(text, original[i.start()], original[i.end() - 1] + 1));
        }
        return new Scan(out, idioms);
    }

    static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064'
                || c == '\uFEFF' || c == '\u00AD';
    }

    /** As {@link #scan(String)}; {@code filtered} false runs every pattern (to check that the filter loses nothing). */
    /** Folds the letters of a regular expression, leaving escapes ({@code \\s}, {@code \\p{L}}) alone. */
    static String foldRegex(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                out.append(c).append(next);
                i++;
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    int close = regex.indexOf('}', i);
                    out.append(regex, i + 1, close + 1);
                    i = close;
                }
                continue;
            }
            out.append(Anchors.fold(c));
        }
        return out.toString();
    }

    static Scan scan(String text, boolean filtered) {
        boolean latin = false;
        boolean cyrillic = false;
        boolean arabic = false;
        for (int i = 0; i < text.length() && !(latin && cyrillic && arabic); i++) {
            char c = text.charAt(i);
            if (c < 0x0250) {
                latin |= Character.isLetter(c);
            } else if (c >= 0x0400 && c < 0x0530) {
                cyrillic = true;
            } else if (c >= 0x0600 && c < 0x0700 || c >= 0xFB50 && c < 0xFF00) {
                arabic = true;
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Span> idioms = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Anchors.fold(chars[i]);
        }
        String folded = new String(chars);
        int[][] hits = filtered ? ANCHORS.hits(folded) : null;
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            boolean applies = switch (rule.script()) {
                case LATIN -> latin;
                case CYRILLIC -> cyrillic;
                case ARABIC -> arabic;
            };
            if (!applies || filtered && hits[r] == null) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            if (!filtered || hits[r].length == 0) {
                collect(m, 0, text.length(), text, rule, out, idioms);
                continue;
            }
            // Only around the anchors: a phrase is shorter than WINDOW on either side of its anchor.
            int[] at = hits[r];
            int from = Math.max(0, at[0] - WINDOW);
            int to = Math.min(text.length(), at[0] + WINDOW);
            for (int k = 1; k < at.length; k++) {
                int s = Math.max(0, at[k] - WINDOW);
                if (s <= to) {
                    to = Math.min(text.length(), at[k] + WINDOW);
                } else {
                    collect(m, from, to, text, rule, out, idioms);
                    from = s;
                    to = Math.min(text.length(), at[k] + WINDOW);
                }
            }
            collect(m, from, to, text, rule, out, idioms);
        }
        if (!idioms.isEmpty()) {
            // A finding inside or across an idiom ("I will kill" in "I will kill it at the gym") is no evidence.
            out.removeIf(f -> idioms.stream().anyMatch(i -> f.span().start() < i.end() && i.start() < f.span().end()));
            idioms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Scan(out, idioms);
    }
}
