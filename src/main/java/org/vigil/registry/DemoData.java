package org.vigil.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vigil.shared.Scope;

/**
 * Demo data on first start (when {@code vigil.demo.enabled} and the registry is empty): the seed scenario's
 * missions and people (shared/spec/seed-registry.json) and a network of the sending state's missions on every
 * continent, then the people of {@code /demo/no-longer-in-post.tsv} retired (Ambassador Karlov, killed in office in
 * 2016, is history, not a principal to protect). Runs before the accounts' demo users, which are scoped to these
 * missions, and before the incidents' demo data, which still names the people retired here.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String[] FILES = {"/demo/seed-registry.json", "/demo/network.json"};
    static final String NO_LONGER_IN_POST = "/demo/no-longer-in-post.tsv";

    private final RegistryTransfer transfer;
    private final Missions missions;
    private final People people;

    DemoData(RegistryTransfer transfer, Missions missions, People people) {
        this.transfer = transfer;
        this.missions = missions;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!missions.allIncludingRetired(Scope.all()).isEmpty()) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = DemoData.class.getResourceAsStream(file)) {
                ImportReport report = transfer.importFile(in);
                log.info("Demo data {}: {}", file, report);
            }
        }
        for (String id : noLongerInPost()) {
            people.retire(id);
            log.info("Demo person '{}' retired: no longer in post", id);
        }
    }

    /** The person ids of {@link #NO_LONGER_IN_POST}: the first column of each line that is not blank or a comment. */
    static List<String> noLongerInPost() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = DemoData.class.getResourceAsStream(NO_LONGER_IN_POST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.split("\t", 2)[0].strip());
                }
            }
        }
        return ids;
    }
}
