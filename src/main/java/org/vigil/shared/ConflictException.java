package org.vigil.shared;

/** A request that clashes with the current state (an id already taken, a stale version). Answers 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
