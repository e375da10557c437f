package org.vigil.ingest;

import java.util.Objects;

/**
 * The outcome of parsing one item of untrusted input: the item, or the reason it was refused. Callers handle both
 * with a {@code switch} over the two records; bad input is never an exception.
 */
public sealed interface Parsed<T> {

    record Accepted<T>(T item) implements Parsed<T> {
        public Accepted {
            Objects.requireNonNull(item, "item");
        }
    }

    record Rejected<T>(Reject reject) implements Parsed<T> {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }
    }

    static <T> Parsed<T> accepted(T item) {
        return new Accepted<>(item);
    }

    static <T> Parsed<T> rejected(Reject reject) {
        return new Rejected<>(reject);
    }

    static <T> Parsed<T> rejected(long line, String reason, String raw) {
        return new Rejected<>(Reject.atLine(line, reason, raw));
    }
}
