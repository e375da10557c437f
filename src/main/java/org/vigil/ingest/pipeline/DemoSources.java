package org.vigil.ingest.pipeline;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data: the push source of the seed scenario, a social-media gateway watching the embassies' accounts.
 * Grade C (fairly reliable): a machine relay of public posts, authentic as posts but saying nothing of the posters.
 * Runs after the registry's demo data (10), before the demo accounts (20); the account list is names only, so the
 * {@code gateway} account it names may be created after it.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoSources implements ApplicationRunner {

    static final String DEMO_SOCIAL = "demo-social";
    /** The demo push-only account (role GATEWAY, created with the demo accounts) that may push to it. */
    static final String DEMO_GATEWAY = "gateway";

    private final Sources sources;

    DemoSources(Sources sources) {
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sources.find(DEMO_SOCIAL).isEmpty()) {
            sources.createUnchecked(new SourceCommand(DEMO_SOCIAL, SourceKind.PUSH, "Demo social-media gateway",
                    "social-media gateway watching the embassies' accounts", null, null, "C", true, List.of(DEMO_GATEWAY)));
        }
    }
}
