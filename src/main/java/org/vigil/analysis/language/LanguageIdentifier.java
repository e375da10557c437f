package org.vigil.analysis.language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

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
 * <p>Handles, addresses and hashtags are ignored when counting, so that "@RusEmbTurkey прощайся" is Russian.
 * Mixed-script text gets the language of the script with most letters. Thread-safe.
 */
public final class LanguageIdentifier {

    private static final LanguageIdentifier SHARED = new LanguageIdentifier();

    /** Below this many letters nothing can be told. */
    private static final int MIN_LETTERS = 2;

    private static final Language[] LATIN_LANGUAGES = {
        Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.TURKISH
    };

    private static final String[] LATIN_CODES = {"en", "fr", "de", "es", "pt", "tr"};

    /**
     * Short, frequent function words that are (nearly) unique to one of the Latin-script languages, and a few words
     * of the domain. Two words of one language and none of another decide; otherwise Lingua does.
     */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "you", "is", "are", "was", "were", "will", "of", "to", "it", "that", "this",
                    "with", "for", "have", "has", "not", "your", "we", "they", "be", "when", "what", "thank", "my",
                    "i", "he", "she", "his", "her", "at", "on", "no", "one", "time", "all",
                    // Words of Vigil's domain spelt differently in the other five languages.
                    "ambassador", "embassy", "consulate", "minister", "threat", "threats", "farewell"),
            "fr", Set.of("le", "les", "et", "est", "une", "des", "du", "pour", "dans", "vous", "nous", "pas", "au",
                    "avec", "sur", "qui", "ce", "cette", "mais", "je", "tu", "il", "elle", "sont", "merci", "ne",
                    "aux", "leur", "très", "à"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "ich", "du", "wir", "sie", "mit",
                    "auf", "für", "den", "dem", "zu", "es", "von", "sind", "wird", "auch", "noch", "wann", "danke",
                    "dich", "euch", "ihr", "ihnen"),
            "es", Set.of("el", "los", "las", "y", "es", "una", "por", "para", "con", "que", "del", "se", "lo", "su",
                    "pero", "como", "muy", "gracias", "cuando", "está", "usted", "te", "yo", "nosotros", "al"),
            "pt", Set.of("o", "os", "as", "e", "é", "um", "uma", "para", "com", "não", "que", "do", "da", "dos",
                    "das", "em", "no", "na", "você", "obrigado", "obrigada", "quando", "está", "muito", "mas",
                    "eu", "nós", "ao"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "ne", "için", "ile", "çok", "ben", "sen", "biz", "siz",
                    "var", "yok", "mi", "mı", "mu", "mü", "değil", "gibi", "ama", "teşekkürler", "teşekkür",
                    "ederim", "zaman", "olarak", "daha", "kadar", "sana", "seni", "sizi", "hayata", "veda"));

    /** Each function word with the languages (bits in LATIN_CODES order) it belongs to. */
    private static final Map<String, Integer> WORD_LANGUAGES = new java.util.HashMap<>();

    static {
        for (int i = 0; i < LATIN_CODES.length; i++) {
            for (String w : FUNCTION_WORDS.get(LATIN_CODES[i])) {
                WORD_LANGUAGES.merge(w, 1 << i, (x, y) -> x | y);
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
            case CYRILLIC -> counts.ukrainianLetters() > counts.russianLetters() ? "uk"
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
                    detector = LanguageDetectorBuilder.fromLanguages(Language.RUSSIAN, Language.UKRAINIAN).build();
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
        // Letters that only one or two of the six languages use.
        for (int i = 0; i < lower.length(); i++) {
            switch (lower.charAt(i)) {
                case 'ğ', 'ı', 'ş' -> votes[5] += 3;
                case 'ß' -> votes[2] += 3;
                case 'ñ', '¿', '¡' -> votes[3] += 3;
                case 'ã', 'õ' -> votes[4] += 3;
                case 'è', 'ê', 'à', 'ù', 'œ', 'î', 'ï' -> votes[1] += 1;
                case 'ä' -> votes[2] += 2;
                case 'ç' -> { votes[1] += 1; votes[4] += 1; votes[5] += 1; }
                case 'ö', 'ü' -> { votes[2] += 1; votes[5] += 1; }
                default -> { }
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
        Language language = lingua().detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return votes[best] > runnerUp ? LATIN_CODES[best] : "und";
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private LanguageDetector lingua() {
        LanguageDetector detector = lingua;
        if (detector == null) {
            synchronized (this) {
                detector = lingua;
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(LATIN_LANGUAGES).withLowAccuracyMode().build();
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

    enum Script { LATIN, CYRILLIC, ARABIC, HAN, KANA, HANGUL, GREEK, HEBREW, OTHER }

    /** Letters per script, and the letters that tell languages of one script apart. */
    record ScriptCounts(int[] perScript, int ukrainianLetters, int russianLetters, int persianLetters,
            int arabicOnlyLetters, int kana) {

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
                Script s = cp < 0x0250 ? Script.LATIN
                        : cp >= 0x0400 && cp < 0x0530 ? Script.CYRILLIC
                        : cp >= 0x0600 && cp < 0x0700 ? Script.ARABIC
                        : cp >= 0x4E00 && cp < 0xA000 ? Script.HAN
                        : slow(cp);
                per[s.ordinal()] += s == Script.HAN || s == Script.KANA || s == Script.HANGUL ? 3 : 1;
                switch (cp) {
                    case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> uk++;
                    case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> ru++;
                    // Persian letters absent from standard Arabic: peh, tcheh, jeh, gaf, keheh, Farsi yeh.
                    case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی' -> fa++;
                    // Arabic letters that Persian spelling does not use: teh marbuta, Arabic yeh and kaf, alef maksura.
                    case 'ة', 'ي', 'ك', 'ى' -> ar++;
                    default -> { }
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
