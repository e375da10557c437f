package org.vigil.analysis.names;

import java.util.ArrayList;
import java.util.List;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Latin letters that languages read differently, so that a name written in Latin letters is also found in the
 * spelling another script gives it: j is a glide in Slavic and German (Jerchow) but dzh in English (Arabic jim)
 * and zh in French (Russian zhe); c is ts in Slavic languages (Jazbec, Russian Yazbets); w is v in German and
 * Polish but u in English (Welby, Russian Uelbi). These letter readings are {@code latin-readings.tsv} of the
 * language folders; the Japanese, Chinese and Latin readings below are still rules in code. The registry indexes
 * these readings of its names; a word of a text is tried in them when its own reading finds no one.
 */
final class LatinReadings {

    static final String TABLE = "latin-readings";

    /** One reading of {@value #TABLE}.tsv: letter groups replaced in order. */
    private record Reading(double rank, String[] from, String[] to, boolean lower, String notBefore) {

        /** The reading of {@code s}, or null when none of its letter groups is in it. */
        String apply(String s) {
            String start = lower ? s.toLowerCase(java.util.Locale.ROOT) : s;
            String r = start;
            for (int g = 0; g < from.length; g++) {
                if (!notBefore.isEmpty()) {
                    r = replaceUnlessBefore(r, from[g].charAt(0), to[g]);
                } else {
                    r = r.replace(from[g], to[g]);
                    if (!lower) {
                        r = r.replace(capital(from[g]), capital(to[g]));
                    }
                }
            }
            return r.equals(start) ? null : r;
        }

        private String replaceUnlessBefore(String s, char letter, String to) {
            StringBuilder b = new StringBuilder(s.length() + 4);
            char upper = Character.toUpperCase(letter);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char next = i + 1 < s.length() ? Character.toLowerCase(s.charAt(i + 1)) : 0;
                if ((c == letter || c == upper && !lower) && notBefore.indexOf(next) < 0) {
                    b.append(c == letter ? to : capital(to));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        private static String capital(String w) {
            return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }

    private final List<Reading> readings = new ArrayList<>();

    LatinReadings(LanguageData data) {
        for (Table t : data.tables(TABLE)) {
            t.requireColumns("rank", "from", "to", "case");
            boolean hasNotBefore = t.columns().contains("not-before");
            for (Table.Row row : t.rows()) {
                double rank = row.number("rank", 0, 1_000_000);
                List<String> from = row.words("from"), to = row.words("to");
                if (from.size() != to.size()) {
                    throw row.error("columns 'from' and 'to' have " + from.size() + " and " + to.size()
                            + " letter groups: each group is replaced by the one in the same place");
                }
                for (String f : from) {
                    if (!f.matches("[a-z]+")) {
                        throw row.error("column 'from' has '" + f + "': a letter group is lower-case Latin letters");
                    }
                }
                String c = row.get("case").strip();
                if (!c.equals("keep") && !c.equals("lower")) {
                    throw row.error("column 'case' is '" + c + "': expected keep or lower");
                }
                String notBefore = hasNotBefore ? row.get("not-before").strip() : "";
                if (!notBefore.isEmpty() && (from.size() != 1 || from.get(0).length() != 1)) {
                    throw row.error(
                            "column 'not-before' is given for '" + row.get("from") + "': it applies to one letter");
                }
                readings.add(new Reading(
                        rank, from.toArray(String[]::new), to.toArray(String[]::new), c.equals("lower"), notBefore));
            }
        }
        readings.sort(java.util.Comparator.comparingDouble(Reading::rank));
    }

    /** A word made only of Hepburn syllables (ka, shi, tsu, kyo, n...): a Japanese name in Latin letters. */
    private static final java.util.regex.Pattern HEPBURN = java.util.regex.Pattern.compile(
            "(?:(?:kk|ss|tt|pp|tch)?(?:ky|gy|sh|ch|ts|j|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwf])?[aeiou]|n(?![aeiouy]))+");

    /**
     * The Russian (Polivanov) reading of a Japanese name in Hepburn romanisation, respelled in Latin letters so
     * that its phonetic key meets the Cyrillic one: shi si, chi ti, ji and z dz, sha sya, cho tyo, yo yo, n
     * before b, m, p m (Sekijima Sekidzima, Kurakichi Kurakiti, Honbu Hombu, as Russian writes them); null for a word that is not Japanese.
     */
    static String japanese(String name) {
        int last = name.lastIndexOf(' ') + 1;
        String word = org.vigil.analysis.text.Romanizer.romanize(name.substring(last));
        if (word.length() < 3
                || !HEPBURN.matcher(word).matches()
                || word.indexOf('j') < 0
                        && word.indexOf('z') < 0
                        && !word.contains("sh")
                        && !word.contains("ch")
                        && !word.contains("yo")
                        && !word.matches(".*n[bmp].*")) {
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
                b.append('e'); // Russian yo
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
     * A Latin or Latinised Greek name as Russian writes it, without the nominative ending: -ius as -iy, -us
     * dropped (Junius Yuniy, Sabinus Sabin, Marcus Mark); null for a word without such an ending.
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

    private static final String[] INITIALS = {
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
        "w", ""
    };
    private static final String[] FINALS = {
        "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao", "ou", "an",
        "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "e", "i", "o", "u"
    };

    /**
     * The Russian (Palladius) reading of a Chinese name in pinyin, respelled in Latin letters so that its phonetic
     * key meets the Cyrillic one: x s, q ts, j and z tsz, zh chzh, r zh, -ng n, ong un, ian yan, e e (Xiaolei
     * Syaolei, Dongxing Dunsin, Zijun Tszytszyun, in Russian letters); null for a word that is not made of pinyin syllables with at least one
     * letter group only pinyin has.
     */
    static String chinese(String name) {
        int last = name.lastIndexOf(' ') + 1;
        String word = org.vigil.analysis.text.Romanizer.romanize(name.substring(last));
        if (word.length() < 3 || word.length() > 16) {
            return null;
        }
        List<String[]> syllables = new ArrayList<>();
        if (!pinyin(word, 0, syllables) || syllables.size() < 2 && word.length() < 4) {
            return null;
        }
        boolean distinct = false;
        StringBuilder b = new StringBuilder(word.length() + 8);
        for (String[] sy : syllables) {
            String ini = sy[0], fin = sy[1];
            distinct |= ini.equals("x")
                    || ini.equals("q")
                    || ini.equals("zh")
                    || ini.equals("j") && !fin.equals("a")
                    || fin.endsWith("ng")
                    || fin.equals("ui")
                    || fin.equals("ao")
                    || fin.equals("uo");
            boolean palatal = ini.equals("j") || ini.equals("q") || ini.equals("x");
            b.append(
                    switch (ini) {
                        case "j", "z" -> "tsz";
                        case "q", "c" -> "ts";
                        case "x" -> "s";
                        case "zh" -> "chzh";
                        case "r" -> "zh";
                        case "h" -> "kh";
                        case "w" -> "v";
                        default -> ini;
                    });
            if (palatal && fin.startsWith("u")) {
                fin = "yu" + (fin.length() > 1 ? fin.substring(1) : "y"); // ju tszyuy, xuan syuan
            } else if (ini.equals("y")) {
                fin = switch (fin) {
                    case "u" -> "uy";
                    case "i", "in", "ing" -> fin.substring(1).replace("ng", "n");
                    case "e" -> "e";
                    default -> fin;
                };
            } else if (ini.equals("w") && fin.equals("u")) {
                b.setLength(b.length() - 1);
            }
            b.append(
                    switch (fin) {
                        case "ang" -> "an";
                        case "eng" -> "en";
                        case "ing" -> "in";
                        case "ong" -> "un";
                        case "iang" -> "yan";
                        case "iong" -> "yun";
                        case "uang" -> "uan";
                        case "ia" -> "ya";
                        case "ie" -> "e";
                        case "iu" -> "yu";
                        case "iao" -> "yao";
                        case "ian" -> "yan";
                        case "uo" -> "o";
                        case "ui" -> "uy";
                        case "ue" -> "yue";
                        case "i" ->
                            ini.equals("zh")
                                            || ini.equals("ch")
                                            || ini.equals("sh")
                                            || ini.equals("r")
                                            || ini.equals("z")
                                            || ini.equals("c")
                                            || ini.equals("s")
                                    ? "y"
                                    : "i";
                        default -> fin;
                    });
        }
        return distinct ? name.substring(0, last) + b : null;
    }

    /** Splits a word into pinyin syllables (initial, final) from {@code at}; false when it cannot be split. */
    private static boolean pinyin(String w, int at, List<String[]> out) {
        if (at == w.length()) {
            return true;
        }
        for (String ini : INITIALS) {
            if (!w.startsWith(ini, at)) {
                continue;
            }
            for (String fin : FINALS) {
                // a syllable without an initial starts with a, e or o (wei, not ui; yi, not i)
                if (ini.isEmpty() && "aeo".indexOf(fin.charAt(0)) < 0) {
                    continue;
                }
                if (w.startsWith(fin, at + ini.length())) {
                    out.add(new String[] {ini, fin});
                    if (pinyin(w, at + ini.length() + fin.length(), out)) {
                        return true;
                    }
                    out.remove(out.size() - 1);
                }
            }
        }
        return false;
    }

    /** Other readings of a name or word written in Latin letters (none for other scripts). */
    List<String> of(String s) {
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
        for (Reading r : readings) {
            String alt = r.apply(s);
            if (alt != null) {
                out.add(alt);
            }
        }
        String classical = classical(s);
        if (classical != null) {
            out.add(classical);
        }
        String japanese = japanese(s);
        if (japanese != null) {
            out.add(japanese);
        }
        String chinese = chinese(s);
        if (chinese != null) {
            out.add(chinese);
        }
        // Albutairi, Elsayed: the Arabic article written onto the surname, which Arabic script writes as alif lam
        int last = s.lastIndexOf(' ') + 1;
        String word = s.substring(last);
        if (word.length() >= 6
                && (word.regionMatches(true, 0, "al", 0, 2) || word.regionMatches(true, 0, "el", 0, 2))
                && Character.isLetter(word.charAt(2))
                && "aeiouAEIOU-".indexOf(word.charAt(2)) < 0) {
            out.add(s.substring(0, last) + word.substring(0, 2).toLowerCase() + " " + word.substring(2));
        }
        return out;
    }
}
