package org.vigil.conflict.formats;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.ingest.Parsed;

/**
 * Importers for the three conflict-event sources. Each reads its file as a stream and maps every record to a
 * {@link ConflictEvent} with an ISO alpha-2 country, or to a reject with its line and reason:
 * <ul>
 * <li>UCDP GED, as JSON lines or CSV, in both the published GED vocabulary (id, date_start, country_id, country,
 * where_coordinates, adm_1, latitude, longitude, side_a, side_b, type_of_violence, best) and the automated event
 * candidates' one (start_date, location_root_name, location_where_name, side_a_name, side_b_name, deaths_*).
 * The country comes from country_id (Gleditsch-Ward) when present, else from the country name.</li>
 * <li>ACLED exports: CSV with ACLED's 31 named columns; the country from the numeric ISO code, else the name.</li>
 * <li>GDELT 2.0 events: 61 tab-separated columns; the country from ActionGeo_CountryCode (FIPS 10-4). Only the
 * CAMEO roots of violence and unrest are kept by default (14 protest, 18 assault, 19 fight, 20 mass violence);
 * other events are skipped and counted.</li>
 * </ul>
 */
public final class ConflictEventImporters {

    /** CAMEO root codes of the events Vigil follows, with the codebook's names. */
    public static final Map<String, String> CONFLICT_ROOTS =
            Map.of("14", "protest", "18", "assault", "19", "fight", "20", "unconventional mass violence");

    /** The 31 columns of an ACLED export, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of(
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp");

    /** The 61 columns of a GDELT 2.0 event record, in the codebook's order. */
    public static final List<String> GDELT_COLUMNS = List.of(
            "GLOBALEVENTID",
            "SQLDATE",
            "MonthYear",
            "Year",
            "FractionDate",
            "Actor1Code",
            "Actor1Name",
            "Actor1CountryCode",
            "Actor1KnownGroupCode",
            "Actor1EthnicCode",
            "Actor1Religion1Code",
            "Actor1Religion2Code",
            "Actor1Type1Code",
            "Actor1Type2Code",
            "Actor1Type3Code",
            "Actor2Code",
            "Actor2Name",
            "Actor2CountryCode",
            "Actor2KnownGroupCode",
            "Actor2EthnicCode",
            "Actor2Religion1Code",
            "Actor2Religion2Code",
            "Actor2Type1Code",
            "Actor2Type2Code",
            "Actor2Type3Code",
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone",
            "Actor1Geo_Type",
            "Actor1Geo_FullName",
            "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat",
            "Actor1Geo_Long",
            "Actor1Geo_FeatureID",
            "Actor2Geo_Type",
            "Actor2Geo_FullName",
            "Actor2Geo_CountryCode",
            "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat",
            "Actor2Geo_Long",
            "Actor2Geo_FeatureID",
            "ActionGeo_Type",
            "ActionGeo_FullName",
            "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code",
            "ActionGeo_Lat",
            "ActionGeo_Long",
            "ActionGeo_FeatureID",
            "DATEADDED",
            "SOURCEURL");

    private static final Map<String, String> UCDP_VIOLENCE =
            Map.of("1", "state-based conflict", "2", "non-state conflict", "3", "one-sided violence");

    private final CountryCodes countries;

    public ConflictEventImporters(CountryCodes countries) {
        this.countries = countries;
    }

    public ConflictEventImporters() {
        this(CountryCodes.standard());
    }

    public EventStream ucdpJsonLines(InputStream in) {
        return new EventStream(FieldSources.jsonLines(in), this::ucdp);
    }

    public EventStream ucdpCsv(InputStream in) {
        return new EventStream(FieldSources.csvWithHeader(in, Set.of("id"), "a UCDP GED file"), this::ucdp);
    }

    public EventStream acledCsv(InputStream in) {
        return new EventStream(
                FieldSources.csvWithHeader(
                        in,
                        Set.of(
                                "event_id_cnty",
                                "event_date",
                                "event_type",
                                "country",
                                "iso",
                                "latitude",
                                "longitude",
                                "fatalities"),
                        "an ACLED export"),
                this::acled);
    }

    public EventStream gdelt(InputStream in) {
        return gdelt(in, CONFLICT_ROOTS.keySet());
    }

    /** GDELT events with the given CAMEO root codes ("14", "18", ...); the others are skipped. */
    public EventStream gdelt(InputStream in, Set<String> rootCodes) {
        return new EventStream(
                FieldSources.tsvByPosition(
                        in,
                        GDELT_COLUMNS,
                        n -> n == 57 || n == 58
                                ? " (this looks like a GDELT 1.0 file, which has 57 or 58; use the GDELT 2.0 event export)"
                                : " as GDELT 2.0 event records have"),
                f -> gdelt(f, rootCodes));
    }

    private Optional<Parsed<ConflictEvent>> ucdp(Fields f) {
        try {
            String id = f.get("id");
            if (id.isEmpty()) {
                return reject(f, "id is missing");
            }
            LocalDate date = Values.date(f, "date_start", "start_date");
            String country;
            if (f.has("country_id")) {
                // GED gives "country_id" as one number, or several joined by commas for events on a border
                String first = f.get("country_id").split("[,;\\s]+")[0];
                Optional<String> byGw = countries.fromGleditschWard(first);
                if (byGw.isEmpty()) {
                    return reject(
                            f,
                            "country_id " + f.get("country_id") + " is not a Gleditsch-Ward number with a "
                                    + "present-day ISO country");
                }
                country = byGw.get();
            } else {
                String name = Values.firstOf(f, "country", "location_root_name");
                Optional<String> byName = countries.fromName(name);
                if (byName.isEmpty()) {
                    return reject(
                            f,
                            name.isEmpty()
                                    ? "the country is missing (country_id, country or " + "location_root_name)"
                                    : "the country '" + name + "' is not known; add it to "
                                            + "country-aliases.tsv if it is a real spelling");
                }
                country = byName.get();
            }
            String place = Values.firstOf(
                    f,
                    "where_coordinates",
                    "location_where_name",
                    "adm_2",
                    "location_adm2_name",
                    "adm_1",
                    "location_adm1_name");
            Optional<double[]> coordinates = Values.coordinates(f, "latitude", "longitude");
            String violence = f.get("type_of_violence");
            String type = UCDP_VIOLENCE.getOrDefault(violence, "organized violence");
            Integer fatalities = Values.count(f, "best");
            if (fatalities == null && f.has("deaths_side_a")) {
                int sum = 0;
                for (String part : List.of("deaths_side_a", "deaths_side_b", "deaths_civilian", "deaths_unknown")) {
                    Integer n = Values.count(f, part);
                    sum += n == null ? 0 : n;
                }
                fatalities = sum;
            }
            if (fatalities == null) {
                fatalities = Values.count(f, "deaths_low");
            }
            return accept(new ConflictEvent(
                    EventSource.UCDP_GED,
                    id,
                    date,
                    country,
                    place,
                    coordinates.map(c -> c[0]).orElse(null),
                    coordinates.map(c -> c[1]).orElse(null),
                    type,
                    f.get("dyad_name"),
                    Values.actors(f, "side_a", "side_a_name", "side_b", "side_b_name"),
                    fatalities));
        } catch (Values.Bad e) {
            return reject(f, e.getMessage());
        }
    }

    private Optional<Parsed<ConflictEvent>> acled(Fields f) {
        try {
            String id = f.get("event_id_cnty");
            if (id.isEmpty()) {
                return reject(f, "event_id_cnty is missing");
            }
            LocalDate date = Values.date(f, "event_date");
            Optional<String> country = countries.fromIsoNumeric(f.get("iso"));
            if (country.isEmpty()) {
                country = countries.fromName(f.get("country"));
            }
            if (country.isEmpty()) {
                return reject(
                        f,
                        "neither iso '" + f.get("iso") + "' nor country '" + f.get("country")
                                + "' names a known country");
            }
            if (!f.has("event_type")) {
                return reject(f, "event_type is missing");
            }
            Optional<double[]> coordinates = Values.coordinates(f, "latitude", "longitude");
            if (coordinates.isEmpty()) {
                return reject(f, "latitude and longitude are missing; every ACLED event has them");
            }
            Integer fatalities = Values.count(f, "fatalities");
            if (fatalities == null) {
                return reject(f, "fatalities is empty; ACLED writes 0 when no one died");
            }
            String place = f.get("location");
            if (f.has("admin1") && !place.equalsIgnoreCase(f.get("admin1"))) {
                place = place.isEmpty() ? f.get("admin1") : place + ", " + f.get("admin1");
            }
            return accept(new ConflictEvent(
                    EventSource.ACLED,
                    id,
                    date,
                    country.get(),
                    place,
                    coordinates.get()[0],
                    coordinates.get()[1],
                    f.get("event_type"),
                    f.get("sub_event_type"),
                    Values.actors(f, "actor1", "assoc_actor_1", "actor2", "assoc_actor_2"),
                    fatalities));
        } catch (Values.Bad e) {
            return reject(f, e.getMessage());
        }
    }

    private Optional<Parsed<ConflictEvent>> gdelt(Fields f, Set<String> rootCodes) {
        try {
            String id = f.get("GLOBALEVENTID");
            if (id.isEmpty() || !Values.allDigits(id)) {
                return reject(f, "GLOBALEVENTID '" + id + "' is not a number");
            }
            String root = f.get("EventRootCode");
            if (root.length() != 2 || !Values.allDigits(root)) {
                return reject(f, "EventRootCode '" + root + "' is not a two-digit CAMEO root code");
            }
            LocalDate date = Values.date(f, "SQLDATE");
            if (!rootCodes.contains(root)) {
                return Optional.empty();
            }
            String fips = f.get("ActionGeo_CountryCode");
            if (fips.isEmpty()) {
                return reject(f, "ActionGeo_CountryCode is empty: the event has no place");
            }
            Optional<String> country = countries.fromFips(fips);
            if (country.isEmpty()) {
                return reject(
                        f,
                        "ActionGeo_CountryCode '" + fips + "' is not a FIPS 10-4 country code with an ISO "
                                + "country");
            }
            Optional<double[]> coordinates = Values.coordinates(f, "ActionGeo_Lat", "ActionGeo_Long");
            return accept(new ConflictEvent(
                    EventSource.GDELT,
                    id,
                    date,
                    country.get(),
                    f.get("ActionGeo_FullName"),
                    coordinates.map(c -> c[0]).orElse(null),
                    coordinates.map(c -> c[1]).orElse(null),
                    CONFLICT_ROOTS.getOrDefault(root, "CAMEO " + root),
                    f.get("EventCode"),
                    Values.actors(f, "Actor1Name", "Actor2Name"),
                    null));
        } catch (Values.Bad e) {
            return reject(f, e.getMessage());
        }
    }

    private static Optional<Parsed<ConflictEvent>> accept(ConflictEvent event) {
        return Optional.of(Parsed.accepted(event));
    }

    private static Optional<Parsed<ConflictEvent>> reject(Fields f, String reason) {
        return Optional.of(Parsed.rejected(f.line(), reason, f.raw()));
    }
}
