package org.vigil.analysis.threat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A bilingual dictionary in the dictd format (a {@code .index} of headword, base-64 offset and length, and the
 * {@code .dict.dz} text, gzip-compatible), as Debian's {@code dict-freedict-*} packages install them under
 * {@code /usr/share/dictd}. Read whole into memory: the FreeDict files are a few megabytes.
 */
final class Dictd {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\[[^\\]]*]|\\([^)]*\\)|\\{[^}]*}");
    private static final Pattern SENSE = Pattern.compile("^(\\d+)\\.\\s*");
    private static final Pattern SUB_SENSE = Pattern.compile("^[a-z]\\.\\s+");
    private static final Pattern TAG = Pattern.compile("<([^>]*)>");
    /** A section of an entry, "II. <N>": its tag names the part of speech of what follows. */
    private static final Pattern SECTION = Pattern.compile("^[IVX]+\\.\\s*(<[^>]*>)?\\s*");
    /** Placeholders and trailing sense numbers in glosses: "liquidate sb.", "kill 2.". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<=\\s)(?:\\p{L}{1,4}\\.|\\d+\\.?)(?=\\s|$)");

    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    private final String name;
    private final byte[] text;
    private final Map<String, List<long[]>> index = new HashMap<>();

    private Dictd(String name, byte[] text) {
        this.name = name;
        this.text = text;
    }

    /** The dictionary {@code name} (e.g. {@code freedict-eng-fra}) in {@code dir}, or null when it is not there. */
    static Dictd open(Path dir, String name) throws IOException {
        Path idx = dir.resolve(name + ".index");
        Path dz = dir.resolve(name + ".dict.dz");
        if (!Files.isRegularFile(idx) || !Files.isRegularFile(dz)) {
            return null;
        }
        byte[] text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dz), 1 << 16)) {
            text = in.readAllBytes();
        }
        Dictd d = new Dictd(name, text);
        int line = 0;
        for (String l : Files.readAllLines(idx, StandardCharsets.UTF_8)) {
            line++;
            String[] p = l.split("\t");
            if (p.length < 3 || p[0].startsWith("00database")) {
                continue;
            }
            long offset = base64(p[1]);
            long length = base64(p[2]);
            if (offset < 0 || length < 0 || offset + length > text.length) {
                throw new IOException(idx + ":" + line + ": offset or length outside " + dz.getFileName());
            }
            d.index
                    .computeIfAbsent(p[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
                    .add(new long[] {offset, length});
        }
        return d;
    }

    String name() {
        return name;
    }

    /** Every headword, lower case. */
    java.util.Collection<String> headwords() {
        return index.keySet();
    }

    static boolean isOneWord(String s) {
        return ONE_WORD.matcher(s).matches();
    }

    boolean has(String headword) {
        return index.containsKey(headword.toLowerCase(Locale.ROOT));
    }

    /**
     * The one-word translations or glosses of a headword, in the first {@code senses} numbered senses of each of its
     * entries: markup, grammar notes, examples, synonyms and cross-references left out, a leading "to " dropped.
     */
    List<String> words(String headword, int senses) {
        return words(headword, senses, "any");
    }

    /**
     * As {@link #words(String, int)}, keeping only the words whose part of speech, where the entry tags it (on the
     * headword line, a section such as {@code <V>}, or the word itself such as {@code <neut>}), is {@code pos}
     * ({@code v}, {@code n}, {@code adj}, {@code pron}; {@code any} keeps all).
     */
    List<String> words(String headword, int senses, String pos) {
        List<String> out = new ArrayList<>();
        for (long[] at : index.getOrDefault(headword.toLowerCase(Locale.ROOT), List.of())) {
            String entry = new String(text, (int) at[0], (int) at[1], StandardCharsets.UTF_8);
            String[] lines = entry.split("\n");
            String entryPos = lines.length == 0
                    ? null
                    : partOfSpeech(lines[0].substring(Math.min(lines[0].length(), headword.length())));
            String sectionPos = entryPos;
            int sense = 1;
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty()
                        || l.startsWith("\"")
                        || l.startsWith("Note:")
                        || l.startsWith("Synonym")
                        || l.startsWith("Antonym")
                        || l.startsWith("see:")
                        || l.contains("\" - ")) {
                    continue;
                }
                var section = SECTION.matcher(l);
                if (section.find()) {
                    String p = section.group(1) == null ? null : partOfSpeech(section.group(1));
                    sectionPos = p != null ? p : entryPos;
                    l = l.substring(section.end());
                }
                var m = SENSE.matcher(l);
                if (m.find()) {
                    sense = Integer.parseInt(m.group(1));
                    l = l.substring(m.end());
                }
                if (sense > senses) {
                    continue;
                }
                l = SUB_SENSE.matcher(l).replaceFirst("");
                // a tag's own commas ("<v, trans>") do not separate words
                l = TAG.matcher(l).replaceAll(t -> "<" + t.group(1).replaceAll("[,;/]", " ") + ">");
                for (String item : l.split("[,;/]")) {
                    String itemPos = partOfSpeech(item);
                    String wordPos = itemPos != null ? itemPos : sectionPos;
                    if (!pos.equals("any") && wordPos != null && !wordPos.equals(pos)) {
                        continue;
                    }
                    String w = MARKUP.matcher(item).replaceAll(" ");
                    w = ABBREVIATION.matcher(w).replaceAll(" ").strip();
                    if (w.startsWith("to ")) {
                        w = w.substring(3).strip();
                    }
                    if (ONE_WORD.matcher(w).matches() && !out.contains(w)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** The part of speech of the first {@code <...>} tag in {@code s}: v, n, adj, adv, pron, or null. */
    static String partOfSpeech(String s) {
        var m = TAG.matcher(s);
        while (m.find()) {
            String t = m.group(1).strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("v")) {
                return "v";
            }
            if (t.startsWith("n") && !t.startsWith("num")
                    || t.startsWith("masc")
                    || t.startsWith("fem")
                    || t.startsWith("pl")) {
                return "n";
            }
            if (t.startsWith("adj")) {
                return "adj";
            }
            if (t.startsWith("adv")) {
                return "adv";
            }
            if (t.startsWith("pron")) {
                return "pron";
            }
        }
        return null;
    }

    private static long base64(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = BASE64.indexOf(s.charAt(i));
            if (v < 0) {
                return -1;
            }
            n = n * 64 + v;
        }
        return n;
    }
}
