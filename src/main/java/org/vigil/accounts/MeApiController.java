package org.vigil.accounts;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/** Who the caller is: username, roles and what they may see. Handy for scripts checking their token. */
@RestController
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "the caller's own account only")
class MeApiController {

    record Me(String username, String displayName, SortedSet<Role> roles, boolean readOnly, ScopeView scope) {}

    /** {@code missions} lists the visible missions when {@code unrestricted} is false. */
    record ScopeView(boolean unrestricted, List<String> missions) {}

    @GetMapping("/api/v1/me")
    Me me(Authentication auth) {
        // Roles from the authorities and the scope from Scope.current(), so any ScopedPrincipal answers the same.
        TreeSet<Role> roles = new TreeSet<>();
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        Scope scope = Scope.current();
        String displayName = auth.getPrincipal() instanceof VigilUser user ? user.displayName() : auth.getName();
        boolean readOnly = roles.stream().noneMatch(Role.WRITERS::contains);
        return new Me(
                auth.getName(),
                displayName,
                roles,
                readOnly,
                new ScopeView(scope.unrestricted(), scope.sortedMissionIds()));
    }
}
