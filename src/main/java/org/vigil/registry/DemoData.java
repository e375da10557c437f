package org.vigil.registry;

import java.io.InputStream;
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
 * continent. Runs before the accounts' demo users, which are scoped to these missions.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String[] FILES = {"/demo/seed-registry.json", "/demo/network.json"};

    private final RegistryTransfer transfer;
    private final Missions missions;

    DemoData(RegistryTransfer transfer, Missions missions) {
        this.transfer = transfer;
        this.missions = missions;
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
    }
}
