package org.vigil.signals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.analysis.Place;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Countries;
import org.vigil.registry.CountryView;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;
import org.vigil.shared.Scope;
import org.vigil.shared.web.Csv;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.GeoJson;
import org.vigil.signals.SignalFilter;
import org.vigil.signals.SignalView;
import org.vigil.signals.Signals;

/**
 * Signals as files: CSV for a spreadsheet and GeoJSON (RFC 7946) for a GIS, with the list's filters, from the list
 * page ({@code /signals/export.*}) and the API ({@code /api/v1/signals/export.*}). Both read through
 * {@link Signals} with the caller's scope, so an export holds what the list would show and no more. Each export
 * is one audit entry (who took which signals out, how many).
 */
@RestController
@Tag(name = "Signals")
@NeedToKnow(value = Kind.MISSION_SCOPED, why = "the rows come from Signals.export(Scope.current(), ...)")
class SignalExports {

    private final Signals signals;
    private final Missions missions;
    private final Countries countries;
    private final AuditTrail audit;
    private final Clock clock;

    SignalExports(Signals signals, Missions missions, Countries countries, AuditTrail audit, Clock clock) {
        this.signals = signals;
        this.missions = missions;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(
            value = {"/signals/export.csv", "/api/v1/signals/export.csv"},
            produces = Csv.MEDIA_TYPE)
    @Operation(
            summary = "Signals as CSV",
            description = "The list's filters; sort=severity (default) or newest; at most 10,000 rows.")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort) {
        Scope scope = Scope.current();
        SignalFilter filter = filter(missionId, personId, level, category, language, from, to, q);
        List<SignalView> rows = signals.export(scope, filter, Signals.Order.of(sort, Signals.Order.SEVERITY));
        Map<String, String> names = missionNames(scope);
        Csv csv = new Csv(List.of(
                "id",
                "level",
                "score",
                "categories",
                "status",
                "missions",
                "language",
                "source",
                "detected",
                "excerpt"));
        for (SignalView s : rows) {
            csv.row(Arrays.asList(
                    s.id(),
                    s.level().name(),
                    String.format(java.util.Locale.ROOT, "%.2f", s.score()),
                    s.categories().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    s.status(),
                    s.missionIds().stream().map(m -> names.getOrDefault(m, m)).collect(Collectors.joining("; ")),
                    s.language(),
                    s.sourceId(),
                    s.createdAt(),
                    s.excerpt()));
        }
        audit.record("EXPORT", "SIGNAL", "csv", null, new Exported(filter, rows.size()));
        return GeoJson.csvDownload(csv.toString(), "signals", clock);
    }

    @GetMapping(
            value = {"/signals/export.geojson", "/api/v1/signals/export.geojson"},
            produces = GeoJson.MEDIA_TYPE)
    @Operation(
            summary = "Signals with places as GeoJSON (RFC 7946)",
            description = "One Feature per signal whose text names a place: a Point (or MultiPoint) at each named"
                    + " place's country (the country's reference point in the registry), the places, level, score, status and missions as"
                    + " properties. The list's filters apply; at most 10,000 signals.")
    ResponseEntity<Map<String, Object>> geojson(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort) {
        Scope scope = Scope.current();
        SignalFilter filter = filter(missionId, personId, level, category, language, from, to, q);
        Map<String, String> names = missionNames(scope);
        GeoJson out = new GeoJson();
        for (SignalView s : signals.export(scope, filter, Signals.Order.of(sort, Signals.Order.SEVERITY))) {
            List<Place> places = signals.places(s.id());
            if (places.isEmpty()) {
                continue;
            }
            List<List<Double>> positions = new ArrayList<>();
            List<Map<String, Object>> named = new ArrayList<>();
            for (Place p : places) {
                CountryView c = p.country() == null || p.country().isBlank()
                        ? null
                        : countries.find(p.country()).orElse(null);
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("text", p.text());
                place.put("country", c == null ? p.country() : c.name());
                place.put("countryCode", p.country());
                named.add(place);
                if (c != null && c.lat() != null && c.lon() != null) {
                    List<Double> at = GeoJson.position(c.lat(), c.lon());
                    if (!positions.contains(at)) {
                        positions.add(at);
                    }
                }
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("level", s.level().name());
            props.put("score", Math.round(s.score() * 100) / 100.0);
            props.put("categories", s.categories().stream().map(Enum::name).toList());
            props.put("status", s.status());
            props.put(
                    "missions",
                    s.missionIds().stream().map(m -> names.getOrDefault(m, m)).toList());
            props.put("missionIds", s.missionIds());
            props.put("places", named);
            props.put("detected", s.createdAt().toString());
            props.put("excerpt", s.excerpt());
            props.put("url", "/signals/" + s.id());
            out.feature(s.id(), GeoJson.points(positions), props);
        }
        audit.record("EXPORT", "SIGNAL", "geojson", null, new Exported(filter, out.size()));
        return out.download("signals", clock);
    }

    record Exported(SignalFilter filter, int rows) {}

    private Map<String, String> missionNames(Scope scope) {
        return missions.all(scope).stream().collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a));
    }

    static SignalFilter filter(
            String missionId,
            String personId,
            String level,
            String category,
            String language,
            String from,
            String to,
            String q) {
        String text = FormValues.blankToNull(q);
        if (text != null && text.length() > 200) {
            throw new org.vigil.shared.InvalidInputException("q", "at most 200 characters");
        }
        return new SignalFilter(
                FormValues.blankToNull(missionId),
                FormValues.blankToNull(personId),
                enumValue(ThreatLevel.class, "level", level),
                enumValue(ThreatCategory.class, "category", category),
                FormValues.blankToNull(language),
                date("from", from),
                date("to", to),
                text);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.vigil.shared.InvalidInputException(
                    field, "one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value.strip() + "'");
        }
    }

    private static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.vigil.shared.InvalidInputException(field, "a day as YYYY-MM-DD, not '" + value.strip() + "'");
        }
    }
}
