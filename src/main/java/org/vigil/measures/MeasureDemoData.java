package org.vigil.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.registry.Missions;

/**
 * The measures that followed Ambassador Karlov's assassination (seed 000), as demo data: close protection, more
 * guard staff and access control at the embassy in Ankara, and special-forces units at the missions in states with
 * armed conflict (Damascus, Baghdad, Kabul in the demo network), all implemented in 2017. Tripoli and Bamako are left
 * without, so that the network view has somewhere to "extend the list" to when their risk qualifies. Runs once,
 * after the incidents' demo data, when no measure exists yet.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class MeasureDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeasureDemoData.class);
    static final List<String> SPECIAL_FORCES_AT =
            List.of("ru-embassy-damascus", "ru-embassy-baghdad", "ru-embassy-kabul");

    private final Measures measures;
    private final Missions missions;
    private final JdbcClient jdbc;

    MeasureDemoData(Measures measures, Missions missions, JdbcClient jdbc) {
        this.measures = measures;
        this.missions = missions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM measure").query(Long.class).single() > 0) {
            return;
        }
        int n = 0;
        String ankara = "ru-embassy-ankara";
        if (missions.exists(ankara)) {
            String why = "After the assassination of Ambassador Karlov on 19 December 2016 (incident of the seed "
                    + "history): ";
            measures.recordHistory(
                    ankara,
                    "CLOSE_PROTECTION",
                    why + "the new ambassador is protected at every " + "public appearance.",
                    LocalDate.of(2016, 12, 23),
                    "hq.security",
                    Instant.parse("2016-12-20T09:00:00Z"),
                    MeasureState.IMPLEMENTED,
                    Instant.parse("2016-12-22T12:00:00Z"),
                    null,
                    null,
                    List.of("director"));
            measures.recordHistory(
                    ankara,
                    "GUARD_STAFF",
                    why + "\"a system of measures to increase security staff\" " + "(seed 000).",
                    LocalDate.of(2017, 2, 28),
                    "hq.security",
                    Instant.parse("2016-12-21T09:00:00Z"),
                    MeasureState.IMPLEMENTED,
                    Instant.parse("2017-02-10T12:00:00Z"),
                    null,
                    null,
                    List.of("director"));
            measures.recordHistory(
                    ankara,
                    "TECH_ACCESS_CONTROL",
                    why + "\"to improve technical protection\" " + "(seed 000).",
                    LocalDate.of(2017, 3, 31),
                    "hq.security",
                    Instant.parse("2016-12-21T09:30:00Z"),
                    MeasureState.IMPLEMENTED,
                    Instant.parse("2017-03-15T12:00:00Z"),
                    null,
                    null,
                    List.of("director"));
            n += 3;
        }
        for (String mission : SPECIAL_FORCES_AT) {
            if (missions.exists(mission)) {
                measures.recordHistory(
                        mission,
                        "SPECIAL_FORCES",
                        "State with an ongoing armed conflict: special-forces "
                                + "units are deployed, with the Federal Border Guard Service, in the 12 such states (seed 000).",
                        LocalDate.of(2017, 2, 28),
                        "hq.security",
                        Instant.parse("2016-12-22T09:00:00Z"),
                        MeasureState.IMPLEMENTED,
                        Instant.parse("2017-02-10T12:00:00Z"),
                        null,
                        null,
                        List.of("director", "deputy.director"));
                n++;
            }
        }
        log.info("Demo measures: {} recorded from the seed history", n);
    }
}
