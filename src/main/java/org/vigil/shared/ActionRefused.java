package org.vigil.shared;

/**
 * A request that a module's rules refuse, with the reason: 403 when the caller may not do it (role, scope), 409 when
 * the record's state does not allow it. Rendered by {@link org.vigil.shared.web.ApiProblems}; pages show the reason.
 */
public class ActionRefused extends RuntimeException {

    private final int status;

    private ActionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ActionRefused conflict(String message) {
        return new ActionRefused(409, message);
    }

    public static ActionRefused forbidden(String message) {
        return new ActionRefused(403, message);
    }

    public int status() {
        return status;
    }
}
