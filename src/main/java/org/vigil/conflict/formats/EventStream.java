package org.vigil.conflict.formats;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.ingest.Lookahead;
import org.vigil.ingest.Parsed;

/**
 * Conflict events from one file, read lazily: each record becomes an event or a reject with its line. Records that
 * are well-formed but out of scope (GDELT events that are not violence or protest) are skipped and counted, not
 * rejected. Holds one record at a time; close the underlying input stream yourself.
 */
public final class EventStream extends Lookahead<Parsed<ConflictEvent>> {

    private final Iterator<Parsed<Fields>> records;
    private final Function<Fields, Optional<Parsed<ConflictEvent>>> mapper;
    private long skipped;

    EventStream(Iterator<Parsed<Fields>> records, Function<Fields, Optional<Parsed<ConflictEvent>>> mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /** Well-formed records left out as out of scope so far. */
    public long skipped() {
        return skipped;
    }

    @Override
    protected Parsed<ConflictEvent> read() {
        while (records.hasNext()) {
            Parsed<Fields> record = records.next();
            switch (record) {
                case Parsed.Rejected<Fields> r -> {
                    return Parsed.rejected(r.reject());
                }
                case Parsed.Accepted<Fields> a -> {
                    Optional<Parsed<ConflictEvent>> mapped;
                    try {
                        mapped = mapper.apply(a.item());
                    } catch (IllegalArgumentException e) {
                        // a value that the event itself refuses (coordinates out of range, say)
                        mapped = Optional.of(Parsed.rejected(
                                a.item().line(), e.getMessage(), a.item().raw()));
                    }
                    if (mapped.isPresent()) {
                        return mapped.get();
                    }
                    skipped++;
                }
            }
        }
        return null;
    }
}
