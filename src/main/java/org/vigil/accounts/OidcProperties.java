package org.vigil.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the ministry's identity provider through OpenID Connect. Off unless the issuer is set
 * ({@code VIGIL_OIDC_ISSUER_URI}, with {@code VIGIL_OIDC_CLIENT_ID} and {@code VIGIL_OIDC_CLIENT_SECRET}); the login
 * form stays either way. At the first sign-in an account is created from the ID token's claims, and at every later
 * one its roles and missions are brought in line with them (audited), so the identity provider decides access.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} is read at start
 * @param clientId Vigil's client id at the provider
 * @param clientSecret Vigil's client secret at the provider
 * @param usernameClaim the claim that names the Vigil account (lower-cased)
 * @param rolesClaim the claim listing Vigil roles (names of {@link org.vigil.shared.Role}); unknown ones are ignored
 * @param missionsClaim the claim listing mission ids, for mission-scoped roles; unknown ones are ignored
 */
@ConfigurationProperties("vigil.oidc")
record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("missions") String missionsClaim) {

    /** The registration id: the callback is {@code /login/oauth2/code/ministry}. */
    static final String REGISTRATION = "ministry";

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
