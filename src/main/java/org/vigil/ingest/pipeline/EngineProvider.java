package org.vigil.ingest.pipeline;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.registry.RegistryTransfer;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.PersonEntry;

/**
 * The analysis engine for the current registry. Before each batch the worker asks for it; a cheap fingerprint of
 * the registry tables (row counts, the sum of the optimistic-lock versions and the latest change) tells whether a
 * mission or person was added, changed or retired since the engine was built, and only then is it rebuilt. This
 * works whichever process changed the registry (server, command line, another instance), which an in-process event
 * would not.
 */
@Component
class EngineProvider {

    private static final Logger log = LoggerFactory.getLogger(EngineProvider.class);

    /**
     * The engine and what it was built from: the mission of each person, to link a person's signals to it, and the
     * countries hosting a mission (a place there is of interest: see {@link QuietItems}).
     */
    record Built(
            AnalysisEngine engine,
            Map<String, String> missionOfPerson,
            java.util.Set<String> countriesOfInterest,
            String fingerprint) {}

    private final JdbcClient jdbc;
    private final RegistryTransfer registry;
    private volatile Built current;

    EngineProvider(JdbcClient jdbc, RegistryTransfer registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    Built current() {
        String fingerprint = fingerprint();
        Built built = current;
        if (built == null || !built.fingerprint().equals(fingerprint)) {
            synchronized (this) {
                built = current;
                if (built == null || !built.fingerprint().equals(fingerprint)) {
                    var file = registry.export(Scope.all());
                    Map<String, String> missionOf = new java.util.HashMap<>();
                    for (PersonEntry p : file.people()) {
                        if (p.missionId() != null) {
                            missionOf.put(p.id(), p.missionId());
                        }
                    }
                    java.util.Set<String> countries = new java.util.HashSet<>();
                    file.missions().forEach(m -> {
                        if (m.hostCountry() != null) {
                            countries.add(m.hostCountry().toUpperCase(java.util.Locale.ROOT));
                        }
                    });
                    built = new Built(
                            AnalysisEngine.create(file),
                            Map.copyOf(missionOf),
                            java.util.Set.copyOf(countries),
                            fingerprint);
                    current = built;
                    log.info(
                            "Analysis engine built for {} missions and {} people",
                            file.missions().size(),
                            file.people().size());
                }
            }
        }
        return built;
    }

    private String fingerprint() {
        return table("mission") + "|" + table("person");
    }

    private String table(String name) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM " + name)
                .query((rs, n) ->
                        rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3, java.time.OffsetDateTime.class))
                .single();
    }
}
