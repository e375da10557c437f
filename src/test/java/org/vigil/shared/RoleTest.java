package org.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Roles read from Spring Security authorities, and listed in messages by name. */
class RoleTest {

    @Test
    void anAuthorityGrantsItsRoleAndOtherAuthoritiesGrantNone() {
        assertThat(Role.ofAuthority("ROLE_MISSION_OFFICER")).contains(Role.MISSION_OFFICER);
        assertThat(Role.ofAuthority("ROLE_NOBODY")).isEmpty();
        assertThat(Role.ofAuthority("FACTOR_PASSWORD")).isEmpty();
        assertThat(Role.ofAuthority("MISSION_OFFICER"))
                .as("without the ROLE_ prefix")
                .isEmpty();
        for (Role role : Role.values()) {
            assertThat(Role.ofAuthority(role.authority())).contains(role);
        }
    }

    @Test
    void anActorHasTheRolesOfItsAuthorities() {
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                "director",
                null,
                AuthorityUtils.createAuthorityList("ROLE_HQ_DIRECTOR", "FACTOR_PASSWORD", "ROLE_AUDITOR"));
        assertThat(Actor.rolesOf(auth)).containsExactlyInAnyOrder(Role.HQ_DIRECTOR, Role.AUDITOR);
        assertThat(Actor.rolesOf(null)).isEmpty();
        Actor actor = new Actor("director", Actor.rolesOf(auth), Scope.all());
        assertThat(actor.hasRole(Role.HQ_DIRECTOR)).isTrue();
        assertThat(actor.hasAnyRole(Role.HQ)).isTrue();
        assertThat(actor.hasAnyRole(Role.ADMIN, Role.MISSION_OFFICER)).isFalse();
    }

    @Test
    void messagesListRoleNamesAlphabetically() {
        assertThat(List.copyOf(Role.names(Role.WRITERS)))
                .containsExactly("ADMIN", "HQ_ANALYST", "HQ_DIRECTOR", "MISSION_OFFICER");
        assertThat(Role.names(Set.of()).toString()).isEqualTo("[]");
    }
}
