package org.vigil.analysis.text;

import java.util.HashMap;
import java.util.Map;
import org.vigil.analysis.lang.ResourceTable;
import org.vigil.analysis.lang.Table;

/**
 * Letters that look alike across Latin, Cyrillic and Greek. A word that mixes scripts is read in its majority
 * script, each look-alike from another script replaced by the letter it imitates: a Cyrillic "a" or "o" slipped
 * into "Yerkhov" must not hide the name. The pairs are script data, the resource {@value #RESOURCE} beside this
 * class, read when the class loads.
 */
final class Homoglyphs {

    static final String RESOURCE = "homoglyphs.tsv";

    /** Look-alikes of other scripts in a word read as Latin, and in a word read as Cyrillic. */
    private static final Map<Character, Character> AS_LATIN = new HashMap<>();

    private static final Map<Character, Character> AS_CYRILLIC = new HashMap<>();

    static {
        for (Table.Row row : ResourceTable.of(Homoglyphs.class, RESOURCE)
                .requireColumns("read-as", "letter", "as")
                .rows()) {
            Map<Character, Character> map = switch (row.get("read-as").strip()) {
                case "latin" -> AS_LATIN;
                case "cyrillic" -> AS_CYRILLIC;
                default ->
                    throw row.error(
                            "column 'read-as' is '" + row.get("read-as") + "': expected latin or " + "cyrillic");
            };
            char letter = single(row, "letter");
            if (map.put(letter, single(row, "as")) != null) {
                throw row.error("'" + letter + "' is given twice for " + row.get("read-as"));
            }
        }
    }

    private Homoglyphs() {}

    private static char single(Table.Row row, String column) {
        String s = row.get(column).strip();
        if (s.length() != 1) {
            throw row.error("column '" + column + "' is '" + s + "': expected one letter");
        }
        return s.charAt(0);
    }

    static char toScript(char c, byte script) {
        Character to = script == Tokens.LATIN ? AS_LATIN.get(c) : script == Tokens.CYRILLIC ? AS_CYRILLIC.get(c) : null;
        return to == null ? c : to;
    }
}
