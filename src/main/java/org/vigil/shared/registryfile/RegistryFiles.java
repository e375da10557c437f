package org.vigil.shared.registryfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the registry file of the analysis contract, checking everything before anything is used. */
public final class RegistryFiles {

    /** Entity ids: lower or upper case letters, digits, dot, dash and underscore; 1 to 100 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The largest registry file accepted (a ministry's registry is far smaller). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Set<String> COUNTRIES = countries();
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RegistryFiles() {}

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code (upper case). */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Parses a registry file whose people may refer only to missions in the same file. */
    public static RegistryFile parse(InputStream in) throws InvalidRegistryException {
        return parse(in, id -> false);
    }

    /**
     * Parses a registry file.
     *
     * @param knownMissions missions that exist elsewhere (e.g. already in the database) and that people may
     *     refer to besides the file's own
     * @throws InvalidRegistryException listing every problem found, when there is any
     */
    public static RegistryFile parse(InputStream in, Predicate<String> knownMissions) throws InvalidRegistryException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidRegistryException(List.of(new RegistryProblem(
                    "file",
                    "",
                    "not valid JSON: " + e.getOriginalMessage() + " (at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")")));
        }
        return validate(root, knownMissions);
    }

    /** Checks a parsed JSON tree; see {@link #parse(InputStream, Predicate)}. */
    public static RegistryFile validate(JsonNode root, Predicate<String> knownMissions)
            throws InvalidRegistryException {
        List<RegistryProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidRegistryException(List.of(
                    new RegistryProblem("file", "", "expected a JSON object with \"missions\" and \"people\" arrays")));
        }
        if (!root.has("missions") && !root.has("people")) {
            problems.add(new RegistryProblem("file", "", "has neither \"missions\" nor \"people\": nothing to read"));
        }
        List<MissionEntry> missions = new ArrayList<>();
        Set<String> missionIds = new HashSet<>();
        for (JsonNode m : array(root, "missions", problems)) {
            String where = "missions[" + missions.size() + "]";
            Checker c = new Checker(where, m, problems);
            String id = c.id();
            if (id != null && !missionIds.add(id)) {
                c.problem("id", "duplicate mission id \"" + id + "\"");
            }
            MissionKind kind = c.enumValue("kind", MissionKind.class, true);
            String name = c.text("name", true);
            String sending = c.country("sendingCountry");
            String host = c.country("hostCountry");
            String city = c.text("city", false);
            GeoPoint location = c.location();
            List<String> aliases = c.strings("aliases");
            missions.add(new MissionEntry(id, kind, name, sending, host, city, location, aliases));
        }
        List<PersonEntry> people = new ArrayList<>();
        Set<String> personIds = new HashSet<>();
        for (JsonNode p : array(root, "people", problems)) {
            String where = "people[" + people.size() + "]";
            Checker c = new Checker(where, p, problems);
            String id = c.id();
            if (id != null && !personIds.add(id)) {
                c.problem("id", "duplicate person id \"" + id + "\"");
            }
            String name = c.text("name", true);
            PersonRole role = c.enumValue("role", PersonRole.class, true);
            String missionId = c.text("missionId", false);
            if (missionId != null && !missionIds.contains(missionId) && !knownMissions.test(missionId)) {
                c.problem("missionId", "no mission \"" + missionId + "\" in this file or the registry");
            }
            List<String> aliases = c.strings("aliases");
            List<String> accounts = c.strings("accounts");
            people.add(new PersonEntry(id, name, role, missionId, aliases, accounts));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistryException(problems);
        }
        return new RegistryFile(missions, people);
    }

    /** Writes a registry file in the contract's format, missions first, fields in the contract's order. */
    public static void write(RegistryFile file, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode missions = root.putArray("missions");
        for (MissionEntry m : file.missions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", m.id());
            o.put("kind", m.kind().name());
            o.put("name", m.name());
            o.put("sendingCountry", m.sendingCountry());
            o.put("hostCountry", m.hostCountry());
            if (m.city() != null) {
                o.put("city", m.city());
            }
            if (m.location() != null) {
                o.put(
                        "location",
                        Map.of("lat", m.location().lat(), "lon", m.location().lon()));
            }
            o.put("aliases", m.aliases());
            missions.add(JSON.valueToTree(o));
        }
        ArrayNode people = root.putArray("people");
        for (PersonEntry p : file.people()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("role", p.role().name());
            if (p.missionId() != null) {
                o.put("missionId", p.missionId());
            }
            o.put("aliases", p.aliases());
            o.put("accounts", p.accounts());
            people.add(JSON.valueToTree(o));
        }
        JSON.writeValue(out, root);
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, List<RegistryProblem> problems) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problems.add(new RegistryProblem("file", field, "must be an array, got " + n.getNodeType()));
            return List.of();
        }
        return n;
    }

    private static Set<String> countries() {
        Set<String> s = new HashSet<>(Set.of(Locale.getISOCountries()));
        s.add("XK"); // Kosovo: user-assigned, but used by the EU, the IMF and most registries
        return Set.copyOf(s);
    }

    /** Checks the fields of one entry, adding a problem for each fault. */
    private static final class Checker {
        private String where;
        private final JsonNode node;
        private final List<RegistryProblem> problems;

        Checker(String where, JsonNode node, List<RegistryProblem> problems) {
            this.where = where;
            this.node = node;
            this.problems = problems;
            if (!node.isObject()) {
                problem("", "must be a JSON object, got " + node.getNodeType());
            }
        }

        void problem(String field, String reason) {
            problems.add(new RegistryProblem(where, field, reason));
        }

        String id() {
            if (!node.isObject()) {
                return null;
            }
            String id = text("id", true);
            if (id != null && !ID.matcher(id).matches()) {
                problem(
                        "id",
                        "\"" + id + "\" is not a valid id: use 1 to 100 letters, digits, '.', '-' or '_', "
                                + "starting with a letter or digit");
                return null;
            }
            if (id != null) {
                where = where + " (" + id + ")";
            }
            return id;
        }

        String text(String field, boolean required) {
            if (!node.isObject()) {
                return null;
            }
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(field, "is required");
                }
                return null;
            }
            if (!v.isString()) {
                problem(field, "must be a string, got " + v.getNodeType());
                return null;
            }
            String s = v.asString().strip();
            if (s.isEmpty()) {
                if (required) {
                    problem(field, "must not be blank");
                }
                return null;
            }
            if (s.length() > 500) {
                problem(field, "is " + s.length() + " characters long; at most 500 are allowed");
                return null;
            }
            return s;
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                problem(field, "\"" + s + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        String country(String field) {
            String s = text(field, true);
            if (s != null && !isCountryCode(s)) {
                problem(
                        field,
                        "\"" + s + "\" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. TR)");
                return null;
            }
            return s;
        }

        GeoPoint location() {
            if (!node.isObject()) {
                return null;
            }
            JsonNode v = node.get("location");
            if (v == null || v.isNull()) {
                return null;
            }
            JsonNode lat = v.get("lat");
            JsonNode lon = v.get("lon");
            if (!v.isObject() || lat == null || lon == null || !lat.isNumber() || !lon.isNumber()) {
                problem("location", "must be an object with numeric \"lat\" and \"lon\"");
                return null;
            }
            try {
                return new GeoPoint(lat.asDouble(), lon.asDouble());
            } catch (IllegalArgumentException e) {
                problem("location", e.getMessage());
                return null;
            }
        }

        List<String> strings(String field) {
            if (!node.isObject()) {
                return List.of();
            }
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(field, "must be an array of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            int i = 0;
            for (JsonNode e : v) {
                if (!e.isString() || e.asString().isBlank()) {
                    problem(field + "[" + i + "]", "must be a non-blank string");
                } else {
                    out.add(e.asString().strip());
                }
                i++;
            }
            return out;
        }
    }
}
