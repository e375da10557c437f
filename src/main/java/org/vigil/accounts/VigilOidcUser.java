package org.vigil.accounts;

import java.util.Set;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import org.vigil.shared.ScopedPrincipal;

/**
 * A user signed in through the identity provider: the provider's ID token plus the Vigil account it maps to, whose
 * roles are the authorities and whose missions are the scope, exactly as for a form sign-in.
 */
final class VigilOidcUser extends DefaultOidcUser implements ScopedPrincipal {

    private final VigilUser user;

    VigilOidcUser(VigilUser user, OidcIdToken idToken, OidcUserInfo userInfo, String usernameClaim) {
        super(user.getAuthorities(), idToken, userInfo, usernameClaim);
        this.user = user;
    }

    VigilUser user() {
        return user;
    }

    /** The Vigil username (the claim's value, lower-cased), also what {@link #getName()} gives the audit trail. */
    @Override
    public String username() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }

    Set<Role> roles() {
        return user.roles();
    }

    @Override
    public Scope scope() {
        return user.scope();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VigilOidcUser other && other.user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
