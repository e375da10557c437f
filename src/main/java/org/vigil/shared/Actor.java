package org.vigil.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts: the signed-in user's name, {@link Role}s and scope, read from the security context, so that modules
 * which do not depend on accounts (incidents, measures) can check roles and scope in their rules. Jobs and demo data act as {@link #system()}.
 */
public record Actor(String username, Set<Role> roles, Scope scope) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor system() {
        return new Actor("system", Set.of(), Scope.all());
    }

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return new Actor("anonymous", Set.of(), Scope.none());
        }
        String name = auth.getPrincipal() instanceof ScopedPrincipal p ? p.username() : auth.getName();
        return new Actor(name, rolesOf(auth), Scope.current());
    }

    /** The roles an authentication grants (its {@code ROLE_} authorities); none when it is absent or anonymous. */
    public static Set<Role> rolesOf(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::ofAuthority)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean hasRole(Role wanted) {
        return roles.contains(wanted);
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean hasAnyRole(Role... wanted) {
        return hasAnyRole(Arrays.asList(wanted));
    }

    /** Refuses, with the reason, an action on a mission the actor's account is not scoped to. */
    public void mayActFor(String missionId) {
        if (!scope.permits(missionId)) {
            throw ActionRefused.forbidden("your account may act only for " + scope.sortedMissionIds() + "; \""
                    + missionId + "\" is not one of your missions");
        }
    }
}
