package org.vigil.appearances;

/** Where a checklist item stands. */
public enum CheckStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    NOT_NEEDED("Not needed");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be done. */
    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
