package org.vigil.incidents;

/**
 * A request that the rules refuse, with the reason: 403 when the caller may not do it (role, scope), 409 when the
 * record's state does not allow it.
 */
class ActionRefused extends RuntimeException {

    private final int status;

    ActionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static ActionRefused conflict(String message) {
        return new ActionRefused(409, message);
    }

    int status() {
        return status;
    }
}
