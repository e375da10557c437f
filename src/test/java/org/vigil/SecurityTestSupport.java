package org.vigil;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the security and audit tests share, so that they share one application context: an in-memory H2 database of
 * their own and a clock they can move.
 */
public final class SecurityTestSupport {

    /** A fresh in-memory database per application context. */
    public static final String H2 = "spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private SecurityTestSupport() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Clocks {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }
}
