package org.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.shared.registryfile.RegistryFiles;
import org.vigil.shared.registryfile.RegistryProblem;

class RegistryFilesTest {

    private static RegistryFile seed() throws Exception {
        try (InputStream in = RegistryFilesTest.class.getResourceAsStream("/demo/seed-registry.json")) {
            return RegistryFiles.parse(in);
        }
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSeedRegistry() throws Exception {
        RegistryFile file = seed();
        assertThat(file.missions())
                .extracting(m -> m.id())
                .containsExactly("ru-embassy-ankara", "ru-consulate-istanbul", "ru-embassy-damascus");
        assertThat(file.missions().get(0).kind()).isEqualTo(MissionKind.EMBASSY);
        assertThat(file.missions().get(0).location().lat()).isEqualTo(39.9006);
        var yerkhov = file.people().get(0);
        assertThat(yerkhov.id()).isEqualTo("yerkhov");
        assertThat(yerkhov.role()).isEqualTo(PersonRole.AMBASSADOR);
        assertThat(yerkhov.accounts()).containsExactly("@RusEmbTurkey");
        assertThat(file.people())
                .filteredOn(p -> p.id().equals("lavrov"))
                .singleElement()
                .satisfies(p -> assertThat(p.missionId()).isNull());
    }

    @Test
    void writesWhatItReads() throws Exception {
        RegistryFile file = seed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryFiles.write(file, out);
        assertThat(RegistryFiles.parse(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(file);
    }

    @Test
    void listsEveryProblemWithEntryFieldAndReason() {
        String bad = """
                {"missions": [
                  {"id": "m1", "kind": "EMBASSY", "name": "A", "sendingCountry": "RU", "hostCountry": "TR"},
                  {"id": "m1", "kind": "PALACE", "name": "", "sendingCountry": "Russia", "hostCountry": "TR",
                   "location": {"lat": 123, "lon": 0}},
                  {"kind": "EMBASSY", "name": "no id", "sendingCountry": "RU", "hostCountry": "ZZ"}
                 ],
                 "people": [
                  {"id": "p1", "name": "Someone", "role": "AMBASSADOR", "missionId": "nowhere"},
                  {"id": "p 2", "name": "Other", "role": "KING", "accounts": [""]}
                 ]}
                """;
        assertThatThrownBy(() -> RegistryFiles.parse(json(bad)))
                .isInstanceOfSatisfying(
                        InvalidRegistryException.class,
                        e -> assertThat(e.problems())
                                .extracting(RegistryProblem::toString)
                                .containsExactlyInAnyOrder(
                                        "missions[1] (m1).id: duplicate mission id \"m1\"",
                                        "missions[1] (m1).kind: \"PALACE\" is not one of [EMBASSY, CONSULATE_GENERAL, CONSULATE, PERMANENT_MISSION, OTHER]",
                                        "missions[1] (m1).name: must not be blank",
                                        "missions[1] (m1).sendingCountry: \"Russia\" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. TR)",
                                        "missions[1] (m1).location: lat must be in [-90, 90] and lon in [-180, 180], got 123.0, 0.0",
                                        "missions[2].id: is required",
                                        "missions[2].hostCountry: \"ZZ\" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. TR)",
                                        "people[0] (p1).missionId: no mission \"nowhere\" in this file or the registry",
                                        "people[1].id: \"p 2\" is not a valid id: use 1 to 100 letters, digits, '.', '-' or '_', starting with a letter or digit",
                                        "people[1].role: \"KING\" is not one of [AMBASSADOR, CONSUL_GENERAL, DIPLOMAT, STAFF, FAMILY, OTHER]",
                                        "people[1].accounts[0]: must be a non-blank string"));
    }

    @Test
    void refusesWhatIsNotJsonWithThePosition() {
        assertThatThrownBy(() -> RegistryFiles.parse(json("{\"missions\": [\n  {\"id\": }")))
                .isInstanceOfSatisfying(
                        InvalidRegistryException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.reason())
                                        .startsWith("not valid JSON")
                                        .contains("line 2")));
        assertThatThrownBy(() -> RegistryFiles.parse(json("[]")))
                .isInstanceOf(InvalidRegistryException.class)
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void peopleMayPointToMissionsAlreadyKnown() throws Exception {
        String file = """
                {"people": [{"id": "p1", "name": "Someone", "role": "STAFF", "missionId": "known"}]}""";
        assertThat(RegistryFiles.parse(json(file), "known"::equals).people()).hasSize(1);
    }
}
