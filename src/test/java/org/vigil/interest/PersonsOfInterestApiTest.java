package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.Author;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.AuthoredSignal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persons of interest as their users meet them: threats pushed through the API, analysed by the worker, make their
 * author a person of interest that the officers of the targeted mission read, and nobody else's officers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PersonsOfInterestApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    private static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    private static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    private static final Set<String> ANKARA_ONLY = Set.of("ru-embassy-ankara");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonsOfInterest persons;

    @Autowired
    SignalLookup signals;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String source() throws Exception {
        String source = "poi-" + unique();
        mvc.perform(post("/api/v1/sources")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"id": "%s", "kind": "PUSH", "name": "Replies with authors", "reliability": "C"}""".formatted(source)))
                .andExpect(status().isCreated());
        return source;
    }

    private void push(String source, String items) throws Exception {
        mvc.perform(post("/api/v1/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"" + source + "\", \"items\": " + items + "}"))
                .andExpect(status().isOk());
    }

    private long itemId(String source, String externalId) {
        return jdbc.sql("SELECT id FROM item WHERE source_id = ? AND external_id = ?")
                .params(source, externalId)
                .query(Long.class)
                .single();
    }

    private long awaitSignal(long itemId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                .param(itemId)
                                .query(Long.class)
                                .single()
                        == 1);
        return jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                .param(itemId)
                .query(Long.class)
                .single();
    }

    private Optional<Long> poiOf(String platform, String handle) {
        return jdbc.sql("SELECT poi_id FROM poi_account WHERE platform = ? AND handle = ?")
                .params(platform, handle)
                .query(Long.class)
                .optional();
    }

    private long awaitPoi(String platform, String handle, int items) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> poiOf(platform, handle)
                        .map(id -> jdbc.sql("SELECT COUNT(*) FROM poi_item WHERE poi_id = ?")
                                        .param(id)
                                        .query(Long.class)
                                        .single()
                                >= items)
                        .orElse(false));
        return poiOf(platform, handle).orElseThrow();
    }

    @Test
    void twoThreatsOfOneAuthorAgainstAnkaraMakeOnePersonOfInterestSeenOnlyWithinNeedToKnow() throws Exception {
        String u = unique();
        String source = source();
        List<String> threats = List.of("Farewell to life", "No one will mourn you");
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < threats.size(); i++) {
            // the handle written two ways: one account once normalised
            String handle = i == 0 ? "@Threat_" + u : "threat_" + u;
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "t-%s-%d", "text": "%s", "kind": "POST", "inReplyTo": "@RusEmbTurkey",
                     "author": {"handle": "%s", "name": "T", "platform": "Twitter"}}""".formatted(u, i, threats.get(i), handle));
        }
        push(source, items.append("]").toString());
        long first = awaitSignal(itemId(source, "t-" + u + "-0"));
        long second = awaitSignal(itemId(source, "t-" + u + "-1"));
        long id = awaitPoi("x", "threat_" + u, 2);

        mvc.perform(get("/api/v1/persons-of-interest/" + id).with(ANKARA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts", hasSize(1)))
                .andExpect(jsonPath("$.accounts[0].key", is("x:threat_" + u)))
                .andExpect(jsonPath("$.missionIds", hasItem("ru-embassy-ankara")))
                .andExpect(jsonPath("$.personIds", hasItem("yerkhov")))
                .andExpect(jsonPath("$.firstSeen", notNullValue()))
                .andExpect(jsonPath("$.lastSeen", notNullValue()))
                .andExpect(jsonPath("$.itemCount", is(2)))
                .andExpect(jsonPath("$.timeline", hasSize(2)))
                .andExpect(jsonPath("$.timeline[*].signalId", hasItem((int) first)))
                .andExpect(jsonPath("$.timeline[*].signalId", hasItem((int) second)))
                .andExpect(jsonPath("$.timeline[0].level", notNullValue()));
        JsonNode list =
                JSON.readTree(mvc.perform(get("/api/v1/persons-of-interest").with(ANKARA))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list.findValuesAsString("id")).contains(Long.toString(id));
        // every level on the timeline is a threat of MEDIUM or above, and the record says the highest
        JsonNode record = JSON.readTree(
                mvc.perform(get("/api/v1/persons-of-interest/" + id).with(ANALYST))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        for (JsonNode item : record.get("timeline")) {
            assertThat(ThreatLevel.valueOf(item.get("level").asString())).isGreaterThanOrEqualTo(ThreatLevel.MEDIUM);
        }
        assertThat(record.get("highestLevel").asString()).isIn("MEDIUM", "HIGH", "CRITICAL");

        // need-to-know: Istanbul's officer sees none of it, neither in the list nor by id
        JsonNode istanbul =
                JSON.readTree(mvc.perform(get("/api/v1/persons-of-interest").with(ISTANBUL))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(istanbul.findValuesAsString("id")).doesNotContain(Long.toString(id));
        for (JsonNode poi : istanbul) {
            assertThat(poi.get("missionIds").toString()).doesNotContain("ru-embassy-ankara");
        }
        mvc.perform(get("/api/v1/persons-of-interest/" + id).with(ISTANBUL)).andExpect(status().isNotFound());

        // its creation, its change by the second threat and the reads are in the audit trail
        List<String> actions = jdbc.sql("SELECT action FROM audit_entries WHERE entity_type = ? AND entity_id = ?")
                .params(PersonsOfInterest.ENTITY, Long.toString(id))
                .query(String.class)
                .list();
        assertThat(actions).contains("CREATE", "UPDATE", "READ");
        assertThat(actions.stream().filter("CREATE"::equals)).hasSize(1);
    }

    @Test
    void aQuietItemCreatesNoPersonOfInterest() throws Exception {
        String u = unique();
        String source = source();
        push(source, """
                [{"id": "q-%s", "text": "Thank you for the lovely concert at the embassy last night", "kind": "POST",
                  "inReplyTo": "@RusEmbTurkey", "author": {"handle": "quiet_%s", "platform": "x"}}]""".formatted(u, u));
        long item = itemId(source, "q-" + u);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM item WHERE id = ? AND quiet")
                                        .param(item)
                                        .query(Long.class)
                                        .single()
                                + jdbc.sql("SELECT COUNT(*) FROM signal WHERE item_id = ?")
                                        .param(item)
                                        .query(Long.class)
                                        .single()
                        > 0);
        Optional<Long> signal = jdbc.sql("SELECT id FROM signal WHERE item_id = ?")
                .param(item)
                .query(Long.class)
                .optional();
        if (signal.isPresent()) {
            // not quiet after all: whatever it is, it cannot be a MEDIUM+ threat for this test to mean anything
            assertThat(jdbc.sql("SELECT threat_level FROM signal WHERE id = ?")
                            .param(signal.get())
                            .query(String.class)
                            .single())
                    .isIn("NONE", "LOW");
        }
        Thread.sleep(500); // the listener runs after commit: give it the time it would need to (wrongly) create one
        assertThat(poiOf("x", "quiet_" + u)).isEmpty();
    }

    @Test
    void onlyAnAuthoredTargetedThreatOfMediumOrAboveCreatesARecordAndEachSignalCountsOnce() {
        String u = unique();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Author author = new Author("low_" + u, null, "x", null);
        Map<String, Optional<String>> ambassador = Map.of("yerkhov", Optional.of("ru-embassy-ankara"));
        long base = 9_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        // LOW against the ambassador: no record
        assertThat(persons.record(new AuthoredSignal(
                        base, author, "ru", ThreatLevel.LOW, "NEW", ANKARA_ONLY, Set.of(), ambassador, now)))
                .isEqualTo(PersonsOfInterest.Outcome.NOT_OF_INTEREST);
        // HIGH but aimed at no protected target: no record
        assertThat(persons.record(new AuthoredSignal(
                        base + 1, author, "ru", ThreatLevel.HIGH, "NEW", Set.of(), Set.of(), Map.of(), now)))
                .isEqualTo(PersonsOfInterest.Outcome.NOT_OF_INTEREST);
        // HIGH against the ambassador but without author: no person is invented
        assertThat(persons.record(new AuthoredSignal(
                        base + 2, null, "ru", ThreatLevel.HIGH, "NEW", ANKARA_ONLY, Set.of(), ambassador, now)))
                .isEqualTo(PersonsOfInterest.Outcome.NOT_OF_INTEREST);
        assertThat(poiOf("x", "low_" + u)).isEmpty();

        AuthoredSignal medium = new AuthoredSignal(
                base + 3, author, "ru", ThreatLevel.MEDIUM, "NEW", ANKARA_ONLY, ANKARA_ONLY, ambassador, now);
        assertThat(persons.record(medium)).isEqualTo(PersonsOfInterest.Outcome.CREATED);
        assertThat(persons.record(medium)).isEqualTo(PersonsOfInterest.Outcome.ALREADY_RECORDED);
        // once of interest, the account's later LOW items join the timeline and move last seen, even when they
        // target nobody; one of them is linked only to Istanbul
        Instant later = now.plusSeconds(3600);
        assertThat(persons.record(new AuthoredSignal(
                        base + 4, author, "en", ThreatLevel.LOW, "NEW", ANKARA_ONLY, Set.of(), Map.of(), later)))
                .isEqualTo(PersonsOfInterest.Outcome.UPDATED);
        assertThat(persons.record(new AuthoredSignal(
                        base + 5,
                        author,
                        "tr",
                        ThreatLevel.HIGH,
                        "NEW",
                        Set.of("ru-consulate-istanbul"),
                        Set.of(),
                        Map.of(),
                        later.plusSeconds(60))))
                .isEqualTo(PersonsOfInterest.Outcome.UPDATED);

        long id = poiOf("x", "low_" + u).orElseThrow();
        PersonOfInterestView view = persons.read(Scope.of(Set.of("ru-embassy-ankara")), id);
        assertThat(view.timeline())
                .extracting(PersonOfInterestView.TimelineItem::signalId)
                .containsExactly(base + 3, base + 4);
        assertThat(view.itemCount()).isEqualTo(2);
        assertThat(view.lastSeen()).isEqualTo(later.plusSeconds(60));
        assertThat(view.languages()).containsExactlyInAnyOrder("ru", "en");
        assertThat(view.highestLevel()).isEqualTo("MEDIUM");
        assertThat(view.missionIds()).containsExactly("ru-embassy-ankara");
        assertThat(view.personIds()).containsExactly("yerkhov");
        // Ankara's officer does not see the item whose signal only Istanbul may read; headquarters sees all three
        PersonOfInterestView hq = persons.read(Scope.all(), id);
        assertThat(hq.timeline())
                .extracting(PersonOfInterestView.TimelineItem::signalId)
                .containsExactly(base + 3, base + 4, base + 5);
        assertThat(hq.highestLevel()).isEqualTo("HIGH");
        assertThat(hq.languages()).containsExactlyInAnyOrder("ru", "en", "tr");
        // the HIGH item targets nobody: it adds no target, so Istanbul's officer still does not see the record
        assertThat(persons.list(Scope.of(Set.of("ru-consulate-istanbul")), PersonsOfInterest.Sort.LAST_SEEN, 1000))
                .extracting(PersonOfInterestView::id)
                .doesNotContain(id);
        // sorted by last seen: the record with the latest activity comes before older ones
        List<PersonOfInterestView> all = persons.list(Scope.all(), PersonsOfInterest.Sort.LAST_SEEN, 1000);
        for (int k = 1; k < all.size(); k++) {
            assertThat(all.get(k - 1).lastSeen()).isAfterOrEqualTo(all.get(k).lastSeen());
        }
        // sorted by escalation: the higher score first, whatever the activity
        jdbc.sql("UPDATE person_of_interest SET escalation_level = 'HIGH', escalation_score = 70 WHERE id = ?")
                .param(all.getLast().id())
                .update();
        List<PersonOfInterestView> byEscalation = persons.list(Scope.all(), PersonsOfInterest.Sort.ESCALATION, 1000);
        assertThat(byEscalation.getFirst().id()).isEqualTo(all.getLast().id());
        assertThat(byEscalation.getFirst().escalationLevel()).isEqualTo("HIGH");
        assertThat(byEscalation.getFirst().escalationScore()).isEqualTo(70.0);
        assertThat(byEscalation.get(1).escalationLevel()).isEqualTo("NONE");
    }

    @Test
    void theApiIsInTheOpenApiDescriptionAndRefusesABadSortOrder() throws Exception {
        mvc.perform(get("/v3/api-docs").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/persons-of-interest/{id}'].get", notNullValue()));
        mvc.perform(get("/api/v1/persons-of-interest").with(ANALYST).param("sort", "shoeSize"))
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("lastSeen"));
    }
}
