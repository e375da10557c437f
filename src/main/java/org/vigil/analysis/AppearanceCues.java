package org.vigil.analysis;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * What in a text points at a planned appearance: the dates it names (relative ones such as "tomorrow", "on
 * Friday", "next week" resolved against the text's own time; day-and-month dates; numeric dates), the kinds of
 * event it names (an exhibition, a reception...), and whether it names a given venue. The words are data, per
 * language: {@code relative-dates.tsv} and {@code event-words.tsv} in each language folder (docs/languages.md);
 * every language's rows apply to every text, as a threat about an appearance may be written in any of them.
 * Immutable and shared.
 */
public final class AppearanceCues {

    /** What a date word means. */
    enum Meaning {
        TODAY,
        TOMORROW,
        DAY_AFTER_TOMORROW,
        THIS_WEEK,
        NEXT_WEEK,
        WEEKEND,
        MONDAY,
        TUESDAY,
        WEDNESDAY,
        THURSDAY,
        FRIDAY,
        SATURDAY,
        SUNDAY,
        /** Turns the weekday beside it into the last such day before the text ("last Friday"). */
        PAST,
        JANUARY,
        FEBRUARY,
        MARCH,
        APRIL,
        MAY,
        JUNE,
        JULY,
        AUGUST,
        SEPTEMBER,
        OCTOBER,
        NOVEMBER,
        DECEMBER;

        boolean month() {
            return ordinal() >= JANUARY.ordinal();
        }

        boolean weekday() {
            return ordinal() >= MONDAY.ordinal() && ordinal() <= SUNDAY.ordinal();
        }
    }

    /** The kinds of appearance the event words name. */
    public enum EventKind {
        EXHIBITION,
        RECEPTION,
        SPEECH,
        VISIT,
        TRAVEL
    }

    /**
     * A date the text names, as the days it covers ({@code from} to {@code to}, both included).
     *
     * @param words the words of the text that name it, as written
     * @param language the language folder of the row that matched ({@code null} for a numeric date)
     */
    public record DateMention(String words, String language, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** An event word of the text: the kind it names and the words as written. */
    public record EventMention(EventKind kind, String words, String language) {}

    private record Form(List<String> words, boolean prefix, String language) {}

    private record DateForm(Form form, Meaning meaning) {}

    private record EventForm(Form form, EventKind kind) {}

    private record Token(String folded, int start, int end) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}))?\\b");

    /** More words first, then more letters: "cumartesi" (Saturday) before its prefix "cuma" (Friday). */
    private static final Comparator<Form> LONGEST_FIRST = Comparator.comparingInt(
                    (Form f) -> -f.words().size())
            .thenComparingInt(f -> -String.join(" ", f.words()).length());

    private static volatile AppearanceCues shared;

    private final List<DateForm> dates;
    private final List<EventForm> events;

    private AppearanceCues(LanguageData data) {
        List<DateForm> d = new ArrayList<>();
        for (Table.Row row : data.rows("relative-dates")) {
            d.add(new DateForm(form(row), row.choice("meaning", Meaning.class)));
        }
        List<EventForm> e = new ArrayList<>();
        for (Table.Row row : data.rows("event-words")) {
            e.add(new EventForm(form(row), row.choice("kind", EventKind.class)));
        }
        // longest forms first, so that "day after tomorrow" is not read as "tomorrow"
        d.sort(Comparator.comparing(DateForm::form, LONGEST_FIRST));
        e.sort(Comparator.comparing(EventForm::form, LONGEST_FIRST));
        this.dates = List.copyOf(d);
        this.events = List.copyOf(e);
    }

    private static Form form(Table.Row row) {
        List<String> words = tokens(row.get("form")).stream().map(Token::folded).toList();
        if (words.isEmpty()) {
            throw new IllegalStateException(row.file() + ":" + row.line() + ": the form has no word");
        }
        String match = row.get("match").strip();
        if (!match.isEmpty() && !match.equals("word") && !match.equals("prefix")) {
            throw new IllegalStateException(
                    row.file() + ":" + row.line() + ": match is '" + match + "': expected word or prefix");
        }
        return new Form(words, match.equals("prefix"), row.language());
    }

    /** The cues of the shipped language folders (and those of {@code vigil.languages.dir}). */
    public static AppearanceCues shared() {
        AppearanceCues c = shared;
        if (c == null) {
            synchronized (AppearanceCues.class) {
                c = shared;
                if (c == null) {
                    c = new AppearanceCues(LanguageData.shared());
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The cues of the given language folders (for tests). */
    static AppearanceCues of(LanguageData data) {
        return new AppearanceCues(data);
    }

    /**
     * The dates the text names, resolved against {@code reference}, the day the text was written (in the time zone
     * of the place it is about). A weekday ("on Friday") is the next such day after the reference day; "next week"
     * is Monday to Sunday of the following week, a weekday beside a word of the past ("last Friday") the last such
     * day before it; "this week" the reference day to Sunday; "the weekend" the coming
     * Saturday and Sunday (or the rest of it, when the text is written at the weekend). A day and month without a
     * year ("19 December") is the next such day on or after the reference day, as is a numeric day and month.
     */
    public List<DateMention> dates(String text, LocalDate reference) {
        List<Token> tokens = tokens(text);
        boolean[] used = new boolean[tokens.size()];
        List<DateMention> out = new ArrayList<>();
        for (DateForm f : dates) {
            if (f.meaning() == Meaning.PAST) {
                continue;
            }
            for (int i = 0; i + f.form().words().size() <= tokens.size(); i++) {
                if (!matches(f.form(), tokens, i, used)) {
                    continue;
                }
                int last = i + f.form().words().size() - 1;
                if (f.meaning().weekday() && (past(tokens, i - 1) || past(tokens, last + 1))) {
                    mark(used, i, last);
                    DayOfWeek day = DayOfWeek.of(f.meaning().ordinal() - Meaning.MONDAY.ordinal() + 1);
                    LocalDate d = reference.with(TemporalAdjusters.previous(day));
                    out.add(new DateMention(
                            text.substring(
                                    tokens.get(i).start(), tokens.get(last).end()),
                            f.form().language(),
                            d,
                            d));
                    continue;
                }
                if (f.meaning().month()) {
                    DateMention m = dayAndMonth(text, tokens, used, i, last, f, reference);
                    if (m != null) {
                        out.add(m);
                    }
                    continue;
                }
                mark(used, i, last);
                out.add(resolve(
                        f.meaning(),
                        text.substring(tokens.get(i).start(), tokens.get(last).end()),
                        f.form().language(),
                        reference));
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            LocalDate d = date(
                    Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (d != null) {
                out.add(new DateMention(iso.group(), null, d, d));
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            int day = Integer.parseInt(dotted.group(1));
            int month = Integer.parseInt(dotted.group(2));
            LocalDate d = dotted.group(3) != null
                    ? date(Integer.parseInt(dotted.group(3)), month, day)
                    : nextDayAndMonth(day, month, reference);
            if (d != null) {
                out.add(new DateMention(dotted.group(), null, d, d));
            }
        }
        return out;
    }

    /** Whether the word at {@code at} is a word of the past ("last", and its equivalents in the language folders) that turns a weekday back. */
    private boolean past(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return false;
        }
        for (DateForm f : dates) {
            if (f.meaning() == Meaning.PAST
                    && f.form().words().size() == 1
                    && matches(f.form(), tokens, at, new boolean[tokens.size()])) {
                return true;
            }
        }
        return false;
    }

    /** A month word with a day number just before or after it ("19 December", "December 19", "19 Aralik"). */
    private static DateMention dayAndMonth(
            String text, List<Token> tokens, boolean[] used, int first, int last, DateForm f, LocalDate reference) {
        int month = f.meaning().ordinal() - Meaning.JANUARY.ordinal() + 1;
        for (int at : new int[] {first - 1, last + 1}) {
            if (at < 0 || at >= tokens.size() || used[at]) {
                continue;
            }
            String t = tokens.get(at).folded();
            if (!t.matches("\\d{1,2}")) {
                continue;
            }
            LocalDate d = nextDayAndMonth(Integer.parseInt(t), month, reference);
            if (d == null) {
                continue;
            }
            int from = Math.min(at, first);
            int to = Math.max(at, last);
            mark(used, from, to);
            return new DateMention(
                    text.substring(tokens.get(from).start(), tokens.get(to).end()),
                    f.form().language(),
                    d,
                    d);
        }
        return null;
    }

    private static LocalDate nextDayAndMonth(int day, int month, LocalDate reference) {
        LocalDate d = date(reference.getYear(), month, day);
        if (d != null && d.isBefore(reference)) {
            d = date(reference.getYear() + 1, month, day);
        }
        return d;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static DateMention resolve(Meaning meaning, String words, String language, LocalDate ref) {
        return switch (meaning) {
            case TODAY -> new DateMention(words, language, ref, ref);
            case TOMORROW -> new DateMention(words, language, ref.plusDays(1), ref.plusDays(1));
            case DAY_AFTER_TOMORROW -> new DateMention(words, language, ref.plusDays(2), ref.plusDays(2));
            case THIS_WEEK ->
                new DateMention(words, language, ref, ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case NEXT_WEEK -> {
                LocalDate monday = ref.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                yield new DateMention(words, language, monday, monday.plusDays(6));
            }
            case WEEKEND -> {
                if (ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    yield new DateMention(
                            words, language, ref, ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
                }
                LocalDate saturday = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                yield new DateMention(words, language, saturday, saturday.plusDays(1));
            }
            default -> {
                if (!meaning.weekday()) {
                    throw new IllegalArgumentException(meaning + " is not a relative day");
                }
                DayOfWeek day = DayOfWeek.of(meaning.ordinal() - Meaning.MONDAY.ordinal() + 1);
                LocalDate d = ref.with(TemporalAdjusters.next(day));
                yield new DateMention(words, language, d, d);
            }
        };
    }

    /** The event words of the text, each kind once (its first mention). */
    public List<EventMention> events(String text) {
        List<Token> tokens = tokens(text);
        boolean[] used = new boolean[tokens.size()];
        Map<EventKind, EventMention> out = new LinkedHashMap<>();
        for (EventForm f : events) {
            for (int i = 0; i + f.form().words().size() <= tokens.size(); i++) {
                if (!matches(f.form(), tokens, i, used)) {
                    continue;
                }
                int last = i + f.form().words().size() - 1;
                mark(used, i, last);
                out.putIfAbsent(
                        f.kind(),
                        new EventMention(
                                f.kind(),
                                text.substring(
                                        tokens.get(i).start(), tokens.get(last).end()),
                                f.form().language()));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether the text names the phrase (a venue's name or one of its other names): its words in a row, compared
     * without case and accents; the last word of the phrase may carry an ending ("Cagdas Sanat Merkezi'nde").
     * Phrases of one word shorter than four letters never match (too many false hits).
     */
    public static boolean names(String text, String phrase) {
        List<String> p = tokens(phrase).stream().map(Token::folded).toList();
        if (p.isEmpty()) {
            return false;
        }
        if (p.size() == 1 && p.getFirst().length() < 4) {
            return acronym(text, phrase.strip());
        }
        List<Token> t = tokens(text);
        for (int i = 0; i + p.size() <= t.size(); i++) {
            boolean all = true;
            for (int k = 0; k < p.size() && all; k++) {
                String w = t.get(i + k).folded();
                all = k == p.size() - 1 ? w.startsWith(stem(p.get(k))) : inflected(w, p.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Longest ending a word of a name may change in an inflected language ("tsentr", "tsentre"). */
    private static final int ENDING = 2;

    /**
     * A name's word as the text may inflect it: the same word, the word with an ending of up to two letters, or its
     * stem (without its last two letters) with an ending as long.
     */
    private static boolean inflected(String word, String name) {
        if (word.equals(name) || (word.startsWith(name) && word.length() <= name.length() + ENDING)) {
            return true;
        }
        String stem = stem(name);
        return stem.length() < name.length() && word.startsWith(stem) && word.length() <= name.length() + ENDING;
    }

    /** A word of five letters or more without its last {@link #ENDING} letters, shorter words whole. */
    private static String stem(String name) {
        return name.length() >= 5 + ENDING ? name.substring(0, name.length() - ENDING) : name;
    }

    /** A short name ("AKM") matches only where the text writes it in capitals, an ending allowed ("AKM'deki"). */
    private static boolean acronym(String text, String name) {
        if (name.isEmpty() || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Form f, List<Token> tokens, int i, boolean[] used) {
        for (int k = 0; k < f.words().size(); k++) {
            if (used[i + k]) {
                return false;
            }
            String w = tokens.get(i + k).folded();
            String want = f.words().get(k);
            if (f.prefix() ? !w.startsWith(want) : !w.equals(want)) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k <= to; k++) {
            used[k] = true;
        }
    }

    /** Words of the text in lower case, without Latin accents, Arabic short vowels or tatweel; the Turkish dotless i is read as i, the Cyrillic short i keeps its breve. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(fold(m.group()), m.start(), m.end()));
        }
        return out;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u0131', 'i');
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int k = 0; k < nfd.length(); k++) {
            char c = nfd.charAt(k);
            boolean cyrillicShortI = c == '\u0306'
                    && k > 0
                    && Character.UnicodeScript.of(nfd.charAt(k - 1)) == Character.UnicodeScript.CYRILLIC;
            boolean accent = c >= '\u0300' && c <= '\u036f' && !cyrillicShortI;
            boolean arabicVowel = (c >= '\u064b' && c <= '\u065f') || c == '\u0670' || c == '\u0640';
            if (!accent && !arabicVowel) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
    }
}
