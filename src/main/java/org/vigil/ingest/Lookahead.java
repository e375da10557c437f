package org.vigil.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An iterator for readers that only learn whether there is another element by reading it: {@link #read()} is asked
 * for the next one when {@link #hasNext()} needs it, and that element is kept until {@link #next()} hands it out.
 */
public abstract class Lookahead<T> implements Iterator<T> {

    private T next;

    /** The next element, or null when there is none. */
    protected abstract T read();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
    }

    /** The elements as a sequential stream (still read lazily); close the input yourself. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }
}
