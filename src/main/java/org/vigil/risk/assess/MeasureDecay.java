package org.vigil.risk.assess;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a measure is trusted: at full strength for {@code reviewPeriod} after it was implemented or last kept
 * after a review, then its effect halves every {@code halfLife}. A measure nobody has looked at for a year no longer
 * lowers today's risk as it did when it was new (guards are reassigned, a host state's protection thins out, a
 * barrier is left open); reviewing it (keep after review) restores its strength.
 *
 * @param reviewPeriod {@code vigil.risk.measure-review-period}, 90 days unless configured
 * @param halfLife {@code vigil.risk.measure-half-life}, 30 days unless configured
 */
public record MeasureDecay(Duration reviewPeriod, Duration halfLife) {

    public static final MeasureDecay DEFAULT = new MeasureDecay(Duration.ofDays(90), Duration.ofDays(30));

    public MeasureDecay {
        if (reviewPeriod == null || reviewPeriod.isNegative()) {
            throw new IllegalArgumentException(
                    "vigil.risk.measure-review-period must be zero or more, was " + reviewPeriod);
        }
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("vigil.risk.measure-half-life must be more than zero, was " + halfLife);
        }
    }

    /**
     * The share (0 to 1) of its stated reduction a measure makes now.
     *
     * @param trustedSince its last review, or its implementation; null (not known) counts as fresh
     */
    public double strength(Instant trustedSince, Instant now) {
        if (trustedSince == null) {
            return 1;
        }
        Duration overdue = Duration.between(trustedSince, now).minus(reviewPeriod);
        if (overdue.isNegative() || overdue.isZero()) {
            return 1;
        }
        return Math.pow(0.5, overdue.toMinutes() / (double) halfLife.toMinutes());
    }
}
