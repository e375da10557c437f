package org.vigil.ingest.pipeline;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data: the push source of the seed scenario, a social-media gateway watching the embassies' accounts,
 * and one news feed, created paused.
 * Grade C (fairly reliable): a machine relay of public posts, authentic as posts but saying nothing of the posters.
 * Runs after the registry's demo data (10), before the demo accounts (20); the account list is names only, so the
 * {@code gateway} account it names may be created after it.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoSources implements ApplicationRunner {

    static final String DEMO_SOCIAL = "demo-social";
    static final String DEMO_FEED = "demo-tass-rss";
    /** The demo push-only account (role GATEWAY, created with the demo accounts) that may push to it. */
    static final String DEMO_GATEWAY = "gateway";

    private final Sources sources;

    DemoSources(Sources sources) {
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sources.find(DEMO_SOCIAL).isEmpty()) {
            sources.createUnchecked(new SourceCommand(
                    DEMO_SOCIAL,
                    SourceKind.PUSH,
                    "Demo social-media gateway",
                    "social-media gateway watching the embassies' accounts",
                    null,
                    null,
                    "C",
                    true,
                    List.of(DEMO_GATEWAY)));
        }
        // Paused: a demo must not reach the internet on its own (production may be air-gapped). An administrator
        // resumes it, or presses "Test now", where the network allows.
        if (sources.find(DEMO_FEED).isEmpty()) {
            sources.createUnchecked(new SourceCommand(
                    DEMO_FEED,
                    SourceKind.RSS,
                    "TASS (English), demo feed",
                    "news agency feed; paused in the demo so that nothing is fetched until an administrator resumes it",
                    "https://tass.com/rss/v2.xml",
                    900,
                    "C",
                    false,
                    List.of()));
        }
    }
}
