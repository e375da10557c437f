package org.vigil.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoJSON as RFC 7946 says: a FeatureCollection of Features, positions as [longitude, latitude] in WGS 84 (no
 * "crs" member), a feature without a known place carrying a null geometry. Built as maps for Jackson to write.
 */
public final class GeoJson {

    /** The media type RFC 7946 registers. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private final List<Map<String, Object>> features = new ArrayList<>();

    /** A position, longitude first. */
    public static List<Double> position(double lat, double lon) {
        return List.of(round(lon), round(lat));
    }

    private static double round(double v) {
        // RFC 7946 section 11.2: six decimals are about 10 cm, more precision than any place here has
        return Math.round(v * 1e6) / 1e6;
    }

    public static Map<String, Object> point(double lat, double lon) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "Point");
        g.put("coordinates", position(lat, lon));
        return g;
    }

    /** A Point for one position, a MultiPoint for several, null for none. */
    public static Map<String, Object> points(List<List<Double>> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        if (positions.size() == 1) {
            return Map.of("type", "Point", "coordinates", positions.getFirst());
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "MultiPoint");
        g.put("coordinates", List.copyOf(positions));
        return g;
    }

    /** Adds a feature; {@code id} is the feature's identifier, {@code geometry} may be null. */
    public GeoJson feature(Object id, Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", geometry);
        f.put("properties", properties);
        features.add(f);
        return this;
    }

    public int size() {
        return features.size();
    }

    public Map<String, Object> collection() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "FeatureCollection");
        c.put("features", features);
        return c;
    }

    /** The collection as a download named after its content and the day, e.g. vigil-missions-2026-12-07.geojson. */
    public ResponseEntity<Map<String, Object>> download(String what, Clock clock) {
        String name = "vigil-" + what + "-" + LocalDate.now(clock) + ".geojson";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("application", "geo+json", StandardCharsets.UTF_8))
                .body(collection());
    }

    /** A CSV body as a download named after its content and the day, e.g. vigil-signals-2026-12-07.csv. */
    public static ResponseEntity<String> csvDownload(String csv, String what, Clock clock) {
        String name = "vigil-" + what + "-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .body(csv);
    }
}
