package org.vigil.ingest.pipeline;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.shared.Actor;
import org.vigil.shared.Role;

/** Who is calling, for the role checks the URL rules cannot express (per source, per linked mission). */
final class Callers {

    private Callers() {}

    static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static boolean hasAnyRole(Role... roles) {
        return Actor.current().hasAnyRole(roles);
    }

    static void require(String what, Role... roles) {
        if (!hasAnyRole(roles)) {
            throw new AccessDeniedException(what + " needs one of the roles " + Arrays.toString(roles));
        }
    }

    /** HQ roles and administrators: they see every mission and work on the whole network. */
    static void requireHq(String what) {
        require(what, Role.HQ.toArray(Role[]::new));
    }
}
