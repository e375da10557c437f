package org.vigil;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a shared server database (the PostgreSQL run of the suite), every application context starts from an empty
 * schema, as it does on the in-memory H2 default. The build sets {@code vigil.test.clean-database} only there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vigil.test.clean-database", havingValue = "true")
public class CleanDatabaseForTests {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
