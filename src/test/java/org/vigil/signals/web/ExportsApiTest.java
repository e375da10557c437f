package org.vigil.signals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports as a user of a spreadsheet or a GIS takes them: signals as CSV, signals with places and the missions
 * as GeoJSON (RFC 7946), from the list pages and the API, each within the caller's need-to-know.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class ExportsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Pushes threats in reply to the Ankara embassy's account and waits for their signals. */
    private List<Long> threatsAgainstAnkara(String tag) throws Exception {
        List<String> texts = List.of(
                "Ambassador Yerkhov, no one will mourn you in Ankara. " + tag,
                "It is time for you to burn up, embassy in Ankara, Turkey. " + tag);
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < texts.size(); i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "%s-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                     "source": "x.com/replier%d"}""".formatted(tag, i, texts.get(i), i));
        }
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"demo-social\", \"items\": " + items + "]}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> ids(tag).size() == texts.size());
        return ids(tag);
    }

    private List<Long> ids(String tag) {
        return jdbc.sql("SELECT s.id FROM signal s JOIN item i ON i.id = s.item_id WHERE i.external_id LIKE ?"
                        + " ORDER BY s.id")
                .param(tag + "-%")
                .query(Long.class)
                .list();
    }

    /** A page session, as the browser has after signing in through the form (pages take no basic auth). */
    private RequestPostProcessor signedIn(String user) throws Exception {
        org.springframework.mock.web.MockHttpSession session =
                (org.springframework.mock.web.MockHttpSession)
                        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                        .formLogin()
                                        .user(user)
                                        .password("demo"))
                                .andReturn()
                                .getRequest()
                                .getSession(false);
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    private MockHttpServletResponse fetch(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    @Test
    void signalsExportAsCsvWithTheListsFiltersWithinTheCallersMissions() throws Exception {
        String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = threatsAgainstAnkara(tag);

        MockHttpServletResponse csv = fetch("/api/v1/signals/export.csv?q=" + tag, ANKARA);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "vigil-signals-", ".csv");
        String body = csv.getContentAsString(StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertThat(lines[0]).isEqualTo("id,level,score,categories,status,missions,language,source,detected,excerpt");
        assertThat(lines).hasSize(1 + ids.size());
        for (long id : ids) {
            assertThat(body).contains("\r\n" + id + ",");
        }
        // the mission by its name, not its id
        assertThat(body).contains("Embassy of the Russian Federation in Turkey").doesNotContain("ru-embassy-ankara");

        // the list page's download is the same file
        assertThat(fetch("/signals/export.csv?q=" + tag, signedIn("officer.ankara"))
                        .getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(body);

        // another mission's officer gets the header and nothing of Ankara
        String istanbul =
                fetch("/api/v1/signals/export.csv?q=" + tag, ISTANBUL).getContentAsString(StandardCharsets.UTF_8);
        assertThat(istanbul.split("\r\n")).hasSize(1);

        // the map's activity layer counts them for Ankara's officer and shows Istanbul's officer nothing of Ankara
        JsonNode activity = JSON.readTree(
                fetch("/map/activity.json", signedIn("officer.ankara")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(activity.findValuesAsString("id")).containsExactly("ru-embassy-ankara");
        assertThat(activity.get(0).get("signals").asLong()).isGreaterThanOrEqualTo(ids.size());
        JsonNode other = JSON.readTree(
                fetch("/map/activity.json", signedIn("officer.istanbul")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(other.findValuesAsString("id")).doesNotContain("ru-embassy-ankara");

        // the export is one audit entry
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'EXPORT' AND entity_type = 'SIGNAL'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void signalsWithPlacesExportAsRfc7946GeoJson() throws Exception {
        String tag = "geo-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = threatsAgainstAnkara(tag);

        MockHttpServletResponse geo = fetch("/api/v1/signals/export.geojson?q=" + tag, ANKARA);
        assertThat(geo.getContentType()).startsWith("application/geo+json");
        JsonNode fc = JSON.readTree(geo.getContentAsString(StandardCharsets.UTF_8));
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.has("crs")).isFalse(); // RFC 7946 drops crs: WGS 84 always
        List<Long> featureIds = new ArrayList<>();
        for (JsonNode f : fc.get("features")) {
            featureIds.add(f.get("id").asLong());
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            JsonNode g = f.get("geometry");
            assertThat(g.get("type").asString()).isIn("Point", "MultiPoint");
            JsonNode first = g.get("type").asString().equals("Point")
                    ? g.get("coordinates")
                    : g.get("coordinates").get(0);
            // longitude first: Turkey lies east of 25 E and north of 35 N, so [lon, lat] is about [35, 39]
            double lon = first.get(0).asDouble();
            double lat = first.get(1).asDouble();
            assertThat(lon).isBetween(25.0, 45.0);
            assertThat(lat).isBetween(35.0, 43.0);
            assertThat(f.get("properties").get("places").findValuesAsString("countryCode"))
                    .contains("TR");
            assertThat(f.get("properties").get("missions").get(0).asString())
                    .isEqualTo("Embassy of the Russian Federation in Turkey");
        }
        assertThat(featureIds).containsExactlyInAnyOrderElementsOf(ids);

        JsonNode istanbul = JSON.readTree(
                fetch("/api/v1/signals/export.geojson?q=" + tag, ISTANBUL).getContentAsString(StandardCharsets.UTF_8));
        assertThat(istanbul.get("features")).isEmpty();
    }

    @Test
    void missionsExportAsGeoJsonPointsWithinTheScope() throws Exception {
        JsonNode all = JSON.readTree(
                fetch("/api/v1/missions/export.geojson", ADMIN).getContentAsString(StandardCharsets.UTF_8));
        assertThat(all.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(all.get("features").size()).isGreaterThanOrEqualTo(25);
        JsonNode ankara = null;
        for (JsonNode f : all.get("features")) {
            if (f.get("id").asString().equals("ru-embassy-ankara")) {
                ankara = f;
            }
        }
        assertThat(ankara).isNotNull();
        assertThat(ankara.get("geometry").get("type").asString()).isEqualTo("Point");
        // Ankara is at about 39.9 N, 32.9 E: longitude first
        assertThat(ankara.get("geometry").get("coordinates").get(0).asDouble()).isBetween(32.0, 33.5);
        assertThat(ankara.get("geometry").get("coordinates").get(1).asDouble()).isBetween(39.5, 40.5);
        assertThat(ankara.get("properties").get("name").asString())
                .isEqualTo("Embassy of the Russian Federation in Turkey");

        MockHttpServletResponse mine = fetch("/missions/export.geojson", signedIn("officer.ankara"));
        assertThat(mine.getContentType()).startsWith("application/geo+json");
        assertThat(mine.getHeader("Content-Disposition")).contains("vigil-missions-", ".geojson");
        JsonNode officer = JSON.readTree(mine.getContentAsString(StandardCharsets.UTF_8));
        assertThat(officer.get("features").findValuesAsString("id")).containsExactly("ru-embassy-ankara");
    }

    @Test
    void aWrongFilterGetsAProblemSayingWhatToSend() throws Exception {
        String body = mvc.perform(get("/api/v1/signals/export.csv?level=URGENT").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("level").contains("HIGH");
    }
}
