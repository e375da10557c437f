package org.vigil.appearances;

import java.time.Instant;
import java.util.List;

/** How ready the advance is: every item done (or not needed), some still open, or some open past their due date. */
public enum Readiness {
    READY("Ready"),
    GAPS("Gaps"),
    OVERDUE("Overdue");

    private final String label;

    Readiness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Readiness of(List<AppearanceView.Check> checks, Instant now) {
        boolean open = false;
        for (AppearanceView.Check c : checks) {
            if (c.status().open()) {
                if (c.dueAt().isBefore(now)) {
                    return OVERDUE;
                }
                open = true;
            }
        }
        return open ? GAPS : READY;
    }
}
