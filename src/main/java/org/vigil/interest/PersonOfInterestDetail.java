package org.vigil.interest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A person of interest with its warning behaviours and escalation, as {@code GET /api/v1/persons-of-interest/{id}}
 * shows it: the record's fields, then {@code behaviours} and {@code escalation}.
 */
public record PersonOfInterestDetail(
        @JsonUnwrapped PersonOfInterestView person, List<Behaviour> behaviours, Escalation escalation) {

    /**
     * A warning behaviour with its evidence.
     *
     * @param behaviour FIXATION, IDENTIFICATION, LEAKAGE, APPROACH, ENERGY_BURST, LAST_RESORT or DIRECT_THREAT
     * @param itemCount how many items show it (all of them, whether the reader may read them or not)
     * @param detail what was seen, in words (the cue's words, the days, the rates)
     * @param personIds the protected people it is directed at (within the reader's need-to-know)
     * @param missionIds the missions it is directed at (within the reader's need-to-know)
     * @param evidenceSignalIds the signals that show it, those the reader may read, at {@code /api/v1/signals/{id}}
     * @param evidenceNotShown how many of its items are not listed: signals outside the reader's need-to-know, and
     *     items without a signal (quiet posts counted in a burst)
     */
    public record Behaviour(
            String behaviour,
            String label,
            Instant firstObserved,
            Instant lastObserved,
            int itemCount,
            String detail,
            List<String> personIds,
            List<String> missionIds,
            List<Long> evidenceSignalIds,
            int evidenceNotShown) {}

    /**
     * The escalation: level and score (as on the record), the factors behind it and the history of its changes.
     *
     * @param assessedAt when last assessed, null if never
     */
    public record Escalation(
            String level,
            double score,
            Instant assessedAt,
            List<Factor> factors,
            String reasons,
            List<Change> history) {}

    /** One factor: its name, its points and why. */
    public record Factor(String factor, double points, String reason) {}

    /** One change of the escalation, oldest first in the history. */
    public record Change(
            Instant at, String fromLevel, String toLevel, double fromScore, double toScore, String reason) {}
}
