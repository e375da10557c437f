package org.vigil.analysis.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Offline language identification for en, ru, uk, tr, ar, fa, fr, de, es, pt and zh (and a few more by script).
 *
 * <p>Most texts are decided by their script alone, which costs a pass over the characters: Cyrillic is told apart
 * into Ukrainian and Russian by the letters only one of them has, Arabic script into Persian and Arabic the same
 * way, Han is Chinese. Cyrillic with neither kind of letter goes to Lingua's Russian and Ukrainian models only.
 * Latin-script texts need a statistical model. For those a vote of function words and
 * language-specific letters decides the clear cases (most posts), and Lingua decides the rest: restricted to the
 * six Latin-script languages, in low-accuracy mode (trigram models only) and loaded on first need. Measured on this
 * machine: about 0.5 s and 20 MB to load, against 3 s and 180 MB for its full models of the same six languages
 * and 1.7 GB for all languages; the votes already settle short posts, where the full models would help most.
 * Loading lazily keeps {@code bin/vigil} fast to start when the input carries its own language or is not in Latin
 * script.
 *
 * <p>The words and letters are the language folders' {@code language-id-words.tsv} and {@code
 * language-id-letters.tsv} (docs/languages.md), read when the class is loaded.
 *
 * <p>Handles, addresses and hashtags are ignored when counting, so that "@RusEmbTurkey" followed by a Russian word is Russian.
 * Mixed-script text gets the language of the script with most letters. Thread-safe.
 */
public final class LanguageIdentifier {

    private static final LanguageIdentifier SHARED = new LanguageIdentifier();

    /** Below this many letters nothing can be told. */
    private static final int MIN_LETTERS = 2;

    /**
     * The Latin-script languages told apart: every language folder whose {@code language.properties} says
     * {@code script = Latin} (dialects excepted), in the order of {@code languages.txt}; adding such a folder adds
     * the language here.
     */
    private static final String[] LATIN_CODES = LanguageData.shared().languages().stream()
            .filter(l -> l.script().equalsIgnoreCase("Latin") && l.parent().isEmpty())
            .map(org.vigil.analysis.lang.Language::code)
            .toArray(String[]::new);

    /** Lingua's models of those languages (a language Lingua does not know is told by its words and letters). */
    private static final Language[] LATIN_LANGUAGES = java.util.Arrays.stream(LATIN_CODES)
            .map(LanguageIdentifier::lingua)
            .filter(l -> l != Language.UNKNOWN)
            .toArray(Language[]::new);

    /** The Latin-script languages in the order of their vote bits. */
    static List<String> latinCodes() {
        return List.of(LATIN_CODES);
    }

    /** Lingua's language of a folder's code; UNKNOWN when Lingua has none or its model is not shipped in the jar. */
    private static Language lingua(String code) {
        if (LanguageIdentifier.class.getResource("/language-models/" + code + "/trigrams.json") == null) {
            return Language.UNKNOWN;
        }
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN && l.getIsoCode639_1().name().equalsIgnoreCase(code)) {
                return l;
            }
        }
        return Language.UNKNOWN;
    }

    /** The script pairs told apart by letters: their languages, in the order of {@link ScriptCounts}' fields. */
    private static final String[] LETTER_CODES = {"uk", "ru", "fa", "ar"};

    /**
     * Each function word with the languages (bits in LATIN_CODES order) it belongs to: short, frequent words that
     * are (nearly) unique to one of the Latin-script languages, and a few words of the domain, from the language
     * folders' {@code language-id-words.tsv}. Two words of one language and none of another decide; otherwise Lingua
     * does.
     */
    private static final Map<String, Integer> WORD_LANGUAGES = new java.util.HashMap<>();

    /** Letters only one or two of the Latin-script languages use: the weight each adds to each language's vote. */
    private static final Map<Character, int[]> LATIN_LETTERS = new java.util.HashMap<>();

    /** Letters of one side of a script pair: the weight each adds to each of {@link #LETTER_CODES}. */
    private static final Map<Integer, int[]> SCRIPT_LETTERS = new java.util.HashMap<>();

    static {
        load(LanguageData.shared(), WORD_LANGUAGES, LATIN_LETTERS, SCRIPT_LETTERS);
    }

    /** Reads the words and letters of the language folders into the three maps; a bad row fails with its line. */
    static void load(
            LanguageData data,
            Map<String, Integer> wordLanguages,
            Map<Character, int[]> latinLetters,
            Map<Integer, int[]> scriptLetters) {
        List<String> latin = List.of(LATIN_CODES);
        List<String> pairs = List.of(LETTER_CODES);
        for (Table.Row row : data.rows("language-id-words")) {
            int i = latin.indexOf(row.language());
            if (i < 0) {
                throw row.error(
                        "the language identifier votes with words only among " + latin + ", not " + row.language());
            }
            String word = row.get("word").strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.contains(" ")) {
                throw row.error("column 'word' is '" + row.get("word") + "': expected one word");
            }
            wordLanguages.merge(word, 1 << i, (x, y) -> x | y);
        }
        for (Table.Row row : data.rows("language-id-letters")) {
            String letter = row.get("letter").strip();
            if (letter.codePointCount(0, letter.length()) != 1) {
                throw row.error("column 'letter' is '" + row.get("letter") + "': expected one letter");
            }
            int weight = (int) row.number("weight", 1, 9);
            if (weight != row.number("weight", 1, 9)) {
                throw row.error("column 'weight' is '" + row.get("weight") + "': expected a whole number");
            }
            int cp = letter.codePointAt(0);
            int i = latin.indexOf(row.language());
            if (i >= 0) {
                if (Character.charCount(cp) != 1 || Character.toLowerCase(cp) != cp) {
                    throw row.error("column 'letter' is '" + letter + "': expected a lower-case letter of the "
                            + "Basic Multilingual Plane");
                }
                latinLetters.computeIfAbsent((char) cp, c -> new int[LATIN_CODES.length])[i] += weight;
                continue;
            }
            int k = pairs.indexOf(row.language());
            if (k < 0) {
                throw row.error("the language identifier tells languages apart by letters only among " + latin + " and "
                        + pairs + ", not " + row.language());
            }
            for (int c : new int[] {cp, Character.toUpperCase(cp)}) {
                scriptLetters.computeIfAbsent(c, x -> new int[LETTER_CODES.length])[k] += weight;
                if (Character.toUpperCase(cp) == cp) {
                    break;
                }
            }
        }
    }

    private volatile LanguageDetector lingua;
    private volatile LanguageDetector cyrillic;

    public static LanguageIdentifier shared() {
        return SHARED;
    }

    /** ISO 639-1 code of the text's main language, or "und" when it cannot be told. Thread-safe. */
    public String detect(String text) {
        if (text == null || text.isEmpty()) {
            return "und";
        }
        ScriptCounts counts = ScriptCounts.of(text);
        if (counts.total() < MIN_LETTERS) {
            return "und";
        }
        return switch (counts.dominant()) {
            case CYRILLIC ->
                counts.ukrainianLetters() > counts.russianLetters()
                        ? "uk"
                        : counts.russianLetters() > counts.ukrainianLetters() ? "ru" : cyrillicByModel(text);
            case ARABIC -> counts.persianLetters() > counts.arabicOnlyLetters() ? "fa" : "ar";
            case HAN -> counts.kana() > 0 ? "ja" : "zh";
            case KANA -> "ja";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case LATIN -> latin(text);
            case OTHER -> "und";
        };
    }

    /** Cyrillic without a letter only one of the two languages has: Lingua's Russian and Ukrainian models. */
    private String cyrillicByModel(String text) {
        LanguageDetector detector = cyrillic;
        if (detector == null) {
            synchronized (this) {
                detector = cyrillic;
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(Language.RUSSIAN, Language.UKRAINIAN)
                            .build();
                    cyrillic = detector;
                }
            }
        }
        return detector.detectLanguageOf(text) == Language.UKRAINIAN ? "uk" : "ru";
    }

    private String latin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] votes = new int[LATIN_CODES.length];
        for (String word : words(lower)) {
            Integer languages = WORD_LANGUAGES.get(word);
            if (languages != null) {
                for (int i = 0; i < LATIN_CODES.length; i++) {
                    if ((languages & (1 << i)) != 0) {
                        votes[i] += 2;
                    }
                }
            }
        }
        // Letters that only one or two of the languages use, counted in words written in lower case only:
        // names keep the letters of their own language ("Mevlüt Mert Altıntaş shot Andrei Karlov" is English).
        boolean inName = false;
        boolean aligned = lower.length() == text.length();
        for (int i = 0; i < lower.length(); i++) {
            if (aligned && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                inName = Character.isUpperCase(text.charAt(i));
            }
            if (inName) {
                continue;
            }
            int[] weights = LATIN_LETTERS.get(lower.charAt(i));
            if (weights != null) {
                for (int k = 0; k < weights.length; k++) {
                    votes[k] += weights[k];
                }
            }
        }
        int best = 0;
        int second = -1;
        for (int i = 1; i < votes.length; i++) {
            if (votes[i] > votes[best]) {
                second = best;
                best = i;
            } else if (second < 0 || votes[i] > votes[second]) {
                second = i;
            }
        }
        int runnerUp = second < 0 ? 0 : votes[second];
        if (votes[best] >= 4 && votes[best] >= runnerUp + 2 || votes[best] >= 2 && runnerUp == 0) {
            return LATIN_CODES[best];
        }
        // Lingua too reads the sentence without its names, when enough of it is left.
        String rest = aligned ? withoutNames(text, lower) : "";
        Language language = lingua().detectLanguageOf(rest.length() >= 5 ? rest : text);
        if (language == Language.UNKNOWN) {
            return votes[best] > runnerUp ? LATIN_CODES[best] : "und";
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** The lower-cased text without its capitalised words. */
    private static String withoutNames(String text, String lower) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inName = false;
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                inName = Character.isUpperCase(text.charAt(i));
            }
            if (!inName) {
                out.append(lower.charAt(i));
            }
        }
        return out.toString().strip();
    }

    private LanguageDetector lingua() {
        LanguageDetector detector = lingua;
        if (detector == null) {
            synchronized (this) {
                detector = lingua;
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(LATIN_LANGUAGES)
                            .withLowAccuracyMode()
                            .build();
                    lingua = detector;
                }
            }
        }
        return detector;
    }

    /** Lower-cased words of letters, skipping handles, hashtags and addresses. */
    private static Iterable<String> words(String lower) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (c == '@' || c == '#' || lower.startsWith("http", i) || lower.startsWith("www.", i)) {
                while (i < n && !Character.isWhitespace(lower.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'')) {
                    i++;
                }
                out.add(lower.substring(start, i));
                continue;
            }
            i++;
        }
        return out;
    }

    enum Script {
        LATIN,
        CYRILLIC,
        ARABIC,
        HAN,
        KANA,
        HANGUL,
        GREEK,
        HEBREW,
        OTHER
    }

    /**
     * Letters per script, and the letters that tell languages of one script apart (weights summed from the language
     * folders' {@code language-id-letters.tsv}).
     */
    record ScriptCounts(
            int[] perScript,
            int ukrainianLetters,
            int russianLetters,
            int persianLetters,
            int arabicOnlyLetters,
            int kana) {

        static ScriptCounts of(String text) {
            int[] per = new int[Script.values().length];
            int uk = 0;
            int ru = 0;
            int fa = 0;
            int ar = 0;
            int n = text.length();
            int i = 0;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (cp == '@' || cp == '#' || text.startsWith("http", i) || text.startsWith("www.", i)) {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                Script s = cp < 0x0250
                        ? Script.LATIN
                        : cp >= 0x0400 && cp < 0x0530
                                ? Script.CYRILLIC
                                : cp >= 0x0600 && cp < 0x0700
                                        ? Script.ARABIC
                                        : cp >= 0x4E00 && cp < 0xA000 ? Script.HAN : slow(cp);
                per[s.ordinal()] += s == Script.HAN || s == Script.KANA || s == Script.HANGUL ? 3 : 1;
                int[] weights = SCRIPT_LETTERS.get(cp);
                if (weights != null) {
                    uk += weights[0];
                    ru += weights[1];
                    fa += weights[2];
                    ar += weights[3];
                }
            }
            return new ScriptCounts(per, uk, ru, fa, ar, per[Script.KANA.ordinal()] / 3);
        }

        /** The script of a letter outside the common blocks checked inline. */
        private static Script slow(int cp) {
            return switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> Script.LATIN;
                case CYRILLIC -> Script.CYRILLIC;
                case ARABIC -> Script.ARABIC;
                case HAN -> Script.HAN;
                case HIRAGANA, KATAKANA -> Script.KANA;
                case HANGUL -> Script.HANGUL;
                case GREEK -> Script.GREEK;
                case HEBREW -> Script.HEBREW;
                default -> Script.OTHER;
            };
        }

        int total() {
            int sum = 0;
            for (int c : perScript) {
                sum += c;
            }
            return sum;
        }

        Script dominant() {
            int best = 0;
            for (int i = 1; i < perScript.length; i++) {
                if (perScript[i] > perScript[best]) {
                    best = i;
                }
            }
            Script s = Script.values()[best];
            // Japanese mixes Han and kana; any kana beside Han makes it Japanese.
            if (s == Script.HAN && kana > 0) {
                return Script.KANA;
            }
            return s;
        }
    }
}
