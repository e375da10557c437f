package org.vigil.ingest.events;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vigil.ingest.Parsed;

/**
 * Conflict events from one file, read lazily: each record becomes an event or a reject with its line. Records that
 * are well-formed but out of scope (GDELT events that are not violence or protest) are skipped and counted, not
 * rejected. Holds one record at a time; close the underlying input stream yourself.
 */
public final class EventStream implements Iterator<Parsed<ConflictEvent>> {

    private final Iterator<Parsed<Fields>> records;
    private final Function<Fields, Optional<Parsed<ConflictEvent>>> mapper;
    private Parsed<ConflictEvent> next;
    private long skipped;

    EventStream(Iterator<Parsed<Fields>> records, Function<Fields, Optional<Parsed<ConflictEvent>>> mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /** Well-formed records left out as out of scope so far. */
    public long skipped() {
        return skipped;
    }

    public Stream<Parsed<ConflictEvent>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        while (next == null && records.hasNext()) {
            Parsed<Fields> record = records.next();
            switch (record) {
                case Parsed.Rejected<Fields> r -> next = Parsed.rejected(r.reject());
                case Parsed.Accepted<Fields> a -> {
                    Optional<Parsed<ConflictEvent>> mapped;
                    try {
                        mapped = mapper.apply(a.item());
                    } catch (IllegalArgumentException e) {
                        // a value that the event itself refuses (coordinates out of range, say)
                        mapped = Optional.of(Parsed.rejected(a.item().line(), e.getMessage(), a.item().raw()));
                    }
                    if (mapped.isPresent()) {
                        next = mapped.get();
                    } else {
                        skipped++;
                    }
                }
            }
        }
        return next != null;
    }

    @Override
    public Parsed<ConflictEvent> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Parsed<ConflictEvent> result = next;
        next = null;
        return result;
    }
}
