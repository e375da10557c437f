package org.vigil.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.ResourceTable;
import org.vigil.analysis.lang.Table;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * {@code bin/vigil eval [--data DIR]}: precision, recall and F1 of name matching per script pair on validation
 * splits of names_wikidata (English-Russian, English-Arabic), google_ar2en (its eval file) and anetac (its dev
 * file), with hard negatives generated from each pair (a consonant changed, a Slavic surname suffix swapped: similar
 * but different names), then the threat evaluation. DIR defaults to {@code VIGIL_DATA} or {@code ../shared/data}.
 *
 * <p>Each pair becomes a registry person named in one script and a short text naming them in the other ("Ambassador
 * Lavrov" in Cyrillic; the titles are the resource eval-titles.tsv beside this class); a hit is a mention of that person with confidence of at least {@value #THRESHOLD}. A hard negative is
 * the same text with the name altered; any mention of the person at that confidence is a false match.
 */
public final class EvalCommand {

    static final double THRESHOLD = 0.5;
    /** The validation split: names whose hash falls in this tenth (a fixed, reproducible choice). */
    private static final int SPLIT = 7;

    private static final int MAX_PAIRS = 3000;

    /** The title before a name in a text of each script, with the space after it (eval-titles.tsv). */
    private static final String LATIN_TITLE;

    private static final String CYRILLIC_TITLE;
    private static final String ARABIC_TITLE;

    static {
        Map<String, String> titles = new HashMap<>();
        for (Table.Row row : ResourceTable.of(EvalCommand.class, "eval-titles.tsv")
                .requireColumns("script", "title")
                .rows()) {
            titles.put(row.get("script"), row.get("title") + " ");
        }
        for (String script : List.of("latin", "cyrillic", "arabic")) {
            if (!titles.containsKey(script)) {
                throw new LanguageDataException("org/vigil/analysis/eval-titles.tsv", 0, "has no title for " + script);
            }
        }
        LATIN_TITLE = titles.get("latin");
        CYRILLIC_TITLE = titles.get("cyrillic");
        ARABIC_TITLE = titles.get("arabic");
    }

    /**
     * Diagnosis mode ({@code --train}): the same tables on the training pairs (the other nine tenths of
     * names_wikidata, google_ar2en's and anetac's train files), so that rules are found without looking at the
     * validation pairs. {@code --misses FILE} lists each missed pair and each false match with its keys.
     */
    private static boolean train;

    private static PrintStream misses;

    private EvalCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    private static boolean namesOnly;
    private static boolean transfer;
    private static String missesFile;
    private static String learnEdits;
    private static String wordFrequencies;
    private static boolean proseTest;
    private static String fitCalibration;
    private static boolean threatTest;
    private static String threatMisses;

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        train = false;
        namesOnly = false;
        transfer = false;
        missesFile = null;
        learnEdits = null;
        wordFrequencies = null;
        proseTest = false;
        fitCalibration = null;
        threatTest = false;
        threatMisses = null;
        misses = null;
        String dir = defaultDataDir();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                dir = args[++i];
            } else if (args[i].startsWith("--data=")) {
                dir = args[i].substring(7);
            } else if (args[i].equals("--train")) {
                train = true;
            } else if (args[i].equals("--names-only")) {
                namesOnly = true;
            } else if (args[i].equals("--transfer")) {
                transfer = true;
            } else if (args[i].equals("--learn-edits") && i + 1 < args.length) {
                learnEdits = args[++i];
            } else if (args[i].equals("--word-frequencies") && i + 1 < args.length) {
                wordFrequencies = args[++i];
            } else if (args[i].equals("--threat-test")) {
                threatTest = true;
            } else if (args[i].equals("--threat-misses") && i + 1 < args.length) {
                threatMisses = args[++i];
            } else if (args[i].equals("--prose-test")) {
                proseTest = true;
            } else if (args[i].equals("--fit-calibration") && i + 1 < args.length) {
                fitCalibration = args[++i];
            } else if (args[i].equals("--misses") && i + 1 < args.length) {
                missesFile = args[++i];
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println("usage: vigil eval [--data DIR] [--train] [--names-only] [--transfer] [--misses FILE]\n"
                        + "  --data DIR     the data sets (default: $VIGIL_DATA or ../shared/data)\n"
                        + "  --train        name matching on the training pairs instead of the validation split\n"
                        + "                 (for diagnosis: rules are found on these, figures reported on validation)\n"
                        + "  --names-only   skip the threat evaluation\n"
                        + "  --transfer     only the leave-one-language-out figures of the concept view (trains three"
                        + " times, ~1 min)\n"
                        + "  --misses FILE  write each missed pair and false match, with its keys, to FILE\n"
                        + "  --learn-edits FILE  learn the spelling-edit model from the training pairs into FILE\n"
                        + "                 (the committed one: src/main/resources/org/vigil/analysis/names/"
                        + "spelling-edits.tsv)\n"
                        + "  --word-frequencies DIR  write word-frequencies.tsv of en, ru, tr, ar into the language\n"
                        + "                 folders under DIR (the committed ones: src/main/resources/org/vigil/analysis/lang)\n"
                        + "  --prose-test   names in running text on the frozen test half (report it once)\n"
                        + "  --threat-test  also the frozen test halves of the ru, tr, ar threat sets (report once)\n"
                        + "  --threat-misses FILE  write the missed threats and false alarms of their development halves\n"
                        + "  --fit-calibration FILE  fit the mention confidence calibration on the development half of\n"
                        + "                 names in running text into FILE (the committed one: src/main/resources/org/\n"
                        + "                 vigil/analysis/names/mention-calibration.tsv)");
                return 0;
            } else {
                err.println("vigil eval: unknown argument '" + args[i] + "'\nusage: vigil eval [--data DIR]");
                return 2;
            }
        }
        Path data = Path.of(dir);
        if (!Files.isDirectory(data.resolve("names_wikidata"))) {
            err.println("vigil eval: no data sets in " + data.toAbsolutePath()
                    + ": pass --data DIR or set VIGIL_DATA to the folder with names_wikidata/, google_ar2en/, anetac/");
            return 2;
        }
        if (transfer) {
            org.vigil.analysis.threat.ThreatTransfer.run(data, TrainCommand.DEFAULT_SEED, out, err);
            return 0;
        }
        if (learnEdits != null) {
            try (PrintStream model =
                    new PrintStream(Files.newOutputStream(Path.of(learnEdits)), true, StandardCharsets.UTF_8)) {
                org.vigil.analysis.names.SpellingEditsTrainer.learn(data, model);
                out.println("spelling-edit model written to " + learnEdits);
                return 0;
            } catch (IOException e) {
                err.println("vigil eval: " + e.getMessage());
                return 2;
            }
        }
        if (fitCalibration != null) {
            try (PrintStream table =
                    new PrintStream(Files.newOutputStream(Path.of(fitCalibration)), true, StandardCharsets.UTF_8)) {
                org.vigil.analysis.names.ProseEvaluation.fitCalibration(data, table, calibrationPairs(data));
                out.println("mention calibration written to " + fitCalibration);
                return 0;
            } catch (IOException e) {
                err.println("vigil eval: " + e.getMessage());
                return 2;
            }
        }
        if (wordFrequencies != null) {
            try {
                org.vigil.analysis.names.WordFrequencyBuilder.build(data, Path.of(wordFrequencies), out);
                return 0;
            } catch (IOException e) {
                err.println("vigil eval: " + e.getMessage());
                return 2;
            }
        }
        try {
            if (missesFile != null) {
                misses = new PrintStream(Files.newOutputStream(Path.of(missesFile)), true, StandardCharsets.UTF_8);
            }
            if (train) {
                out.println("TRAINING pairs (diagnosis only; the figures to report are the validation splits')");
            }
            out.println("Name matching (" + (train ? "TRAINING pairs" : "validation splits")
                    + ", hard negatives generated; hit = mention with confidence >= " + THRESHOLD + ")");
            out.println();
            out.println(
                    "| pair | registry script -> text script | positives | hard negatives | precision | recall | F1 "
                            + "| false matches on hard negatives |");
            out.println("|---|---|---:|---:|---:|---:|---:|---:|");
            List<String[]> ru = spaced(data.resolve("names_wikidata/wd_russian_16"));
            List<String[]> ar = spaced(data.resolve("names_wikidata/wd_arabic_16"));
            report(out, "names_wikidata en-ru", "Latin -> Cyrillic", ru, false, LATIN_TITLE, CYRILLIC_TITLE);
            report(out, "names_wikidata en-ru", "Cyrillic -> Latin", ru, true, CYRILLIC_TITLE, LATIN_TITLE);
            report(out, "names_wikidata en-ar", "Latin -> Arabic", ar, false, LATIN_TITLE, ARABIC_TITLE);
            report(out, "names_wikidata en-ar", "Arabic -> Latin", ar, true, ARABIC_TITLE, LATIN_TITLE);
            List<String[]> google = new ArrayList<>();
            for (String line : Files.readAllLines(
                    data.resolve(train ? "google_ar2en/ar2en-train.txt" : "google_ar2en/ar2en-eval.txt"))) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    google.add(new String[] {f[1], f[0]});
                }
            }
            report(
                    out,
                    train ? "google_ar2en train" : "google_ar2en eval",
                    "Latin -> Arabic",
                    google,
                    false,
                    LATIN_TITLE,
                    ARABIC_TITLE);
            report(
                    out,
                    train ? "google_ar2en train" : "google_ar2en eval",
                    "Arabic -> Latin",
                    google,
                    true,
                    ARABIC_TITLE,
                    LATIN_TITLE);
            List<String> devAr = Files.readAllLines(data.resolve(train ? "anetac/train.ar" : "anetac/dev.ar"));
            List<String> devEn = Files.readAllLines(data.resolve(train ? "anetac/train.en" : "anetac/dev.en"));
            List<String[]> anetac = new ArrayList<>();
            for (int i = 0; i < Math.min(devAr.size(), devEn.size()); i++) {
                if (!devAr.get(i).isBlank() && !devEn.get(i).isBlank()) {
                    anetac.add(new String[] {devEn.get(i).strip(), devAr.get(i).strip()});
                }
            }
            report(
                    out,
                    train ? "anetac train" : "anetac dev",
                    "Latin -> Arabic",
                    anetac,
                    false,
                    LATIN_TITLE,
                    ARABIC_TITLE);
            report(
                    out,
                    train ? "anetac train" : "anetac dev",
                    "Arabic -> Latin",
                    anetac,
                    true,
                    ARABIC_TITLE,
                    LATIN_TITLE);
            out.println();
            out.println("Full names and namesakes (registry \"G S\"; text \"G' S'\" in the other script is a hit, text "
                    + "\"H' S'\" with another registry first name H is a namesake and must stay under " + THRESHOLD
                    + ")");
            out.println();
            out.println("| pair | registry script -> text script | full names | recall | namesakes | false matches on "
                    + "namesakes |");
            out.println("|---|---|---:|---:|---:|---:|");
            namesakes(out, "names_wikidata en-ru", "Latin -> Cyrillic", ru, false, CYRILLIC_TITLE);
            namesakes(out, "names_wikidata en-ru", "Cyrillic -> Latin", ru, true, LATIN_TITLE);
            namesakes(out, "names_wikidata en-ar", "Latin -> Arabic", ar, false, ARABIC_TITLE);
            namesakes(out, "names_wikidata en-ar", "Arabic -> Latin", ar, true, LATIN_TITLE);
            namesakes(out, train ? "anetac train" : "anetac dev", "Latin -> Arabic", anetac, false, ARABIC_TITLE);
            namesakes(out, train ? "anetac train" : "anetac dev", "Arabic -> Latin", anetac, true, LATIN_TITLE);
            out.println();
            org.vigil.analysis.names.ProseEvaluation.run(data, out, proseTest, misses);
        } catch (IOException e) {
            err.println("vigil eval: " + e.getMessage());
            return 2;
        } finally {
            if (misses != null) {
                misses.close();
            }
        }
        if (namesOnly) {
            return 0;
        }
        out.println();
        threatEvaluation(data, out);
        return 0;
    }

    /**
     * {@code VIGIL_DATA}, else {@code ../shared/data} from the working directory, else from the repository the
     * running code was built in (so that {@code bin/vigil eval} works from any directory).
     */
    static String defaultDataDir() {
        String env = System.getenv("VIGIL_DATA");
        if (env != null && !env.isBlank()) {
            return env;
        }
        if (Files.isDirectory(Path.of("../shared/data"))) {
            return "../shared/data";
        }
        try {
            Path code = Path.of(EvalCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("../shared/data"))) {
                    return p.resolve("../shared/data").normalize().toString();
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no usable code location (an unusual class loader): fall back to the working directory
        }
        return "../shared/data";
    }

    private static void threatEvaluation(Path data, PrintStream out) {
        if (threatMisses == null) {
            org.vigil.analysis.threat.ThreatEvaluation.run(data, out, threatTest, null);
            return;
        }
        try (PrintStream list =
                new PrintStream(Files.newOutputStream(Path.of(threatMisses)), true, StandardCharsets.UTF_8)) {
            org.vigil.analysis.threat.ThreatEvaluation.run(data, out, threatTest, list);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + threatMisses, e);
        }
    }

    /** names_wikidata: English name, the other script's letters separated by spaces; validation split by hash. */
    private static List<String[]> spaced(Path file) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            String en = f[0].strip();
            String other = f[1].replace(" ", "").strip();
            if ((Math.floorMod(en.hashCode(), 10) == SPLIT) != train && en.length() >= 3 && other.length() >= 2) {
                pairs.add(new String[] {en, other});
            }
        }
        return pairs;
    }

    private static void report(
            PrintStream out,
            String set,
            String direction,
            List<String[]> pairs,
            boolean reverse,
            String registryTitle,
            String textTitle) {
        List<String[]> use = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] p : pairs) {
            String reg = cap(reverse ? p[1] : p[0]);
            String txt = cap(reverse ? p[0] : p[1]);
            if (seen.add(reg.toLowerCase(Locale.ROOT)) && use.size() < MAX_PAIRS) {
                use.add(new String[] {reg, txt});
            }
        }
        List<PersonEntry> people = new ArrayList<>();
        for (int i = 0; i < use.size(); i++) {
            people.add(new PersonEntry("p" + i, use.get(i)[0], PersonRole.AMBASSADOR, null, List.of(), List.of()));
        }
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(List.of(), people));
        SplittableRandom random = new SplittableRandom(20260101L + set.hashCode() + direction.hashCode());
        int tp = 0, fn = 0, fp = 0, negatives = 0;
        for (int i = 0; i < use.size(); i++) {
            String id = "p" + i;
            if (found(engine, textTitle + use.get(i)[1] + " said.", id)) {
                tp++;
            } else {
                fn++;
                miss(
                        "MISS",
                        set,
                        direction,
                        use.get(i)[0],
                        use.get(i)[1],
                        engine,
                        textTitle + use.get(i)[1] + " said.",
                        people);
            }
            String altered = HardNegatives.alter(use.get(i)[1], random);
            if (altered != null) {
                negatives++;
                if (found(engine, textTitle + altered + " said.", id)) {
                    fp++;
                    miss(
                            "FALSE",
                            set,
                            direction,
                            use.get(i)[0],
                            altered,
                            engine,
                            textTitle + altered + " said.",
                            people);
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.1f%% |%n",
                set,
                direction,
                use.size(),
                negatives,
                precision,
                recall,
                f1,
                negatives == 0 ? 0 : 100.0 * fp / negatives);
    }

    /** Pairs of a direction at most, for the calibration fit (so that running text keeps its weight in it). */
    private static final int CALIBRATION_PAIRS = 1000;

    /**
     * The cases of the pair tables built from the TRAINING pairs (never the validation splits) for the calibration
     * fit: for each direction, a registry and its texts (a title and the name in the other script, a hard negative;
     * a full name and a namesake), each with the person it names or none. They bring what running text built from
     * registry names lacks: other spellings of a name, similar but different names, namesakes.
     */
    static List<org.vigil.analysis.names.ProseEvaluation.Cases> calibrationPairs(Path data) throws IOException {
        boolean was = train;
        train = true;
        try {
            List<org.vigil.analysis.names.ProseEvaluation.Cases> out = new ArrayList<>();
            List<String[]> ru = spaced(data.resolve("names_wikidata/wd_russian_16"));
            List<String[]> ar = spaced(data.resolve("names_wikidata/wd_arabic_16"));
            List<String[]> anetac = new ArrayList<>();
            List<String> trAr = Files.readAllLines(data.resolve("anetac/train.ar"));
            List<String> trEn = Files.readAllLines(data.resolve("anetac/train.en"));
            for (int i = 0; i < Math.min(trAr.size(), trEn.size()); i++) {
                if (!trAr.get(i).isBlank() && !trEn.get(i).isBlank()) {
                    anetac.add(new String[] {trEn.get(i).strip(), trAr.get(i).strip()});
                }
            }
            Object[][] directions = {
                {ru, false, CYRILLIC_TITLE},
                {ru, true, LATIN_TITLE},
                {ar, false, ARABIC_TITLE},
                {ar, true, LATIN_TITLE},
                {anetac, false, ARABIC_TITLE},
                {anetac, true, LATIN_TITLE}
            };
            for (Object[] d : directions) {
                @SuppressWarnings("unchecked")
                List<String[]> pairs = (List<String[]>) d[0];
                boolean reverse = (Boolean) d[1];
                String textTitle = (String) d[2];
                List<String[]> use = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (String[] p : pairs) {
                    String reg = cap(reverse ? p[1] : p[0]);
                    String txt = cap(reverse ? p[0] : p[1]);
                    if (seen.add(reg.toLowerCase(Locale.ROOT)) && use.size() < 2 * CALIBRATION_PAIRS) {
                        use.add(new String[] {reg, txt});
                    }
                }
                SplittableRandom random = new SplittableRandom(20261207L + use.size() + (reverse ? 1 : 0));
                List<PersonEntry> people = new ArrayList<>();
                List<String[]> cases = new ArrayList<>();
                for (int i = 0; i < use.size() / 2; i++) {
                    people.add(
                            new PersonEntry("p" + i, use.get(i)[0], PersonRole.AMBASSADOR, null, List.of(), List.of()));
                    cases.add(new String[] {textTitle + use.get(i)[1] + " said.", "p" + i});
                    String altered = HardNegatives.alter(use.get(i)[1], random);
                    if (altered != null) {
                        cases.add(new String[] {textTitle + altered + " said.", ""});
                    }
                }
                out.add(new org.vigil.analysis.names.ProseEvaluation.Cases(people, cases));
                int n = use.size() / 2;
                List<PersonEntry> full = new ArrayList<>();
                List<String[]> fullCases = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    full.add(new PersonEntry(
                            "p" + i,
                            use.get(2 * i)[0] + " " + use.get(2 * i + 1)[0],
                            PersonRole.AMBASSADOR,
                            null,
                            List.of(),
                            List.of()));
                }
                for (int i = 0; i < n; i++) {
                    String surname = use.get(2 * i + 1)[1];
                    fullCases.add(new String[] {textTitle + use.get(2 * i)[1] + " " + surname + " said.", "p" + i});
                    String otherGiven = use.get(2 * ((i + 1) % n))[1];
                    fullCases.add(new String[] {textTitle + otherGiven + " " + surname + " said.", ""});
                }
                out.add(new org.vigil.analysis.names.ProseEvaluation.Cases(full, fullCases));
            }
            return out;
        } finally {
            train = was;
        }
    }

    /**
     * Two-word names built from consecutive pairs (the given name of one, the surname of the next): a full-name
     * hit needs both words recognised; a namesake is the same surname after another registry person's first name.
     */
    private static void namesakes(
            PrintStream out, String set, String direction, List<String[]> pairs, boolean reverse, String textTitle) {
        List<String[]> use = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] p : pairs) {
            String reg = cap(reverse ? p[1] : p[0]);
            String txt = cap(reverse ? p[0] : p[1]);
            if (seen.add(reg.toLowerCase(Locale.ROOT)) && use.size() < MAX_PAIRS) {
                use.add(new String[] {reg, txt});
            }
        }
        int n = use.size() / 2;
        if (n < 3) {
            return;
        }
        List<PersonEntry> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String given = use.get(2 * i)[0], surname = use.get(2 * i + 1)[0];
            people.add(
                    new PersonEntry("p" + i, given + " " + surname, PersonRole.AMBASSADOR, null, List.of(), List.of()));
        }
        AnalysisEngine engine = AnalysisEngine.create(new RegistryFile(List.of(), people));
        int hits = 0, falseMatches = 0;
        for (int i = 0; i < n; i++) {
            String surname = use.get(2 * i + 1)[1];
            if (found(engine, textTitle + use.get(2 * i)[1] + " " + surname + " said.", "p" + i)) {
                hits++;
            } else {
                miss(
                        "FULLMISS",
                        set,
                        direction,
                        people.get(i).name(),
                        use.get(2 * i)[1] + " " + surname,
                        engine,
                        textTitle + use.get(2 * i)[1] + " " + surname + " said.",
                        people);
            }
            String otherGiven = use.get(2 * ((i + 1) % n))[1];
            if (found(engine, textTitle + otherGiven + " " + surname + " said.", "p" + i)) {
                falseMatches++;
                miss(
                        "NAMESAKE",
                        set,
                        direction,
                        people.get(i).name(),
                        otherGiven + " " + surname,
                        engine,
                        textTitle + otherGiven + " " + surname + " said.",
                        people);
            }
        }
        out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %.3f | %d | %.1f%% |%n",
                set,
                direction,
                n,
                (double) hits / n,
                n,
                100.0 * falseMatches / n);
    }

    /** One line of the --misses file: kind, set, direction, registry name, text name, and both names' keys. */
    private static void miss(
            String kind,
            String set,
            String direction,
            String registry,
            String text,
            AnalysisEngine engine,
            String doc,
            List<PersonEntry> people) {
        if (misses != null) {
            StringBuilder found = new StringBuilder();
            for (Mention m : engine.mentions(doc)) {
                String name = m.entityId();
                int p = name.startsWith("p") ? Integer.parseInt(name.substring(1)) : -1;
                found.append(p >= 0 && p < people.size() ? people.get(p).name() : name)
                        .append(':')
                        .append(m.confidence())
                        .append(' ');
            }
            String[] rk = keys(registry).split(" "), tk = keys(text).split(" ");
            String r = rk[rk.length - 1].split("/")[0], x = tk[tk.length - 1].split("/")[0];
            boolean latinRegistry = direction.startsWith("Latin");
            char script = direction.contains("Arabic")
                    ? org.vigil.analysis.names.SpellingEdits.ARABIC
                    : org.vigil.analysis.names.SpellingEdits.CYRILLIC;
            String edit = latinRegistry
                    ? org.vigil.analysis.names.SpellingEdits.edit(r, x, script)
                    : org.vigil.analysis.names.SpellingEdits.edit(x, r, script);
            misses.println(String.join(
                    "\t",
                    kind,
                    set,
                    direction,
                    registry,
                    text,
                    keys(registry),
                    keys(text),
                    found.toString().strip(),
                    edit + "=" + org.vigil.analysis.names.SpellingEdits.ratio(edit)));
        }
    }

    private static String keys(String name) {
        org.vigil.analysis.text.Tokens t = org.vigil.analysis.text.Tokenizer.tokenize(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            b.append(i == 0 ? "" : " ").append(t.pkey(i)).append('/').append(t.ckey(i));
        }
        return b.toString();
    }

    private static boolean found(AnalysisEngine engine, String text, String id) {
        for (Mention m : engine.mentions(text)) {
            if (m.entityId().equals(id) && m.confidence() >= THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Similar but different names: a Slavic suffix swapped, or one consonant replaced by one that changes the
     * name's consonant skeleton.
     */
    static final class HardNegatives {
        /** The consonants of each script, in the order of the resource's rows (Latin, Cyrillic, Arabic). */
        private static final List<String> CONSONANTS = new ArrayList<>();
        /** Surname endings and their replacements, tried in order. */
        private static final List<String[]> SWAPS = new ArrayList<>();

        static {
            for (Table.Row row : ResourceTable.of(EvalCommand.class, "eval-hard-negatives.tsv")
                    .requireColumns("kind", "from")
                    .rows()) {
                switch (row.get("kind")) {
                    case "swap" -> {
                        if (row.get("to").isEmpty()) {
                            throw row.error("a swap row needs the ending that replaces 'from' in column 'to'");
                        }
                        SWAPS.add(new String[] {row.get("from"), row.get("to")});
                    }
                    case "consonants" -> CONSONANTS.add(row.get("from"));
                    default -> throw row.error("kind is '" + row.get("kind") + "': expected swap or consonants");
                }
            }
        }

        private HardNegatives() {}

        static String alter(String name, SplittableRandom random) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String[] swap : SWAPS) {
                if (lower.endsWith(swap[0]) && lower.length() > 4 && random.nextBoolean()) {
                    return name.substring(0, name.length() - 2) + swap[1];
                }
            }
            List<Integer> consonants = new ArrayList<>();
            for (int i = 0; i < name.length(); i++) {
                char c = Character.toLowerCase(name.charAt(i));
                if (pool(c) != null) {
                    consonants.add(i);
                }
            }
            if (consonants.isEmpty()) {
                return null;
            }
            // a consonant replaced by one that changes the name's consonant skeleton, so that it is not a spelling
            // variant that scripts confuse (v/f, s/z, b/p, g/h)
            String original = skeleton(name);
            for (int attempt = 0; attempt < 20; attempt++) {
                int at = consonants.get(random.nextInt(consonants.size()));
                char c = Character.toLowerCase(name.charAt(at));
                String pool = pool(c);
                char replacement = pool.charAt(random.nextInt(pool.length()));
                if (Character.isUpperCase(name.charAt(at))) {
                    replacement = Character.toUpperCase(replacement);
                }
                String altered = name.substring(0, at) + replacement + name.substring(at + 1);
                if (!skeleton(altered).equals(original)) {
                    return altered;
                }
            }
            return null;
        }

        /** The first consonant row that has the letter, or null. */
        private static String pool(char c) {
            for (String letters : CONSONANTS) {
                if (letters.indexOf(c) >= 0) {
                    return letters;
                }
            }
            return null;
        }

        private static String skeleton(String name) {
            org.vigil.analysis.text.Tokens t = org.vigil.analysis.text.Tokenizer.tokenize(name);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < t.size(); i++) {
                b.append(t.ckey(i)).append(' ');
            }
            return b.toString();
        }
    }
}
