package org.vigil.conflict.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.StreamingInput;

class ConflictEventImportersTest {

    final ConflictEventImporters importers = new ConflictEventImporters();

    static InputStream resource(String name) {
        return ConflictEventImportersTest.class.getResourceAsStream("/ingest/events/" + name);
    }

    static List<ConflictEvent> events(List<Parsed<ConflictEvent>> all) {
        return all.stream()
                .<ConflictEvent>mapMulti((p, out) -> {
                    if (p instanceof Parsed.Accepted<ConflictEvent> a) {
                        out.accept(a.item());
                    }
                })
                .toList();
    }

    static List<Reject> rejects(List<Parsed<ConflictEvent>> all) {
        return all.stream()
                .<Reject>mapMulti((p, out) -> {
                    if (p instanceof Parsed.Rejected<ConflictEvent> r) {
                        out.accept(r.reject());
                    }
                })
                .toList();
    }

    @Test
    void realUcdpRowsAllMapToIsoCountries() throws IOException {
        List<Parsed<ConflictEvent>> all;
        try (InputStream in = resource("ucdp-aec-sample.jsonl")) {
            all = importers.ucdpJsonLines(in).stream().toList();
        }
        assertThat(rejects(all)).isEmpty();
        List<ConflictEvent> events = events(all);
        assertThat(events).hasSize(325);
        Map<String, Long> byCountry =
                events.stream().collect(Collectors.groupingBy(ConflictEvent::countryCode, Collectors.counting()));
        assertThat(byCountry)
                .containsKeys("SY", "MX", "MM", "NG", "AF", "YE", "CD", "SZ", "CI", "RU", "GB", "TR", "UA", "IL");
        assertThat(byCountry).hasSize(50);

        ConflictEvent first = events.get(0);
        assertThat(first.source()).isEqualTo(EventSource.UCDP_GED);
        assertThat(first.sourceId()).isEqualTo("384566");
        assertThat(first.date()).isEqualTo(LocalDate.of(2021, 2, 22));
        assertThat(first.countryCode()).isEqualTo("SY");
        assertThat(first.place()).isEqualTo("Baghuz Fawqani village");
        assertThat(first.actors()).containsExactly("IS", "SDF");
        assertThat(first.fatalities()).isZero();
        assertThat(first.lat()).isNull();
        ConflictEvent cameroon = events.get(1);
        assertThat(cameroon.countryCode()).isEqualTo("CM");
        assertThat(cameroon.fatalities()).isEqualTo(3);
    }

    @Test
    void ucdpGedCsvWithGleditschWardNumbers() throws IOException {
        List<Parsed<ConflictEvent>> all;
        try (InputStream in = resource("ucdp-ged-sample.csv")) {
            all = importers.ucdpCsv(in).stream().toList();
        }
        List<ConflictEvent> events = events(all);
        assertThat(events)
                .extracting(ConflictEvent::sourceId, ConflictEvent::countryCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("356789", "SY"),
                        org.assertj.core.groups.Tuple.tuple("356790", "TR"),
                        org.assertj.core.groups.Tuple.tuple("356791", "MX"));
        ConflictEvent saraqib = events.get(0);
        assertThat(saraqib.date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(saraqib.type()).isEqualTo("state-based conflict");
        assertThat(saraqib.subtype()).isEqualTo("Government of Syria - HTS");
        assertThat(saraqib.lat()).isEqualTo(35.8647);
        assertThat(saraqib.lon()).isEqualTo(36.8006);
        assertThat(saraqib.fatalities()).isEqualTo(21);
        assertThat(events.get(1).type()).isEqualTo("one-sided violence");
        assertThat(events.get(1).place()).isEqualTo("Istanbul city");

        assertThat(rejects(all))
                .extracting(Reject::line, Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r.toList()).containsExactly(5L, "best 'lots' is not a whole number"),
                        r -> assertThat((String) r.toList().get(1)).contains("country_id 265"),
                        r -> assertThat(r.toList()).containsExactly(7L, "id is missing"),
                        r -> assertThat((String) r.toList().get(1)).contains("'2020-02-31'"));
    }

    @Test
    void acledExportWithNumericIsoCodes() throws IOException {
        List<Parsed<ConflictEvent>> all;
        try (InputStream in = resource("acled-sample.csv")) {
            all = importers.acledCsv(in).stream().toList();
        }
        List<ConflictEvent> events = events(all);
        assertThat(events)
                .extracting(ConflictEvent::sourceId)
                .containsExactly("TUR12345", "SYR98765", "XKX001", "LBN300");
        ConflictEvent ankara = events.get(0);
        assertThat(ankara.countryCode()).isEqualTo("TR");
        assertThat(ankara.date()).isEqualTo(LocalDate.of(2020, 2, 6));
        assertThat(ankara.type()).isEqualTo("Protests");
        assertThat(ankara.subtype()).isEqualTo("Peaceful protest");
        assertThat(ankara.place()).isEqualTo("Ankara - Cankaya, Ankara");
        assertThat(ankara.actors())
                .containsExactly("Protesters (Turkey)", "IHH: Humanitarian Relief Foundation", "Students (Turkey)");
        assertThat(ankara.lat()).isEqualTo(39.9006);
        assertThat(ankara.fatalities()).isZero();
        assertThat(events.get(1).date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(events.get(1).countryCode()).isEqualTo("SY");
        assertThat(events.get(1).fatalities()).isEqualTo(8);
        assertThat(events.get(2).countryCode()).as("ACLED's iso 0 is Kosovo").isEqualTo("XK");
        assertThat(events.get(3).countryCode()).isEqualTo("LB");

        assertThat(rejects(all))
                .extracting(Reject::line, Reject::reason)
                .satisfiesExactly(
                        r -> assertThat((String) r.toList().get(1)).contains("event_date '2020-13-40' is not a date"),
                        r -> assertThat((String) r.toList().get(1)).contains("latitude and longitude are missing"),
                        r -> assertThat((String) r.toList().get(1)).contains("'999'", "'Atlantis'"),
                        r -> assertThat(r.toList())
                                .containsExactly(
                                        10L,
                                        "the record has 6 fields but the header has 31; check the commas and quotes"));
        assertThat(rejects(all).get(0).line())
                .as("line numbers count the multi-line notes of the first record")
                .isEqualTo(6L);
    }

    @Test
    void aFileThatIsNotAnAcledExportIsOneReject() {
        InputStream in = new java.io.ByteArrayInputStream("id,date,place\n1,2020-01-01,Ankara\n".getBytes());
        List<Parsed<ConflictEvent>> all = importers.acledCsv(in).stream().toList();
        assertThat(all)
                .singleElement()
                .isInstanceOfSatisfying(
                        Parsed.Rejected.class,
                        r -> assertThat(r.reject().reason())
                                .contains("not an ACLED export", "event_id_cnty", "fatalities"));
    }

    @Test
    void gdeltEventsWithFipsCountriesKeepOnlyViolenceAndProtest() throws IOException {
        EventStream stream;
        List<Parsed<ConflictEvent>> all;
        try (InputStream in = resource("gdelt-sample.export.CSV")) {
            stream = importers.gdelt(in);
            all = stream.stream().toList();
        }
        List<ConflictEvent> events = events(all);
        assertThat(events).extracting(ConflictEvent::sourceId).containsExactly("906512345", "906512346", "906512348");
        ConflictEvent protest = events.get(0);
        assertThat(protest.source()).isEqualTo(EventSource.GDELT);
        assertThat(protest.countryCode()).as("FIPS TU is ISO TR").isEqualTo("TR");
        assertThat(protest.date()).isEqualTo(LocalDate.of(2020, 2, 6));
        assertThat(protest.type()).isEqualTo("protest");
        assertThat(protest.subtype()).isEqualTo("141");
        assertThat(protest.place()).isEqualTo("Ankara, Ankara, Turkey");
        assertThat(protest.actors()).containsExactly("TURKEY", "RUSSIA");
        assertThat(protest.lat()).isEqualTo(39.9272);
        assertThat(protest.fatalities()).isNull();
        assertThat(events.get(1).countryCode()).isEqualTo("SY");
        assertThat(events.get(1).type()).isEqualTo("fight");
        assertThat(events.get(2).countryCode()).as("FIPS GZ, the Gaza Strip").isEqualTo("PS");
        assertThat(stream.skipped()).as("the diplomatic talks (root 03)").isEqualTo(1);

        assertThat(rejects(all))
                .extracting(Reject::line, Reject::reason)
                .satisfiesExactly(
                        r -> assertThat(r.toList())
                                .containsExactly(5L, "ActionGeo_CountryCode is empty: the event has no place"),
                        r -> assertThat((String) r.toList().get(1)).contains("SQLDATE '20200231' is not a date"),
                        r -> assertThat((String) r.toList().get(1)).contains("out of range"),
                        r -> assertThat((String) r.toList().get(1)).contains("'XX'"),
                        r -> assertThat((String) r.toList().get(1)).contains("has 7 tab-separated fields, not 61"));
    }

    @Test
    void aMillionGdeltLinesStreamThrough() {
        String template = new String(readAll("gdelt-sample.export.CSV"))
                .lines()
                .findFirst()
                .orElseThrow();
        String rest = template.substring(template.indexOf('\t'));
        long lines = 1_000_000;
        InputStream generated = StreamingInput.lines(lines, n -> n % 250_000 == 0 ? "broken line " + n : n + rest);
        EventStream stream = importers.gdelt(generated);
        long[] counts = new long[2];
        stream.forEachRemaining(p -> counts[p instanceof Parsed.Accepted ? 0 : 1]++);
        assertThat(counts[0]).isEqualTo(lines - 4);
        assertThat(counts[1]).isEqualTo(4);
    }

    @Test
    void countryTablesResolveTheSourcesCodes() {
        CountryCodes c = CountryCodes.standard();
        assertThat(c.fromFips("UK")).contains("GB");
        assertThat(c.fromFips("RS")).contains("RU");
        assertThat(c.fromFips("RI")).contains("RS");
        assertThat(c.fromFips("YI")).contains("RS");
        assertThat(c.fromIsoNumeric("4")).contains("AF");
        assertThat(c.fromIsoNumeric("004")).contains("AF");
        assertThat(c.fromIsoNumeric("840")).contains("US");
        assertThat(c.fromGleditschWard("2")).contains("US");
        assertThat(c.fromGleditschWard("365")).contains("RU");
        assertThat(c.fromGleditschWard("345")).contains("RS");
        assertThat(c.fromGleditschWard("817")).isEmpty();
        assertThat(c.fromName("Côte d'Ivoire")).contains("CI");
        assertThat(c.fromName("DR Congo (Zaire)")).contains("CD");
        assertThat(c.fromName("Bosnia-Herzegovina")).contains("BA");
        assertThat(c.fromName("Cambodia (Kampuchea)")).contains("KH");
        assertThat(c.fromName("Narnia")).isEmpty();
    }

    static byte[] readAll(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
