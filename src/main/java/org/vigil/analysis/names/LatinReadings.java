package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Latin letters that languages read differently, so that a name written in Latin letters is also found in the
 * spelling another script gives it: j is a glide in Slavic and German (Jerchow) but dzh in English (Arabic ج) and
 * zh in French (Russian Ж); c is ts in Slavic languages (Jazbec, Язбец); w is v in German and Polish but u in
 * English (Welby, Уэлби). The registry indexes these readings of its names; a word of a text is tried in them when
 * its own reading finds no one.
 */
final class LatinReadings {

    private LatinReadings() {
    }

    /** A word made only of Hepburn syllables (ka, shi, tsu, kyo, n...): a Japanese name in Latin letters. */
    private static final java.util.regex.Pattern HEPBURN = java.util.regex.Pattern.compile(
            "(?:(?:kk|ss|tt|pp|tch)?(?:ky|gy|sh|ch|ts|j|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwf])?[aeiou]|n(?![aeiouy]))+");

    /**
     * The Russian (Polivanov) reading of a Japanese name in Hepburn romanisation, respelled in Latin letters so
     * that its phonetic key meets the Cyrillic one: shi си, chi ти, ji and z дз, sha ся, cho тё, yo ё, n before
     * b, m, p м (Sekijima Сэкидзима, Kurakichi Куракити, Honbu Хомбу); null for a word that is not Japanese.
     */
    static String japanese(String name) {
        int last = name.lastIndexOf(' ') + 1;
        String word = org.vigil.analysis.text.Romanizer.romanize(name.substring(last));
        if (word.length() < 3 || !HEPBURN.matcher(word).matches()
                || word.indexOf('j') < 0 && word.indexOf('z') < 0 && !word.contains("sh") && !word.contains("ch")
                && !word.contains("yo") && !word.matches(".*n[bmp].*")) {
            return null;
        }
        StringBuilder b = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            boolean afterConsonant = i > 0 && "aeiou".indexOf(word.charAt(i - 1)) < 0;
            if (c == 's' && next == 'h') {
                b.append(i + 2 < word.length() && word.charAt(i + 2) == 'i' ? "s" : "sy");
                i++;
            } else if (c == 'c' && next == 'h') {
                b.append(i + 2 < word.length() && word.charAt(i + 2) == 'i' ? "t" : "ty");
                i++;
            } else if (c == 'j') {
                b.append(next == 'i' ? "dz" : "dzy");
            } else if (c == 'z') {
                b.append("dz");
            } else if (c == 'y' && next == 'o' && !afterConsonant) {
                b.append('e'); // ё
                i++;
            } else if (c == 'n' && (next == 'b' || next == 'm' || next == 'p')) {
                b.append('m');
            } else {
                b.append(c);
            }
        }
        return name.substring(0, last) + b;
    }

    /**
     * A Latin or Latinised Greek name as Russian writes it, without the nominative ending: -ius as -ий, -us
     * dropped (Junius Юний, Sabinus Сабин, Marcus Марк); null for a word without such an ending.
     */
    static String classical(String name) {
        int last = name.lastIndexOf(' ') + 1;
        String word = name.substring(last);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() >= 6 && lower.endsWith("ius")) {
            return name.substring(0, name.length() - 3) + "iy";
        }
        if (lower.length() >= 5 && lower.endsWith("us") && "aeiou".indexOf(lower.charAt(lower.length() - 3)) < 0) {
            return name.substring(0, name.length() - 2);
        }
        return null;
    }

    /** Other readings of a name or word written in Latin letters (none for other scripts). */
    static List<String> of(String s) {
        List<String> out = new ArrayList<>(4);
        boolean latin = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'z' && Character.isLetter(c)) {
                latin = true;
                break;
            }
        }
        if (!latin) {
            return out;
        }
        if (s.indexOf('j') >= 0 || s.indexOf('J') >= 0) {
            out.add(s.replace("j", "dj").replace("J", "Dj"));
            out.add(s.replace("j", "zh").replace("J", "Zh"));
        }
        if (s.indexOf('c') >= 0 || s.indexOf('C') >= 0) {
            StringBuilder ts = new StringBuilder(s.length() + 4);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char next = i + 1 < s.length() ? Character.toLowerCase(s.charAt(i + 1)) : 0;
                if ((c == 'c' || c == 'C') && next != 'h' && next != 'k' && next != 'z') {
                    ts.append(c == 'c' ? "ts" : "Ts");
                } else {
                    ts.append(c);
                }
            }
            if (ts.length() != s.length()) {
                out.add(ts.toString());
            }
        }
        if (s.indexOf('w') >= 0 || s.indexOf('W') >= 0) {
            out.add(s.replace("w", "u").replace("W", "U"));
        }
        String classical = classical(s);
        if (classical != null) {
            out.add(classical);
        }
        String japanese = japanese(s);
        if (japanese != null) {
            out.add(japanese);
        }
        // Albutairi, Elsayed: the Arabic article written onto the surname, which Arabic script writes as ال
        int last = s.lastIndexOf(' ') + 1;
        String word = s.substring(last);
        if (word.length() >= 6 && (word.regionMatches(true, 0, "al", 0, 2) || word.regionMatches(true, 0, "el", 0, 2))
                && Character.isLetter(word.charAt(2)) && "aeiouAEIOU-".indexOf(word.charAt(2)) < 0) {
            out.add(s.substring(0, last) + word.substring(0, 2).toLowerCase() + " " + word.substring(2));
        }
        return out;
    }
}
