package org.vigil.analysis.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.vigil.analysis.text.Tokenizer;

/**
 * The capital city of each country, as the gazetteer's city entry, so that "the Afghan capital" or "stolitsa
 * Afganistana" (in Cyrillic) names Kabul. The resource is GeoNames' countryInfo column Capital ({@value #RESOURCE}, one
 * {@code country<TAB>capital} line a country); a capital the gazetteer does not hold as a city of that country is
 * left out. Immutable and shared.
 */
public final class Capitals {

    public static final String RESOURCE = "/org/vigil/analysis/places/capitals.tsv";

    private static volatile Capitals shared;

    private final Map<String, Gazetteer.Entry> byCountry = new HashMap<>();

    Capitals(Gazetteer gazetteer, InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || !f[0].matches("[A-Z]{2}")) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 'country<TAB>capital' "
                            + "with an ISO 3166 alpha-2 code, found '" + line + "'");
                }
                Gazetteer.Entry e = gazetteer.lookup(key(f[1]));
                if (e != null && e.kind() == Gazetteer.Kind.CITY && e.country().equals(f[0])) {
                    byCountry.put(f[0], e);
                }
            }
        }
    }

    /** The capitals of the class path's resource, over the shared gazetteer. */
    public static Capitals shared() {
        Capitals c = shared;
        if (c == null) {
            synchronized (Capitals.class) {
                c = shared;
                if (c == null) {
                    try (InputStream in = Capitals.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("capitals resource " + RESOURCE + " is missing from the "
                                    + "class path (see docs/analysis-engine.md)");
                        }
                        c = new Capitals(Gazetteer.shared(), in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The capital of a country (ISO alpha-2) as a gazetteer city, or null. */
    public Gazetteer.Entry of(String country) {
        return byCountry.get(country);
    }

    /** The gazetteer key of a name: its words' phonetic keys, space-separated. */
    public static String key(String name) {
        return Tokenizer.tokenize(name).pkeys();
    }
}
