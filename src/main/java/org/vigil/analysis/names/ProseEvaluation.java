package org.vigil.analysis.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.places.Gazetteer;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * Names in running text ({@code bin/vigil eval}, section "Names in running text"): real posts of the evaluation half
 * of {@link ProseCorpora} in en, ru, tr and ar with a registry person's name inserted in one of its usual forms (full
 * name, title and surname, title and full name, surname alone), the same posts without the name, and hard negatives
 * (other posts that contain a word spelled as a registry name's word). The registry: two-word names built from
 * names_wikidata pairs (the Latin name in the registry, the Cyrillic or Arabic one written in Russian or Arabic
 * text). Deterministic (seeded); split into development and test halves by a seeded hash of the post, the test
 * half frozen (its SHA-256 is printed and recorded in docs/model-card.md) and reported once.
 *
 * <p>A hit is a mention of the inserted person overlapping the inserted name with confidence of at least
 * {@value #THRESHOLD}; every other person mention at that confidence, in the post with the name or in its twin
 * without, is a false match. Precision and recall per script over the posts with a name and their twins; hard
 * negatives and the twins alone give the false-match rates. Mentions' confidences against their correctness give the
 * reliability table and the expected calibration error.
 */
public final class ProseEvaluation {

    static final double THRESHOLD = 0.5;
    static final int PEOPLE_PER_SCRIPT = 600;
    static final int POSTS_PER_LANGUAGE = 1200;
    static final int HARD_PER_LANGUAGE = 600;
    static final int MAX_WORDS = 40;

    private ProseEvaluation() {}

    /** One evaluation text: language, kind (name, twin, hard), text, inserted person (or null) and its span. */
    record Item(String language, String kind, String text, String person, int start, int end) {
        String line() {
            return language + "\t" + kind + "\t" + (person == null ? "" : person) + "\t" + start + "\t" + end + "\t"
                    + text;
        }
    }

    record Set2(List<PersonEntry> people, List<Item> dev, List<Item> test) {}

    /** The set, built from the data folder alone (no engine involved). */
    static Set2 build(Path data) throws IOException {
        List<String[]> ru = pairs(data.resolve("names_wikidata/wd_russian_16"));
        List<String[]> ar = pairs(data.resolve("names_wikidata/wd_arabic_16"));
        List<PersonEntry> people = new ArrayList<>();
        // per script of the text: each person's name as written there (Latin: the registry's own)
        Map<String, List<String[]>> forms = new LinkedHashMap<>();
        forms.put("latin", new ArrayList<>());
        forms.put("cyrillic", new ArrayList<>());
        forms.put("arabic", new ArrayList<>());
        addPeople(people, forms, ru, "ru", "cyrillic", 11);
        addPeople(people, forms, ar, "ar", "arabic", 12);
        Set<String> nameWords = new HashSet<>();
        for (List<String[]> fs : forms.values()) {
            for (String[] f : fs) {
                for (String w : new String[] {f[1], f[2]}) {
                    Tokens t = Tokenizer.tokenize(w);
                    if (t.size() == 1) {
                        nameWords.add(t.fold(0));
                    }
                }
            }
        }
        Map<String, List<String>> titles = new LinkedHashMap<>();
        for (String code : ProseCorpora.LANGUAGES) {
            List<String> ts = new ArrayList<>();
            LanguageData.shared()
                    .language(code)
                    .flatMap(l -> l.table(Titles.TABLE))
                    .ifPresent(tb -> {
                        for (Table.Row r : tb.rows()) {
                            if (r.get("role").strip().equals("ambassador")
                                    && !r.get("word").isBlank()) {
                                ts.add(r.get("word").strip());
                            }
                        }
                    });
            titles.put(code, ts);
        }
        List<Item> dev = new ArrayList<>(), test = new ArrayList<>();
        List<ProseCorpora.Row> rows = ProseCorpora.rows(data);
        for (String code : ProseCorpora.LANGUAGES) {
            String script = code.equals("ru") ? "cyrillic" : code.equals("ar") ? "arabic" : "latin";
            List<String[]> pool = forms.get(script);
            SplittableRandom random = new SplittableRandom(ProseCorpora.SEED + code.hashCode());
            List<String> posts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ProseCorpora.Row r : rows) {
                if (r.language().equals(code) && r.forEvaluation() && seen.add(r.text())) {
                    String[] w = r.text().split(" ");
                    if (w.length >= 5 && w.length <= MAX_WORDS) {
                        posts.add(r.text());
                    }
                }
            }
            // a seeded shuffle, then posts with a name word go to the hard negatives, the others to the name posts
            for (int i = posts.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String x = posts.get(i);
                posts.set(i, posts.get(j));
                posts.set(j, x);
            }
            int named = 0, hard = 0;
            for (String post : posts) {
                List<Item> half = ProseCorpora.half(post + "#split") == 0 ? dev : test;
                if (hasNameWord(post, nameWords)) {
                    if (hard < HARD_PER_LANGUAGE) {
                        half.add(new Item(code, "hard", post, null, -1, -1));
                        hard++;
                    }
                    continue;
                }
                if (named >= POSTS_PER_LANGUAGE) {
                    continue;
                }
                named++;
                String[] p = pool.get(random.nextInt(pool.size()));
                List<String> ts = titles.get(code);
                double form = random.nextDouble();
                String title = ts.isEmpty() ? "" : ts.get(random.nextInt(ts.size())) + " ";
                String name = form < 0.45
                        ? p[1] + " " + p[2]
                        : form < 0.65 ? title + p[2] : form < 0.8 ? title + p[1] + " " + p[2] : p[2];
                String[] w = post.split(" ");
                int at = random.nextInt(w.length + 1);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < at; k++) {
                    b.append(w[k]).append(' ');
                }
                int start = b.length();
                b.append(name);
                int end = b.length();
                for (int k = at; k < w.length; k++) {
                    b.append(' ').append(w[k]);
                }
                half.add(new Item(code, "name", b.toString(), p[0], start, end));
                half.add(new Item(code, "twin", post, null, -1, -1));
            }
        }
        return new Set2(people, dev, test);
    }

    private static boolean hasNameWord(String post, Set<String> nameWords) {
        Tokens t = Tokenizer.tokenize(post);
        for (int i = 0; i < t.size(); i++) {
            if (nameWords.contains(t.fold(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addPeople(
            List<PersonEntry> people,
            Map<String, List<String[]>> forms,
            List<String[]> pairs,
            String tag,
            String script,
            long seed) {
        SplittableRandom random = new SplittableRandom(ProseCorpora.SEED + seed);
        List<String[]> use = new ArrayList<>(pairs);
        for (int i = use.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String[] x = use.get(i);
            use.set(i, use.get(j));
            use.set(j, x);
        }
        for (int k = 0; k + 1 < use.size() && k / 2 < PEOPLE_PER_SCRIPT; k += 2) {
            String id = tag + "-" + (k / 2);
            String[] g = use.get(k), s = use.get(k + 1);
            people.add(new PersonEntry(
                    id, cap(g[0]) + " " + cap(s[0]), PersonRole.AMBASSADOR, null, List.of(), List.of()));
            forms.get(script).add(new String[] {id, cap(g[1]), cap(s[1])});
            forms.get("latin").add(new String[] {id, cap(g[0]), cap(s[0])});
        }
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static List<String[]> pairs(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                String en = f[0].strip(), other = f[1].replace(" ", "").strip();
                if (en.length() >= 3 && other.length() >= 2 && en.matches("[a-z]+") && seen.add(en)) {
                    out.add(new String[] {en, other});
                }
            }
        }
        return out;
    }

    static String sha256(List<Item> items) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Item i : items) {
                md.update((i.line() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The matcher's own scores, before calibration: what the calibration map is fitted on. */
    private static PersonMatcher uncalibrated(List<PersonEntry> people) {
        Gazetteer gazetteer = Gazetteer.shared();
        return new PersonMatcher(
                new NameIndex(new RegistryFile(List.of(), people), gazetteer::isPlaceOrNationality),
                MentionCalibration.NONE);
    }

    /** Each person mention's score before calibration, its script and evidence, and whether it is right. */
    private static List<MentionCalibration.Scored> scores(PersonMatcher matcher, List<Item> items) {
        List<MentionCalibration.Scored> out = new ArrayList<>();
        List<MentionCalibration.Evidence> evidence = new ArrayList<>();
        for (Item item : items) {
            evidence.clear();
            List<Mention> found = matcher.find(Tokenizer.tokenize(item.text()), evidence);
            for (int k = 0; k < evidence.size(); k++) {
                Mention m = found.get(k);
                Tokens name = Tokenizer.tokenize(m.text());
                String script = name.size() == 0 ? "other" : scriptName(name.script(0));
                out.add(new MentionCalibration.Scored(script, evidence.get(k), m.confidence(), right(item, m)));
            }
        }
        return out;
    }

    private static String scriptName(byte script) {
        return script == Tokens.LATIN
                ? "latin"
                : script == Tokens.CYRILLIC
                        ? "cyrillic"
                        : script == Tokens.ARABIC ? "arabic" : script == Tokens.GREEK ? "greek" : "other";
    }

    private static boolean right(Item item, Mention m) {
        return item.person() != null
                && m.entityId().equals(item.person())
                && m.start() < item.end()
                && item.start() < m.end();
    }

    /**
     * Fits the calibration map on the development half (never the test half) and writes it as the table
     * {@link MentionCalibration} reads ({@code bin/vigil eval --fit-calibration FILE}; the committed one is
     * src/main/resources/org/vigil/analysis/names/mention-calibration.tsv). Deterministic.
     */
    public static void fitCalibration(Path data, PrintStream table, List<Cases> pairs) throws IOException {
        Set2 set = build(data);
        List<MentionCalibration.Scored> scored = new ArrayList<>(scores(uncalibrated(set.people()), set.dev()));
        int prose = scored.size();
        for (Cases c : pairs) {
            PersonMatcher matcher = uncalibrated(c.people());
            List<Item> items = new ArrayList<>(c.cases().size());
            for (String[] k : c.cases()) {
                boolean named = !k[1].isEmpty();
                items.add(
                        new Item("", named ? "name" : "hard", k[0], named ? k[1] : null, 0, named ? k[0].length() : 0));
            }
            scored.addAll(scores(matcher, items));
        }
        scored.removeIf(m -> m.script().equals("other"));
        MentionCalibration.write(
                table,
                scored,
                "bin/vigil eval --fit-calibration FILE, from the development half of the names-in-prose set (SHA-256 "
                        + sha256(set.dev()).substring(0, 16) + "..., " + prose + " mentions) and the name pair tables "
                        + "built from the training pairs (" + (scored.size() - prose) + " mentions).");
    }

    /**
     * Texts naming registry people outside running text, for the calibration fit: the registry and, for each text,
     * the id of the person it names (empty: it names nobody of the registry).
     */
    public record Cases(List<PersonEntry> people, List<String[]> cases) {}

    /** Prints the section for the development half, or for the frozen test half with {@code test}. */
    public static void run(Path data, PrintStream out, boolean test, PrintStream misses) throws IOException {
        Set2 set = build(data);
        List<Item> items = test ? set.test() : set.dev();
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(List.of(), set.people()));
        List<MentionCalibration.Scored> before = scores(uncalibrated(set.people()), items);
        out.println("Names in running text (" + (test ? "TEST half, frozen" : "development half")
                + "; hit = mention with confidence >= " + THRESHOLD + "; "
                + set.people().size()
                + " registry people; dev SHA-256 " + sha256(set.dev()) + ", test SHA-256 " + sha256(set.test()) + ")");
        out.println();
        Map<String, int[]> byLanguage = new LinkedHashMap<>();
        Map<String, int[]> byScript = new LinkedHashMap<>();
        // tp, fn, fp, hard, hardFalse, twinWords, twinFalse
        List<double[]> scored = new ArrayList<>();
        for (Item item : items) {
            int[] l = byLanguage.computeIfAbsent(item.language(), k -> new int[7]);
            int[] s = byScript.computeIfAbsent(scriptOf(item.language()), k -> new int[7]);
            boolean hit = false;
            int falses = 0;
            for (Mention m : engine.mentions(item.text())) {
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                boolean right = right(item, m);
                scored.add(new double[] {m.confidence(), right ? 1 : 0});
                if (m.confidence() < THRESHOLD) {
                    continue;
                }
                if (right) {
                    hit = true;
                } else {
                    falses++;
                    if (misses != null) {
                        boolean atName = item.person() != null && m.start() < item.end() && item.start() < m.end();
                        misses.println("FALSE\t" + item.language() + "\t" + item.kind() + "\t" + m.entityId() + "\t"
                                + m.text() + "\t" + m.confidence() + "\t" + (atName ? "at-name" : "apart") + "\t"
                                + item.text());
                    }
                }
            }
            for (int[] c : new int[][] {l, s}) {
                switch (item.kind()) {
                    case "name" -> {
                        c[hit ? 0 : 1]++;
                        c[2] += falses;
                    }
                    case "twin" -> {
                        c[2] += falses;
                        c[5] += item.text().split(" ").length;
                        c[6] += falses;
                    }
                    default -> {
                        c[3]++;
                        c[4] += falses > 0 ? 1 : 0;
                    }
                }
            }
            if (!hit && item.kind().equals("name") && misses != null) {
                misses.println("MISS\t" + item.language() + "\t" + item.person() + "\t"
                        + item.text().substring(item.start(), item.end()) + "\t" + item.text());
            }
        }
        out.println("| language or script | posts with a name | precision | recall | F1 | hard negatives | "
                + "false matches on hard negatives | false matches per 10,000 words without names |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Map<String, int[]> m : List.of(byLanguage, byScript)) {
            m.forEach((k, c) -> {
                double p = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
                double r = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
                out.printf(
                        Locale.ROOT,
                        "| %s | %d | %.3f | %.3f | %.3f | %d | %.1f%% | %.2f |%n",
                        k,
                        c[0] + c[1],
                        p,
                        r,
                        f,
                        c[3],
                        c[3] == 0 ? 0 : 100.0 * c[4] / c[3],
                        c[5] == 0 ? 0 : 1e4 * c[6] / c[5]);
            });
        }
        out.println();
        List<double[]> raw = new ArrayList<>();
        for (MentionCalibration.Scored m : before) {
            raw.add(new double[] {m.score(), m.right() ? 1 : 0});
        }
        out.println("Before calibration (the matcher's scores):");
        out.println();
        calibration(out, raw);
        out.println();
        out.println("After calibration (the confidences reported, mention-calibration.tsv):");
        out.println();
        calibration(out, scored);
    }

    private static String scriptOf(String language) {
        return language.equals("ru") ? "Cyrillic" : language.equals("ar") ? "Arabic" : "Latin";
    }

    /** Reliability table (ten bins of confidence) and expected calibration error of every person mention. */
    static void calibration(PrintStream out, List<double[]> scored) {
        int bins = 10;
        double[] conf = new double[bins], right = new double[bins];
        int[] n = new int[bins];
        for (double[] s : scored) {
            int b = Math.min(bins - 1, (int) (s[0] * bins));
            conf[b] += s[0];
            right[b] += s[1];
            n[b]++;
        }
        double ece = 0;
        out.println("Calibration of mention confidence (" + scored.size() + " person mentions reported, "
                + "correct = the inserted person at the inserted name)");
        out.println();
        out.println("| confidence | mentions | mean confidence | share correct |");
        out.println("|---|---:|---:|---:|");
        for (int b = 0; b < bins; b++) {
            if (n[b] == 0) {
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "| %.1f-%.1f | %d | %.3f | %.3f |%n",
                    b / 10.0,
                    (b + 1) / 10.0,
                    n[b],
                    conf[b] / n[b],
                    right[b] / n[b]);
            ece += Math.abs(conf[b] - right[b]) / Math.max(1, scored.size());
        }
        out.printf(Locale.ROOT, "%nexpected calibration error (ECE): %.3f%n", ece);
    }
}
