package org.vigil.analysis.threat;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;

/**
 * Decides cheaply which patterns can match a text at all, so that only those run. Each pattern's anchors are the
 * literal runs of three or more letters in its regular expression (a quantified last letter is left off); a pattern
 * runs when any of its anchors occurs in the lower-cased text. One pass of an Aho-Corasick automaton over the text
 * finds all anchors at once. This is a filter, never a decision: a pattern whose every match contains one of its
 * anchors gives the same findings with or without it, which a test checks on real data.
 */
final class Anchors {

    private static final int MIN_ANCHOR = 3;

    /** The table of runs that are too common to filter anything, in every language folder. */
    static final String COMMON_WORDS = "threat-common-words";

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Node fail;
        BitSet output;
        /** The children as sorted arrays, for look-ups without boxing once the automaton is built. */
        char[] keys = new char[0];

        Node[] kids = new Node[0];

        Node child(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        void freeze() {
            keys = new char[next.size()];
            kids = new Node[next.size()];
            int i = 0;
            for (char k : new java.util.TreeSet<>(next.keySet())) {
                keys[i] = k;
                kids[i++] = next.get(k);
            }
        }
    }

    private final Node root = new Node();
    private final BitSet alwaysRun = new BitSet();
    private final int size;
    /**
     * Runs that are too common to filter anything (function words, word endings). A pattern keeps its other
     * anchors; that every match still contains one of them is checked on the training data by a test.
     */
    private final Set<String> tooCommon;

    Anchors(List<String> regexes, Set<String> tooCommon) {
        size = regexes.size();
        this.tooCommon = Set.copyOf(tooCommon);
        for (int rule = 0; rule < regexes.size(); rule++) {
            Set<String> anchors = extract(regexes.get(rule), this.tooCommon);
            if (anchors.isEmpty()) {
                alwaysRun.set(rule);
            }
            for (String a : anchors) {
                Node n = root;
                for (int i = 0; i < a.length(); i++) {
                    n = n.next.computeIfAbsent(a.charAt(i), k -> new Node());
                }
                if (n.output == null) {
                    n.output = new BitSet(size);
                }
                n.output.set(rule);
            }
        }
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            for (Map.Entry<Character, Node> e : n.next.entrySet()) {
                Node child = e.getValue();
                Node f = n.fail;
                while (f != null && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                child.fail = f == null ? root : f.next.get(e.getKey());
                if (child.fail.output != null) {
                    if (child.output == null) {
                        child.output = new BitSet(size);
                    }
                    child.output.or(child.fail.output);
                }
                queue.add(child);
            }
        }
        ArrayDeque<Node> all = new ArrayDeque<>();
        all.add(root);
        while (!all.isEmpty()) {
            Node n = all.poll();
            n.freeze();
            all.addAll(n.next.values());
        }
    }

    /** The patterns that may match {@code text}. */
    BitSet candidates(String text) {
        BitSet out = (BitSet) alwaysRun.clone();
        int[][] hits = hits(text);
        for (int r = 0; r < hits.length; r++) {
            if (hits[r] != null) {
                out.set(r);
            }
        }
        return out;
    }

    /**
     * For each pattern, the offsets in {@code text} where one of its anchors ends (null if none; a pattern without
     * anchors gets an empty array, meaning "anywhere").
     */
    int[][] hits(String text) {
        int[][] out = new int[size][];
        int[] counts = new int[size];
        for (int r = alwaysRun.nextSetBit(0); r >= 0; r = alwaysRun.nextSetBit(r + 1)) {
            out[r] = new int[0];
        }
        Node n = root;
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
                // Arabic vowel marks sit between letters; the anchors are written without them.
                continue;
            }
            char c = fold(text.charAt(i));
            Node next = n.child(c);
            while (next == null && n != root) {
                n = n.fail;
                next = n.child(c);
            }
            n = next == null ? root : next;
            if (n.output != null) {
                for (int r = n.output.nextSetBit(0); r >= 0; r = n.output.nextSetBit(r + 1)) {
                    if (alwaysRun.get(r)) {
                        continue;
                    }
                    int[] list = out[r];
                    if (list == null) {
                        list = new int[4];
                        out[r] = list;
                    } else if (counts[r] == list.length) {
                        list = java.util.Arrays.copyOf(list, list.length * 2);
                        out[r] = list;
                    }
                    list[counts[r]++] = i + 1;
                }
            }
        }
        for (int r = 0; r < size; r++) {
            if (out[r] != null && out[r].length != counts[r] && !alwaysRun.get(r)) {
                out[r] = java.util.Arrays.copyOf(out[r], counts[r]);
            }
        }
        return out;
    }

    /**
     * The words of every language's {@value #COMMON_WORDS} table, folded: runs too common to be anchors. The lists
     * of all languages apply to every pattern (a run of letters is the same run whatever the pattern's language).
     */
    static Set<String> commonWords(LanguageData data) {
        Set<String> out = new HashSet<>();
        for (Table table : data.tables(COMMON_WORDS)) {
            table.requireColumns("word", "note");
            for (Table.Row row : table.rows()) {
                String word = row.get("word").strip();
                if (word.isEmpty() || !word.codePoints().allMatch(Character::isLetter)) {
                    throw row.error("column 'word' is '" + word + "': an anchor is a run of letters, so a common "
                            + "word is letters only");
                }
                StringBuilder folded = new StringBuilder(word.length());
                for (int i = 0; i < word.length(); i++) {
                    folded.append(fold(word.charAt(i)));
                }
                out.add(folded.toString());
            }
        }
        return out;
    }

    /** Literal letter runs of a regular expression, outside character classes and escapes. */
    static Set<String> extract(String regex, Set<String> tooCommon) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '\\') {
                flush(run, out, tooCommon);
                i += 2;
                if (i <= n
                        && i - 1 < n
                        && (regex.charAt(i - 1) == 'p' || regex.charAt(i - 1) == 'P')
                        && i < n
                        && regex.charAt(i) == '{') {
                    while (i < n && regex.charAt(i) != '}') {
                        i++;
                    }
                    i++;
                }
                continue;
            }
            if (c == '('
                    && i + 2 < n
                    && regex.charAt(i + 1) == '?'
                    && (regex.charAt(i + 2) == '!' || regex.charAt(i + 2) == '=' || regex.charAt(i + 2) == '<')) {
                // Look-arounds match nothing: their letters are not in the match.
                flush(run, out, tooCommon);
                int depth = 0;
                while (i < n) {
                    char d = regex.charAt(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == '[') {
                        while (i < n && regex.charAt(i) != ']') {
                            i += regex.charAt(i) == '\\' ? 2 : 1;
                        }
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                    i++;
                }
                i++;
                continue;
            }
            if (c == '[') {
                flush(run, out, tooCommon);
                while (i < n && regex.charAt(i) != ']') {
                    i += regex.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                continue;
            }
            if (c == '?' || c == '*' || c == '+' || c == '{') {
                // The letter before a quantifier is optional or repeated: the run ends before it.
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                flush(run, out, tooCommon);
                if (c == '{') {
                    while (i < n && regex.charAt(i) != '}') {
                        i++;
                    }
                }
                i++;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                run.append(fold(c));
            } else {
                flush(run, out, tooCommon);
            }
            i++;
        }
        flush(run, out, tooCommon);
        return out;
    }

    /** Lower case, with Turkish dotless ı as i: the patterns match case-insensitively, "I" matches "ı". */
    static char fold(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ı' ? 'i' : l;
    }

    private static void flush(StringBuilder run, Set<String> out, Set<String> tooCommon) {
        if (run.length() >= MIN_ANCHOR && !tooCommon.contains(run.toString())) {
            out.add(run.toString());
        }
        run.setLength(0);
    }
}
