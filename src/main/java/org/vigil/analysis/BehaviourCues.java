package org.vigil.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.threat.ConceptReader;

/**
 * What in a text is a cue of a warning behaviour of threat assessment (TRAP-18's proximal behaviours that words
 * show): identification with attackers, leakage of a plan to others, interest in a person's whereabouts
 * (approach), and the last resort. The words are data, per language: {@code behaviour-cues.tsv} in each language
 * folder (docs/languages.md). A cue is a phrase: words in a row, where a word may be an engine concept written
 * {@code {YOU}} (any word the engine reads as that concept, in any language: the threat model's forms, stems,
 * affixes and tags), {@code *} stands for up to three words of any kind, and {@code !word} or {@code !{YOU}} is a
 * word that must not be that word or concept (or the end of the text): "i will kill !{YOU}" is said of someone
 * else, the directly communicated threat is not. Every language's rows apply to every text. Immutable and shared.
 */
public final class BehaviourCues {

    /** The behaviours a text's words can show by themselves. */
    public enum Behaviour {
        IDENTIFICATION,
        LEAKAGE,
        APPROACH,
        LAST_RESORT
    }

    /** A cue found in a text: the behaviour, the words as written, and the language folder of the row. */
    public record Cue(Behaviour behaviour, String words, String language) {}

    private enum Match {
        WORD,
        PREFIX,
        CONTAINS
    }

    /**
     * One word of a form: a folded word, a concept ({@code concept} set), or a gap ({@code gap}); {@code not}: the
     * word of the text there must not be that word or concept (or the text ends there).
     */
    private record Part(String word, String concept, boolean gap, boolean not) {}

    private record Form(Behaviour behaviour, List<Part> parts, Match match, String language, String written) {}

    private record Token(String original, String folded, int start, int end) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}']+");
    private static final Pattern CONCEPT = Pattern.compile("\\{([A-Z_]+)}");
    private static final int GAP = 3;

    private static volatile BehaviourCues shared;

    private final List<Form> forms;

    private BehaviourCues(LanguageData data) {
        List<Form> f = new ArrayList<>();
        for (Table.Row row : data.rows("behaviour-cues")) {
            f.add(form(row));
        }
        f.sort(Comparator.comparingInt((Form x) -> -x.parts().size()));
        this.forms = List.copyOf(f);
    }

    private static Form form(Table.Row row) {
        String written = row.get("form").strip();
        List<Part> parts = new ArrayList<>();
        for (String item : written.split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            boolean not = item.startsWith("!") && item.length() > 1;
            String w = not ? item.substring(1) : item;
            if (not && parts.isEmpty()) {
                throw row.error("the form '" + written + "' starts with a negated word");
            }
            Matcher c = CONCEPT.matcher(w);
            if (c.matches()) {
                if (!ConceptReader.exists(c.group(1))) {
                    throw row.error("'" + w + "' names no concept of the engine (docs/languages.md, concepts.tsv)");
                }
                parts.add(new Part(null, c.group(1), false, not));
            } else if (w.equals("*") && !not) {
                parts.add(new Part(null, null, true, false));
            } else {
                String folded = AppearanceCues.fold(w);
                if (!WORD.matcher(folded).matches()) {
                    throw row.error("'" + item + "' is not a word, a {CONCEPT}, a !word, a !{CONCEPT} or *");
                }
                parts.add(new Part(folded, null, false, not));
            }
        }
        // a form needs a word of its own, or three concepts in a row of words ("{WE} {FUTURE} {KILL}"): fewer would
        // read too much
        boolean ownWord = parts.stream().anyMatch(p -> p.word() != null && !p.not());
        long concepts =
                parts.stream().filter(p -> p.concept() != null && !p.not()).count();
        if (!ownWord && concepts < 3) {
            throw row.error("the form '" + written + "' has no word of its own (or three concepts)");
        }
        if (parts.getFirst().gap() || parts.getLast().gap()) {
            throw row.error("the form '" + written + "' starts or ends with *");
        }
        String m = row.get("match").strip();
        Match match = m.isEmpty() ? Match.WORD : row.choice("match", Match.class);
        return new Form(row.choice("behaviour", Behaviour.class), parts, match, row.language(), written);
    }

    /** The cues of the shipped language folders (and those of {@code vigil.languages.dir}). */
    public static BehaviourCues shared() {
        BehaviourCues c = shared;
        if (c == null) {
            synchronized (BehaviourCues.class) {
                c = shared;
                if (c == null) {
                    c = new BehaviourCues(LanguageData.shared());
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The cues of the given language folders (for tests). */
    static BehaviourCues of(LanguageData data) {
        return new BehaviourCues(data);
    }

    /**
     * The cues of a text, each behaviour once (its first, longest cue), in the behaviours' order. {@code language}
     * is the text's language (may be null): it decides how concept words are read.
     */
    public List<Cue> cues(String text, String language) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Map<Behaviour, Cue> out = new LinkedHashMap<>();
        List<Set<String>> concepts = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            concepts.add(null);
        }
        for (Form f : forms) {
            if (out.containsKey(f.behaviour())) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int end = match(f, 0, tokens, i, concepts, language);
                if (end > 0) {
                    out.put(
                            f.behaviour(),
                            new Cue(
                                    f.behaviour(),
                                    text.substring(
                                            tokens.get(i).start(),
                                            tokens.get(end - 1).end()),
                                    f.language()));
                    break;
                }
            }
        }
        List<Cue> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(Cue::behaviour));
        return List.copyOf(sorted);
    }

    /**
     * Whether the text speaks to someone: a word the engine reads as the concept YOU (a second-person pronoun,
     * ending or form, in any language it knows).
     */
    public boolean addressesSomeone(String text, String language) {
        for (Token t : tokens(text)) {
            if (ConceptReader.of(t.original(), language).contains("YOU")) {
                return true;
            }
        }
        return false;
    }

    /** The token index after the match of parts {@code p..} starting at token {@code i}, or -1. */
    private static int match(Form f, int p, List<Token> tokens, int i, List<Set<String>> concepts, String language) {
        if (p == f.parts().size()) {
            return i;
        }
        Part part = f.parts().get(p);
        if (part.gap()) {
            for (int skip = 0; skip <= GAP && i + skip <= tokens.size(); skip++) {
                int end = match(f, p + 1, tokens, i + skip, concepts, language);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= tokens.size()) {
            // a negated last word is met by the end of the text
            return part.not() && p == f.parts().size() - 1 ? i : -1;
        }
        Token t = tokens.get(i);
        boolean ok;
        if (part.concept() != null) {
            Set<String> c = concepts.get(i);
            if (c == null) {
                c = ConceptReader.of(t.original(), language);
                concepts.set(i, c);
            }
            ok = c.contains(part.concept());
        } else {
            ok = switch (f.match()) {
                case WORD -> t.folded().equals(part.word());
                case PREFIX -> t.folded().startsWith(part.word());
                case CONTAINS ->
                    part.word().length() >= 3
                            ? t.folded().contains(part.word())
                            : t.folded().equals(part.word());
            };
        }
        return ok != part.not() ? match(f, p + 1, tokens, i + 1, concepts, language) : -1;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // "he'll" is read as "he" and "ll"; "Karlov'u" as "karlov" and "u" (a Turkish ending)
            int from = m.start();
            for (String piece : w.split("'")) {
                if (!piece.isEmpty()) {
                    out.add(new Token(piece, AppearanceCues.fold(piece), from, from + piece.length()));
                }
                from += piece.length() + 1;
            }
        }
        return out;
    }
}
