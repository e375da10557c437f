package org.vigil;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.vigil.shared.Scope;
import org.vigil.shared.ScopedPrincipal;

/** Callers for tests that exercise scoping below the login layer. */
public final class TestPrincipals {

    private TestPrincipals() {}

    public record Principal(String username, Scope scope) implements ScopedPrincipal {}

    public static Authentication admin() {
        return auth("test.admin", Scope.all(), "ROLE_ADMIN");
    }

    public static Authentication officer(String... missions) {
        return auth("test.officer", Scope.of(Set.of(missions)), "ROLE_MISSION_OFFICER");
    }

    public static Authentication auth(String username, Scope scope, String... roles) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new Principal(username, scope),
                null,
                List.of(roles).stream().map(SimpleGrantedAuthority::new).toList());
    }
}
