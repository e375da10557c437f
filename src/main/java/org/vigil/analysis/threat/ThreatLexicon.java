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
    /** Any word ending (Russian, Turkish inflection). */
    private static final String END = "\\p{L}*";
    /** Arabic clitics that may be attached in front of a word. */
    private static final String AR = "(?<![\\p{L}\\p{N}_])[وف]?[بل]?";
    private static final String APOS = "['’]";
    /** One to three arbitrary words, for "we will (soon) kill", "I am going to (personally) find". */
    private static final String FEW = "(?:\\s+\\p{L}+){0,2}";

    enum Script { LATIN, CYRILLIC, ARABIC }

    record Rule(ThreatCategory category, Slot slot, double weight, Script script, Pattern pattern) {
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
        RULES.add(new Rule(c, s, w, script,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    static {
        ThreatCategory direct = ThreatCategory.DIRECT_THREAT;
        ThreatCategory reported = ThreatCategory.REPORTED_THREAT;
        ThreatCategory attack = ThreatCategory.ATTACK;
        ThreatCategory plot = ThreatCategory.PLOT;
        ThreatCategory protest = ThreatCategory.PROTEST;
        ThreatCategory incite = ThreatCategory.INCITEMENT;
        ThreatCategory harass = ThreatCategory.HARASSMENT;

        String violentVerbs = "kill|murder|shoot|stab|hang|burn|behead|slaughter|butcher|execute|bomb|blow\\s+up"
                + "|gut|strangle|slit|torture|lynch|hunt|massacre|destroy|end|bury|eliminate|skin|knife|gun\\s+down";

        // ---- English: threats made in the text
        en(direct, Slot.ADDRESSEE, 0.9, "(?:i|we|they)(?:" + APOS + "ll|\\s+will|\\s+shall|\\s+are\\s+going\\s+to|"
                + APOS + "re\\s+going\\s+to|" + APOS + "m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+gonna|\\s+(?:are|am)\\s+coming\\s+to)"
                + FEW + "\\s+(?:" + violentVerbs + ")\\w*");
        en(direct, Slot.ADDRESSEE, 0.8, "(?:i|we)(?:" + APOS + "ll|\\s+will|\\s+are\\s+going\\s+to|" + APOS
                + "re\\s+going\\s+to|\\s+gonna)\\s+(?:find|get|come\\s+for|catch|visit)\\s+(?:you|u|him|her|them)");
        en(direct, Slot.ADDRESSEE, 0.9, "(?:you|u|ya)(?:" + APOS + "ll|\\s+will|\\s+are\\s+going\\s+to|" + APOS
                + "re\\s+going\\s+to|\\s+gonna)(?:\\s+\\p{L}+)?\\s+(?:die|burn|bleed|pay\\s+with\\s+your\\s+life|hang|"
                + "be\\s+(?:dead|killed|shot|hanged|hung|executed|next|slaughtered|burned|burnt|buried))");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:you" + APOS + "re|you\\s+are|ur)\\s+(?:dead|next|a\\s+dead\\s+man|finished|done\\s+for)");
        en(direct, Slot.ADDRESSEE, 0.9, "(?:say\\s+)?(?:farewell|goodbye|good\\s+bye)\\s+to\\s+(?:your\\s+)?life");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:no\\s+one|nobody|none)\\s+will\\s+(?:mourn|miss|cry\\s+for|save|help|grieve\\s+for)\\s+(?:you|u|him|her|them)");
        en(direct, Slot.ADDRESSEE, 0.85, "(?:it\\s+is|it" + APOS + "s|its)\\s+time\\s+for\\s+(?:you|u|him|them)\\s+to\\s+(?:die|burn|bleed|pay|hang)\\w*(?:\\s+up)?");
        en(direct, Slot.ADDRESSEE, 0.85, "your\\s+days\\s+are\\s+numbered|we\\s+know\\s+where\\s+you\\s+(?:live|are|sleep)|watch\\s+your\\s+back"
                + "|(?:a\\s+)?bullet\\s+(?:in|through|between)\\s+(?:your|his|her|their)\\s+\\w+|put\\s+(?:you|him|her)\\s+in\\s+the\\s+ground"
                + "|cut\\s+(?:your|his|her)\\s+throat|blow\\s+(?:your|his|her)\\s+(?:head|brains)\\s+off|you\\s+will\\s+not\\s+live|won" + APOS + "t\\s+live\\s+long");
        en(direct, Slot.ADDRESSEE, 0.75, "(?:i|we)\\s+(?:hope|wish|pray)\\s+(?:you|u|he|she|they)\\s+(?:die|dies|burn|burns|get\\s+(?:shot|killed|raped|hanged)|rot)");
        en(direct, Slot.ADDRESSEE, 0.7, "death\\s+to\\s+(?:you|the\\s+\\p{L}+|\\p{L}+)");
        en(direct, Slot.ADDRESSEE, 0.65, "(?:die|burn\\s+in\\s+hell|rot\\s+in\\s+hell),?\\s+(?:you|u)\\b");
        // ---- English: calls on others to harm
        en(incite, Slot.NEAREST, 0.8, "(?:should|must|ought\\s+to|need\\s+to|deserves?\\s+to)\\s+be\\s+(?:shot|killed|hanged|hung|executed|lynched|"
                + "burned|burnt|beheaded|murdered|slaughtered|stabbed|eliminated|gassed|put\\s+down|strung\\s+up)");
        en(incite, Slot.NEAREST, 0.8, "(?:deserves?|needs?)\\s+to\\s+(?:die|hang|burn|be\\s+dead)");
        en(incite, Slot.NEAREST, 0.8, "(?:someone|somebody|anyone|we)\\s+(?:should|must|need\\s+to|has\\s+to|have\\s+to)\\s+(?:" + violentVerbs + ")\\w*");
        en(incite, Slot.NEAREST, 0.75, "(?:let" + APOS + "s|lets|let\\s+us|go)\\s+(?:" + violentVerbs + ")\\w*"
                + "|(?:" + violentVerbs + ")\\s+(?:them|him|her|these|those|every)\\s+(?:all|\\p{L}+)"
                + "|(?:hang|shoot|kill|execute|lynch|behead)\\s+(?:them|him|her|the\\s+traitors?|all\\s+of\\s+them|all)");
        // ---- English: news language
        en(reported, Slot.OBJECT_AFTER, 0.75, "(?:death\\s+)?threats?\\s+(?:to|against|towards|aimed\\s+at|directed\\s+at)");
        en(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:receiv\\w*|got|get|getting|faced?|facing)\\s+(?:death\\s+|numerous\\s+|several\\s+|many\\s+)?threats"
                + "|(?:was|were|been|being|is|are)\\s+(?:\\w+\\s+)?threatened|threatening\\s+(?:messages|letters|calls|comments)");
        en(reported, Slot.OBJECT_AFTER, 0.7, "threaten\\w*\\s+(?:to\\s+(?:kill|murder|attack|bomb)\\s+)?");
        en(reported, Slot.NEAREST, 0.55, "death\\s+threats?|threats?\\s+(?:over|of\\s+violence|were\\s+made)");
        en(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:was|were|been|got|is|are)\\s+(?:\\w+\\s+)?(?:shot|killed|murdered|assassinated|stabbed|attacked|wounded|"
                + "injured|beaten|kidnapped|abducted|gunned\\s+down|blown\\s+up|taken\\s+hostage)(?:\\s+dead)?");
        en(attack, Slot.OBJECT_AFTER, 0.8, "(?:assassination|murder|killing|shooting|stabbing|kidnapping|abduction|slaying|execution)\\s+of");
        en(attack, Slot.SUBJECT_BEFORE, 0.75, APOS + "s\\s+(?:assassination|murder|killing|shooting|kidnapping)");
        en(attack, Slot.OBJECT_AFTER, 0.7, "(?:attacks?|assault|raid|bombing|arson\\s+attack|shots\\s+fired)\\s+(?:on|against|at|outside)"
                + "|opened\\s+fire\\s+(?:on|at)|set\\s+fire\\s+to|threw\\s+(?:a\\s+)?(?:molotov|petrol\\s+bomb|grenade|stones?)\\s+at|attacked");
        en(attack, Slot.OBJECT_AFTER, 0.8, "(?:assassination|murder)\\s+attempt\\s+(?:on|against)|attempted\\s+(?:assassination|murder)\\s+of");
        en(attack, Slot.NEAREST, 0.55, "gunman|gunmen|shot\\s+dead|car\\s+bomb|explosion|suicide\\s+bomber|attacker|assassin");
        en(plot, Slot.OBJECT_AFTER, 0.75, "plot(?:ted|ting)?\\s+(?:to\\s+(?:kill|murder|assassinate|attack|bomb|kidnap)|against)"
                + "|plann(?:ed|ing)\\s+(?:to\\s+(?:kill|murder|assassinate|attack|bomb|kidnap)|an\\s+attack\\s+on|the\\s+(?:assassination|murder)\\s+of)"
                + "|conspir\\w*\\s+to\\s+(?:kill|murder|assassinate|attack)|surveillance\\s+of|(?:was|were)\\s+(?:being\\s+)?(?:followed|watched|stalked|surveilled)"
                + "|foiled\\s+(?:a\\s+)?(?:plot|attack)|assassination\\s+plot");
        en(protest, Slot.NEAREST, 0.55, "protest\\w*|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ied)\\s+(?:outside|at|in\\s+front\\s+of)|picket\\w*"
                + "|gathered\\s+(?:outside|in\\s+front\\s+of|at)|stormed\\s+the|burn(?:ed|t)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?flags?|chanting\\s+slogans");
        en(harass, Slot.ADDRESSEE, 0.3, "idiot|moron|scum|bastard|asshole|bitch|retard\\w*|fuck\\w*|shit\\w*|cunt|whore|pig|traitors?|trash|filth\\w*");

        // ---- Russian
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:по)?прощай(?:ся|тесь)\\s+с\\s+жизнью|тебе\\s+(?:конец|не\\s+жить|крышка|хана)|ты\\s+труп|вам\\s+(?:конец|не\\s+жить)");
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:сгори(?:шь|те)|сгоришь|сгорите|сдохнешь|сдохнете|сдохни|сдохните|умр[её]шь|умр[её]те|ответишь\\s+кровью|убейся)" + E);
        // Unambiguous verbs of killing, first person future, with or without the object.
        ru(direct, Slot.ADDRESSEE, 0.9, "(?:(?:мы|я)\\s+)?(?:(?:тебя|вас|его|е[её]|их)\\s+)?(?:убь[её]м|убью|зарежем|зарежу|застрелим|застрелю|"
                + "прикончим|прикончу|закопаем|закопаю|пристрелим|пристрелю)" + E);
        // Verbs that also have harmless senses (burn fuel, find a way) count only with a personal object.
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:(?:мы|я)\\s+)?(?:тебя|вас|его|е[её]|их)\\s+(?:сожж[её]м|сожгу|повесим|взорв[её]м|взорву|уничтожим|"
                + "найд[её]м|найду|достанем|достану)" + E + "|(?:доберемся|доберёмся|доберусь)\\s+до\\s+(?:тебя|вас|него|неё|нее)" + E
                + "|(?:я|мы)\\s+(?:же\\s+)?(?:тебя|вас)\\s+найд(?:у|[её]м)" + E);
        ru(direct, Slot.ADDRESSEE, 0.85, "(?:никто|ни\\s+кто)\\s+не\\s+(?:будет\\s+)?(?:оплак|скорб|пожале|вспомн|спас|горева)" + END
                + "|пришло\\s+время\\s+(?:тебе|вам)\\s+(?:сгореть|умереть|сдохнуть|ответить)|(?:тво[иё]|ваши)\\s+дни\\s+сочтены"
                + "|(?:мы\\s+)?знаем,?\\s+где\\s+ты\\s+живешь|знаем,?\\s+где\\s+ты\\s+живёшь|пуля\\s+в\\s+лоб|пулю\\s+в\\s+лоб");
        ru(direct, Slot.ADDRESSEE, 0.75, "(?:чтоб|чтобы)\\s+ты\\s+(?:сдох|сгорел|умер|сгнил)" + END
                + "|смерть\\s+(?:тебе|вам|им|ему|ей|\\p{L}+(?:ам|ям|у|ю))" + E + "|собачья\\s+смерть"
                + "|надеюсь,?\\s+(?:ты|вы|они|он|она|их|его|е[её])\\s+(?:\\p{L}+\\s+){0,2}(?:сдохн|сдох|умр|сгори|сгни|уничтож|убь)" + END);
        ru(incite, Slot.NEAREST, 0.8, "(?:убейте|убей\\s+\\p{L}+|убить\\s+(?:его|ее|её|их|всех|посла)|повесить\\s+(?:его|их|всех)|расстрелять|сжечь\\s+(?:их|его|посольство)"
                + "|(?:надо|нужно|следует|пора)\\s+(?:убить|повесить|расстрелять|сжечь|взорвать|уничтожить|прикончить))" + END);
        ru(reported, Slot.OBJECT_AFTER, 0.75, "угроз" + END + "\\s+(?:в\\s+адрес|послу|дипломат" + END + "|\\p{L}+у)");
        ru(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:получ|поступа|поступи|получа)" + END + "\\s+(?:\\p{L}+\\s+)?угроз" + END
                + "|угрожа" + END + "|угрозы\\s+(?:убийством|расправой|смертью)|угрозами");
        ru(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:был\\p{L}?\\s+)?(?:убит|застрелен|зарезан|ранен|похищен|избит|взорван)" + END);
        ru(attack, Slot.OBJECT_AFTER, 0.8, "(?:убийств|покушени|нападени|атак|похищени|обстрел|поджог|расстрел)" + END + "(?:\\s+на)?");
        ru(attack, Slot.NEAREST, 0.55, "(?:взрыв|стрелок|стрельб|теракт)" + END);
        ru(plot, Slot.OBJECT_AFTER, 0.75, "(?:готовил|планировал|замышлял)" + END + "\\s+(?:покушение|теракт|убийство|нападение|взрыв)" + END
                + "|заговор" + END + "|слежк" + END + "\\s+за|следил" + END + "\\s+за|предотвра" + END + "\\s+(?:теракт|покушение)" + END);
        ru(protest, Slot.NEAREST, 0.55, "(?:протест|митинг|пикет|демонстрац|акци[яи]\\s+протеста|беспорядк)" + END
                + "|собрал" + END + "\\s+(?:у|возле|перед)\\s+(?:посольств|консульств)" + END);
        ru(harass, Slot.ADDRESSEE, 0.3, "(?:мразь|мрази|тварь|твари|урод|сволочь|сука|суки|ублюд|подонок|подонки|гнида|дебил|идиот|падаль|мерзав)" + END);

        // ---- Turkish
        tr(direct, Slot.ADDRESSEE, 0.9, "hayat(?:ın)?a\\s+veda\\s+et" + END + "|(?:seni|sizi|onu|onları)?\\s*(?:öldürece|öldürüce|gebertece|gebertice)(?:ğ|k)" + END
                // Cut, burn, hit, hang, find: threats only with a personal object.
                + "|(?:seni|sizi|onu|onları|kafanı|kafanızı|dilini)\\s+(?:kesece|kesice|kescem|keserim|yakaca|yakıca|yakarım|vuraca|vurıca|vururum|"
                + "asaca|boğaca|gömece|patlataca|bulaca|bulıca|bulurum|kırarım|kıracağ|koparırım|kopara)" + END);
        tr(direct, Slot.ADDRESSEE, 0.9, "(?<!gün\\s|birgün\\s|olsa\\s|şüphesiz\\s)(?:öleceks|ölecek\\s+sin|gebereceks|yanacaks|yanıcaks|kurşunlanacaks)" + END
                + "|(?:geber|gebersin|gebersinler|geberin|geberesin|geberesice|yanarak\\s+ölün|ölün)" + E
                + "|kafan\\s+kopsun|kafanı\\s+(?:kopar|kes|kır)\\p{L}*|mezarın\\s+olmasın|mezar\\s+dahi\\s+nasip\\s+olmasın"
                + "|kimse\\s+(?:senin\\s+için|sana|arkandan|için)\\s+(?:ağlamayacak|üzülmeyecek|yas\\s+tutmayacak)" + END
                + "|(?:yanma|ölme|gebermen?)\\s*(?:nin|in)?\\s+(?:zamanı|vakti)" + END + "|günlerin\\s+sayılı|nerede\\s+oturduğunu\\s+biliyoruz"
                + "|kanını\\s+dökece" + END + "|kafanı\\s+kesece" + END);
        tr(direct, Slot.ADDRESSEE, 0.7, "\\p{L}+" + APOS + "(?:y?[ae])\\s+ölüm" + E + "|(?:sana|size|\\p{L}+ler[ae]|\\p{L}+lar[ae])\\s+ölüm" + E + "|ölüm\\s+(?:sana|size)" + E);
        tr(incite, Slot.NEAREST, 0.8, "(?:öldürün|gebertin|asın|asılsın|kurşunlayın|vurun\\s+(?:onu|şunu)|yakın\\s+(?:onu|onları|elçiliği|şunu)|"
                + "(?:öldürülmeli|asılmalı|kurşuna\\s+dizilmeli|gebertilmeli|yakılmalı))" + END);
        tr(reported, Slot.SUBJECT_BEFORE, 0.7, "tehdit\\s+(?:ald|edil|mesaj)" + END + "|tehditler\\s+ald" + END + "|tehdide\\s+maruz|tehdit\\s+ediyor");
        tr(reported, Slot.NEAREST, 0.55, "(?:ölüm\\s+)?tehdit" + END);
        tr(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:öldürül|vurul|bıçaklan|yaralan|kaçırıl|katled|şehit\\s+edil)" + END);
        tr(attack, Slot.NEAREST, 0.8, "(?:suikast|saldırı|cinayet|kundakla)" + END);
        tr(attack, Slot.NEAREST, 0.55, "(?:silahlı\\s+saldırgan|saldırgan|patlama|bombalı|ateş\\s+aç)" + END);
        tr(plot, Slot.NEAREST, 0.75, "(?:suikast|saldırı|eylem)\\s+(?:planı|hazırlığı|girişimi)" + END + "|komplo" + END
                + "|takip\\s+edil" + END + "|fişle" + END + "|keşif\\s+yap" + END);
        tr(protest, Slot.NEAREST, 0.55, "(?:protesto|gösteri|eylem\\s+yap|önünde\\s+toplan|yürüyüş\\s+düzenle|slogan\\s+at)" + END);
        tr(harass, Slot.ADDRESSEE, 0.3, "(?:şerefsiz|orospu|piç|aşağılık|geri\\s+zekalı|gerizekalı|pislik|alçak|haysiyetsiz|namussuz|yavşak|göt|sik)" + END);

        // ---- Arabic
        ar(direct, Slot.ADDRESSEE, 0.9, "سن(?:قتل|ذبح|حرق|فجر|صفي|دفن|سحق|جد|لاحق|نتقم\\s+من)\\p{L}*|ست(?:موت|موتون|حترق|حترقون|دفع\\s+الثمن)\\p{L}*");
        ar(direct, Slot.ADDRESSEE, 0.9, "(?:ودع|ودّع|قل\\s+وداعا\\s+ل)\\s*(?:ال)?حيا\\p{L}*|وداعا\\s+(?:لل|ل)حيا\\p{L}*");
        ar(direct, Slot.ADDRESSEE, 0.85, "لن\\s+(?:يبكي|يحزن|يترحم|ينقذ)\\p{L}*\\s+عليك\\p{L}*(?:\\s+أحد)?|لن\\s+(?:يبكي|يحزن)\\s+أحد\\s+عليك\\p{L}*"
                + "|حان\\s+(?:ال)?وقت\\s+(?:أن\\s+)?(?:ل)?(?:ت|ي)?(?:احتراق|حترق|موت|حرق|ذبح|رحيل)\\p{L}*|أيامك\\s+معدودة|نعرف\\s+(?:أين|اين)\\s+(?:تسكن|تعيش)|دمك\\s+مهدور");
        ar(direct, Slot.ADDRESSEE, 0.7, "الموت\\s+(?:لل|ل)\\s?(?!لا|له|لها|لهم)\\p{L}{3,}");
        ar(direct, Slot.ADDRESSEE, 0.8, "(?:يا\\s*رب|يارب|ان\\s+شاء\\s+الله|إن\\s+شاء\\s+الله|عقبال|الله\\s+ي)\\s*(?:ت|ي)موت\\p{L}*"
                + "|(?:س|راح\\s+|رح\\s+)?ن(?:ضرب|قتل|ذبح|حرق|سحل)(?:ك|كم|ه|هم)(?!\\p{L})");
        ar(incite, Slot.NEAREST, 0.8, "(?:اقتلو|اذبحو|احرقو|اعدمو|اسحلو)(?:ه|هم|ها|ا)(?!\\p{L})|لازم\\s+(?:ن|ت)(?:قتل|ذبح|بيد|حرق)\\p{L}*|(?:يجب|لازم|وجب)\\s+(?:قتل|ذبح|حرق|إعدام|اعدام)\\p{L}*|دمه\\s+مهدور");
        ar(reported, Slot.OBJECT_AFTER, 0.7, "تهديد\\p{L}*(?:\\s+(?:ل|إلى|الى|ضد))?");
        ar(reported, Slot.SUBJECT_BEFORE, 0.75, "(?:تلقى|تلقت|يتلقى|تعرض|تعرضت)\\s+(?:ل)?(?:ال)?تهديد\\p{L}*|هُدد|هدد\\p{L}*");
        ar(attack, Slot.OBJECT_AFTER, 0.8, "(?:اغتيال|مقتل|قتل|هجوم\\s+على|الهجوم\\s+على|اعتداء\\s+على|الاعتداء\\s+على|اختطاف|طعن|إطلاق\\s+(?:ال)?نار\\s+على|اطلاق\\s+(?:ال)?نار\\s+على)");
        ar(attack, Slot.SUBJECT_BEFORE, 0.8, "(?:اغتيل|قُتل|أصيب|اختطف|طُعن)\\p{L}*");
        ar(attack, Slot.NEAREST, 0.55, "(?:انفجار|تفجير|مسلح|أطلق\\s+النار|اطلق\\s+النار)\\p{L}*");
        ar(plot, Slot.OBJECT_AFTER, 0.75, "(?:مخطط|مؤامرة|مراقبة|التخطيط\\s+ل|خطط\\p{L}*\\s+ل)\\p{L}*");
        ar(protest, Slot.NEAREST, 0.55, "(?:احتجاج|تظاهر|مظاهر|متظاهر|اعتصام|وقفة\\s+احتجاجية)\\p{L}*");
        ar(harass, Slot.ADDRESSEE, 0.3, "(?:حقير|كلب|خنزير|وسخ|قذر|حمار|خائن|عميل|منافق|واطي)\\p{L}*");
    }

    private ThreatLexicon() {
    }

    /** Every match of every pattern whose script occurs in the text, in text order. */
    static List<Finding> scan(String text) {
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
        for (Rule rule : RULES) {
            boolean applies = switch (rule.script()) {
                case LATIN -> latin;
                case CYRILLIC -> cyrillic;
                case ARABIC -> arabic;
            };
            if (!applies) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
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
                if (end > start) {
                    out.add(new Finding(rule.category(), Span.of(text, start, end), rule.weight(), rule.slot()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }
}
