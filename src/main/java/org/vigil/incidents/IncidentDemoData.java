package org.vigil.incidents;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.incidents.Incidents.HistoryEntry;
import org.vigil.registry.Missions;

/**
 * The seed history as demo data: the assassination of Ambassador Andrei Karlov in Ankara on 19 December 2016, a
 * closed incident with its investigation log and lessons, as the two seed articles tell it. Runs after the
 * registry's demo data, once (when no incident exists yet).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class IncidentDemoData implements ApplicationRunner {

    static final String ANKARA = "ru-embassy-ankara";
    private static final Logger log = LoggerFactory.getLogger(IncidentDemoData.class);

    private final Incidents incidents;
    private final Missions missions;
    private final JdbcClient jdbc;

    IncidentDemoData(Incidents incidents, Missions missions, JdbcClient jdbc) {
        this.incidents = incidents;
        this.missions = missions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!missions.exists(ANKARA)
                || jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single() > 0) {
            return;
        }
        boolean karlovKnown = jdbc.sql("SELECT COUNT(*) FROM person WHERE id = 'karlov' AND mission_id = ?")
                        .param(ANKARA)
                        .query(Long.class)
                        .single()
                > 0;
        IncidentView karlov = incidents.recordHistory(
                new IncidentCommand(
                        ANKARA,
                        IncidentType.ATTACK,
                        "Assassination of Ambassador Andrei Karlov at a photo exhibition",
                        Instant.parse("2016-12-19T16:05:00Z"),
                        "Çağdaş Sanat Merkezi (Contemporary Arts Centre), Çankaya, Ankara: opening of the photo exhibition "
                                + "\"Russia through the eyes of the Turks\"",
                        4,
                        "The Ambassador was shot while speaking at the opening of the exhibition by Mevlüt Mert Altıntaş, an "
                                + "off-duty officer of the Ankara riot police, who entered with his police identity card. Three "
                                + "more people were injured. The attacker was killed at the scene by the police.",
                        karlovKnown ? List.of("karlov") : List.of(),
                        List.of(),
                        List.of(),
                        "A Russian investigative team worked with the Turkish investigators in Ankara (\"Russia cooperates "
                                + "with Turkey in Ambassador Karlov's murder investigation\"). The Investigative Committee of "
                                + "Russia opened a criminal case, classified as an act of international terrorism.",
                        "A public appearance of the head of mission needs close protection and screening of the venue; an "
                                + "armed host-state official is not screened by his badge alone. After the attack the ministry "
                                + "increased security staff and improved the technical protection of its missions abroad, "
                                + "deployed special-forces units in the 12 states with armed conflict, and committed to review "
                                + "that list as the analysis of the situation continues (seed 000)."),
                IncidentStatus.CLOSED,
                List.of(
                        new HistoryEntry(
                                Instant.parse("2016-12-19T16:30:00Z"),
                                "Ambassador Karlov shot at the "
                                        + "exhibition; the attacker killed at the scene by the police; three more people injured."),
                        new HistoryEntry(
                                Instant.parse("2016-12-19T21:00:00Z"),
                                "The Investigative Committee of Russia "
                                        + "opened a criminal investigation into the death, classified as international terrorism."),
                        new HistoryEntry(
                                Instant.parse("2016-12-20T12:00:00Z"),
                                "The President ordered security boosted "
                                        + "in Russia and at missions abroad, and cooperation with foreign security agencies on "
                                        + "anti-terror issues expanded."),
                        new HistoryEntry(
                                Instant.parse("2016-12-20T18:00:00Z"),
                                "A Russian investigative team arrived in "
                                        + "Ankara and works with the Turkish authorities."),
                        new HistoryEntry(
                                Instant.parse("2017-02-10T12:00:00Z"),
                                "The ministry elaborated a system of "
                                        + "measures: more security staff and better technical protection at missions abroad; "
                                        + "special-forces units in 12 states with armed conflict."),
                        new HistoryEntry(
                                Instant.parse("2017-02-12T12:00:00Z"),
                                "Closed: the proposals were approved and "
                                        + "are being implemented (Lavrov, NTV interview).")));
        log.info("Demo incident {}: {}", karlov.id(), karlov.title());
    }
}
