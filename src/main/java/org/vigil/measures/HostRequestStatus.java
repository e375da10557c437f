package org.vigil.measures;

import java.util.Set;

/** Where a request to the host state stands; {@link #transitions()} are the statuses it may move to. */
public enum HostRequestStatus {
    /** Drafted in Vigil; not yet delivered. */
    DRAFT,
    /** Delivered to the host state's foreign ministry. */
    SENT,
    /** The ministry acknowledged it. */
    ACKNOWLEDGED,
    /** The host state took protective measures (what they are goes in the note). */
    MEASURES_TAKEN,
    /** The host state lifted its measures. Final. */
    LIFTED;

    /** The statuses a request may move to from this one (none once lifted). */
    public Set<HostRequestStatus> transitions() {
        return switch (this) {
            case DRAFT -> Set.of(SENT);
            case SENT -> Set.of(ACKNOWLEDGED, MEASURES_TAKEN);
            case ACKNOWLEDGED -> Set.of(MEASURES_TAKEN);
            case MEASURES_TAKEN -> Set.of(LIFTED);
            case LIFTED -> Set.of();
        };
    }

    public boolean canMoveTo(HostRequestStatus next) {
        return transitions().contains(next);
    }

    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SENT -> "Sent";
            case ACKNOWLEDGED -> "Acknowledged";
            case MEASURES_TAKEN -> "Measures taken by the host state";
            case LIFTED -> "Lifted";
        };
    }
}
