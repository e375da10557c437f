package org.vigil.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import org.vigil.shared.ScopedPrincipal;

/**
 * The signed-in user, as Spring Security's principal. Its {@link #scope()} is what {@link Scope#current()} returns:
 * everything for HQ roles and administrators; nothing mission-bound for auditors; only the listed missions for mission-scoped roles; nothing
 * for a push-only gateway.
 */
public final class VigilUser implements UserDetails, ScopedPrincipal {

    private final long id;
    private final String username;
    private final String displayName;
    // Null once authenticated: the hash is needed only to check the password and never lives in a session.
    private final String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final Set<String> missions;

    VigilUser(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            Set<String> missions) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.missions = Set.copyOf(missions);
    }

    VigilUser withoutPassword() {
        return new VigilUser(id, username, displayName, null, enabled, roles, missions);
    }

    long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> missions() {
        return missions;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * An account with any HQ-wide role sees everything; one with only scoped roles sees its missions; a gateway
     * sees nothing (checked first, so that a gateway role can never widen a scope), nor does an auditor without
     * another role (the audit trail is read without a mission scope).
     */
    @Override
    public Scope scope() {
        if (roles.stream().anyMatch(Role::pushOnly)) {
            return Scope.none();
        }
        // the auditor's role alone reads no mission data, so it widens nothing
        boolean wide = roles.stream().anyMatch(r -> !r.scoped() && Role.DATA_READERS.contains(r));
        boolean reads = roles.stream().anyMatch(Role.DATA_READERS::contains);
        return wide ? Scope.all() : reads ? Scope.of(missions) : Scope.none();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VigilUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "VigilUser[" + username + ", " + roles + ", " + scope() + "]";
    }
}
