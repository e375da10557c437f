package org.vigil.web.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the Natural Earth admin-0 country shapes (world-atlas TopoJSON) into the GeoJSON base layer that the map
 * page draws, so that the map needs no tile server. Run once when the source changes (see docs/pages.md); the
 * result is committed under {@code src/main/resources/static/map/}.
 *
 * <p>Arcs are decoded (delta and quantisation), simplified with Douglas-Peucker and rounded <em>per arc</em>,
 * before rings are stitched together: a border shared by two countries is simplified once, so neighbours still
 * meet exactly and no slivers appear between them.
 */
public final class BaseMapBuilder {

    /** Simplification tolerance in degrees (about 2 km at the equator): invisible at world and region zoom. */
    static final double TOLERANCE = 0.02;
    /** Two decimals of a degree: about 1 km, finer than a pixel until zoom level 7. */
    static final int DECIMALS = 2;

    private BaseMapBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BaseMapBuilder SOURCE.topo.json TARGET.geojson");
            System.exit(2);
        }
        Path target = Path.of(args[1]);
        Files.writeString(target, build(Path.of(args[0])), StandardCharsets.UTF_8);
        System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
    }

    /** The GeoJSON FeatureCollection text for the {@code countries} object of a world-atlas TopoJSON file. */
    public static String build(Path topoJson) throws IOException {
        JsonNode topo = JsonMapper.builder().build().readTree(Files.readString(topoJson, StandardCharsets.UTF_8));
        if (!"Topology".equals(topo.path("type").asString(""))) {
            throw new IllegalArgumentException(topoJson + " is not a TopoJSON Topology (no \"type\": \"Topology\")");
        }
        JsonNode countries = topo.path("objects").path("countries");
        if (!countries.isObject()) {
            throw new IllegalArgumentException(
                    topoJson + " has no objects.countries: use world-atlas countries-50m.json");
        }
        List<double[][]> arcs = decodeArcs(topo);
        List<double[][]> simplified = new ArrayList<>(arcs.size());
        for (double[][] arc : arcs) {
            simplified.add(round(simplify(arc, TOLERANCE)));
        }
        List<double[][]> rounded = new ArrayList<>(arcs.size());
        for (double[][] arc : arcs) {
            rounded.add(round(arc));
        }

        StringBuilder out = new StringBuilder(1 << 20);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean firstFeature = true;
        for (JsonNode geometry : countries.path("geometries")) {
            String type = geometry.path("type").asString("");
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                continue; // a country with no shape at this scale
            }
            List<JsonNode> polygons = new ArrayList<>();
            if (type.equals("Polygon")) {
                polygons.add(geometry.path("arcs"));
            } else {
                geometry.path("arcs").forEach(polygons::add);
            }
            StringBuilder coords = new StringBuilder();
            int written = 0;
            for (JsonNode polygon : polygons) {
                List<List<double[]>> rings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    List<double[]> points = stitch(ring, simplified);
                    if (points.size() < 4) {
                        // a small island that simplification flattened: keep its full detail instead
                        points = stitch(ring, rounded);
                    }
                    rings.add(points);
                }
                for (List<List<double[]>> planar : planar(rings)) {
                    StringBuilder text = new StringBuilder();
                    int ringCount = 0;
                    for (List<double[]> points : planar) {
                        if (points.size() < 4) {
                            continue;
                        }
                        text.append(ringCount++ == 0 ? "" : ",");
                        appendRing(text, points);
                    }
                    if (ringCount > 0) {
                        coords.append(written++ == 0 ? "" : ",")
                                .append('[')
                                .append(text)
                                .append(']');
                    }
                }
            }
            if (written == 0) {
                continue;
            }
            out.append(firstFeature ? "" : ",");
            firstFeature = false;
            out.append("{\"type\":\"Feature\",\"id\":\"")
                    .append(escape(geometry.path("id").asString("")))
                    .append("\",\"properties\":{\"name\":\"")
                    .append(escape(geometry.path("properties").path("name").asString("")))
                    .append("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[")
                    .append(coords)
                    .append("]}}\n");
        }
        out.append("]}\n");
        return out.toString();
    }

    private static List<double[][]> decodeArcs(JsonNode topo) {
        JsonNode transform = topo.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = transform.isObject();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode p : arc) {
                if (quantized) {
                    x += p.path(0).asLong();
                    y += p.path(1).asLong();
                    points[i++] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    points[i++] = new double[] {p.path(0).asDouble(), p.path(1).asDouble()};
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** A ring from its arc indexes; {@code ~i} (negative) means arc i reversed, and joints are not repeated. */
    private static List<double[]> stitch(JsonNode ring, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : ring) {
            int i = index.asInt();
            double[][] arc = arcs.get(i < 0 ? ~i : i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i < 0 ? arc.length - 1 - k : k];
                if (!points.isEmpty() && k == 0) {
                    continue;
                }
                if (!points.isEmpty() && same(points.getLast(), p)) {
                    continue;
                }
                points.add(p);
            }
        }
        if (!points.isEmpty() && !same(points.getFirst(), points.getLast())) {
            points.add(points.getFirst());
        }
        return points;
    }

    /**
     * The source is spherical: a ring may cross the antimeridian (Chukotka, Fiji) or circle a pole (Antarctica),
     * which a flat map would draw as lines across the whole world. Each ring is unwrapped into continuous
     * longitudes, a ring around a pole is closed along that pole, and what lies beyond +-180 degrees is cut off
     * and moved to the other side: one spherical polygon becomes one or two flat ones.
     */
    static List<List<List<double[]>>> planar(List<List<double[]>> rings) {
        List<List<double[]>> unwrapped = new ArrayList<>();
        for (List<double[]> ring : rings) {
            if (ring.size() < 4 || ring.stream().allMatch(p -> Math.abs(p[1]) >= 89.99)) {
                continue; // a degenerate ring along a pole: no area on a flat map
            }
            List<double[]> out = new ArrayList<>(ring.size() + 3);
            double shift = 0;
            double[] previous = null;
            for (double[] p : ring) {
                if (previous != null) {
                    double d = p[0] + shift - previous[0];
                    shift -= 360 * Math.round(d / 360);
                }
                previous = new double[] {p[0] + shift, p[1]};
                out.add(previous);
            }
            double[] first = out.getFirst();
            double[] last = out.getLast();
            if (Math.abs(last[0] - first[0]) > 180) {
                // the ring went once around the globe: it encloses a pole, so close it along that pole
                double pole = ring.stream().mapToDouble(p -> p[1]).average().orElse(0) < 0 ? -90 : 90;
                out.add(new double[] {last[0], pole});
                out.add(new double[] {first[0], pole});
                out.add(first);
                double west = Math.min(first[0], last[0]);
                if (west < -180) {
                    // keep the ring's span within [-180, 180] so that no clipping is needed
                    out.replaceAll(p -> new double[] {p[0] + 360, p[1]});
                } else if (Math.max(first[0], last[0]) > 180) {
                    out.replaceAll(p -> new double[] {p[0] - 360, p[1]});
                }
            }
            unwrapped.add(out);
        }
        double min = unwrapped.stream()
                .flatMap(List::stream)
                .mapToDouble(p -> p[0])
                .min()
                .orElse(0);
        double max = unwrapped.stream()
                .flatMap(List::stream)
                .mapToDouble(p -> p[0])
                .max()
                .orElse(0);
        if (min >= -180 && max <= 180) {
            return List.of(unwrapped);
        }
        double edge = max > 180 ? 180 : -180;
        List<List<double[]>> inside = new ArrayList<>();
        List<List<double[]>> beyond = new ArrayList<>();
        for (List<double[]> ring : unwrapped) {
            inside.add(clip(ring, edge, edge > 0));
            List<double[]> over = clip(ring, edge, edge < 0);
            over.replaceAll(p -> new double[] {p[0] - Math.signum(edge) * 360, p[1]});
            beyond.add(over);
        }
        return List.of(inside, beyond);
    }

    /** Sutherland-Hodgman against the meridian x = edge, keeping x <= edge (west) or x >= edge. */
    private static List<double[]> clip(List<double[]> ring, double edge, boolean keepWest) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(i + 1);
            boolean aIn = keepWest ? a[0] <= edge : a[0] >= edge;
            boolean bIn = keepWest ? b[0] <= edge : b[0] >= edge;
            if (aIn) {
                out.add(a);
            }
            if (aIn != bIn) {
                double t = (edge - a[0]) / (b[0] - a[0]);
                out.add(new double[] {edge, Math.round((a[1] + t * (b[1] - a[1])) * 100) / 100.0});
            }
        }
        List<double[]> closed = new ArrayList<>();
        for (double[] p : out) {
            if (closed.isEmpty() || !same(closed.getLast(), p)) {
                closed.add(p);
            }
        }
        if (!closed.isEmpty() && !same(closed.getFirst(), closed.getLast())) {
            closed.add(closed.getFirst());
        }
        return closed;
    }

    static double[][] simplify(double[][] points, double tolerance) {
        if (points.length <= 2) {
            return points;
        }
        boolean[] keep = new boolean[points.length];
        keep[0] = true;
        keep[points.length - 1] = true;
        douglasPeucker(points, 0, points.length - 1, tolerance, keep);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            if (keep[i]) {
                kept.add(points[i]);
            }
        }
        return kept.toArray(double[][]::new);
    }

    private static void douglasPeucker(double[][] p, int first, int last, double tolerance, boolean[] keep) {
        // iterative on an explicit stack: long coastlines would otherwise recurse thousands deep
        int[] stack = new int[2 * p.length];
        int top = 0;
        stack[top++] = first;
        stack[top++] = last;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            double max = -1;
            int index = -1;
            for (int i = a + 1; i < b; i++) {
                double d = distance(p[i], p[a], p[b]);
                if (d > max) {
                    max = d;
                    index = i;
                }
            }
            if (index >= 0 && max > tolerance) {
                keep[index] = true;
                stack[top++] = a;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = b;
            }
        }
    }

    /** Distance from p to the segment a-b (to the point a when the segment is closed, as for an island arc). */
    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        double t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    }

    private static double[][] round(double[][] points) {
        double factor = Math.pow(10, DECIMALS);
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] =
                    new double[] {Math.round(points[i][0] * factor) / factor, Math.round(points[i][1] * factor) / factor
                    };
        }
        return out;
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    private static void appendRing(StringBuilder out, List<double[]> points) {
        out.append('[');
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            out.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(number(p[0]))
                    .append(',')
                    .append(number(p[1]))
                    .append(']');
        }
        out.append(']');
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%." + DECIMALS + "f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
