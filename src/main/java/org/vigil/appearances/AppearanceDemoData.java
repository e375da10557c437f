package org.vigil.appearances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.registry.Missions;
import org.vigil.shared.Actor;
import org.vigil.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Demo data, on first start (when no appearance exists yet): Ambassador Yerkhov's publicly announced opening of a
 * photo exhibition at the Contemporary Arts Centre in Ankara, the day after tomorrow at 18:00 Ankara time, and a
 * reception by invitation only at the residence next week; and two posts pushed to the demo social-media source
 * that threaten the Ambassador at the exhibition, in English and Turkish, which the analysis worker turns into the
 * signals that point at it. Runs after the registry, the sources, the accounts and the incidents.
 */
@org.springframework.stereotype.Component
@Order(40)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class AppearanceDemoData implements ApplicationRunner {

    static final String ANKARA = "ru-embassy-ankara";
    static final String DEMO_SOCIAL = "demo-social";
    static final ZoneId ANKARA_TIME = ZoneId.of("Europe/Istanbul");
    private static final Logger log = LoggerFactory.getLogger(AppearanceDemoData.class);

    private final Appearances appearances;
    private final Missions missions;
    private final Intake intake;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean threats;

    AppearanceDemoData(
            Appearances appearances,
            Missions missions,
            Intake intake,
            JdbcClient jdbc,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${vigil.demo.appearance-threats:true}")
                    boolean threats) {
        this.appearances = appearances;
        this.missions = missions;
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
        this.threats = threats;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!missions.exists(ANKARA)
                || jdbc.sql("SELECT COUNT(*) FROM appearance").query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM person WHERE id = 'yerkhov' AND mission_id = ?")
                                .param(ANKARA)
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ANKARA_TIME);
        {
            AppearanceView exhibition = appearances.create(exhibition(today), Actor.system());
            AppearanceView reception = appearances.create(
                    new AppearanceCommand(
                            ANKARA,
                            "yerkhov",
                            "National Day reception at the Ambassador's residence",
                            AppearanceKind.RECEPTION,
                            "Residence of the Ambassador",
                            "Karyagdi Sokak, Cankaya",
                            List.of(),
                            "Ankara",
                            "TR",
                            39.9010,
                            32.8600,
                            ANKARA_TIME.getId(),
                            today.plusDays(9).atTime(LocalTime.of(19, 0)),
                            today.plusDays(9).atTime(LocalTime.of(21, 30)),
                            Publicity.INVITATION_ONLY,
                            "Embassy of the Russian Federation",
                            150,
                            "Guests by personal invitation; the list is checked at the gate."),
                    Actor.system());
            log.info("Demo appearances {} and {}", exhibition.id(), reception.id());
        }
        if (threats) {
            pushThreats();
        }
    }

    static AppearanceCommand exhibition(LocalDate today) {
        return new AppearanceCommand(
                ANKARA,
                "yerkhov",
                "Opening of the photo exhibition \"Russia and Turkey: a century of friendship\"",
                AppearanceKind.EXHIBITION,
                "Contemporary Arts Centre",
                "Kavaklidere, Cankaya",
                List.of("\u00c7a\u011fda\u015f Sanat Merkezi", "Cagdas Sanat Merkezi"),
                "Ankara",
                "TR",
                39.9087,
                32.8597,
                ANKARA_TIME.getId(),
                today.plusDays(2).atTime(LocalTime.of(18, 0)),
                today.plusDays(2).atTime(LocalTime.of(20, 0)),
                Publicity.PUBLIC,
                "Ministry of Culture and Tourism of Turkey",
                400,
                "Announced on the embassy's website and in the press; the Ambassador opens the exhibition with a"
                        + " speech.");
    }

    private void pushThreats() {
        if (jdbc.sql("SELECT COUNT(*) FROM source WHERE id = ?")
                        .param(DEMO_SOCIAL)
                        .query(Long.class)
                        .single()
                == 0) {
            return;
        }
        String now = clock.instant().toString();
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> items = List.of(
                f.objectNode()
                        .put("id", "demo-appearance-threat-en")
                        .put("published", now)
                        .put("kind", "POST")
                        .put(
                                "text",
                                "Ambassador Yerkhov, we will kill you at the exhibition opening in the Contemporary"
                                        + " Arts Centre the day after tomorrow."),
                f.objectNode()
                        .put("id", "demo-appearance-threat-tr")
                        .put("published", now)
                        .put("kind", "POST")
                        .put(
                                "text",
                                "B\u00fcy\u00fckel\u00e7i Yerkhov \u00f6leceksin. \u00d6b\u00fcr g\u00fcn \u00c7a\u011fda\u015f"
                                        + " Sanat Merkezi'ndeki sergide seni bekliyoruz."));
        // pushed as the demo gateway pushes its posts: the account the demo source lists
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "gateway", null, List.of(new SimpleGrantedAuthority(Role.GATEWAY.authority()))));
        try {
            log.info("Demo threats against the exhibition opening: {}", intake.push(DEMO_SOCIAL, items));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
