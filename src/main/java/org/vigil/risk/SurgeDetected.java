package org.vigil.risk;

import java.time.Instant;

/**
 * Hostile signals against a mission rose significantly above its own baseline.
 *
 * @param observed hostile signals in the current window
 * @param expected the baseline expectation for a window of that length
 * @param pValue the probability of at least {@code observed} under the baseline (the stated test)
 */
public record SurgeDetected(
        String missionId, int observed, double expected, double pValue, Instant windowStart, Instant windowEnd) {}
