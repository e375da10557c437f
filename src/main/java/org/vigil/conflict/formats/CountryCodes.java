package org.vigil.conflict.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country codes of the event sources mapped to ISO 3166-1 alpha-2: FIPS 10-4 (GDELT), ISO numeric (ACLED's iso),
 * Gleditsch-Ward numbers (UCDP's country_id) and country names as the sources spell them. The tables are small
 * TSVs in src/main/resources/ingest (sources in NOTICE); loaded once, immutable, thread-safe.
 */
public final class CountryCodes {

    private static volatile CountryCodes standard;

    private final Set<String> alpha2 = new HashSet<>();
    private final Map<String, String> fips = new HashMap<>();
    private final Map<String, String> numeric = new HashMap<>();
    private final Map<String, String> gw = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    private CountryCodes() {}

    public static CountryCodes standard() {
        CountryCodes c = standard;
        if (c == null) {
            synchronized (CountryCodes.class) {
                c = standard;
                if (c == null) {
                    c = load();
                    standard = c;
                }
            }
        }
        return c;
    }

    private static CountryCodes load() {
        CountryCodes c = new CountryCodes();
        read("iso-countries.tsv", f -> {
            c.alpha2.add(f[0]);
            c.numeric.put(String.valueOf(Integer.parseInt(f[2])), f[0]);
            if (!f[3].isEmpty()) {
                c.fips.put(f[3], f[0]);
            }
            c.names.put(key(f[4]), f[0]);
        });
        read("fips-extra.tsv", f -> c.fips.put(f[0], f[1]));
        read("gleditsch-ward.tsv", f -> {
            c.gw.put(f[0], f[1]);
            c.names.putIfAbsent(key(f[2]), f[1]);
        });
        read("country-aliases.tsv", f -> c.names.put(key(f[0]), f[1]));
        return c;
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void read(String name, Row row) {
        try (InputStream in = CountryCodes.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the country table " + name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlpha2(String code) {
        return code != null && alpha2.contains(code);
    }

    public Optional<String> fromFips(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(fips.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** ACLED's iso column: ISO 3166-1 numeric ("792", "4", "004"); Kosovo, which has none, is 0. */
    public Optional<String> fromIsoNumeric(String code) {
        if (code == null || !code.strip().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(numeric.get(String.valueOf(Integer.parseInt(code.strip()))));
    }

    public Optional<String> fromGleditschWard(String code) {
        if (code == null || !code.strip().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(gw.get(String.valueOf(Integer.parseInt(code.strip()))));
    }

    /** A country name as a source spells it; a parenthesised former name is also tried without its parentheses. */
    public Optional<String> fromName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String found = names.get(key(name));
        if (found == null && name.contains("(")) {
            found = names.get(key(name.replaceAll("\\(.*?\\)", " ")));
        }
        return Optional.ofNullable(found);
    }

    /** Case, accents, punctuation and spacing do not distinguish country names. */
    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
