package org.vigil.accounts;

/**
 * A request about an account that cannot be done as asked: the field at fault (or null) and the reason, in words a
 * user can act on. The web adapters turn it into 400 (or 409 for a taken username) and a form message.
 */
public class AccountProblem extends RuntimeException {

    private final String field;
    private final boolean conflict;

    AccountProblem(String field, String reason) {
        this(field, reason, false);
    }

    AccountProblem(String field, String reason, boolean conflict) {
        super(reason);
        this.field = field;
        this.conflict = conflict;
    }

    public String field() {
        return field;
    }

    public boolean conflict() {
        return conflict;
    }
}
