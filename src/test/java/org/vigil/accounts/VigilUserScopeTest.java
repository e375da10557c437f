package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/** Need-to-know starts here: what {@link Scope#current()} says for each kind of account. */
class VigilUserScopeTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Scope signedInAs(Set<Role> roles, Set<String> missions) {
        VigilUser user = new VigilUser(1, "u", "U", null, true, roles, missions);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return Scope.current();
    }

    @Test
    void hqRolesAndAdministratorsSeeEverything() {
        for (Role role : new Role[] {Role.ADMIN, Role.HQ_DIRECTOR, Role.HQ_ANALYST}) {
            assertThat(signedInAs(Set.of(role), Set.of()).unrestricted())
                    .as(role.name())
                    .isTrue();
        }
    }

    @Test
    void anAuditorAloneSeesNoMissionDataAndWidensNothing() {
        assertThat(signedInAs(Set.of(Role.AUDITOR), Set.of())).isEqualTo(Scope.none());
        assertThat(signedInAs(Set.of(Role.AUDITOR, Role.HQ_ANALYST), Set.of()).unrestricted())
                .isTrue();
    }

    @Test
    void missionRolesSeeOnlyTheirMissions() {
        Scope officer = signedInAs(Set.of(Role.MISSION_OFFICER), Set.of("ru-embassy-ankara", "ru-consulate-istanbul"));
        assertThat(officer.unrestricted()).isFalse();
        assertThat(officer.permits("ru-embassy-ankara")).isTrue();
        assertThat(officer.permits("ru-embassy-berlin")).isFalse();
        assertThat(officer.permits(null)).isFalse();
        assertThat(signedInAs(Set.of(Role.HEAD_OF_MISSION), Set.of("ru-embassy-ankara"))
                        .missionIds())
                .containsExactly("ru-embassy-ankara");
    }

    @Test
    void accountsAreEitherHqWideOrMissionScoped() {
        assertThatThrownBy(() -> new NewAccount(
                        "mixed", "Mixed", Set.of(Role.HQ_ANALYST, Role.MISSION_OFFICER), Set.of("ru-embassy-ankara")))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("either");
        assertThatThrownBy(() -> new NewAccount("officer", "Officer", Set.of(Role.MISSION_OFFICER), Set.of()))
                .hasMessageContaining("at least one mission");
        assertThatThrownBy(() -> new NewAccount("hq", "HQ", Set.of(Role.HQ_ANALYST), Set.of("ru-embassy-ankara")))
                .hasMessageContaining("leave missions empty");
        assertThatThrownBy(() -> new NewAccount("Bad Name!", "X", Set.of(Role.HQ_ANALYST), Set.of()))
                .extracting(e -> ((AccountProblem) e).field())
                .isEqualTo("username");
        assertThat(new NewAccount(
                        "  Officer.Ottawa ", "Officer", Set.of(Role.MISSION_OFFICER), Set.of(" ru-embassy-ottawa ")))
                .satisfies(a -> {
                    assertThat(a.username()).isEqualTo("officer.ottawa");
                    assertThat(a.missions()).containsExactly("ru-embassy-ottawa");
                });
    }
}
