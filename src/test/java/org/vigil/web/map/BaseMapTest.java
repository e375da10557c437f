package org.vigil.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed offline base map: small enough to load at once, valid GeoJSON, countries where they belong, and
 * exactly what {@link BaseMapBuilder} makes from the Natural Earth source (so the documented command is honest).
 * {@code -Dvigil.basemap.write=true} rewrites the committed file from the source.
 */
class BaseMapTest {

    static final Path COMMITTED = Path.of("src/main/resources/static/map/countries-50m.geojson");
    static final String SOURCE_IN_SHARED_DATA = "natural_earth_world_atlas/countries-50m.json";

    @Test
    void committedMapIsWhatTheBuilderMakesFromNaturalEarth() throws IOException {
        String source = System.getProperty("vigil.basemap.source");
        String built =
                BaseMapBuilder.build(source != null ? Path.of(source) : SharedData.require(SOURCE_IN_SHARED_DATA));
        if (Boolean.getBoolean("vigil.basemap.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, built, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("committed base map is stale: regenerate it as docs/pages.md says")
                .isEqualTo(built);
    }

    @Test
    void baseMapIsSmallValidAndPutsCountriesWhereTheyAre() throws IOException {
        assertThat(Files.size(COMMITTED)).isLessThan(2_000_000);
        JsonNode map = JsonMapper.builder().build().readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.path("features").size()).isGreaterThanOrEqualTo(230);

        for (JsonNode feature : map.path("features")) {
            assertThat(feature.path("properties").path("name").asString()).isNotBlank();
            assertThat(feature.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
            for (JsonNode polygon : feature.path("geometry").path("coordinates")) {
                for (JsonNode ring : polygon) {
                    assertThat(ring.size())
                            .as("ring of %s", feature.path("properties").path("name"))
                            .isGreaterThanOrEqualTo(4);
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    for (int i = 0; i < ring.size(); i++) {
                        JsonNode p = ring.get(i);
                        assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
                        assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
                        boolean alongPole = Math.abs(p.get(1).asDouble()) == 90
                                && i > 0
                                && Math.abs(ring.get(i - 1).get(1).asDouble()) == 90;
                        if (i > 0 && !alongPole) {
                            // an edge longer than half the world is a ring crossing the antimeridian, drawn flat
                            assertThat(Math.abs(p.get(0).asDouble()
                                            - ring.get(i - 1).get(0).asDouble()))
                                    .as("edge in %s", feature.path("properties").path("name"))
                                    .isLessThanOrEqualTo(180.0);
                        }
                    }
                }
            }
        }

        assertThat(countriesAt(map, 32.8597, 39.9006)).containsExactly("Turkey"); // Ankara
        assertThat(countriesAt(map, 37.6173, 55.7558)).containsExactly("Russia"); // Moscow
        assertThat(countriesAt(map, -77.0369, 38.9072)).containsExactly("United States of America"); // Washington
        assertThat(countriesAt(map, 18.4241, -33.9249)).containsExactly("South Africa"); // Cape Town
        assertThat(countriesAt(map, -30.0, 30.0)).isEmpty(); // mid-Atlantic
        assertThat(countriesAt(map, -175.0, 66.0)).containsExactly("Russia"); // Chukotka, east of 180
        assertThat(countriesAt(map, 0.0, -85.0)).containsExactly("Antarctica"); // around the South Pole
    }

    @Test
    void simplificationKeepsEndsAndDropsPointsWithinTolerance() {
        double[][] line = {{0, 0}, {1, 0.001}, {2, -0.001}, {3, 0}, {3, 5}};
        double[][] simplified = BaseMapBuilder.simplify(line, 0.01);
        assertThat(simplified).isDeepEqualTo(new double[][] {{0, 0}, {3, 0}, {3, 5}});
    }

    @Test
    void aRingAcrossTheAntimeridianBecomesTwoFlatPolygons() {
        List<double[]> ring = List.of(
                new double[] {170, 60},
                new double[] {-170, 60},
                new double[] {-170, 70},
                new double[] {170, 70},
                new double[] {170, 60});
        List<List<List<double[]>>> planar = BaseMapBuilder.planar(List.of(ring));
        assertThat(planar).hasSize(2);
        assertThat(planar.get(0).get(0)).allSatisfy(p -> assertThat(p[0]).isBetween(170.0, 180.0));
        assertThat(planar.get(1).get(0)).allSatisfy(p -> assertThat(p[0]).isBetween(-180.0, -170.0));
    }

    private static List<String> countriesAt(JsonNode map, double lon, double lat) {
        List<String> names = new ArrayList<>();
        for (JsonNode feature : map.path("features")) {
            for (JsonNode polygon : feature.path("geometry").path("coordinates")) {
                boolean inside = false;
                for (JsonNode ring : polygon) {
                    // even-odd over all rings of the polygon: holes flip it back
                    if (inRing(ring, lon, lat)) {
                        inside = !inside;
                    }
                }
                if (inside) {
                    names.add(feature.path("properties").path("name").asString());
                    break;
                }
            }
        }
        return names;
    }

    private static boolean inRing(JsonNode ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i).get(0).asDouble();
            double yi = ring.get(i).get(1).asDouble();
            double xj = ring.get(j).get(0).asDouble();
            double yj = ring.get(j).get(1).asDouble();
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
