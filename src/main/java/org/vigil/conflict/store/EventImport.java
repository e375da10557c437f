package org.vigil.conflict.store;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditTrail;
import org.vigil.conflict.ConflictEventsImported;
import org.vigil.conflict.formats.ConflictEvent;
import org.vigil.conflict.formats.ConflictEventImporters;
import org.vigil.conflict.formats.EventStream;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.pipeline.BulkProgress;
import org.vigil.ingest.pipeline.Intake;
import org.vigil.ingest.pipeline.SourceCommand;
import org.vigil.ingest.pipeline.SourceKind;
import org.vigil.ingest.pipeline.Sources;

/**
 * Conflict-event files into the {@code conflict_event} table, streaming, in transactions of {@value #BATCH} events.
 * An event already stored (same dataset and id) is a duplicate, so re-running a file, or resuming an interrupted
 * run, stores nothing twice. Rejects are kept as dead letters of the source {@value #SOURCE}. When the run stored
 * something, {@link ConflictEventsImported} names the countries so that risk recomputes the missions there.
 */
@Component
public class EventImport {

    public static final String SOURCE = "conflict-events";
    static final int BATCH = 500;

    /** The file formats the importers read. */
    public enum Format {
        UCDP_JSON,
        UCDP_CSV,
        ACLED_CSV,
        GDELT_TSV
    }

    /** Counts for one run, with the events skipped as out of scope. */
    public static final class Progress extends BulkProgress {
        public long skipped;
        final Set<String> countries = new TreeSet<>();
    }

    private final ConflictEventImporters importers = new ConflictEventImporters();
    private final JdbcClient jdbc;
    private final Intake intake;
    private final Sources sources;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventImport(
            JdbcClient jdbc,
            Intake intake,
            Sources sources,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The format of a file: by its first line (ACLED's and GDELT's columns are unmistakable), else by its extension.
     * Empty when neither says.
     */
    public static Optional<Format> detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String first;
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            first = r.readLine();
        }
        if (first == null) {
            return Optional.empty();
        }
        String head = first.strip();
        if (head.startsWith("{")) {
            return Optional.of(Format.UCDP_JSON);
        }
        if (head.contains("event_id_cnty")) {
            return Optional.of(Format.ACLED_CSV);
        }
        if (first.split("\t", -1).length >= 57) {
            return Optional.of(Format.GDELT_TSV);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(Format.UCDP_CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Optional.of(Format.UCDP_JSON);
        }
        if (name.endsWith(".tsv")) {
            return Optional.of(Format.GDELT_TSV);
        }
        return Optional.empty();
    }

    private void ensureSource() {
        if (sources.find(SOURCE).isEmpty()) {
            sources.createUnchecked(new SourceCommand(
                    SOURCE,
                    SourceKind.EVENTS,
                    "Conflict-event imports",
                    "UCDP GED, ACLED and GDELT files imported with bin/vigil events import",
                    null,
                    null,
                    "B",
                    true,
                    List.of()));
        }
    }

    /** Imports one file; the counts accumulate into {@code progress}. */
    public void importFile(Path file, Format format, Progress progress, BulkProgress.Listener listener)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            importStream(file, in, format, UnaryOperator.identity(), progress, listener);
        }
    }

    /**
     * Imports a stream; {@code adjust} may change each accepted event before it is stored (the demo data moves its
     * dates into the present).
     */
    public void importStream(
            Path name,
            InputStream in,
            Format format,
            UnaryOperator<ConflictEvent> adjust,
            Progress progress,
            BulkProgress.Listener listener) {
        Path file = name;
        ensureSource();
        long accepted = progress.accepted;
        long duplicate = progress.duplicate;
        long rejected = progress.rejected;
        Set<String> countries = new TreeSet<>();
        {
            EventStream stream = switch (format) {
                case UCDP_JSON -> importers.ucdpJsonLines(in);
                case UCDP_CSV -> importers.ucdpCsv(in);
                case ACLED_CSV -> importers.acledCsv(in);
                case GDELT_TSV -> importers.gdelt(in);
            };
            List<ConflictEvent> batch = new ArrayList<>(BATCH);
            while (stream.hasNext()) {
                Parsed<ConflictEvent> parsed = stream.next();
                progress.read++;
                switch (parsed) {
                    case Parsed.Accepted<ConflictEvent> a -> {
                        batch.add(adjust.apply(a.item()));
                        if (batch.size() >= BATCH) {
                            store(batch, progress, countries);
                        }
                    }
                    case Parsed.Rejected<ConflictEvent> r -> {
                        progress.rejected++;
                        intake.deadLetter(SOURCE, r.reject());
                        listener.rejected(file, r.reject());
                    }
                }
                listener.counted(progress);
            }
            store(batch, progress, countries);
            progress.skipped += stream.skipped();
        }
        progress.countries.addAll(countries);
        record FileCounts(String file, String format, long accepted, long duplicate, long rejected) {}
        FileCounts counts = new FileCounts(
                file.toString(),
                format.name(),
                progress.accepted - accepted,
                progress.duplicate - duplicate,
                progress.rejected - rejected);
        tx.executeWithoutResult(s -> {
            audit.record("IMPORT_EVENTS", "SOURCE", SOURCE, null, counts);
            if (counts.accepted() > 0) {
                events.publishEvent(new ConflictEventsImported(countries, (int) counts.accepted()));
            }
        });
    }

    private void store(List<ConflictEvent> batch, Progress progress, Set<String> countries) {
        if (batch.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            for (ConflictEvent e : batch) {
                boolean exists = jdbc.sql("SELECT COUNT(*) FROM conflict_event WHERE dataset = ? AND external_id = ?")
                                .params(e.source().name(), e.sourceId())
                                .query(Long.class)
                                .single()
                        > 0;
                if (exists) {
                    progress.duplicate++;
                    continue;
                }
                insert(e);
                progress.accepted++;
                countries.add(e.countryCode());
            }
        });
        batch.clear();
    }

    /** Two imports racing on one event: the unique key refuses the second, whose batch rolls back (re-run it). */
    private void insert(ConflictEvent e) {
        jdbc.sql("""
                INSERT INTO conflict_event (dataset, external_id, event_date, type, subtype, actors, country_code,
                    place, lat, lon, fatalities, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.source().name(),
                        cut(e.sourceId(), 100),
                        e.date(),
                        cut(e.type(), 200),
                        cut(e.subtype(), 500),
                        cut(String.join("; ", e.actors()), 2000),
                        e.countryCode(),
                        cut(e.place(), 1000),
                        e.lat(),
                        e.lon(),
                        e.fatalities(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
