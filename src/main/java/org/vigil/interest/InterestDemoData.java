package org.vigil.interest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo data, on first start (when the demo account has no item yet): an account on X that replies to Ambassador
 * Yerkhov's account {@code @RusEmbTurkey} over eight days and escalates, from insults to a directly communicated
 * threat that compares him to Ambassador Karlov, a question about where he will be at the exhibition opening (the
 * demo appearance, AppearanceDemoData), and a burst of threats in the last hours. Pushed to the demo social-media
 * source as the gateway pushes posts, so the analysis worker turns them into signals, the threat makes the account
 * a person of interest and its behaviours are read as for any other. Runs after the appearances.
 */
@org.springframework.stereotype.Component
@Order(45)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class InterestDemoData implements ApplicationRunner {

    static final String SOURCE = "demo-social";
    static final String HANDLE = "karanlik_ses";
    private static final Logger log = LoggerFactory.getLogger(InterestDemoData.class);

    /** Each post: days before now it was written, and its text. */
    record Post(double daysAgo, String text) {}

    static final List<Post> POSTS = List.of(
            new Post(8, "Yerkhov, you are a liar and a clown. Go home."),
            new Post(6, "Shame on you Yerkhov, you disgusting puppet"),
            new Post(4, "Yerkhov, you will end up like Karlov. We will kill you."),
            new Post(
                    2,
                    "Where will the ambassador be at the exhibition opening at the Contemporary Arts Centre? When does"
                            + " he arrive?"),
            new Post(0.5, "Farewell to life, Yerkhov."),
            new Post(0.4, "No one will mourn you, ambassador."),
            new Post(0.3, "Yerkhov, your time is up."),
            new Post(0.2, "We are watching you, Yerkhov. Every step."),
            new Post(0.1, "You will not leave Ankara alive."));

    private final Intake intake;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    InterestDemoData(
            Intake intake,
            JdbcClient jdbc,
            Clock clock,
            @Value("${vigil.demo.person-of-interest:true}") boolean enabled) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled
                || jdbc.sql("SELECT COUNT(*) FROM source WHERE id = ?")
                                .param(SOURCE)
                                .query(Long.class)
                                .single()
                        == 0
                || jdbc.sql("SELECT COUNT(*) FROM person_account WHERE person_id = 'yerkhov'")
                                .query(Long.class)
                                .single()
                        == 0
                || jdbc.sql("SELECT COUNT(*) FROM item WHERE author_platform = 'x' AND author_handle = ?")
                                .param(HANDLE)
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        Instant now = clock.instant();
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < POSTS.size(); i++) {
            Post p = POSTS.get(i);
            ObjectNode item = f.objectNode()
                    .put("id", "demo-poi-" + (i + 1))
                    .put(
                            "published",
                            now.minus(Duration.ofMinutes(Math.round(p.daysAgo() * 24 * 60)))
                                    .toString())
                    .put("kind", "POST")
                    .put("inReplyTo", "@RusEmbTurkey")
                    .put("text", p.text());
            item.putObject("author")
                    .put("handle", "@Karanlik_Ses")
                    .put("name", "Karanlik Ses")
                    .put("platform", "x");
            items.add(item);
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "gateway", null, List.of(new SimpleGrantedAuthority(Role.GATEWAY.authority()))));
        try {
            log.info("Demo person of interest @{}: {}", HANDLE, intake.push(SOURCE, items));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
