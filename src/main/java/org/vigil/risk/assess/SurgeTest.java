package org.vigil.risk.assess;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.risk.RiskCategory;

/**
 * Factor "surge": is the number of hostile signals (level LOW or above) against the mission in the last
 * {@value #WINDOW_HOURS} hours improbably high for this mission? The mission's own rate over the
 * {@value #BASELINE_DAYS} days before the window gives λ (at least {@value #MIN_RATE_PER_DAY} a day, so that a
 * mission with no history does not surge on one post); under a Poisson model the p-value is
 * P(X ≥ observed | λ). A surge is {@code observed ≥ 3 and p < 0.01}; it adds {@code min(15, 3 × −log10 p)} points
 * to TARGETED_THREATS.
 */
public final class SurgeTest {

    public static final String NAME = "surge";
    public static final int WINDOW_HOURS = 24;
    public static final int BASELINE_DAYS = 28;
    static final double MIN_RATE_PER_DAY = 0.2;
    static final double P_THRESHOLD = 0.01;
    static final int MIN_OBSERVED = 3;

    private SurgeTest() {}

    /** The test's outcome; {@code surge} says whether it crossed the threshold. */
    public record Result(
            int observed, double expected, double pValue, boolean surge, Instant windowStart, Instant windowEnd) {}

    public static Result test(int observed, int baselineCount, Instant windowStart, Instant windowEnd) {
        double perDay = Math.max(MIN_RATE_PER_DAY, baselineCount / (double) BASELINE_DAYS);
        double expected = perDay * WINDOW_HOURS / 24.0;
        double p = poissonUpperTail(observed, expected);
        return new Result(observed, expected, p, observed >= MIN_OBSERVED && p < P_THRESHOLD, windowStart, windowEnd);
    }

    /** P(X ≥ k) for X ~ Poisson(λ), summed upwards from k so that small tails keep their precision. */
    static double poissonUpperTail(int k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int i = k; i < k + 10_000; i++) {
            sum += term;
            term *= lambda / (i + 1);
            if (term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }

    public static Optional<Contribution> contribution(Result r) {
        if (!r.surge()) {
            return Optional.empty();
        }
        double points = Math.min(15, 3 * -Math.log10(Math.max(r.pValue(), 1e-300)));
        return Optional.of(new Contribution(
                NAME,
                RiskCategory.TARGETED_THREATS,
                points,
                String.format(
                        Locale.ROOT,
                        "Surge: %d hostile signals in %d h against %.2f expected from the mission's last %d days "
                                + "(Poisson p = %.2g < %.2g)",
                        r.observed(),
                        WINDOW_HOURS,
                        r.expected(),
                        BASELINE_DAYS,
                        r.pValue(),
                        P_THRESHOLD),
                List.of(new Evidence(
                        "SURGE", r.windowStart() + "/" + r.windowEnd(), r.observed() + " signals", null))));
    }
}
