package org.vigil.accounts;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigil.shared.Role;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * What an administrator asks for when creating an account; checks itself. An account is either HQ-wide (ADMIN,
 * HQ_DIRECTOR, HQ_ANALYST, AUDITOR) or mission-scoped (MISSION_OFFICER, HEAD_OF_MISSION, with one or more
 * missions), never both, so that a scope is never widened by accident. A GATEWAY account has that one role and no
 * mission: it pushes items and sees nothing.
 */
public record NewAccount(String username, String displayName, Set<Role> roles, Set<String> missions) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public NewAccount {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountProblem(
                    "username",
                    "a username has 2 to 64 characters: lower-case letters, digits, "
                            + "'.', '_' or '-', starting with a letter or digit");
        }
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new AccountProblem("displayName", "a display name has 1 to 200 characters");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new AccountProblem("roles", "choose at least one role");
        }
        TreeSet<String> cleaned = new TreeSet<>();
        for (String m : missions == null ? Set.<String>of() : missions) {
            String id = m == null ? "" : m.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!RegistryFiles.ID.matcher(id).matches()) {
                throw new AccountProblem(
                        "missions",
                        "'" + abbreviate(id) + "' is not a mission id (letters, digits, "
                                + "'.', '_' or '-', like ru-embassy-ankara)");
            }
            cleaned.add(id);
        }
        missions = Set.copyOf(cleaned);
        if (roles.contains(Role.GATEWAY)) {
            checkGateway(roles, missions);
        } else {
            checkScope(roles, missions);
        }
    }

    // A compact constructor may not return early, hence the two checks as methods.
    private static void checkGateway(Set<Role> roles, Set<String> missions) {
        if (roles.size() > 1) {
            throw new AccountProblem(
                    "roles",
                    "a GATEWAY account only pushes items and sees nothing: do not "
                            + "combine GATEWAY with other roles; create a separate account for a person");
        }
        if (!missions.isEmpty()) {
            throw new AccountProblem(
                    "missions",
                    "a GATEWAY account sees no mission: leave missions empty and "
                            + "list the account on the sources it pushes to instead");
        }
    }

    private static void checkScope(Set<Role> roles, Set<String> missions) {
        boolean scoped = roles.stream().anyMatch(Role::scoped);
        boolean wide = roles.stream().anyMatch(r -> !r.scoped());
        if (scoped && wide) {
            throw new AccountProblem(
                    "roles",
                    "an account is either HQ-wide or mission-scoped: do not combine "
                            + "MISSION_OFFICER or HEAD_OF_MISSION with other roles");
        }
        if (scoped && missions.isEmpty()) {
            throw new AccountProblem("missions", "a mission officer or head of mission needs at least one mission");
        }
        if (!scoped && !missions.isEmpty()) {
            throw new AccountProblem("missions", "HQ-wide roles see every mission: leave missions empty");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
