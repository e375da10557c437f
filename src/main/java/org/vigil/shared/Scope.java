package org.vigil.shared;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a caller may see: every mission (HQ roles, administrators, the system itself) or only a fixed set of
 * missions (mission security officers, heads of mission). Queries take a scope and filter by it, so that
 * need-to-know is enforced where data is read, not only in pages.
 *
 * @param unrestricted whether every mission is visible
 * @param missionIds the visible missions when not unrestricted (empty means nothing mission-bound is visible)
 */
public record Scope(boolean unrestricted, Set<String> missionIds) {

    private static final Scope ALL = new Scope(true, Set.of());
    private static final Scope NONE = new Scope(false, Set.of());

    public Scope {
        missionIds = Set.copyOf(missionIds);
        if (unrestricted && !missionIds.isEmpty()) {
            throw new IllegalArgumentException("an unrestricted scope lists no missions");
        }
    }

    /** Every mission: HQ, administrators and the system. */
    public static Scope all() {
        return ALL;
    }

    /** Nothing mission-bound. */
    public static Scope none() {
        return NONE;
    }

    /** Only these missions. */
    public static Scope of(Collection<String> missionIds) {
        return missionIds.isEmpty() ? NONE : new Scope(false, Set.copyOf(missionIds));
    }

    /** Whether a record bound to this mission is visible; records bound to no mission need {@link #unrestricted}. */
    public boolean permits(String missionId) {
        return unrestricted || (missionId != null && missionIds.contains(missionId));
    }

    /** The mission ids in a stable order, for SQL {@code IN} lists. */
    public java.util.List<String> sortedMissionIds() {
        return java.util.List.copyOf(new TreeSet<>(missionIds));
    }

    /**
     * The scope of the authenticated caller. A caller whose principal carries no scope sees nothing
     * mission-bound; an unauthenticated thread (a scheduled job, the command line) must pass a scope explicitly
     * instead of asking here, so it gets {@link #none()}.
     */
    public static Scope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ScopedPrincipal p) {
            return p.scope();
        }
        return NONE;
    }

    @Override
    public String toString() {
        return unrestricted ? "Scope[all]" : "Scope" + new TreeSet<>(missionIds);
    }
}
