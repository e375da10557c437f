package org.vigil.analysis.threat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the training sets under shared/data and makes the splits, the same for a given seed every time.
 *
 * <ul>
 * <li>ThreatGram 101: {@code Label} 2 (violent threat) is a threat; 0 and 1 (no threat, or calls for arrest and
 * the like without violence) are not. Split by channel: {@link #THREATGRAM_HELD_OUT} are validation,
 * {@link #THREATGRAM_DEVELOPMENT} the development fold, the rest train.</li>
 * <li>HateCheck: {@code threat_dir_h} and {@code threat_norm_h} are threats, and so are the cases that vary a
 * threat template without changing its meaning (misspelt, as a question or opinion, aimed at one person or a
 * non-protected group: "I want to kill him" is a threat though not hate); negations, counter-speech, quotations
 * and threats to objects are not. Hateful cases are abusive. Split by template family (a template and its
 * variants), a fifth of the families (seeded hash) are validation and another fifth the development fold, so that
 * no sentence pattern is in two splits.</li>
 * <li>OLID, Davidson, OffensEval-TR, OSACT4, L-HSAB, ru_toxic: offensive or not (abuse head); a tenth at random
 * (seeded) is held out. Their rows are also non-threats for the threat head, except rows where a threat pattern
 * fires: those are unlabelled for threat and left out, and so are the hand-labelled validation rows.</li>
 * </ul>
 */
public final class TrainingData {

    /** ThreatGram channels whose replies are kept out of training, about a fifth of the rows. */
    static final Set<String> THREATGRAM_HELD_OUT = Set.of(
            "TheTrumpRepublicans.json",
            "PatriotStreetfighter.json",
            "InfoWars.json",
            "FreedomFighters.json",
            "AlexJones.json",
            "UnitedAnarchists.json",
            "RiotDogs.json");

    /**
     * ThreatGram channels that form the development fold: whole channels, as the validation split is, so that the
     * decision threshold and the training choices are made on replies from channels the model has not seen (a fold
     * drawn from the training channels overstated F1 by 0.06). About the share of threats of the validation
     * channels (a third), and channels of different leanings, as there.
     */
    static final Set<String> THREATGRAM_DEVELOPMENT =
            Set.of("TrumpSupportersChannel.json", "AnticapitalistSurrealism.json", "LacansWhreHouse.json");

    /** Where a row goes: trained on, used to make choices (threshold, settings), or kept for the figures. */
    enum Split {
        TRAIN,
        DEVELOPMENT,
        VALIDATION
    }

    /** Label unknown for a head. */
    static final int UNKNOWN = -1;

    /** One row: its language, text, threat and abuse labels (1, 0 or UNKNOWN) and its split. */
    record Example(String dataset, String language, String text, int threat, int abuse, Split split) {
        boolean validation() {
            return split == Split.VALIDATION;
        }

        boolean development() {
            return split == Split.DEVELOPMENT;
        }
    }

    private TrainingData() {}

    static List<Example> load(Path dir, long seed, java.io.PrintStream progress) {
        List<Example> all = new ArrayList<>();
        all.addAll(threatGram(dir));
        all.addAll(hateCheck(dir, seed));
        all.addAll(olid(dir, seed));
        all.addAll(davidson(dir, seed));
        all.addAll(offensevalTr(dir, seed));
        all.addAll(osact4(dir, seed));
        all.addAll(lhsab(dir, seed));
        all.addAll(ruToxic(dir, seed));
        if (progress != null) {
            Map<String, int[]> counts = new java.util.TreeMap<>();
            for (Example e : all) {
                int[] c = counts.computeIfAbsent(e.dataset(), k -> new int[5]);
                c[e.split().ordinal()]++;
                c[3] += e.threat() == 1 ? 1 : 0;
                c[4] += e.abuse() == 1 ? 1 : 0;
            }
            counts.forEach((k, c) -> progress.printf(
                    "  %-14s train %6d  development %5d  held out %6d  threats %5d" + "  abusive %6d%n",
                    k, c[0], c[1], c[2], c[3], c[4]));
        }
        return all;
    }

    static List<Example> threatGram(Path dir) {
        Path file = dir.resolve("threatgram101/threatgram101_train.json");
        List<Example> out = new ArrayList<>();
        JsonNode root = JsonMapper.builder().build().readTree(read(file));
        for (JsonNode row : root) {
            String text = row.path("reply").asString("");
            if (text.isBlank()) {
                continue;
            }
            int label = row.path("Label").asInt(-1);
            String channel = row.path("telegramChannel").asString("");
            Split split = THREATGRAM_HELD_OUT.contains(channel)
                    ? Split.VALIDATION
                    : THREATGRAM_DEVELOPMENT.contains(channel) ? Split.DEVELOPMENT : Split.TRAIN;
            out.add(new Example("threatgram", "en", text, label == 2 ? 1 : 0, UNKNOWN, split));
        }
        return out;
    }

    /** Functionalities that keep the meaning of the threat case they vary (misspelt, as a question, at one person). */
    private static final List<String> THREAT_PRESERVING =
            List.of("spell_", "phrase_", "ref_subs_", "negate_pos_h", "target_indiv_nh", "target_group_nh");

    static List<Example> hateCheck(Path dir, long seed) {
        List<String[]> rows = Delimited.parse(read(dir.resolve("hatecheck_en/hatecheck_en_test_suite_cases.csv")), ',');
        Map<String, Integer> col = header(rows.get(0));
        List<String[]> cases = rows.subList(1, rows.size());
        Set<String> threatTemplates = new java.util.HashSet<>();
        for (String[] r : cases) {
            if (r[col.get("functionality")].startsWith("threat_")) {
                threatTemplates.add(r[col.get("templ_id")]);
            }
        }
        List<Example> out = new ArrayList<>();
        for (String[] r : cases) {
            String functionality = r[col.get("functionality")];
            String text = r[col.get("test_case")].strip();
            String template = r[col.get("templ_id")];
            String reference = r[col.get("ref_templ_id")].strip();
            boolean threat = functionality.startsWith("threat_")
                    || threatTemplates.contains(reference)
                            && THREAT_PRESERVING.stream().anyMatch(functionality::startsWith);
            boolean hateful = r[col.get("label_gold")].equals("hateful");
            // A case and its variants form one family and land in the same split.
            String family = reference.isEmpty() ? template : reference;
            int fifth = bucket(seed, "hatecheck-template:" + family, 5);
            Split split = fifth == 0 ? Split.VALIDATION : fifth == 1 ? Split.DEVELOPMENT : Split.TRAIN;
            out.add(new Example("hatecheck", "en", text, threat ? 1 : 0, hateful ? 1 : 0, split));
        }
        return out;
    }

    static List<Example> olid(Path dir, long seed) {
        List<String[]> rows = Delimited.parse(read(dir.resolve("olid_en/olid-training-v1.0.tsv")), '\t');
        List<Example> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length >= 3) {
                out.add(offensive("olid", "en", r[1], r[2].equals("OFF"), seed));
            }
        }
        return out;
    }

    static List<Example> davidson(Path dir, long seed) {
        List<String[]> rows = Delimited.parse(read(dir.resolve("davidson2017/labeled_data.csv")), ',');
        Map<String, Integer> col = header(rows.get(0));
        List<Example> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length == rows.get(0).length) {
                out.add(offensive("davidson", "en", r[col.get("tweet")], !r[col.get("class")].equals("2"), seed));
            }
        }
        return out;
    }

    static List<Example> offensevalTr(Path dir, long seed) {
        List<String[]> rows = Delimited.lines(read(dir.resolve("offenseval_tr/offenseval-tr-training-v1.tsv")));
        List<Example> out = new ArrayList<>();
        for (String[] r : rows) {
            if (r.length >= 3 && (r[2].equals("OFF") || r[2].equals("NOT"))) {
                out.add(offensive("offenseval_tr", "tr", r[1], r[2].equals("OFF"), seed));
            }
        }
        return out;
    }

    static List<Example> osact4(Path dir, long seed) {
        List<Example> out = new ArrayList<>();
        for (String name : List.of("OSACT2020-sharedTask-train.txt", "OSACT2020-sharedTask-dev.txt")) {
            for (String[] r : Delimited.lines(read(dir.resolve("osact4_ar/" + name)))) {
                if (r.length >= 2 && (r[1].equals("OFF") || r[1].equals("NOT_OFF"))) {
                    out.add(offensive("osact4", "ar", r[0].replace("<LF>", "\n"), r[1].equals("OFF"), seed));
                }
            }
        }
        return out;
    }

    static List<Example> lhsab(Path dir, long seed) {
        List<String[]> rows = Delimited.parse(read(dir.resolve("lhsab_ar/L-HSAB.tsv")), '\t');
        List<Example> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length >= 2 && Set.of("normal", "abusive", "hate").contains(r[1].strip())) {
                out.add(offensive("lhsab", "ar", r[0], !r[1].strip().equals("normal"), seed));
            }
        }
        return out;
    }

    static List<Example> ruToxic(Path dir, long seed) {
        List<Example> out = new ArrayList<>();
        for (String name : List.of("train.csv", "val.csv")) {
            List<String[]> rows = Delimited.parse(read(dir.resolve("ru_toxic/" + name)), ',');
            for (String[] r : rows.subList(1, rows.size())) {
                if (r.length >= 2
                        && (r[1].strip().startsWith("1") || r[1].strip().startsWith("0"))) {
                    out.add(offensive("ru_toxic", "ru", r[0], r[1].strip().startsWith("1"), seed));
                }
            }
        }
        return out;
    }

    private static Example offensive(String dataset, String language, String text, boolean offensive, long seed) {
        int bucket = bucket(seed, dataset + ":" + text, 10);
        return new Example(
                dataset,
                language,
                text.strip(),
                UNKNOWN,
                offensive ? 1 : 0,
                bucket == 0 ? Split.VALIDATION : bucket == 1 ? Split.DEVELOPMENT : Split.TRAIN);
    }

    /** A stable bucket in [0, n) for a key and a seed (not String.hashCode alone: too regular on short keys). */
    static int bucket(long seed, String key, int n) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) n);
    }

    private static Map<String, Integer> header(String[] row) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            map.put(row[i].strip(), i);
        }
        return map;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("training file missing: " + file
                    + " (pass --data with the folder that holds threatgram101/, hatecheck_en/, ...)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The hand-labelled threat validation rows for a language, from the classpath. */
    static List<Example> handLabelled(String language) {
        return handLabelled(language, "");
    }

    /** The blind set: labelled after the patterns were frozen. */
    static List<Example> handLabelledBlind(String language) {
        return handLabelled(language, "-blind");
    }

    /** The second blind set: drawn from rows not searched while the implicit-threat patterns were written. */
    static List<Example> handLabelledBlind2(String language) {
        return handLabelled(language, "-blind2");
    }

    /** The third blind set: drawn after the second round of implicit-threat patterns was frozen. */
    static List<Example> handLabelledBlind3(String language) {
        return handLabelled(language, "-blind3");
    }

    private static List<Example> handLabelled(String language, String suffix) {
        String resource = "/org/vigil/analysis/threat/validation/" + language + suffix + ".tsv";
        try (InputStream in = TrainingData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<Example> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    out.add(new Example(
                            f[1],
                            language,
                            f[2].replace("\\n", "\n"),
                            Integer.parseInt(f[0].strip()),
                            UNKNOWN,
                            Split.VALIDATION));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row of the issue-11 threat evaluation sets ({@code validation/eval12/<lang>-dev.tsv} and {@code -test.tsv}):
     * the labelled example, where it comes from (dataset and record), how it was found ({@code draw}: word, random,
     * narrow, construction) and whether its text lies in the half of the corpus searched while the November patterns
     * were written.
     */
    record EvalRow(Example example, String record, String draw, boolean searchedHalf) {}

    /** The two halves of the evaluation sets: development (read, used to choose changes) and test (frozen). */
    static final List<String> EVAL_HALVES = List.of("dev", "test");

    /** The rows of one half ({@code dev} or {@code test}) of a language's evaluation set; empty when there is none. */
    static List<EvalRow> evalSet(String language, String half) {
        String resource = "/org/vigil/analysis/threat/validation/eval12/" + language + "-" + half + ".tsv";
        try (InputStream in = TrainingData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<EvalRow> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 6);
                if (f.length != 6
                        || !(f[0].equals("0") || f[0].equals("1"))
                        || !(f[4].equals("searched") || f[4].equals("unsearched"))) {
                    throw new IllegalStateException(resource + " line " + (i + 1)
                            + ": expected label (0 or 1), dataset, record, draw, half (searched or unsearched), text");
                }
                Example e = new Example(
                        f[1], language, f[5].replace("\\n", "\n"), Integer.parseInt(f[0]), UNKNOWN, Split.VALIDATION);
                out.add(new EvalRow(e, f[2], f[3], f[4].equals("searched")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace-collapsed text, to recognise a hand-labelled row among the training rows. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** RFC 4180-style reader for comma- or tab-separated files with quoted fields that may span lines. */
    static final class Delimited {
        private Delimited() {}

        /** Tab-separated lines without quoting (newlines inside texts are written as {@code <LF>}). */
        static List<String[]> lines(String content) {
            List<String[]> rows = new ArrayList<>();
            for (String line : content.split("\r?\n")) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }

        static List<String[]> parse(String content, char sep) {
            List<String[]> rows = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStart = true;
            int n = content.length();
            for (int i = 0; i < n; i++) {
                char c = content.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && content.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                    continue;
                }
                if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else if (c == sep) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
                        i++;
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                        rows.add(fields.toArray(String[]::new));
                    }
                    fields.clear();
                    fieldStart = true;
                } else {
                    field.append(c);
                    fieldStart = false;
                }
            }
            if (field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                rows.add(fields.toArray(String[]::new));
            }
            return rows;
        }
    }
}
