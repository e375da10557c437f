package org.vigil.shared;

/** A page to fetch: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
