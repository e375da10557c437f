package org.vigil.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings. The passwords come from the environment ({@code VIGIL_ADMIN_PASSWORD},
 * {@code VIGIL_DEMO_PASSWORD}) through application.yml; nothing secret is committed.
 *
 * @param basicAuthEnabled whether the API accepts HTTP Basic besides API tokens ({@code VIGIL_BASIC_AUTH})
 * @param adminPassword the {@code admin} account's password whenever set, re-applied at each start
 * @param demoPassword the demo accounts' password (and admin's with demo data, unless adminPassword is set)
 */
@ConfigurationProperties("vigil.security")
record SecurityProperties(
        @DefaultValue("true") boolean basicAuthEnabled,
        String adminPassword,
        @DefaultValue("demo") String demoPassword) {

    String adminPasswordOrNull() {
        return adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
    }
}
