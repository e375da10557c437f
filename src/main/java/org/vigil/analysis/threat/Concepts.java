package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-written multilingual dictionary that maps words of English, Russian, Turkish and Arabic to the same
 * concepts (KILL, DIE, BURN, YOU, FUTURE, FAREWELL...). The learned model sees these concepts as features beside
 * the words themselves; trained on English, the weights it puts on concepts and on pairs of concepts
 * ("YOU+DIE", "FAREWELL+LIFE") are what carries to the languages that have no threat labels.
 *
 * <p>Matching is by stem: a word is a concept if it starts with one of the concept's stems (Arabic: contains the
 * root, since prefixes and suffixes attach), so that inflected forms count. Words are normalised by
 * {@link Features#normalise}.
 */
final class Concepts {

    enum Concept {
        KILL, DIE, BURN, WEAPON, HANG, BLOOD, YOU, WE, FUTURE, FAREWELL, LIFE, MOURN, FIND, TIME, HELL, NOBODY,
        CALL, FRIENDLY
    }

    private record Entry(Concept concept, String stem, boolean exact, boolean contains) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** Stems matched at the start of a word. */
    private static void stems(Concept c, String... stems) {
        for (String s : stems) {
            ENTRIES.add(new Entry(c, s, false, false));
        }
    }

    /** Whole words only (short or ambiguous ones). */
    private static void words(Concept c, String... words) {
        for (String w : words) {
            ENTRIES.add(new Entry(c, w, true, false));
        }
    }

    /** Arabic roots, found anywhere in the word since prefixes and suffixes attach. */
    private static void roots(Concept c, String... roots) {
        for (String r : roots) {
            ENTRIES.add(new Entry(c, r, false, true));
        }
    }

    static {
        stems(Concept.KILL, "kill", "murder", "slaughter", "butcher", "execut", "assassinat", "eliminat", "behead",
                "massacr", "strangl", "lynch", "exterminat",
                "убь", "убий", "убит", "убью", "убив", "зареж", "зарез", "прикон", "казн", "расстрел", "пристрел",
                "уничтож", "öldür", "gebert", "katlet", "infaz", "kurşuna");
        words(Concept.KILL, "убить", "kes", "keseceğiz", "keseceğim", "boğazla");
        roots(Concept.KILL, "قتل", "ذبح", "اعدم", "اعدام", "تصفي", "اغتيا", "نحر");
        stems(Concept.DIE, "die", "dead", "death", "dying", "смерт", "сдох", "умр", "умер", "мертв", "труп", "гибел",
                "погиб", "ölü", "ölec", "ölüc", "öles", "öldü", "ölüm", "geber");
        words(Concept.DIE, "dies", "died");
        roots(Concept.DIE, "موت", "ميت", "مات");
        stems(Concept.BURN, "burn", "torch", "arson", "сгор", "сжеч", "сожж", "сожг", "горет", "поджог", "поджеч",
                "поджиг", "yakac", "yakıc", "yakıl", "yanac", "yanıc", "yansın", "ateş");
        words(Concept.BURN, "fire", "burnt", "yak", "yakın");
        roots(Concept.BURN, "حرق", "احترا", "نار");
        stems(Concept.WEAPON, "shoot", "shot", "gun", "bullet", "rifle", "bomb", "explo", "knife", "stab", "grenade",
                "стрел", "пул", "ствол", "взорв", "бомб", "нож", "автомат", "kurşun", "silah", "bomba", "patlat",
                "bıçak", "tüfek");
        roots(Concept.WEAPON, "رصاص", "سلاح", "قنبل", "فجر", "سكين", "طعن", "بندق");
        stems(Concept.HANG, "hang", "hung", "noose", "gallows", "rope", "повес", "вешат", "виселиц", "idam");
        words(Concept.HANG, "asın", "asılmalı", "ipe");
        roots(Concept.HANG, "شنق", "مشنق");
        stems(Concept.BLOOD, "blood", "bleed", "кров");
        words(Concept.BLOOD, "kan", "kanın", "kanını", "kanınızı", "kanlar", "دم", "دمك", "دماء", "دمه", "دمكم");
        words(Concept.YOU, "you", "your", "u", "ya", "yourself", "ур", "ты", "тебя", "тебе", "тобой", "вы", "вас",
                "вам", "твой", "твоя", "твои", "твоих", "sen", "seni", "sana", "senin", "siz", "sizi", "size", "sizin",
                "انت", "عليك", "لك", "انتم", "عليكم", "لكم", "حياتك");
        words(Concept.WE, "we", "i", "us", "our", "мы", "я", "нас", "наш", "biz", "ben", "bizim");
        stems(Concept.WE, "we'll", "i'll", "нашим");
        words(Concept.WE, "نحن");
        words(Concept.FUTURE, "will", "ll", "gonna", "going", "shall", "soon", "скоро", "будет", "будешь", "будете",
                "yakında", "سوف", "قريبا");
        stems(Concept.FAREWELL, "farewell", "goodbye", "прощ", "попрощ", "veda", "elveda");
        roots(Concept.FAREWELL, "وداع", "ودع");
        stems(Concept.LIFE, "life", "alive", "жизн", "жить", "живым", "hayat");
        words(Concept.LIFE, "live");
        roots(Concept.LIFE, "حيا");
        stems(Concept.MOURN, "mourn", "griev", "funeral", "grave", "оплак", "скорб", "похорон", "могил", "ağla",
                "cenaze", "mezar", "yas");
        words(Concept.MOURN, "cry", "miss");
        roots(Concept.MOURN, "يبك", "بكاء", "حزن", "جناز", "قبر");
        stems(Concept.FIND, "find", "hunt", "catch", "найд", "найт", "достан", "добер", "bulac", "bulıc", "bulur");
        roots(Concept.FIND, "سنجد", "نجدك", "سنصل");
        stems(Concept.TIME, "time", "numbered", "finished", "время", "конец", "пора", "сочтен", "zaman", "vakit",
                "vakti", "sayılı");
        words(Concept.TIME, "end", "over", "son");
        roots(Concept.TIME, "وقت", "حان", "نهاي");
        words(Concept.HELL, "hell", "ад", "аду", "cehennem", "cehenneme", "جهنم", "الجحيم");
        words(Concept.NOBODY, "nobody", "noone", "никто", "kimse", "لن", "احد");
        stems(Concept.CALL, "should", "must", "deserv", "надо", "нужно", "должн", "пора", "gerek", "lazım", "يجب",
                "لازم");
        words(Concept.CALL, "let's", "lets");
        stems(Concept.FRIENDLY, "thank", "congrat", "welcome", "happy", "love", "great", "спасиб", "поздрав",
                "благодар", "рад", "teşekkür", "tebrik", "sağol", "mutlu", "harika", "hoş");
        roots(Concept.FRIENDLY, "شكر", "مبروك", "تهنئ", "سعيد");
    }

    private Concepts() {
    }

    private static List<Concept> addAll(List<Concept> out, List<Concept> found) {
        if (found == null) {
            return out;
        }
        List<Concept> result = out == null ? new ArrayList<>(2) : out;
        for (Concept c : found) {
            if (!result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    private static final java.util.Map<String, List<Concept>> EXACT = new java.util.HashMap<>();
    private static final java.util.Map<String, List<Concept>> STEMS = new java.util.HashMap<>();
    private static final java.util.Map<String, List<Concept>> ROOTS = new java.util.HashMap<>();
    private static final int LONGEST_STEM;
    private static final int LONGEST_ROOT;

    static {
        int stem = 0;
        int root = 0;
        for (Entry e : ENTRIES) {
            java.util.Map<String, List<Concept>> map = e.exact() ? EXACT : e.contains() ? ROOTS : STEMS;
            map.computeIfAbsent(e.stem(), k -> new ArrayList<>()).add(e.concept());
            if (!e.exact() && !e.contains()) {
                stem = Math.max(stem, e.stem().length());
            } else if (e.contains()) {
                root = Math.max(root, e.stem().length());
            }
        }
        LONGEST_STEM = stem;
        LONGEST_ROOT = root;
    }

    /** The concepts of one normalised word (usually none), by hash look-ups of its prefixes and substrings. */
    static List<Concept> of(String word) {
        List<Concept> out = null;
        out = addAll(out, EXACT.get(word));
        for (int len = 1; len <= Math.min(LONGEST_STEM, word.length()); len++) {
            out = addAll(out, STEMS.get(word.substring(0, len)));
        }
        if (!word.isEmpty() && word.charAt(0) >= 0x0600 && word.charAt(0) < 0x0700) {
            for (int i = 0; i < word.length(); i++) {
                for (int len = 2; len <= LONGEST_ROOT && i + len <= word.length(); len++) {
                    out = addAll(out, ROOTS.get(word.substring(i, i + len)));
                }
            }
        }
        // Arabic future tense: a prefixed seen ("سنقتلك", "ستموت") is "will".
        if (word.length() > 4 && word.charAt(0) == 'س' && "نتيأا".indexOf(word.charAt(1)) >= 0) {
            out = out == null ? new ArrayList<>(2) : out;
            out.add(Concept.FUTURE);
            if (word.charAt(1) == 'ن') {
                out.add(Concept.WE);
            }
        }
        // Turkish future tense (-acak/-ecek) and second person endings.
        if (word.contains("acak") || word.contains("ecek") || word.contains("acağ") || word.contains("eceğ")
                || word.contains("ıcak") || word.contains("icek")) {
            out = out == null ? new ArrayList<>(2) : out;
            out.add(Concept.FUTURE);
            if (word.endsWith("sin") || word.endsWith("sın") || word.endsWith("siniz") || word.endsWith("sınız")) {
                out.add(Concept.YOU);
            } else if (word.endsWith("ğız") || word.endsWith("ğiz") || word.endsWith("ğım") || word.endsWith("ğim")) {
                out.add(Concept.WE);
            }
        }
        // Arabic second person object suffix on a verb ("سنقتلك").
        if (word.length() > 4 && (word.endsWith("ك") || word.endsWith("كم")) && out != null) {
            out.add(Concept.YOU);
        }
        return out == null ? List.of() : out;
    }
}
