package org.vigil.shared;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts: the signed-in user's name, roles (without the {@code ROLE_} prefix) and scope, read from the security
 * context, so that modules which do not depend on accounts (incidents, measures) can check roles and scope in their
 * rules. Jobs and demo data act as {@link #system()}.
 */
public record Actor(String username, Set<String> roles, Scope scope) {

    public static Actor system() {
        return new Actor("system", Set.of(), Scope.all());
    }

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return new Actor("anonymous", Set.of(), Scope.none());
        }
        String name = auth.getPrincipal() instanceof ScopedPrincipal p ? p.username() : auth.getName();
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toUnmodifiableSet());
        return new Actor(name, roles, Scope.current());
    }

    public boolean hasAnyRole(java.util.Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Refuses, with the reason, an action on a mission the actor's account is not scoped to. */
    public void mayActFor(String missionId) {
        if (!scope.permits(missionId)) {
            throw ActionRefused.forbidden("your account may act only for " + scope.sortedMissionIds()
                    + "; \"" + missionId + "\" is not one of your missions");
        }
    }
}
