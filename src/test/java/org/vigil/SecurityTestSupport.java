package org.vigil;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What the security and audit tests share, so that they share one application context: a clock they can move. */
public final class SecurityTestSupport {

    private SecurityTestSupport() {}

    @TestConfiguration(proxyBeanMethods = false)
    public static class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }
}
