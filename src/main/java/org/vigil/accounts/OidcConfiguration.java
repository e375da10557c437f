package org.vigil.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The identity provider, when {@code vigil.oidc.issuer-uri} is set: its endpoints and keys come from its discovery
 * document, read once at start (so an unreachable provider stops the start with the reason, rather than every
 * sign-in failing later).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${vigil.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository identityProvider(OidcProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("vigil.oidc.issuer-uri is set but not vigil.oidc.client-id: set "
                    + "VIGIL_OIDC_CLIENT_ID (and VIGIL_OIDC_CLIENT_SECRET) to Vigil's client at the identity provider");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(OidcProperties.REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName("the ministry's identity provider")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OidcSignIn oidcSignIn(Accounts accounts, AccountStore store, OidcProperties properties) {
        return new OidcSignIn(accounts, store, properties);
    }
}
