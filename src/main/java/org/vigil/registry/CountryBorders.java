package org.vigil.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a position lies in a country, from the Natural Earth 1:50m admin-0 shapes the offline map draws
 * ({@code static/map/countries-50m.geojson}, features keyed by ISO 3166-1 numeric code). At that scale a coast or a
 * border is off by up to a few kilometres, so a position counts as in the country when it lies inside one of its
 * polygons or within {@link #TOLERANCE_KM} of its outline (a venue on the Bosphorus shore). Shapes are read once, on
 * first use. A country the shapes do not hold (a few small states) cannot be checked: {@link #contains} says empty.
 */
@Service
public class CountryBorders {

    /** How far outside a country's 1:50m outline a position may lie and still count as in it. */
    public static final double TOLERANCE_KM = 15;

    private static final double KM_PER_DEGREE = 111.32;

    private final Countries countries;
    private volatile Map<String, List<double[][]>> rings;

    CountryBorders(Countries countries) {
        this.countries = countries;
    }

    /**
     * @param alpha2 the country's ISO 3166-1 alpha-2 code
     * @return whether the position lies in the country (or within the tolerance of its outline); empty when the
     *     country is unknown or has no shape
     */
    public Optional<Boolean> contains(String alpha2, double lat, double lon) {
        Optional<String> numeric = countries.find(alpha2).map(CountryView::numericCode);
        List<double[][]> shape = numeric.map(n -> shapes().get(strip(n))).orElse(null);
        if (shape == null) {
            return Optional.empty();
        }
        boolean inside = false;
        for (double[][] ring : shape) {
            if (inside(ring, lat, lon)) {
                inside = !inside; // holes are rings too: even-odd over all rings of the country
            }
        }
        if (inside) {
            return Optional.of(true);
        }
        for (double[][] ring : shape) {
            if (distanceKm(ring, lat, lon) <= TOLERANCE_KM) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /** ISO numeric codes without leading zeros: the registry writes "004", the shapes may write 4. */
    private static String strip(String numeric) {
        return numeric.replaceFirst("^0+(?=.)", "");
    }

    private Map<String, List<double[][]>> shapes() {
        Map<String, List<double[][]>> loaded = rings;
        if (loaded == null) {
            synchronized (this) {
                loaded = rings;
                if (loaded == null) {
                    loaded = load();
                    rings = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<String, List<double[][]>> load() {
        JsonNode root;
        try (InputStream in = new ClassPathResource("static/map/countries-50m.geojson").getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the country shapes static/map/countries-50m.geojson", e);
        }
        Map<String, List<double[][]>> out = new HashMap<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode id = feature.get("id");
            if (id == null || id.isNull()) {
                continue;
            }
            JsonNode geometry = feature.path("geometry");
            List<double[][]> list = out.computeIfAbsent(strip(id.asString()), k -> new ArrayList<>());
            String type = geometry.path("type").asString();
            if (type.equals("Polygon")) {
                polygon(geometry.path("coordinates"), list);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode p : geometry.path("coordinates")) {
                    polygon(p, list);
                }
            }
        }
        return out;
    }

    private static void polygon(JsonNode rings, List<double[][]> into) {
        for (JsonNode ring : rings) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                // GeoJSON positions are [longitude, latitude]
                points[i] = new double[] {
                    ring.get(i).get(1).asDouble(), ring.get(i).get(0).asDouble()
                };
            }
            into.add(points);
        }
    }

    /** Even-odd ray casting in degrees (fine away from the antimeridian, where no venue check needs it). */
    private static boolean inside(double[][] ring, double lat, double lon) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double yi = ring[i][0], xi = ring[i][1], yj = ring[j][0], xj = ring[j][1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    /** The shortest distance from the position to the ring's outline, in km (equirectangular, at the position). */
    private static double distanceKm(double[][] ring, double lat, double lon) {
        double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(lat)), ky = KM_PER_DEGREE;
        double best = Double.MAX_VALUE;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double ax = (ring[j][1] - lon) * kx, ay = (ring[j][0] - lat) * ky;
            double bx = (ring[i][1] - lon) * kx, by = (ring[i][0] - lat) * ky;
            double dx = bx - ax, dy = by - ay;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
            double px = ax + t * dx, py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }
}
