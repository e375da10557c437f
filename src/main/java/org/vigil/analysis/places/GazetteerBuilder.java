package org.vigil.analysis.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipInputStream;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the gazetteer resource ({@code src/main/resources/org/vigil/analysis/places/gazetteer.tsv.gz}) from the
 * public data sets, so that the engine never reads them at run time. Run it again after changing the key
 * functions in {@code org.vigil.analysis.text} (the resource stores keys), as docs/analysis-engine.md explains:
 *
 * <pre>java -cp target/classes:$(cat target/cp.txt) org.vigil.analysis.places.GazetteerBuilder ../shared/data \
 *     src/main/resources/org/vigil/analysis/places/gazetteer.tsv.gz</pre>
 *
 * Sources: GeoNames cities15000 (names and alternate names in many scripts), countryInfo and country name
 * translations (CC BY 4.0); mledoze/countries (names in 24 languages, demonyms; ODbL). A city name that is also a
 * common word (written in lower case at least {@value #COMMON_WORD} times in the project's text corpora, and more
 * often than capitalised inside a sentence:
 * "Nice", "Of", "Van", "Mobile") is kept only as the main name of a city of a million or more (never as an alternate
 * name: "Central" for a Philippine city); a name shared by cities in several countries keeps the most populous.
 */
public final class GazetteerBuilder {

    static final int COMMON_WORD = 3;
    private static final int ARABIC_COMMON_WORD = 25;
    private static final int BIG_CITY = 1_000_000;

    private record Row(String type, String country, long population, long id) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder DATA_DIR OUTPUT.tsv.gz");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Set<String> common = commonWords(data);
        Map<String, Row> rows = new TreeMap<>();
        Map<String, Row> demonyms = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();

        // countries: countryInfo (code, name, geonameid), translations by geonameid, mledoze names and demonyms
        Map<String, Long> countryIds = new HashMap<>();
        Map<String, Long> countryPop = new HashMap<>();
        Map<Long, String> idToCountry = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("geonames/countryInfo.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            long gid = f[16].isEmpty() ? -1 : Long.parseLong(f[16]);
            countryIds.put(f[0], gid);
            countryPop.put(f[0], f[7].isEmpty() ? 0 : Long.parseLong(f[7]));
            idToCountry.put(gid, f[0]);
            country(rows, f[4], f[0], gid);
        }
        JsonNode translations =
                json.readTree(data.resolve("geonames/country_translations.json").toFile());
        for (var e : translations.properties()) {
            String cc = idToCountry.get(Long.parseLong(e.getKey()));
            if (cc == null) {
                continue;
            }
            for (var name : e.getValue().properties()) {
                country(rows, name.getValue().asString(), cc, countryIds.get(cc));
            }
        }
        JsonNode mledoze =
                json.readTree(data.resolve("mledoze_countries/countries.json").toFile());
        for (JsonNode c : mledoze) {
            String cc = c.path("cca2").asString();
            Long gid = countryIds.get(cc);
            if (gid == null) {
                continue;
            }
            country(rows, c.path("name").path("common").asString(), cc, gid);
            country(rows, c.path("name").path("official").asString(), cc, gid);
            for (JsonNode n : c.path("name").path("native")) {
                country(rows, n.path("common").asString(), cc, gid);
                country(rows, n.path("official").asString(), cc, gid);
            }
            for (JsonNode s : c.path("altSpellings")) {
                if (s.asString().length() > 3) {
                    country(rows, s.asString(), cc, gid);
                }
            }
            for (var t : c.path("translations").properties()) {
                String common1 = t.getValue().path("common").asString();
                country(rows, common1, cc, gid);
                country(rows, t.getValue().path("official").asString(), cc, gid);
                derivedDemonyms(demonyms, t.getKey(), common1, cc, gid);
            }
            for (JsonNode lang : c.path("demonyms")) {
                demonym(demonyms, lang.path("m").asString(), cc, gid);
                demonym(demonyms, lang.path("f").asString(), cc, gid);
            }
        }

        // cities
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(data.resolve("geonames/cities15000.zip")))) {
            zip.getNextEntry();
            BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                long id = Long.parseLong(f[0]);
                String cc = f[8];
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                Set<String> names = new HashSet<>();
                names.add(f[1]);
                names.add(f[2]);
                for (String a : f[3].split(",")) {
                    names.add(a);
                }
                for (String n : names) {
                    city(rows, common, n, cc, pop, id, n.equals(f[1]) || n.equals(f[2]));
                }
            }
        }

        // a nationality word is not a place, even when some town is called so ("Syrian")
        rows.entrySet().removeIf(e -> e.getValue().type.equals("P") && demonyms.containsKey(e.getKey()));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
                PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
            w.println(
                    "# Vigil gazetteer: key\ttype (C country, P city, D demonym)\tcountry\tpopulation\tgeonameid."
                            + " Derived from GeoNames (CC BY 4.0) and mledoze/countries (ODbL). Regenerate with GazetteerBuilder.");
            for (var e : rows.entrySet()) {
                Row v = e.getValue();
                w.println(e.getKey() + "\t" + v.type + "\t" + v.country + "\t" + v.population + "\t" + v.id);
            }
            for (var e : demonyms.entrySet()) {
                Row v = e.getValue();
                w.println(e.getKey() + "\t" + v.type + "\t" + v.country + "\t" + v.population + "\t" + v.id);
            }
        }
        System.out.println("wrote " + rows.size() + " places and " + demonyms.size() + " demonyms to " + out);
    }

    /** The key the engine looks a name up by: the phonetic keys of its words, space-separated. */
    static String key(String name) {
        Tokens t = Tokenizer.tokenize(name);
        if (t.size() == 0 || t.size() > 5) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (t.script(i) == Tokens.OTHER || t.pkey(i).isEmpty()) {
                return null;
            }
            if (i > 0) {
                b.append(' ');
            }
            b.append(t.pkey(i));
        }
        return b.toString();
    }

    private static void country(Map<String, Row> rows, String name, String cc, long gid) {
        if (name == null || name.isBlank()) {
            return;
        }
        String k = key(name);
        if (k == null || k.length() < 3) {
            return;
        }
        Row old = rows.get(k);
        if (old == null || !old.type.equals("C")) {
            rows.put(k, new Row("C", cc, 0, gid));
        }
    }

    private static void demonym(Map<String, Row> rows, String name, String cc, long gid) {
        if (name == null || name.isBlank()) {
            return;
        }
        String k = key(name);
        if (k != null && k.length() >= 3) {
            rows.putIfAbsent(k, new Row("D", cc, 0, gid));
        }
    }

    /** When a demonym rule applies: always, or only when the name had the ending. */
    enum When {
        ALWAYS,
        CUT
    }

    /** A rule of a language folder's demonym-rules.tsv, for the country names of that language. */
    private record DemonymRule(Pattern ending, List<String> adds, When when, int minStem) {}

    /** The rules by ISO 639-3 code, the key of mledoze's translations. */
    private static final Map<String, List<DemonymRule>> DEMONYM_RULES = demonymRules();

    private static Map<String, List<DemonymRule>> demonymRules() {
        Map<String, List<DemonymRule>> out = new HashMap<>();
        for (Table.Row row : LanguageData.shared().rows("demonym-rules")) {
            Pattern ending;
            try {
                ending = Pattern.compile("(" + row.get("ending").strip() + ")$");
            } catch (PatternSyntaxException e) {
                throw row.error("column 'ending' is not a regular expression: " + e.getDescription());
            }
            List<String> adds = row.words("adds").isEmpty() ? List.of("") : row.words("adds");
            int minStem = row.get("min-stem").isBlank() ? 0 : (int) row.number("min-stem", 0, 20);
            String iso3 = java.util.Locale.forLanguageTag(row.language()).getISO3Language();
            out.computeIfAbsent(iso3, k -> new ArrayList<>())
                    .add(new DemonymRule(ending, adds, row.choice("when", When.class), minStem));
        }
        return out;
    }

    /** Adjectives of nationality that follow rules (Arabic, Turkish, Russian: the languages' demonym-rules.tsv). */
    private static void derivedDemonyms(Map<String, Row> rows, String lang, String name, String cc, long gid) {
        if (name == null || name.isBlank() || name.contains(" ")) {
            return;
        }
        for (DemonymRule rule : DEMONYM_RULES.getOrDefault(lang, List.of())) {
            String stem = rule.ending.matcher(name).replaceAll("");
            if (rule.when == When.CUT && stem.equals(name) || stem.length() < rule.minStem) {
                continue;
            }
            for (String end : rule.adds) {
                demonym(rows, stem + end, cc, gid);
            }
        }
    }

    private static void city(
            Map<String, Row> rows, Set<String> common, String name, String cc, long pop, long id, boolean primary) {
        if (name.isBlank() || name.length() < 3) {
            return;
        }
        char first = name.charAt(0);
        if (Character.isLowerCase(first) || name.chars().anyMatch(Character::isDigit)) {
            return; // GeoNames' romanised junk ("an dao er cheng") and codes
        }
        if (name.length() <= 4 && name.equals(name.toUpperCase()) && Character.isLetter(first) && first < 0x250) {
            return; // airport and other codes: "ALV", "NYC"
        }
        String k = key(name);
        if (k == null || k.length() < 3) {
            return;
        }
        if (!k.contains(" ") && common.contains(k) && (pop < BIG_CITY || !primary)) {
            return;
        }
        Row old = rows.get(k);
        if (old == null || old.type.equals("P") && old.population < pop) {
            rows.put(k, new Row("P", cc, pop, id));
        }
    }

    /** Words written in lower case often enough in the project's corpora to be ordinary words, by phonetic key. */
    private static Set<String> commonWords(Path data) throws IOException {
        Map<String, Integer> lower = new HashMap<>();
        Map<String, Integer> capital = new HashMap<>();
        Map<String, Integer> arabic = new HashMap<>();
        List<Path> files = new ArrayList<>(List.of(
                data.resolve("olid_en/olid-training-v1.0.tsv"),
                data.resolve("davidson2017/labeled_data.csv"),
                data.resolve("threatgram101/threatgram101_train.json"),
                data.resolve("ru_toxic/train.csv"),
                data.resolve("offenseval_tr/offenseval-tr-training-v1.tsv"),
                data.resolve("osact4_ar/OSACT2020-sharedTask-train.txt"),
                data.resolve("lhsab_ar/L-HSAB.tsv"),
                data.resolve("hatecheck_en/hatecheck_en_test_suite_cases.csv")));
        for (Path p : files) {
            if (!Files.exists(p)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(p)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Tokens t = Tokenizer.tokenize(text);
                for (int i = 0; i < t.size(); i++) {
                    String k = t.pkey(i);
                    if (k.length() < 2) {
                        continue;
                    }
                    if (t.script(i) == Tokens.ARABIC) {
                        arabic.merge(k, 1, Integer::sum);
                    } else if (!t.has(i, Tokens.CAPITALISED)) {
                        lower.merge(k, 1, Integer::sum);
                    } else if (!t.has(i, Tokens.SENTENCE_BEFORE)) {
                        capital.merge(k, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> common = new HashSet<>();
        // an ordinary word is written in lower case more often than capitalised inside a sentence ("nice", but not
        // "washington", which tweets also write in lower case)
        lower.forEach((k, n) -> {
            if (n >= COMMON_WORD && n > capital.getOrDefault(k, 0)) {
                common.add(k);
            }
        });
        arabic.forEach((k, n) -> {
            if (n >= ARABIC_COMMON_WORD) {
                common.add(k);
            }
        });
        return common;
    }
}
