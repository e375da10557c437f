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
