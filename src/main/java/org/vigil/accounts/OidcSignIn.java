package org.vigil.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.vigil.shared.Role;

/**
 * Turns the identity provider's user into a Vigil user: reads the username, roles and missions from the configured
 * claims (a list or a space- or comma-separated string), ignores and logs role names Vigil does not know and
 * missions not in the registry, then creates or updates the account ({@link Accounts#syncFromIdentityProvider}).
 * Refusals (no known role, a disabled account, a mix of HQ-wide and mission roles) end on the sign-in page with
 * the reason.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final Accounts accounts;
    private final AccountStore store;
    private final OidcProperties properties;

    OidcSignIn(Accounts accounts, AccountStore store, OidcProperties properties) {
        this(new OidcUserService(), accounts, store, properties);
    }

    OidcSignIn(
            OAuth2UserService<OidcUserRequest, OidcUser> provider,
            Accounts accounts,
            AccountStore store,
            OidcProperties properties) {
        this.provider = provider;
        this.accounts = accounts;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser idpUser = provider.loadUser(request);
        String username = idpUser.getClaimAsString(properties.usernameClaim());
        if (username == null || username.isBlank()) {
            throw refused("Your identity provider sent no '" + properties.usernameClaim()
                    + "' claim to name your Vigil account. Ask its administrator to release it to Vigil.");
        }
        username = username.strip().toLowerCase(Locale.ROOT);
        Set<Role> roles = roles(username, values(idpUser.getClaim(properties.rolesClaim())));
        if (roles.isEmpty()) {
            throw refused("Your identity provider gave you no Vigil role (claim '" + properties.rolesClaim()
                    + "'). Ask its administrator for one of: " + String.join(", ", roleNames()) + ".");
        }
        String displayName =
                idpUser.getFullName() != null && !idpUser.getFullName().isBlank() ? idpUser.getFullName() : username;
        Set<String> missions = new LinkedHashSet<>(values(idpUser.getClaim(properties.missionsClaim())));
        try {
            accounts.syncFromIdentityProvider(username, displayName, roles, missions);
        } catch (AccountProblem e) {
            throw refused("Your identity provider's claims do not make a valid Vigil account: " + e.getMessage()
                    + ". Ask its administrator to correct your roles or missions.");
        }
        VigilUser user = store.findUser(username).orElseThrow().withoutPassword();
        if (!user.isEnabled()) {
            throw refused("This account is disabled. Ask an administrator to enable it.");
        }
        return new VigilOidcUser(user, idpUser.getIdToken(), idpUser.getUserInfo(), properties.usernameClaim());
    }

    private Set<Role> roles(String username, List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            String key = name.strip().toUpperCase(Locale.ROOT);
            if (key.startsWith("ROLE_")) {
                key = key.substring("ROLE_".length());
            }
            try {
                roles.add(Role.valueOf(key));
            } catch (IllegalArgumentException unknown) {
                log.warn("Single sign-on of '{}': ignored the role '{}', which Vigil does not know", username, name);
            }
        }
        return roles;
    }

    private static List<String> roleNames() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** A claim as a list of strings: a JSON array, or a string of names separated by spaces or commas. */
    static List<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            for (Object o : list) {
                if (o != null && !o.toString().isBlank()) {
                    out.add(o.toString().strip());
                }
            }
        } else if (claim != null) {
            for (String s : claim.toString().split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", message, null), message);
    }
}
