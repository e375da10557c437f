package org.vigil.analysis.threat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.lang.Language;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.threat.ThreatAssessment.Slot;
import org.vigil.analysis.threat.ThreatLexicon.Rule;

/**
 * Reads the threat patterns of the language folders into the rules of {@link ThreatLexicon}: the rows of every
 * {@code threat-patterns.tsv}, in the order of the languages and of the rows, with the macros of the language's
 * {@code threat-macros.tsv} (and of its parent language's, for a dialect) and the built-in ones expanded.
 *
 * <p>A row's regular expression is compiled here, on the folded text it runs on, so that an unknown macro, a regex
 * that does not compile, an unknown category or target and a weight out of [0, 1] fail when the engine starts, with
 * the file and line (docs/languages.md).
 */
final class ThreatPatterns {

    static final String PATTERNS = "threat-patterns";
    static final String MACROS = "threat-macros";

    /** A category cell that marks an idiom: violent words that harm no one, whose matches cancel findings. */
    static final String IDIOM = "idiom";

    /**
     * Macros that are facts of regular expressions and of Unicode, the same in every language. Every repetition in
     * them is bounded (words of at most 30 letters, at most 20 spaces), so that hostile input (megabytes without a
     * space) costs linear time; the patterns keep to the same bounds.
     */
    static final Map<String, String> BUILT_IN;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        // Start of a word: no letter or digit before.
        m.put("B", "(?<![\\p{L}\\p{N}_])");
        // End of a word.
        m.put("E", "(?![\\p{L}\\p{N}_])");
        // Any word ending (inflection).
        m.put("END", "\\p{L}{0,30}");
        // Whitespace between two words of a phrase.
        m.put("S", "\\s{1,20}");
        // One optional word in between.
        m.put("W1", "(?:\\p{L}{1,30}\\s{1,20})?");
        // Up to two arbitrary words after a space.
        m.put("FEW", "(?:\\s{1,20}\\p{L}{1,30}){0,2}");
        // An apostrophe, straight or curly.
        m.put("APOS", "['’]");
        // For the object column (the original text right after the phrase): a capitalised word, a name.
        m.put("NAME_AFTER", "\\s{1,20}\\p{Lu}");
        BUILT_IN = java.util.Collections.unmodifiableMap(m);
    }

    /** {@code {NAME}}, but not the braces of {@code \p{L}}, {@code \x{...}} or {@code \N{...}}. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\[pPxN])\\{([A-Z][A-Z0-9_]*)\\}");

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ThreatPatterns() {}

    /** The rules of every language folder that has threat patterns, in the order of the languages and rows. */
    static List<Rule> load(LanguageData data) {
        Map<String, Map<String, String>> macros = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (Table table : data.tables(PATTERNS)) {
            table.requireColumns("category", "weight", "target", "pattern", "object", "note");
            Language language = data.language(table.language()).orElseThrow();
            Character.UnicodeScript script = script(language);
            Map<String, String> scope = macros(data, language, macros);
            for (Table.Row row : table.rows()) {
                rules.add(rule(row, script, scope));
            }
        }
        // Macros of a language without patterns are still checked.
        for (Language l : data.languages()) {
            macros(data, l, macros);
        }
        return rules;
    }

    private static Rule rule(Table.Row row, Character.UnicodeScript script, Map<String, String> scope) {
        String cell = row.get("category").strip();
        ThreatCategory category = cell.equalsIgnoreCase(IDIOM) ? null : category(row, cell);
        double weight = 0;
        Slot slot = Slot.NEAREST;
        if (category == null) {
            if (!row.get("weight").isBlank() || !row.get("target").isBlank()) {
                throw row.error("an idiom is no evidence: leave its weight and target empty");
            }
        } else {
            if (row.get("weight").isBlank() || row.get("target").isBlank()) {
                throw row.error("a pattern of category '" + cell + "' needs a weight (0 to 1) and a target");
            }
            weight = row.number("weight", 0, 1);
            slot = row.choice("target", Slot.class);
        }
        // Patterns run on folded text (lower case, ı as i, char by char so offsets stay), which is much faster than
        // case-insensitive matching; the pattern's letters are folded the same way.
        Pattern pattern = compile(row, "pattern", ThreatLexicon.foldRegex(expand(row, "pattern", scope)));
        // The object is matched on the original text, right after the phrase.
        Pattern object = row.get("object").isBlank() ? null : compile(row, "object", expand(row, "object", scope));
        return new Rule(category, slot, weight, script, pattern, object, row.file() + ":" + row.line());
    }

    private static ThreatCategory category(Table.Row row, String cell) {
        for (ThreatCategory c : ThreatCategory.values()) {
            if (c.name().equalsIgnoreCase(cell) || c.name().replace('_', '-').equalsIgnoreCase(cell)) {
                return c;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (ThreatCategory c : ThreatCategory.values()) {
            allowed.add(c.name().replace('_', '-').toLowerCase(Locale.ROOT));
        }
        allowed.add(IDIOM);
        throw row.error("column 'category' is '" + cell + "': expected one of " + String.join(", ", allowed));
    }

    /**
     * The macros a row of this language may use, each fully expanded: the built-in ones, the parent language's
     * (for a dialect) and the language's own, in the order of its file (a macro may use those above it).
     */
    private static Map<String, String> macros(
            LanguageData data, Language language, Map<String, Map<String, String>> done) {
        Map<String, String> scope = done.get(language.code());
        if (scope != null) {
            return scope;
        }
        scope = new LinkedHashMap<>(BUILT_IN);
        if (language.parent().isPresent()) {
            Language parent = data.language(language.parent().get()).orElse(null);
            if (parent != null) {
                scope.putAll(macros(data, parent, done));
            }
        }
        if (language.table(MACROS).isPresent()) {
            Table table = language.table(MACROS).get().requireColumns("name", "regex", "note");
            for (Table.Row row : table.rows()) {
                String name = row.get("name").strip();
                if (!NAME.matcher(name).matches()) {
                    throw row.error("column 'name' is '" + name + "': a macro's name is capital letters, digits and _,"
                            + " starting with a letter");
                }
                if (scope.containsKey(name)) {
                    throw row.error("the macro " + name + " is already defined"
                            + (BUILT_IN.containsKey(name) ? " (it is built in)" : ""));
                }
                String regex = expand(row, "regex", scope);
                compile(row, "regex", regex);
                scope.put(name, regex);
            }
        }
        done.put(language.code(), scope);
        return scope;
    }

    /** The cell with every {@code {NAME}} replaced by its macro; an unknown name fails with the row. */
    static String expand(Table.Row row, String column, Map<String, String> scope) {
        Matcher m = REFERENCE.matcher(row.get(column));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = scope.get(m.group(1));
            if (value == null) {
                throw row.error("column '" + column + "' uses the unknown macro {" + m.group(1) + "}; known here: "
                        + String.join(", ", scope.keySet()) + " (built in, or defined above in threat-macros.tsv)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern compile(Table.Row row, String column, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            int at = Math.max(0, e.getIndex());
            String near = regex.substring(Math.max(0, at - 30), Math.min(regex.length(), at + 10));
            throw row.error("column '" + column + "' does not compile (after its macros are expanded): "
                    + e.getDescription() + " at index " + e.getIndex() + ", near '" + near + "'");
        }
    }

    /** The script of a language's letters, from its {@code language.properties}. */
    private static Character.UnicodeScript script(Language language) {
        try {
            return Character.UnicodeScript.forName(language.script());
        } catch (IllegalArgumentException e) {
            throw new LanguageDataException(
                    language.code() + "/language.properties",
                    0,
                    "script '"
                            + language.script()
                            + "' is no Unicode script name (Latin, Cyrillic, Arabic, Devanagari, Han, ...)"
                            + "; the threat patterns run only on texts with letters of the language's script");
        }
    }
}
